import type { Platform } from '../types';
import type { Observation } from './learn';
import { median } from './stats';

export interface BestTimes {
  source: 'own' | 'published';
  /** Days, 0 = Sunday, best first. */
  days: number[];
  /** Hours of the day [from, to) in the owner's local time. */
  hours: [number, number];
  /** Posts the own figures rest on (0 for published ones). */
  posts: number;
}

/** Posts with counts needed before the owner's own history replaces the published figures. */
export const OWN_TIMES_MIN_POSTS = 40;
const MIN_PER_SLOT = 4;

// Published general figures, used until the owner has history of their own. Sprout Social's
// "Best times to post on social media" study, 2021 edition (25,000+ customers' engagement,
// local time), as summarised in IMPACT, "Best times to post on social media in 2021 (new data)",
// https://www.impactplus.com/blog/best-times-to-post-on-social-media-2021-new-data :
// Facebook Tue/Wed/Fri 9 a.m.–1 p.m.; Instagram Tue 11 a.m.–2 p.m.; Twitter Wed 9 a.m.–3 p.m.;
// LinkedIn Tue/Wed 9 a.m.–noon. Sprout's overall summary (M2 Network, "Sprout Social study
// reveals the best times to post social media content",
// https://m-2-t.com/sprout-social-study-reveals-the-best-times-to-post-social-media-content/):
// Tuesday or Wednesday before 2 p.m. — used for the platforms the study does not cover.
const PUBLISHED: Record<
  'facebook' | 'instagram' | 'x' | 'linkedin' | 'other',
  Omit<BestTimes, 'source' | 'posts'>
> = {
  facebook: { days: [2, 3, 5], hours: [9, 13] },
  instagram: { days: [2], hours: [11, 14] },
  x: { days: [3], hours: [9, 15] },
  linkedin: { days: [2, 3], hours: [9, 12] },
  other: { days: [2, 3], hours: [9, 14] },
};

export function publishedTimes(platform: Platform): BestTimes {
  const key =
    platform === 'facebook' || platform === 'instagram' || platform === 'x' || platform === 'linkedin'
      ? platform
      : 'other';
  return { source: 'published', posts: 0, ...PUBLISHED[key] };
}

const BAND_HOURS: Record<string, [number, number]> = {
  night: [0, 6],
  morning: [6, 12],
  afternoon: [12, 18],
  evening: [18, 24],
};

/**
 * The owner's best days and hours from their own posts once there are OWN_TIMES_MIN_POSTS with
 * counts: the weekdays and the part of the day with the highest median engagement, among slots
 * with at least MIN_PER_SLOT posts. Before that, the published figures for the platform.
 */
export function bestTimes(obs: readonly Observation[], platform: Platform): BestTimes {
  if (obs.length < OWN_TIMES_MIN_POSTS) return publishedTimes(platform);
  const bySlot = (key: (o: Observation) => string) => {
    const groups = new Map<string, number[]>();
    for (const o of obs) {
      const k = key(o);
      groups.set(k, [...(groups.get(k) ?? []), o.engagement]);
    }
    return [...groups]
      .filter(([, v]) => v.length >= MIN_PER_SLOT)
      .map(([k, v]) => ({ k, m: median(v)! }))
      .sort((a, b) => b.m - a.m || a.k.localeCompare(b.k));
  };
  const days = bySlot((o) => String(o.features.weekday));
  const hours = bySlot((o) => o.features.hour);
  if (!days.length || !hours.length) return publishedTimes(platform);
  return {
    source: 'own',
    posts: obs.length,
    days: days.slice(0, 2).map((d) => Number(d.k)),
    hours: BAND_HOURS[hours[0]!.k]!,
  };
}
