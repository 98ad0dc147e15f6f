// The scorecard's chart series: posts per calendar day, and per week the intent mix and the
// median quality. Pure: no DOM, no browser API.

import { addDays, bucketOf, dayBounds, type Week, ymdKey, zoned } from '../calendar';
import type { PostRecord } from '../model';
import type { Intent } from '../types';
import { median } from './summary';

export interface DaySeries {
  /** Calendar day, `YYYY-MM-DD`, and its start instant. */
  day: string;
  start: number;
  count: number;
}

/** Posts per calendar day over `n` days ending with the day that holds `now`. */
export function postsPerDay(posts: PostRecord[], now: number, n: number, tz: string): DaySeries[] {
  const first = addDays(zoned(now, tz), -(n - 1));
  const bounds = dayBounds(first, n, tz);
  const counts = new Array<number>(n).fill(0);
  for (const p of posts) {
    const i = bucketOf(p.time, bounds);
    if (i >= 0) counts[i]!++;
  }
  return counts.map((count, i) => ({ day: ymdKey(addDays(first, i)), start: bounds[i]!, count }));
}

export interface WeekSeries {
  week: string;
  posts: number;
  mix: Record<Intent, number>;
  qualityMedian: number | null;
}

/** Per week (oldest first): posts, intent mix and median quality. */
export function perWeek(posts: PostRecord[], weeks: Week[]): WeekSeries[] {
  const bounds = [...weeks.map((w) => w.start), weeks[weeks.length - 1]!.end];
  const rows = weeks.map((w) => ({ week: w.startDate, list: [] as PostRecord[] }));
  for (const p of posts) {
    const i = bucketOf(p.time, bounds);
    if (i >= 0) rows[i]!.list.push(p);
  }
  return rows.map(({ week, list }) => {
    const mix: Record<Intent, number> = { selling: 0, listening: 0, sharing: 0 };
    for (const p of list) mix[p.intent]++;
    return { week, posts: list.length, mix, qualityMedian: median(list.map((p) => p.quality)) };
  });
}
