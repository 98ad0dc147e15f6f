// After "Save and start": where the first nudge comes from. A link to each site the owner
// chose (or to all eight), opened in a new tab by the owner's click, and the practice composer
// (src/practice/), a page of the extension's own where the pill coaches without a real post.
// Content scripts never run on extension pages (match patterns accept only http(s), file, ftp
// and urn schemes: Chrome "Match patterns"; MDN "Match patterns"), so that page mounts the pill
// itself and keeps nothing.

import type { Settings } from '../core/model';
import type { Platform } from '../core/types';
import { practiceUrl } from '../practice/url';
import { useI18n } from '../ui/i18n';
import { SITES } from './GoalsSection';

/** Where each site's composer is one click away (the hosts match src/sites/matches.ts). */
export const COMPOSE_URLS: Record<Exclude<Platform, 'generic'>, string> = {
  x: 'https://x.com/compose/post',
  linkedin: 'https://www.linkedin.com/feed/',
  facebook: 'https://www.facebook.com/',
  instagram: 'https://www.instagram.com/',
  threads: 'https://www.threads.com/',
  mastodon: 'https://mastodon.social/publish',
  bluesky: 'https://bsky.app/',
  reddit: 'https://www.reddit.com/submit',
};

export function NextStep({ s }: { s: Settings }) {
  const { t } = useI18n();
  const chosen = s.goals.focusPlatforms.filter((p): p is Exclude<Platform, 'generic'> => p !== 'generic');
  const sites = chosen.length ? chosen : SITES;
  return (
    <section class="next-step" aria-labelledby="next-step">
      <h3 id="next-step">{t('options_next_title')}</h3>
      <p>{t('options_next_intro')}</p>
      <ul class="next-sites">
        {sites.map((p) => (
          <li key={p}>
            <a href={COMPOSE_URLS[p]} target="_blank" rel="noopener noreferrer" data-next={p}>
              {t('options_next_open', [t(`platform_${p}`)])}
            </a>
          </li>
        ))}
        {s.customSites.map((host) => (
          <li key={host}>
            <a href={`https://${host}/`} target="_blank" rel="noopener noreferrer" data-next={host}>
              {t('options_next_open', [host])}
            </a>
          </li>
        ))}
      </ul>
      <p class="next-practice">
        <a href={practiceUrl(sites[0])} target="_blank" rel="noopener noreferrer" data-next="practice">
          {t('options_next_practice')}
        </a>{' '}
        <span class="help">{t('options_next_practice_help')}</span>
      </p>
      <p class="help">{t('options_next_popup')}</p>
    </section>
  );
}
