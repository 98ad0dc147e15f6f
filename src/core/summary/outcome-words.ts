// What "What works for you" says, in the card and in every export. Words only: the
// learning is in outcomes.ts, run by the background; the pages import this without the engine.
import type { BestTimes } from '../outcomes/times';
import type { WhatWorks, WhatWorksFinding } from '../outcomes/types';

/** What the owner's own counts say: findings, and the best times to post. */
export interface OwnerOutcomes {
  whatWorks: WhatWorks;
  times: BestTimes;
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
