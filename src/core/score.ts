import type { Analysis, Finding, ScoreCap, Severity } from './types';

// What the scores mean and why each number has its size: docs/scoring.md.

/** Highest score a draft with an `error` finding can show: it will be refused, cut or regretted. */
export const ERROR_CAP = 60;

/**
 * The pill's number lives in the band of the worst finding it has, so the pill's colour (the
 * worst severity) and its number always tell the same story: 100 only with nothing to say,
 * 85–99 with tips, 61–84 with a warning, 0–60 with an error.
 */
export const SCORE_BANDS: Record<Severity | 'none', { min: number; max: number }> = {
  none: { min: 100, max: 100 },
  tip: { min: 85, max: 99 },
  warn: { min: 61, max: 84 },
  error: { min: 0, max: ERROR_CAP },
};

const RANK: Record<Severity, number> = { tip: 1, warn: 2, error: 3 };

export function worstOf(findings: readonly Finding[]): Severity | 'none' {
  let worst: Severity | 'none' = 'none';
  for (const f of findings) if (worst === 'none' || RANK[f.severity] > RANK[worst]) worst = f.severity;
  return worst;
}

/** The band a pill number falls in: the inverse of SCORE_BANDS. */
export function bandOf(score: number): Severity | 'none' {
  if (score >= 100) return 'none';
  if (score >= SCORE_BANDS.tip.min) return 'tip';
  if (score >= SCORE_BANDS.warn.min) return 'warn';
  return 'error';
}

export interface Scores {
  quality: number;
  voice: number;
  /** The pill's number. */
  score: number;
  cap: ScoreCap | null;
}

/**
 * Quality and voice start at 100 and lose each finding's penalty; an `error` holds its axis at
 * ERROR_CAP at most. The pill's number is the top of the worst finding's band less what both axes
 * lost together, kept inside that band.
 */
export function scoreFindings(findings: readonly Finding[]): Scores {
  let quality = 100;
  let voice = 100;
  const capping: string[] = [];
  for (const f of findings) {
    if (f.score === 'quality') quality -= f.penalty;
    else if (f.score === 'voice') voice -= f.penalty;
    if (f.severity === 'error' && !capping.includes(f.rule)) capping.push(f.rule);
  }
  quality = clamp(quality, 0, 100);
  voice = clamp(voice, 0, 100);
  // What the draft lost over both axes, before any cap: it orders drafts inside one band. The sum,
  // not the mean: halving it made drafts one point apart tie on the rounded number.
  const lost = 200 - quality - voice;
  for (const f of findings) {
    if (f.severity !== 'error') continue;
    if (f.score === 'quality') quality = Math.min(quality, ERROR_CAP);
    else if (f.score === 'voice') voice = Math.min(voice, ERROR_CAP);
  }
  // The number starts at the top of the worst finding's band and loses what the draft lost, so
  // two drafts in one band still differ by their other faults (no pile-up at the band's edge).
  const band = SCORE_BANDS[worstOf(findings)];
  const score = Math.round(clamp(band.max - lost, band.min, band.max));
  const cap: ScoreCap | null =
    capping.length === 0
      ? null
      : { limit: ERROR_CAP, rules: capping, message: { id: 'score_capped', params: [ERROR_CAP] } };
  return { quality, voice, score, cap };
}

/**
 * The pill's number for an analysis, or for the findings actually shown (after dismissals), so
 * that it matches the colour of those same findings. A blank draft has no number: callers show
 * "nothing to coach yet" instead (`analysis.blank`); this returns 0 for it.
 */
export function draftScore(a: Analysis, shown: readonly Finding[] = a.findings): number {
  if (a.blank) return 0;
  // An analysis that crossed a validated message may have lost `score`: recompute it then.
  return shown === a.findings && typeof a.score === 'number' ? a.score : scoreFindings(shown).score;
}

function clamp(n: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, n));
}
