import { describe, expect, test } from 'vitest';
import {
  bootstrapRatio,
  engagementOf,
  engagementRate,
  latestReading,
  mannWhitney,
  medianRatio,
  normalCdf,
  quantileSorted,
  ranks,
  seededRandom,
  spearman,
} from '../../src/core/outcomes';

const reading = (replies: number, reposts: number, likes: number, readAt = 0, views?: number) => ({
  replies,
  reposts,
  likes,
  readAt,
  ...(views === undefined ? {} : { views }),
});

describe('engagement of a reading', () => {
  test('is replies + reposts + likes; views are the denominator where shown', () => {
    expect(engagementOf(reading(2, 3, 10))).toBe(15);
    expect(engagementRate(reading(2, 3, 10, 0, 300))).toBeCloseTo(0.05, 10);
    expect(engagementRate(reading(2, 3, 10))).toBeNull();
    expect(engagementRate(reading(2, 3, 10, 0, 0))).toBeNull();
  });
  test('a count a changed page made NaN or negative counts as 0', () => {
    expect(engagementOf(reading(Number.NaN, -4, 7))).toBe(7);
  });
  test('the latest reading wins', () => {
    const old = reading(1, 1, 1, 100);
    const mid = reading(5, 5, 5, 300);
    const late = reading(2, 2, 2, 500);
    expect(latestReading([mid, late, old])).toBe(late);
    expect(latestReading([])).toBeNull();
  });
});

describe('statistics with written-out answers', () => {
  test('ranks average ties', () => {
    expect(ranks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(ranks([3, 1, 2])).toEqual([3, 1, 2]);
  });
  test('Spearman: 1 for the same order, −1 reversed, 0.8 for two swapped neighbours in five', () => {
    expect(spearman([1, 2, 3, 4, 5], [10, 20, 30, 40, 50])).toBeCloseTo(1, 10);
    expect(spearman([1, 2, 3, 4, 5], [5, 4, 3, 2, 1])).toBeCloseTo(-1, 10);
    // d = (−1, 1, −1, 1, 0), Σd² = 4: 1 − 6·4 / (5·24) = 0.8.
    expect(spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])).toBeCloseTo(0.8, 10);
    expect(spearman([1, 2, 3], [7, 7, 7])).toBeNull();
  });
  test('quantile interpolates like R type 7', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([1, 2, 3, 4], 0)).toBe(1);
    expect(quantileSorted([1, 2, 3, 4], 1)).toBe(4);
    expect(quantileSorted([0, 10], 0.25)).toBe(2.5);
  });
  test('the ratio of medians is smoothed by one', () => {
    expect(medianRatio(9, 4)).toBe(2);
    expect(medianRatio(0, 0)).toBe(1);
  });
});

describe('seeded bootstrap', () => {
  const a = [5, 8, 9, 9, 10, 12, 14, 9, 7, 11];
  const b = [3, 4, 4, 5, 2, 6, 4, 3, 5, 4];
  test('the same seed gives the same interval; the random stream repeats', () => {
    const r1 = seededRandom(42);
    const r2 = seededRandom(42);
    const s1 = Array.from({ length: 5 }, r1);
    expect(Array.from({ length: 5 }, r2)).toEqual(s1);
    for (const v of s1) expect(v >= 0 && v < 1).toBe(true);
    expect(bootstrapRatio(a, b, { seed: 7 })).toEqual(bootstrapRatio(a, b, { seed: 7 }));
    expect(bootstrapRatio(a, b, { seed: 7 })).not.toEqual(bootstrapRatio(a, b, { seed: 8 }));
  });
  test('constant groups give an interval of exactly their ratio', () => {
    expect(bootstrapRatio([9, 9, 9, 9], [4, 4, 4], { seed: 1 })).toEqual({ low: 2, high: 2 });
  });
  test('the interval holds the point ratio and excludes 1 for a clear difference', () => {
    // medians 9 and 4: (9+1)/(4+1) = 2.
    const ci = bootstrapRatio(a, b, { seed: 3 });
    expect(ci.low).toBeLessThanOrEqual(2);
    expect(ci.high).toBeGreaterThanOrEqual(2);
    expect(ci.low).toBeGreaterThan(1);
  });
  test('an empty side has no interval', () => {
    expect(Number.isNaN(bootstrapRatio([], b, { seed: 1 }).low)).toBe(true);
  });
});

describe('Mann–Whitney rank test', () => {
  test('fully separated groups of ten: U = 0, z = −50/√175, p ≈ 1.57e-4', () => {
    const a = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const b = [11, 12, 13, 14, 15, 16, 17, 18, 19, 20];
    const { u, p } = mannWhitney(a, b);
    expect(u).toBe(0);
    expect(p).toBeCloseTo(1.5705e-4, 6);
    expect(mannWhitney(b, a).u).toBe(100);
  });
  test('identical groups give p = 1; all-tied data gives p = 1', () => {
    expect(mannWhitney([1, 2, 3], [1, 2, 3]).p).toBeCloseTo(1, 6);
    expect(mannWhitney([0, 0, 0], [0, 0]).p).toBe(1);
  });
  test('the normal CDF at known points', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 6);
  });
});
