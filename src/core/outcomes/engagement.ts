import type { EngagementReading } from './types';

/** A post's engagement: replies + reposts + likes. */
export function engagementOf(r: EngagementReading): number {
  return nonNegative(r.replies) + nonNegative(r.reposts) + nonNegative(r.likes);
}

/** Engagement per view where the site shows views, else null (most sites show none). */
export function engagementRate(r: EngagementReading): number | null {
  return r.views !== undefined && r.views > 0 ? engagementOf(r) / r.views : null;
}

/** The newest reading of several (counts change; the latest one is kept). */
export function latestReading(readings: readonly EngagementReading[]): EngagementReading | null {
  let best: EngagementReading | null = null;
  for (const r of readings) if (!best || r.readAt > best.readAt) best = r;
  return best;
}

// A count parsed from a page can be NaN or negative when the markup changes: count it as 0
// rather than letting one bad reading poison every median.
const nonNegative = (n: number) => (Number.isFinite(n) && n > 0 ? n : 0);
