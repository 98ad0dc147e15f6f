// The sites whose counts Postcoach reads when the owner allows it, in the order the
// options page lists them. Their readers are in src/sites/count-readers.ts, loaded only where
// consent is on; this list alone is what the pages and the content script's loader need.
export const COUNT_SITES = ['x', 'bluesky', 'mastodon', 'linkedin'] as const;
export type CountSite = (typeof COUNT_SITES)[number];

export const hasCounts = (site: string): site is CountSite =>
  (COUNT_SITES as readonly string[]).includes(site);
