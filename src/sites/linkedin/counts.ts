// LinkedIn: the counts under the owner's posts on their activity page
// (`/in/<handle>/recent-activity/…`, a company's `/company/<name>/posts/`) and a post's own page
// (`/feed/update/urn:li:activity:<id>/`, where each post's author is checked).
// Evidence (scrapers and extensions found with the `search` tool, code corpus):
// - azntaiji/web-scraper todos.md: posts are `div.feed-shared-update-v2` with `data-urn`;
//   reactions `.social-details-social-counts__reactions…`, comments
//   `li.social-details-social-counts__item.social-details-social-counts__comments`.
// - xldeveloper/openclaw-skills …/references/dom-patterns.md (2024/2025): `.update-components-text`,
//   `a.update-components-actor__meta-link`, `[data-urn*="activity"]`.
// - Stats scrapers: `.social-details-social-counts__reactions-count`, impressions in
//   `.ca-entry-point__num-views` (`strong` holds the number), comments and reposts as buttons
//   labelled "4 comments on …'s post" / "2 reposts of …'s post"; the post's date from its URN.
// - An activity id's top 41 bits are its creation time in ms (the date scrapers decode from
//   `data-urn`, e.g. the `extractPostDate(postUrn)` of a post-stats scraper found with `search`).
// Only the numbers' digits are read; the labels' words are localised.
import type { CountReader } from '../counts';

/** The owner's page part of a profile or company link: `in/<handle>` or `company/<name>`. */
function pageOf(href: string): string | null {
  const m = /\/(in|company)\/([^/?#]+)/.exec(href);
  return m ? `${m[1]}/${decodeURIComponent(m[2]!).toLowerCase()}` : null;
}

/** "in/bakery", "@bakery", "https://www.linkedin.com/in/bakery/" → "in/bakery"; a bare name → "in/<name>". */
export function linkedinPage(owner: string): string {
  const trimmed = owner.trim().replace(/^@+/, '');
  return pageOf(`/${trimmed}`) ?? pageOf(trimmed) ?? `in/${trimmed.toLowerCase()}`;
}

export const linkedinCounts: CountReader = {
  site: 'linkedin',
  selectors: {
    post: ['.feed-shared-update-v2[data-urn]', '[data-urn^="urn:li:activity:"]'],
    text: ['.update-components-text', '.feed-shared-inline-show-more-text', '.break-words'],
    bar: ['.social-details-social-counts', '.social-details-social-activity'],
    replies: {
      selectors: [
        '.social-details-social-counts__comments button',
        '.social-details-social-counts__comments',
      ],
      from: 'label',
    },
    // The item that is neither the reactions nor the comments; the English label only as a fallback.
    reposts: {
      selectors: [
        'li.social-details-social-counts__item:not(.social-details-social-counts__reactions):not(.social-details-social-counts__comments) button',
        'button[aria-label*="repost" i]',
      ],
      from: 'label',
    },
    likes: { selectors: ['.social-details-social-counts__reactions-count'], from: 'text' },
    views: { selectors: ['.ca-entry-point__num-views strong', '.ca-entry-point__num-views'], from: 'text' },
  },
  canonOwner: linkedinPage,
  ownPage: (loc, owner) => {
    if (/^\/feed\/update\/urn:li:activity:\d+/.test(loc.pathname)) return true;
    const page = pageOf(loc.pathname);
    return page !== null && page === linkedinPage(owner);
  },
  author: (post) => {
    const a = post.querySelector(
      'a.update-components-actor__meta-link, .update-components-actor__container a[href]',
    );
    return a ? pageOf(a.getAttribute('href') ?? '') : null;
  },
  time: (post) => {
    const m = /urn:li:activity:(\d{10,20})/.exec(post.getAttribute('data-urn') ?? '');
    return m ? Number(BigInt(m[1]!) >> 22n) : null;
  },
};
