import { analyze } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/types';
import type { Section } from './index';
import { type Half, half, readSet } from './split';

/**
 * Hostile replies on real data: each text of tests/fixtures/data/voice/ analysed as a reply
 * (generic platform). Per set and half: the share of hostile and of civil texts that get a voice
 * warning or error, and the AUC of the voice score (lower reads more hostile). Report halves are
 * only scored here; their texts and misses are never printed.
 */
export const VOICE_SETS = [
  'olid-offenseval2019-en',
  'trac2-youtube-en',
  'trac2-youtube-bn',
  'blp25-multihate-youtube-bn',
] as const;

export interface VoiceFigures {
  set: string;
  half: Half;
  hostile: number;
  civil: number;
  flaggedHostile: number;
  flaggedCivil: number;
  auc: number;
}

const flagged = (a: Analysis) =>
  a.findings.some((f) => f.score === 'voice' && (f.severity === 'warn' || f.severity === 'error'));

/** AUC of "lower score is hostile", ties counted half (Mann–Whitney). */
export function auc(hostile: number[], civil: number[]): number {
  const all = [...hostile.map((s) => [s, 1] as const), ...civil.map((s) => [s, 0] as const)].sort(
    (a, b) => b[0] - a[0],
  );
  // Ranks from the highest score down: hostile texts should sit low.
  let rankSum = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j]![0] === all[i]![0]) j++;
    const mid = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (all[k]![1] === 1) rankSum += mid;
    i = j;
  }
  const h = hostile.length;
  const c = civil.length;
  return h === 0 || c === 0 ? Number.NaN : (rankSum - (h * (h + 1)) / 2) / (h * c);
}

export function voiceFigures(set: string, which: Half): VoiceFigures {
  const rows = half(readSet<{ text: string; hostile: boolean }>('voice', set), which);
  const scores = { hostile: [] as number[], civil: [] as number[] };
  const flags = { hostile: 0, civil: 0 };
  for (const r of rows) {
    const a = analyze(r.text, { platform: 'generic', kind: 'reply' });
    const k = r.hostile ? 'hostile' : 'civil';
    scores[k].push(a.voice);
    if (flagged(a)) flags[k]++;
  }
  return {
    set,
    half: which,
    hostile: scores.hostile.length,
    civil: scores.civil.length,
    flaggedHostile: flags.hostile / scores.hostile.length,
    flaggedCivil: flags.civil / scores.civil.length,
    auc: auc(scores.hostile, scores.civil),
  };
}

export function evaluate(): Section {
  const rows: Section['rows'] = [];
  for (const which of ['report', 'tune'] as const) {
    for (const set of VOICE_SETS) {
      const f = voiceFigures(set, which);
      rows.push({
        set: f.set,
        half: f.half,
        hostile: f.hostile,
        civil: f.civil,
        'flagged hostile %': Number((100 * f.flaggedHostile).toFixed(1)),
        'flagged civil %': Number((100 * f.flaggedCivil).toFixed(1)),
        auc: Number(f.auc.toFixed(3)),
      });
    }
  }
  return {
    title: 'Voice: hostile replies (each text analysed as a reply)',
    rows,
    notes: [
      'flagged: any voice finding of severity warn or error; AUC of the voice score, lower = hostile.',
      'Bars (report halves): flagged hostile ≥ 70%, flagged civil ≤ 5%, AUC ≥ 0.85.',
      'The check is a weighted phrase list plus a hashed word and character n-gram table (src/core/grams.ts), ' +
        'both fitted on the tuning halves (`npx tsx scripts/train/hostile.ts`); `--cv` prints the out-of-fold ' +
        'tuning figures its thresholds were chosen on.',
    ],
  };
}

if (import.meta.filename === process.argv[1]) {
  for (const r of evaluate().rows) console.log(Object.values(r).join('\t'));
}
