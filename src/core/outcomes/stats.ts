import { median } from '../habits';

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
