import { median } from '../summary/summary';

export { median };

/** mulberry32: a tiny seeded PRNG so every bootstrap is reproducible (same seed, same interval). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function resampleMedian(values: readonly number[], rand: () => number): number {
  const s = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) s[i] = values[Math.floor(rand() * values.length)]!;
  return median(s)!;
}

/** The smoothed ratio of medians used throughout: (a + 1) / (b + 1). */
export const medianRatio = (a: number, b: number): number => (a + 1) / (b + 1);

export interface Interval {
  low: number;
  high: number;
}

/**
 * Percentile bootstrap interval of medianRatio(median(a), median(b)), resampling each group
 * independently. Deterministic for a seed. `level` is the two-sided coverage (0.95).
 */
export function bootstrapRatio(
  a: readonly number[],
  b: readonly number[],
  options: { seed: number; resamples?: number; level?: number },
): Interval {
  const n = options.resamples ?? 1000;
  const level = options.level ?? 0.95;
  if (!a.length || !b.length) return { low: Number.NaN, high: Number.NaN };
  const rand = seededRandom(options.seed);
  const ratios = new Array<number>(n);
  for (let i = 0; i < n; i++) ratios[i] = medianRatio(resampleMedian(a, rand), resampleMedian(b, rand));
  ratios.sort((x, y) => x - y);
  const tail = (1 - level) / 2;
  return { low: quantileSorted(ratios, tail), high: quantileSorted(ratios, 1 - tail) };
}

/** Linear-interpolation quantile (type 7, as R and NumPy default) of a sorted array. */
export function quantileSorted(sorted: readonly number[], q: number): number {
  if (!sorted.length) return Number.NaN;
  const pos = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Ranks 1..n with ties given their average rank. */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((x, y) => x[0] - y[0]);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[order[k]![1]] = avg;
    i = j + 1;
  }
  return out;
}

/** Spearman's rank correlation (Pearson on average ranks); null when either side is constant. */
export function spearman(x: readonly number[], y: readonly number[]): number | null {
  if (x.length !== y.length || x.length < 2) return null;
  return pearson(ranks(x), ranks(y));
}

function pearson(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

/** Standard normal CDF via Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * Mann–Whitney U (Wilcoxon rank-sum) test of a against b: U of a, and the two-sided p-value from
 * the normal approximation with the tie correction (no continuity correction). A second,
 * independent check beside the bootstrap: the percentile bootstrap of a median is too sure of
 * itself on small, many-tied samples (a group whose posts all got 0 gives a zero-width interval).
 */
export function mannWhitney(a: readonly number[], b: readonly number[]): { u: number; p: number } {
  const n1 = a.length;
  const n2 = b.length;
  if (!n1 || !n2) return { u: Number.NaN, p: 1 };
  const r = ranks([...a, ...b]);
  let rankSum = 0;
  for (let i = 0; i < n1; i++) rankSum += r[i]!;
  const u = rankSum - (n1 * (n1 + 1)) / 2;
  const n = n1 + n2;
  const counts = new Map<number, number>();
  for (const v of [...a, ...b]) counts.set(v, (counts.get(v) ?? 0) + 1);
  let ties = 0;
  for (const t of counts.values()) ties += t * t * t - t;
  const variance = ((n1 * n2) / 12) * (n + 1 - ties / (n * (n - 1)));
  if (variance <= 0) return { u, p: 1 };
  const z = (u - (n1 * n2) / 2) / Math.sqrt(variance);
  return { u, p: 2 * (1 - normalCdf(Math.abs(z))) };
}
