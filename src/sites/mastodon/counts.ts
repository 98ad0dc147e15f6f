// Mastodon (any server, mastodon/mastodon's web UI): the counts under the owner's posts on their
// profile (`/@<handle>`) and a post's own page (`/@<handle>/<id>`).
// Evidence (mastodon/mastodon, found with the `search` tool, and clients that read it):
// - components/status.jsx: a post is `.status` with `.status__display-name` (its
//   `.display-name__account` reads "@user" or "@user@server"), `a.status__relative-time` with a
//   `<time datetime>`, `.status__content` > `.status__content__text`.
// - components/status_action_bar: `.status__action-bar` > `button.status__action-bar__button`
//   (reply, boost, favourite, in that order); icon_button.tsx renders a count as
//   `<span class="icon-button__counter"><AnimatedNumber/></span>`. The reply counter is
//   obfuscated ("1+" above one); boosts and favourites are shown where the server enables them.
// - features/status/components/detailed_status.tsx (a post's own page):
//   `.detailed-status__meta` with `.detailed-status__reblogs` and `.detailed-status__favorites`,
//   each an AnimatedNumber, and `.detailed-status__datetime`; its action bar is
//   `.detailed-status__action-bar`, a sibling of `.detailed-status` inside
//   `div.focusable.detailed-status__wrapper` (features/status/index.jsx).
// - Reader code found with `search`: `.status__action-bar-button:has([class*="icon-reply"])`
//   `.icon-button__counter`, and `.detailed-status__favorites` for the focal post.
// - components/icon.tsx (4.2+) draws `<svg class="icon icon-<id>">` before the counter; older
//   servers draw Font Awesome `<i class="fa fa-<id>">` (the clients' copies of the bar above).
// - lib/mastodon/snowflake.rb `id_at`: a status id is (seconds × 1000 + a random 0–999) << 16
//   plus a sequence, so `id >> 16` is its creation time to within a second; the detailed view's
//   date link (`/@user/<id>`) carries no `<time datetime>`.
// Structure first: a button by its icon's class (reply, retweet, star), never by its localised title.
import { type CountReader, datetimeOf } from '../counts';

const BAR = ['.status__action-bar', '.detailed-status__action-bar'];
const counter = (...icons: string[]) =>
  icons.flatMap((i) => [`.icon-${i} ~ .icon-button__counter`, `.fa-${i} ~ .icon-button__counter`]);

/** The time in the status id of the post's own date link, ms; null without one. */
export function snowflakeTime(post: Element): number | null {
  const a = post.querySelector('a.status__relative-time[href], a.detailed-status__datetime[href]');
  const m = /\/@[^/]+\/(\d{15,20})(?:[/?#]|$)/.exec(a?.getAttribute('href') ?? '');
  return m ? Number(BigInt(m[1]!) >> 16n) : null;
}

export const mastodonCounts: CountReader = {
  site: 'mastodon',
  selectors: {
    post: ['.detailed-status__wrapper', '.status'],
    text: ['.status__content__text', '.status__content'],
    bar: [...BAR, '.detailed-status__meta'],
    // The list's bar prints every count it is given, 0 included (icon_button.tsx renders the
    // counter whenever one is passed); a bar with no reply counter (the focal post's own bar
    // passes none) does not say how many replies there are: unknown, not 0.
    replies: { selectors: counter('reply', 'reply-all'), from: 'text', absent: 'unknown' },
    reposts: { selectors: ['.detailed-status__reblogs', ...counter('retweet')], from: 'text' },
    likes: { selectors: ['.detailed-status__favorites', ...counter('star')], from: 'text' },
  },
  ownPage: (loc, owner) => {
    const m = /^\/@([^/]+)/.exec(loc.pathname);
    if (!m) return false;
    const strip = (h: string) =>
      h.replace(/^@+/, '').toLowerCase().replace(`@${loc.hostname.toLowerCase()}`, '');
    return strip(decodeURIComponent(m[1]!)) === strip(owner);
  },
  author: (post) => {
    const acct = post.querySelector('.display-name__account')?.textContent?.trim();
    return acct ? acct : null;
  },
  time: (post) => datetimeOf(post.querySelector('time[datetime]')) ?? snowflakeTime(post),
};
