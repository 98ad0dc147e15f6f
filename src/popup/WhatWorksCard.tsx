import type { BestTimes, WhatWorks, WhatWorksFinding } from '../core/outcomes';
import { findingWords, timesWords } from '../core/summary/outcome-words';
import { type I18n, useI18n } from '../ui/i18n';

export interface WhatWorksCardProps {
  /** `learnWhatWorks` over the owner's posts that have counts (src/core/outcomes). */
  whatWorks: WhatWorks;
  /** `bestTimes` for the platform the card is about. */
  times: BestTimes;
}

/** "Your posts that ask a question get 2.1× the replies, reposts and likes — 12 posts against 31". */
export function findingText(f: WhatWorksFinding, i: I18n): string {
  return findingWords(f, i.t, i.weekday);
}

export function timesText(b: BestTimes, i: I18n): string {
  return timesWords(b, i.t, i.weekday);
}

/**
 * The Scorecard's "What works for you" card: the owner's three clearest findings, or plainly
 * that there is too little data to say anything, and the best times to post. Pure view: the
 * numbers are computed in src/core/outcomes and passed in.
 */
export function WhatWorksCard({ whatWorks: w, times }: WhatWorksCardProps) {
  const i = useI18n();
  const { t } = i;
  return (
    <section class="card what-works" aria-labelledby="what-works-title" data-status={w.status}>
      <h3 id="what-works-title">{t('outcome_card_title')}</h3>
      {w.status === 'too-few' ? (
        <p class="muted">{t('outcome_too_few', [w.posts, w.minPosts])}</p>
      ) : w.findings.length === 0 ? (
        <p class="muted">{t('outcome_nothing_clear', [w.posts])}</p>
      ) : (
        <ul class="findings">
          {w.findings.map((f) => (
            <li key={`${f.effect.feature}:${f.effect.value}`} data-feature={f.effect.feature}>
              {findingText(f, i)}
            </li>
          ))}
        </ul>
      )}
      <p class="times" data-source={times.source}>
        {timesText(times, i)}
      </p>
      <p class="muted">{t('outcome_counts_note')}</p>
    </section>
  );
}
