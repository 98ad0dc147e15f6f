// The learned intent weights are generated data (src/core/lexicons/weights.ts): this re-runs the
// training in-process on the same inputs and fails if the committed file is not what
// `npm run train` writes now — after a lexicon, feature or training-data change, re-run it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatted } from '../../scripts/train/format';
import { trainIntent } from '../../scripts/train/intent';
import { FEATURES } from '../../src/core/intent-features';
import { INTENT_MODEL } from '../../src/core/lexicons/weights';

describe('src/core/lexicons/weights.ts', () => {
  it('is what `npm run train` writes from the current features and data', () => {
    const { path, source } = trainIntent();
    const committed = readFileSync(resolve(import.meta.dirname, '../..', path), 'utf8');
    expect(committed).toBe(formatted(path, source));
    // The selling model's gram table is fitted three times: ~15 s of CPU, tenfold on a loaded machine.
  }, 600_000);

  it('has one weight per feature, in the engine’s feature order', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../src/core/lexicons/weights.ts'), 'utf8');
    const listed = /^\/\/ features: (.*)$/m.exec(text)?.[1]?.split(' ');
    expect(listed).toEqual([...FEATURES]);
    expect(INTENT_MODEL.selling.weights).toHaveLength(FEATURES.length);
    expect(INTENT_MODEL.listening.weights).toHaveLength(FEATURES.length);
  });

  it('says which command regenerates it and the hash of its inputs', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../src/core/lexicons/weights.ts'), 'utf8');
    expect(text).toContain('npm run train');
    expect(INTENT_MODEL.inputs).toMatch(/^[0-9a-f]{16}$/);
  });
});
