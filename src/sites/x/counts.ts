// X: the counts under the owner's posts on their profile (`/<handle>`) and a post's own page
// (`/<handle>/status/<id>`).
// Evidence (found with the `search` tool, code corpus):
// - yailPeralta/x-scraper src/modules/twitter-scraper/constants/twitter-selectors.constants.ts:
//   `article[data-testid="tweet"]`, `[data-testid="tweetText"]`, `[data-testid="User-Name"]`,
//   `time`, `[data-testid="reply"|"retweet"|"like"]`, views `a[href*="/analytics"]`.
// - simonw/til twitter/collecting-replies.md (2024-10): the handle from the last segment of
//   `[data-testid="User-Name"] a`'s href, the time from `time.dateTime`, the counts from the first
//   number of each button's `aria-label` ("12 Replies. Reply"), views from the label "… View post
//   analytics" (absent on the focal post of a status page).
// A post the owner liked or reposted carries `unlike`/`unretweet` instead (the same buttons
// toggled). Labels are localised: only their digits are read, never their words.
import { type CountReader, datetimeOf } from '../counts';

const firstSegment = (path: string): string => path.split('/').filter(Boolean)[0] ?? '';

export const xCounts: CountReader = {
  site: 'x',
  selectors: {
    post: ['article[data-testid="tweet"]'],
    text: ['[data-testid="tweetText"]'],
    // Every link is wrapped in t.co and shown shortened (help.x.com "About X's link service");
    // mentions and hashtags link within x.com (relative hrefs) and stay.
    drop: 'a[href^="http"]',
    bar: ['[data-testid="reply"]'],
    replies: { selectors: ['[data-testid="reply"]'], from: 'label' },
    reposts: { selectors: ['[data-testid="retweet"]', '[data-testid="unretweet"]'], from: 'label' },
    likes: { selectors: ['[data-testid="like"]', '[data-testid="unlike"]'], from: 'label' },
    views: { selectors: ['a[href$="/analytics"]'], from: 'label' },
  },
  ownPage: (loc, owner) =>
    firstSegment(loc.pathname).toLowerCase() === owner.replace(/^@+/, '').toLowerCase(),
  author: (post) => {
    const a = post.querySelector('[data-testid="User-Name"] a[href^="/"]');
    const handle = firstSegment(a?.getAttribute('href') ?? '');
    return handle || null;
  },
  time: (post) => datetimeOf(post.querySelector('time[datetime]')),
};
