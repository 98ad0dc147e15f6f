// "What works for you" over the stored history: the owner's posts that carry counts,
// learned into findings and best times.
// Pure. It runs the engine on each post (featuresOf), so the background runs it (`outcomes/get`)
// and the pages only get its result and say it (outcome-words.ts).
import type { Goals, PostRecord } from '../model';
import { learnFrom, observe } from '../outcomes/learn';
import { bestTimes } from '../outcomes/times';
import type { OutcomePost } from '../outcomes/types';
import type { Platform } from '../types';
import type { OwnerOutcomes } from './outcome-words';

/** The readings learned from at most (newest first): a few years of a busy owner's posts. */
export const MAX_OUTCOME_POSTS = 2000;

/**
 * Records that can teach something: a reading of their counts and their text (under the
 * metrics-only privacy setting no text is kept, so nothing about the post's groups is known).
 */
export function outcomePosts(records: readonly PostRecord[]): OutcomePost[] {
  const out: OutcomePost[] = [];
  for (const r of records) {
    if (!r.engagement || typeof r.text !== 'string' || r.text.trim() === '') continue;
    out.push({ text: r.text, time: r.time, platform: r.platform, reading: r.engagement });
  }
  return out;
}

/**
 * The platform the best times are for: the first focus platform, else the one most of the
 * owner's posts with counts are on, else X (the platform whose archives bring counts).
 */
export function mainPlatform(records: readonly PostRecord[], goals: Pick<Goals, 'focusPlatforms'>): Platform {
  if (goals.focusPlatforms.length) return goals.focusPlatforms[0]!;
  const counts = new Map<Platform, number>();
  for (const r of records) counts.set(r.platform, (counts.get(r.platform) ?? 0) + 1);
  let best: Platform = 'x';
  let most = 0;
  for (const [p, n] of counts) {
    if (n > most || (n === most && p < best)) {
      best = p;
      most = n;
    }
  }
  return best;
}

export function ownerOutcomes(
  records: readonly PostRecord[],
  options: { timeZone: string; goals: Pick<Goals, 'focusPlatforms'> },
): OwnerOutcomes {
  const obs = observe(outcomePosts(records), options.timeZone);
  return {
    whatWorks: learnFrom(obs, {}),
    times: bestTimes(obs, mainPlatform(records, options.goals)),
  };
}
