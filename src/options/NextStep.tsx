// After "Save and start": where the first nudge comes from. A link to each site the owner
// chose (or to all eight), opened in a new tab by the owner's click.
//
// Why not a built-in practice composer: content scripts are matched by URL pattern and the
// patterns accept only http(s), file, ftp and urn schemes (Chrome "Match patterns"; Firefox
// "Match patterns" on MDN), so manifest.config.ts's content_scripts can never inject the pill
// into a chrome-extension:// or moz-extension:// page. A practice page would have to load the
// content script as its own module, which needs the content script to accept the extension's
// own origin as a site and the background to accept messages from that page — both outside the
// options page (src/content/, src/background/validate.ts). Until then the next step is the sites.

import type { Settings } from '../core/model';
import type { Platform } from '../core/types';
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
      <p class="help">{t('options_next_popup')}</p>
    </section>
  );
}
