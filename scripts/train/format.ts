import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** The text as Biome formats it at `path` (what `npx biome check` would leave in place). */
export function formatted(path: string, source: string): string {
  const biome = resolve(root, 'node_modules/.bin/biome');
  const r = spawnSync(biome, ['format', `--stdin-file-path=${path}`], {
    input: source,
    cwd: root,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`biome format failed for ${path}: ${r.stderr}`);
  return r.stdout;
}
