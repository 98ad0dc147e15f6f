// "What works for you" over the stored history (issue 14): the owner's posts that carry counts,
// learned into findings and best times, and the words the card and every export say about them.
// Pure: the popup reads the records, this decides what they show.
import type { Goals, PostRecord } from '../model';
import { learnFrom, observe } from '../outcomes/learn';
import { type BestTimes, bestTimes } from '../outcomes/times';
import type { OutcomePost, WhatWorks, WhatWorksFinding } from '../outcomes/types';
import type { Platform } from '../types';

/** What the owner's own counts say: findings, and the best times to post. */
export interface OwnerOutcomes {
  whatWorks: WhatWorks;
  times: BestTimes;
}

/** The readings the popup reads at most (newest first): a few years of a busy owner's posts. */
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

/** Resolves a UI message by id (the pages pass the catalog's `t`). */
type Translate = (id: string, params?: (string | number)[]) => string;
/** A weekday's name in the UI language, 0 = Sunday. */
type Weekday = (day: number) => string;

/** "Your posts that ask a question get 2.1× the replies, reposts and likes — 12 posts against 31". */
export function findingWords(f: WhatWorksFinding, t: Translate, weekday: Weekday): string {
  const { subject } = f;
  // The weekday subject carries a day number; it is shown as the day's name in the UI language.
  const subjectParams =
    subject.id === 'outcome_subject_weekday' ? [weekday(Number(subject.params?.[0] ?? 0))] : subject.params;
  return t(f.message.id, [t(subject.id, subjectParams), ...(f.message.params ?? [])]);
}

export function timesWords(b: BestTimes, t: Translate, weekday: Weekday): string {
  const days = b.days.map(weekday).join(', ');
  return b.source === 'own'
    ? t('outcome_times_own', [b.posts, days, b.hours[0], b.hours[1]])
    : t('outcome_times_published', [days, b.hours[0], b.hours[1]]);
}

/**
 * What the card and the exports say, in order: the three clearest findings (or that there is
 * too little data, or that nothing stands out), then the best times.
 */
export function outcomeWords(
  o: OwnerOutcomes,
  t: Translate,
  weekday: Weekday,
): { findings: string[]; status: string | null; times: string } {
  const w = o.whatWorks;
  const status =
    w.status === 'too-few'
      ? t('outcome_too_few', [w.posts, w.minPosts])
      : w.findings.length === 0
        ? t('outcome_nothing_clear', [w.posts])
        : null;
  return {
    findings: status === null ? w.findings.map((f) => findingWords(f, t, weekday)) : [],
    status,
    times: timesWords(o.times, t, weekday),
  };
}
