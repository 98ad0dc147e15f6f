// The count readers by site id (issue 14): the sites whose counts Postcoach reads when the owner
// allows it. Others have none: nothing is read there.
import { blueskyCounts } from './bluesky/counts';
import type { CountReader } from './counts';
import { linkedinCounts } from './linkedin/counts';
import { mastodonCounts } from './mastodon/counts';
import { xCounts } from './x/counts';

export const COUNT_READERS: Partial<Record<string, CountReader>> = {
  x: xCounts,
  bluesky: blueskyCounts,
  mastodon: mastodonCounts,
  linkedin: linkedinCounts,
};

/** The sites with a count reader, in the order the options page lists them. */
export const COUNT_SITES = ['x', 'bluesky', 'mastodon', 'linkedin'] as const;
