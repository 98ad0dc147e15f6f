// The built-in sites' host patterns, made from the adapters' own host lists
// (src/sites/<site>/selectors.ts), so the manifest's `content_scripts.matches` and the adapters
// cannot disagree (tests/unit/sites-hosts.test.ts). Only the selector data is imported, no DOM
// code: the manifest config, the background and the options page read this file.
// Mastodon has no fixed host besides mastodon.social: servers are added by the user as optional
// permissions (src/background/sites.ts).
import { selectors as bluesky } from './bluesky/selectors';
import { selectors as facebook } from './facebook/selectors';
import { selectors as instagram } from './instagram/selectors';
import { selectors as linkedin } from './linkedin/selectors';
import { selectors as mastodon } from './mastodon/selectors';
import { selectors as reddit } from './reddit/selectors';
import { selectors as threads } from './threads/selectors';
import { selectors as x } from './x/selectors';

/** Every host a built-in adapter serves, in the registry's order. */
export const SITE_HOSTS: readonly string[] = [
  x,
  linkedin,
  facebook,
  instagram,
  threads,
  bluesky,
  reddit,
  mastodon,
].flatMap((s) => s.hosts);

export const SITE_MATCHES: string[] = SITE_HOSTS.map((host) => `https://${host}/*`);
