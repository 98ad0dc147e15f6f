import { bluesky } from './bluesky';
import { facebook } from './facebook';
import { generic } from './generic';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { mastodon } from './mastodon';
import { reddit } from './reddit';
import { threads } from './threads';
import type { SiteAdapter } from './types';
import { x } from './x';

/** Most specific first; generic last (it matches everything). */
export const ADAPTERS: SiteAdapter[] = [
  x,
  linkedin,
  facebook,
  instagram,
  threads,
  bluesky,
  reddit,
  mastodon,
  generic,
];

export function adapterFor(location: Location, doc: Document): SiteAdapter {
  for (const a of ADAPTERS) if (a.matches(location, doc)) return a;
  return generic;
}
