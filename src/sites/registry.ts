// The site adapters, most specific first. A site is one folder: `selectors.ts` (its hosts and
// selectors, as data) and, when it needs more than the selectors, `adapter.ts`; the manifest's
// host patterns come from the same `selectors.ts` files (./matches.ts).
import { bluesky } from './bluesky/adapter';
import { selectors as facebook } from './facebook/selectors';
import { selectors as genericSelectors } from './generic/selectors';
import { instagram } from './instagram/adapter';
import { linkedin } from './linkedin/adapter';
import { mastodon } from './mastodon/adapter';
import { selectors as reddit } from './reddit/selectors';
import { makeAdapter } from './site';
import { selectors as threads } from './threads/selectors';
import type { SiteAdapter } from './types';
import { selectors as x } from './x/selectors';

/** Any site the user turned Postcoach on for: every editable box. */
export const generic = makeAdapter('generic', genericSelectors, { matches: () => true });

/** Most specific first; generic last (it matches everything). */
export const ADAPTERS: SiteAdapter[] = [
  makeAdapter('x', x),
  linkedin,
  makeAdapter('facebook', facebook),
  instagram,
  makeAdapter('threads', threads),
  bluesky,
  makeAdapter('reddit', reddit),
  mastodon,
  generic,
];

export function adapterFor(location: Location, doc: Document): SiteAdapter {
  for (const a of ADAPTERS) if (a.matches(location, doc)) return a;
  return generic;
}
