import { describe, expect, it } from 'vitest';
import { auc, VOICE_SETS, voiceFigures } from '../../scripts/eval/voice.eval';

// Report halves of tests/fixtures/data/voice/, measured by `npx tsx scripts/eval/voice.eval.ts`;
// floors a little below the measured figures, so a regression fails. Flagged civil is a ceiling.
const FLOORS: Record<(typeof VOICE_SETS)[number], { hostile: number; civil: number; auc: number }> = {
  // Measured 2026-12-02 with the gram table: 27.2% / 3.9% / 0.699, 35.4% / 3.0% / 0.769,
  // 47.0% / 2.3% / 0.847, 30.8% / 4.0% / 0.715.
  'olid-offenseval2019-en': { hostile: 0.24, civil: 0.05, auc: 0.68 },
  'trac2-youtube-en': { hostile: 0.32, civil: 0.045, auc: 0.75 },
  'trac2-youtube-bn': { hostile: 0.44, civil: 0.04, auc: 0.83 },
  'blp25-multihate-youtube-bn': { hostile: 0.29, civil: 0.055, auc: 0.7 },
};

describe('hostile replies on the report halves', () => {
  for (const set of VOICE_SETS) {
    it(set, () => {
      const f = voiceFigures(set, 'report');
      expect(f.flaggedHostile).toBeGreaterThanOrEqual(FLOORS[set].hostile);
      expect(f.flaggedCivil).toBeLessThanOrEqual(FLOORS[set].civil);
      expect(f.auc).toBeGreaterThanOrEqual(FLOORS[set].auc);
    });
  }

  it('auc counts pairs: lower scores for hostile texts, ties half', () => {
    expect(auc([10, 20], [90, 100])).toBe(1);
    expect(auc([90, 100], [10, 20])).toBe(0);
    expect(auc([50], [50])).toBe(0.5);
    // Pairs (hostile, civil): (10,30) right, (10,5) wrong, (40,30) wrong, (40,5) wrong.
    expect(auc([10, 40], [30, 5])).toBe(0.25);
  });
});
