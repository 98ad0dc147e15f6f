import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate } from '../../scripts/train/hostile';
import { bn } from '../../src/core/lexicons/bn';
import { en } from '../../src/core/lexicons/en';
import { phraseWeights } from '../../src/core/lexicons/hostile';
import { HOSTILE_MODEL } from '../../src/core/lexicons/hostile-weights';
import { tokenize } from '../../src/core/text/tokenize';

describe('hostile-weights.ts', () => {
  it('is what `npx tsx scripts/train/hostile.ts` writes from the current inputs', () => {
    const committed = readFileSync(
      new URL('../../src/core/lexicons/hostile-weights.ts', import.meta.url),
      'utf8',
    );
    expect(generate()).toBe(committed);
    // Training takes ~15 s of CPU (the gram table is fitted three times); a loaded machine has
    // been seen to stretch that tenfold.
  }, 600_000);

  for (const [script, lexicon, letters] of [
    ['en', en, /^[a-z]/],
    ['bn', bn, /^[\u0980-\u09ff]/],
  ] as const) {
    const weights = phraseWeights(HOSTILE_MODEL[script]);
    const inLexicon = new Set((lexicon['voice.hostile'] ?? '').split('|'));

    it(`${script}: every mined phrase is in the lexicon, in its script, and pushes towards hostile`, () => {
      expect(weights.size).toBeGreaterThan(50);
      for (const [phrase, w] of weights) {
        expect(inLexicon.has(phrase), phrase).toBe(true);
        expect(phrase, phrase).toMatch(letters);
        expect(w, phrase).toBeGreaterThan(0);
      }
    });

    it(`${script}: every mined phrase survives tokenization unchanged`, () => {
      for (const phrase of weights.keys()) {
        const bare = phrase.replace(/\*$/, '');
        expect(tokenize(bare).lower.join(' '), phrase).toBe(bare);
      }
    });

    it(`${script}: thresholds are probabilities, the error one no lower than the warning one`, () => {
      const m = HOSTILE_MODEL[script];
      expect(m.warn).toBeGreaterThan(0.5);
      expect(m.error).toBeGreaterThanOrEqual(m.warn);
      expect(m.error).toBeLessThan(1);
    });
  }

  it('keeps the topic words of the datasets out', () => {
    const all = [...phraseWeights(HOSTILE_MODEL.en).keys(), ...phraseWeights(HOSTILE_MODEL.bn).keys()];
    for (const topic of [
      'trump',
      'liberals',
      'maga',
      'ranu',
      'modi',
      'cricket',
      'রানু',
      'হাসিনা',
      'বিএনপি',
      'ক্রিকেট',
    ])
      expect(
        all.filter(
          (p) => p.split(' ').includes(topic) || (p.endsWith('*') && topic.startsWith(p.slice(0, -1))),
        ),
      ).toEqual([]);
  });
});
