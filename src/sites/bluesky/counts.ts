// Bluesky (bsky.app, bluesky-social/social-app): the counts under the owner's posts on their
// profile (`/profile/<handle>`) and a post's own page (`/profile/<handle>/post/<rkey>`).
// Evidence (found with the `search` tool):
// - social-app src/view/com/util/post-ctrls/PostCtrls.tsx: `testID="replyBtn"` labelled
//   "Reply (# replies)" with the count as its text only when above 0, `testID="likeBtn"` with
//   its CountWheel; RepostButton(.web).tsx: `<Text testID="repostCount">` only when above 0.
//   React Native Web renders `testID` as `data-testid`.
// - beeps' "A userstyle to hide the numbers on Bluesky" (2024-12-05): `[data-testid="likeCount"]`,
//   `[data-testid="repostCount"]` in feeds, `…-expanded` on a post's own page, and the reply
//   count as `[data-testid="replyBtn"] div`.
// - A reader extension's Bluesky extraction: posts in `[data-testid^="feedItem-by-"]` (the suffix
//   is the author's handle), `[data-testid="postText"]`, the reply count from the label's
//   "(N repl…)". Thread posts are `postThreadItem-by-<handle>` (social-app PostThreadItem).
// - atproto.com/specs/tid: a post's record key is a TID whose top 53 bits (after a zero bit)
//   count microseconds since the epoch, base32-sortable `234567abcdefghijklmnopqrstuvwxyz`.
import type { CountReader } from '../counts';

const PREFIXES = ['feedItem-by-', 'postThreadItem-by-'];
const B32 = '234567abcdefghijklmnopqrstuvwxyz';
const POST_PATH = /^\/profile\/([^/]+)\/post\/([2-7a-z]{13})(?:[/?#]|$)/;

/** The time a TID record key holds, ms since the epoch; null for anything else. */
export function tidTime(rkey: string): number | null {
  if (!/^[2-7a-j][2-7a-z]{12}$/.test(rkey)) return null;
  let v = 0n;
  for (const ch of rkey) v = (v << 5n) | BigInt(B32.indexOf(ch));
  return Number((v >> 10n) / 1000n);
}

export const blueskyCounts: CountReader = {
  site: 'bluesky',
  selectors: {
    post: PREFIXES.map((p) => `[data-testid^="${p}"]`),
    text: ['[data-testid="postText"]'],
    // social-app shows a link shortened (lib/strings/url-helpers toShortUrl); mentions and
    // hashtags link within bsky.app (relative hrefs) and stay.
    drop: 'a[href^="http"]',
    bar: ['[data-testid="replyBtn"]'],
    replies: { selectors: ['[data-testid="replyBtn"]'], from: 'label' },
    reposts: {
      selectors: ['[data-testid="repostCount-expanded"]', '[data-testid="repostCount"]'],
      from: 'text',
    },
    likes: { selectors: ['[data-testid="likeCount-expanded"]', '[data-testid="likeCount"]'], from: 'text' },
  },
  ownPage: (loc, owner) => {
    const m = /^\/profile\/([^/]+)/.exec(loc.pathname);
    return m !== null && decodeURIComponent(m[1]!).toLowerCase() === owner.replace(/^@+/, '').toLowerCase();
  },
  author: (post) => {
    const id = post.getAttribute('data-testid') ?? '';
    const prefix = PREFIXES.find((p) => id.startsWith(p));
    return prefix && id.length > prefix.length ? id.slice(prefix.length) : null;
  },
  time: (post) => {
    // The post's own link (an embedded quote links to someone else's post: not this one's time).
    const author = blueskyCounts.author(post)?.toLowerCase();
    for (const a of post.querySelectorAll('a[href*="/post/"]')) {
      const m = POST_PATH.exec(a.getAttribute('href') ?? '');
      if (m && decodeURIComponent(m[1]!).toLowerCase() === author) return tidTime(m[2]!);
    }
    const own = POST_PATH.exec(location.pathname);
    return own &&
      decodeURIComponent(own[1]!).toLowerCase() === author &&
      post.matches('[data-testid^="postThreadItem-by-"]')
      ? tidTime(own[2]!)
      : null;
  },
};
