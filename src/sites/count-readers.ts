// The count readers by site id. Only the content script's lazy counts chunk imports
// them (src/content/counts.ts); the pages use the list in src/sites/count-sites.ts.
import { blueskyCounts } from './bluesky/counts';
import type { CountSite } from './count-sites';
import type { CountReader } from './counts';
import { linkedinCounts } from './linkedin/counts';
import { mastodonCounts } from './mastodon/counts';
import { xCounts } from './x/counts';

export const COUNT_READERS: Record<CountSite, CountReader> = {
  x: xCounts,
  bluesky: blueskyCounts,
  mastodon: mastodonCounts,
  linkedin: linkedinCounts,
};
