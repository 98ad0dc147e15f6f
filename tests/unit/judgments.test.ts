// Judgment pairs: the pill's number must rank the better of two drafts higher. Floors sit a little
// below the figures `npm run eval` measures, so a regression fails and nothing more is claimed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figures, JUDGMENTS_DIR, judge, readPairs } from '../../scripts/eval/judgments.eval';

describe('judgment pairs', () => {
  it.each([
    ['dev-pairs.jsonl', 60, 20],
    ['tune-pairs.jsonl', 80, 30],
  ])('%s is well formed: both languages, every category, distinct drafts', (file, atLeast, bengali) => {
    const pairs = readPairs(file);
    expect(pairs.length).toBeGreaterThanOrEqual(atLeast);
    expect(pairs.filter((p) => p.lang === 'bn').length).toBeGreaterThanOrEqual(bengali);
    expect(new Set(pairs.map((p) => p.id)).size).toBe(pairs.length);
    for (const p of pairs) expect(p.better.text, p.id).not.toBe(p.worse.text);
    const categories = new Set(pairs.map((p) => p.category));
    for (const c of [
      'hostile-vs-calm',
      'spam-vs-offer',
      'filler-vs-hook',
      'wall-vs-breaks',
      'hashtags',
      'bragging-vs-proof',
      'corporate-vs-personal',
      'link-first-vs-hook-first',
      'vague-vs-specific',
      'broadcast-vs-question',
      'better-longer',
      'better-more-emoji',
      'better-has-price',
    ])
      expect(categories, c).toContain(c);
  });

  it('dev pairs (tuned on): the pill ranks the better draft higher in at least 93%', () => {
    const f = figures(readPairs('dev-pairs.jsonl').map(judge));
    // Measured 117/124 on the pill (npm run eval); the seven misses are hostile replies the
    // voice.hostile lexicon (another piece of work) does not know yet.
    expect(f.pill).toBeGreaterThanOrEqual(0.93);
    expect(f.axis).toBeGreaterThanOrEqual(0.93);
  });

  it('tune pairs (tuned on, issue 9 axes): the pill ranks the better draft higher in at least 91%', () => {
    const f = figures(readPairs('tune-pairs.jsonl').map(judge));
    // Measured 83/89 on the pill, 79/89 on the axis (npm run eval); the six pill misses are hostile
    // replies and comments the voice.hostile lexicon (another piece of work) does not know yet.
    expect(f.pill).toBeGreaterThanOrEqual(0.91);
    expect(f.axis).toBeGreaterThanOrEqual(0.87);
  });

  it.runIf(existsSync(join(JUDGMENTS_DIR, 'blind-pairs.jsonl')))(
    'blind pairs (never tuned on): floor',
    () => {
      const f = figures(readPairs('blind-pairs.jsonl').map(judge));
      expect(f.pairs).toBeGreaterThanOrEqual(150);
      expect(f.pill).toBeGreaterThanOrEqual(BLIND_PILL_FLOOR);
    },
  );
});

// A little below the figure measured after the band ordering by the sum of what was lost and the
// detail, listening and wall-of-text changes (0.802, 154 of 192; 0.729 before; the bar in issue 9 is
// 0.90, not met yet): a regression fails, nothing more is claimed.
const BLIND_PILL_FLOOR = 0.78;
