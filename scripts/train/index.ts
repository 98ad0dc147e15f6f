import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatted } from './format';
import { trainIntent } from './intent';

/**
 * `npm run train`: fits every learned model of the engine and writes it as data into src/core,
 * formatted as the repository formats code. Each trainer returns its file's path and text;
 * tests check the committed files are current (tests/unit/weights-current.test.ts).
 */
const trainers = [trainIntent];
const root = resolve(import.meta.dirname, '../..');
for (const train of trainers) {
  const { path, source } = train();
  writeFileSync(resolve(root, path), formatted(path, source));
  console.log(`wrote ${path}`);
}
