// The content script's own cost, measured around its handlers with performance.now() and kept
// in memory only (no performance marks: pages could read those). Asked for by the E2E suite
// through a `stats/get` tab message.

const MAX = 5000;

export interface Summary {
  count: number;
  sum: number;
  median: number;
  p95: number;
  max: number;
}

export interface CostStats {
  /** Per input/mutation event handled (the per-keystroke work), ms. */
  keystroke: Summary;
  /** Per analysis (read + analyze + render), ms. */
  analysis: Summary;
  /** Per read of the editor's text (part of the analysis), ms. */
  read: Summary;
  /** The engine's first run, at idle time after the page loads, ms. */
  warmup: Summary;
  /** Per page scan for composers, ms. */
  scan: Summary;
  /** Pause → pill updated: from the last edit to the pill's new attributes, ms. */
  pauseToUpdate: Summary;
}

const series: Record<keyof CostStats, number[]> = {
  keystroke: [],
  analysis: [],
  read: [],
  warmup: [],
  scan: [],
  pauseToUpdate: [],
};

export function record(kind: keyof CostStats, ms: number): void {
  const s = series[kind];
  if (s.length >= MAX) s.shift();
  s.push(ms);
}

function summary(values: number[]) {
  const s = [...values].sort((a, b) => a - b);
  const at = (q: number) => (s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : 0);
  let sum = 0;
  for (const v of s) sum += v;
  return { count: s.length, sum, median: at(0.5), p95: at(0.95), max: s.length ? s[s.length - 1]! : 0 };
}

export function stats(reset = false): CostStats {
  const out = {
    keystroke: summary(series.keystroke),
    analysis: summary(series.analysis),
    read: summary(series.read),
    warmup: summary(series.warmup),
    scan: summary(series.scan),
    pauseToUpdate: summary(series.pauseToUpdate),
  };
  if (reset) for (const k of Object.keys(series) as (keyof CostStats)[]) series[k].length = 0;
  return out;
}
