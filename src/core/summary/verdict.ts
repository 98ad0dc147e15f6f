// The one definition of how a weekly goal stands. The scorecard tiles, the Weekly summary tab,
// every export and the streak read this verdict; none of them decides "met" on its own.

/**
 * - `met`: the week's figure reaches the target (so far, for a week in progress).
 * - `pending` ("not yet"): not reached, and the week is still running, so it still can be.
 * - `missed`: not reached, and the week is over.
 * - `nodata`: nothing to judge (no posts, so no share and no median); never counted as missed.
 * - `unset`: the owner has not set goals yet; the defaults are not held against anyone.
 */
export type Verdict = 'met' | 'pending' | 'missed' | 'nodata' | 'unset';

export const VERDICTS: readonly Verdict[] = ['met', 'pending', 'missed', 'nodata', 'unset'];

export interface VerdictInput {
  /** The week's figure; `null` when there is none (no posts for a share or a median). */
  value: number | null;
  target: number;
  /** `atLeast`: the figure must reach the target; `atMost`: it must stay at or under it. */
  direction: 'atLeast' | 'atMost';
  /** The week has not ended yet ("now" is before its last instant). */
  inProgress: boolean;
  /** The goals were set (first-run setup done or skipped). */
  setupDone: boolean;
}

// Shares are computed as a/b and compared with fractions such as 1/6: allow for rounding.
const EPSILON = 1e-9;

export function verdict({ value, target, direction, inProgress, setupDone }: VerdictInput): Verdict {
  if (!setupDone) return 'unset';
  if (value === null) return 'nodata';
  const reached = direction === 'atLeast' ? value >= target - EPSILON : value <= target + EPSILON;
  if (reached) return 'met';
  return inProgress ? 'pending' : 'missed';
}

/** A week is in progress while "now" is before its end (the end instant belongs to the next week). */
export const inProgress = (weekEnd: number, now: number): boolean => now < weekEnd;

/**
 * Weeks in a row at the post goal, ending with this one. A week that met it counts; a week in
 * progress that has not met it yet neither counts nor breaks the run; a missed week ends it (a
 * finished week that missed shows 0). `earlier` are the post counts of the weeks before, the
 * most recent first (all finished, so each either met or missed).
 */
export function streakOf(current: Verdict, earlier: number[], target: number): number {
  if (current === 'missed' || current === 'unset') return 0;
  let n = current === 'met' ? 1 : 0;
  for (const c of earlier) {
    if (c < target) break;
    n++;
  }
  return n;
}
