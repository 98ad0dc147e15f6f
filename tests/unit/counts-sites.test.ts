// @vitest-environment happy-dom
// The count readers of issue 14 on pages reproducing each site's markup (tests/fixtures/counts/,
// sources cited there): only the owner's posts are read, with the numbers the page shows.
import { describe, expect, test } from 'vitest';
import { blueskyCounts, tidTime } from '../../src/sites/bluesky/counts';
import { parseCount } from '../../src/sites/count-number';
import { COUNT_READERS } from '../../src/sites/count-readers';
import type { CountSite } from '../../src/sites/count-sites';
import { type CountReader, postsIn, type ReadPost, readPost } from '../../src/sites/counts';
import { linkedinCounts, linkedinPage } from '../../src/sites/linkedin/counts';
import { mastodonCounts } from '../../src/sites/mastodon/counts';
import { xCounts } from '../../src/sites/x/counts';
import * as B from '../fixtures/counts/bluesky.js';
import * as L from '../fixtures/counts/linkedin.js';
import * as M from '../fixtures/counts/mastodon.js';
import * as X from '../fixtures/counts/x.js';

type Page = { path: string; html: string };

function load(host: string, page: Page): void {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(
    `https://${host}${page.path}`,
  );
  document.body.innerHTML = page.html;
}

function readAll(reader: CountReader, owner: string): ReadPost[] {
  return postsIn(reader, document.documentElement)
    .map((p) => readPost(reader, p, owner, location.hostname))
    .filter((p): p is ReadPost => p !== null);
}

describe('number parsing', () => {
  test.each([
    ['12', 12],
    ['1,204', 1204],
    ['1.204', 1204],
    ['12,345,678', 12345678],
    ['1.2K', 1200],
    ['1,5 K', 1500],
    ['3.4M', 3400000],
    ['2B', 2000000000],
    ['১২', 12],
    ['১,২০৪', 1204],
    ['১.২K', 1200],
    ['٣٤', 34],
    ['1+', 1],
    ['12 Replies. Reply', 12],
    ['Reply (3 replies)', 3],
    ['1204 Likes. Like', 1204],
    ['১২টি উত্তর। উত্তর দিন', 12],
    ['7 comments on Hollow Bakery’s post', 7],
    ['12 Kommentare', 12],
  ])('%s → %d', (text, n) => expect(parseCount(text)).toBe(n));

  test.each([[''], ['Reply'], ['Like'], [null], ['K']])('%s holds no count', (text) =>
    expect(parseCount(text)).toBeNull(),
  );
});

describe('X', () => {
  test('the profile: the owner’s posts with their exact counts; the reposted post is not read', () => {
    load('x.com', X.X_PROFILE);
    expect(readAll(xCounts, X.OWNER)).toEqual([
      {
        // The t.co link's shortened display text is left out (the matching drops URLs too).
        text: 'Our new autumn menu is out. What should we add next? 🍂',
        time: Date.parse('2026-11-20T09:15:00.000Z'),
        replies: 12,
        reposts: 5,
        likes: 1204,
        views: 30456,
      },
      {
        text: 'Closed on Monday for a family wedding.\nBack Tuesday at 7!',
        time: Date.parse('2026-11-18T17:30:00.000Z'),
        replies: 0,
        reposts: 2,
        likes: 31,
        views: 2045,
      },
    ]);
  });

  test('a status page in Bengali: counts by structure and digits; no views link, no views', () => {
    load('x.com', X.X_STATUS_BN);
    expect(xCounts.ownPage(location, '@HollowBakery')).toBe(true);
    expect(readAll(xCounts, '@hollowbakery')).toEqual([
      {
        text: 'নতুন শীতের মেনু এসেছে। পরের বার কী যোগ করব?',
        time: Date.parse('2026-11-20T09:15:00.000Z'),
        replies: 12,
        reposts: 5,
        likes: 1204,
      },
    ]);
  });

  test('someone else’s profile or the home feed is not the owner’s page', () => {
    expect(xCounts.ownPage({ pathname: '/rivermill', hostname: 'x.com' }, 'hollowbakery')).toBe(false);
    expect(xCounts.ownPage({ pathname: '/home', hostname: 'x.com' }, 'hollowbakery')).toBe(false);
  });

  test('a post whose action bar is gone (a changed DOM) is skipped, not read as zeros', () => {
    load('x.com', X.X_PROFILE);
    for (const el of document.querySelectorAll('[data-testid="reply"]')) el.remove();
    expect(readAll(xCounts, X.OWNER)).toEqual([]);
  });
});

describe('Bluesky', () => {
  test('a TID record key holds its time (atcute’s example)', () => {
    expect(tidTime('3l25zusnsfctk')).toBe(1724171495793);
    expect(tidTime('not-a-tid')).toBeNull();
  });

  test('the profile: the owner’s post, abbreviated counts; the repost of someone else is not read', () => {
    load('bsky.app', B.BLUESKY_PROFILE);
    expect(blueskyCounts.ownPage(location, B.OWNER)).toBe(true);
    expect(readAll(blueskyCounts, `@${B.OWNER}`)).toEqual([
      {
        text: 'Sourdough is back on Saturday. Which loaf should we bake first?',
        time: 1724171495793,
        replies: 3,
        reposts: 1200,
        likes: 40,
      },
    ]);
  });

  test('a post’s own page: the expanded counts (exact), the time from the URL; a reply by someone else is not read', () => {
    load('bsky.app', B.BLUESKY_POST);
    expect(readAll(blueskyCounts, B.OWNER)).toEqual([
      {
        text: 'Sourdough is back on Saturday. Which loaf should we bake first?',
        time: 1724171495793,
        replies: 4,
        reposts: 1204,
        likes: 41,
      },
    ]);
  });
});

describe('Mastodon', () => {
  test('the profile: the owner’s post ("1+" replies, "1.2K" favourites); the boosted post is not read', () => {
    load('mastodon.social', M.MASTODON_PROFILE);
    expect(mastodonCounts.ownPage(location, '@hollowbakery@mastodon.social')).toBe(true);
    expect(readAll(mastodonCounts, '@hollowbakery@mastodon.social')).toEqual([
      {
        text: 'Pumpkin bread is back! What should we bake next? #bakery',
        time: Date.parse('2026-11-20T09:15:00.000Z'),
        replies: 1,
        reposts: 7,
        likes: 1200,
      },
    ]);
  });

  test('a post’s own page: the detailed counts, the time from the status id', () => {
    load('mastodon.social', M.MASTODON_STATUS);
    expect(readAll(mastodonCounts, 'hollowbakery')).toEqual([
      {
        text: 'Our stall is at the Saturday market from 8.',
        time: Date.parse('2024-11-17T19:42:38.593Z'),
        replies: 1,
        reposts: 1024,
        likes: 2048,
      },
    ]);
  });

  test('a focal post whose bar shows no reply counter: the replies are left out, not read as 0', () => {
    load('mastodon.social', M.MASTODON_STATUS);
    // The page as a server that passes the focal bar's reply button no counter draws it.
    const reply = document.querySelector('.detailed-status__action-bar .icon-reply')!.parentElement!;
    reply.querySelector('.icon-button__counter')!.remove();
    reply.classList.remove('icon-button--with-counter');
    expect(readAll(mastodonCounts, 'hollowbakery')).toEqual([
      {
        text: 'Our stall is at the Saturday market from 8.',
        time: Date.parse('2024-11-17T19:42:38.593Z'),
        reposts: 1024,
        likes: 2048,
      },
    ]);
  });

  test('another server’s account of the same name is not the owner', () => {
    load('mastodon.social', M.MASTODON_PROFILE);
    expect(readAll(mastodonCounts, 'hollowbakery@other.example')).toEqual([]);
  });
});

describe('LinkedIn', () => {
  test('the owner’s page as typed in options', () => {
    expect(linkedinPage('hollowbakery')).toBe('in/hollowbakery');
    expect(linkedinPage('https://www.linkedin.com/in/HollowBakery/')).toBe('in/hollowbakery');
    expect(linkedinPage('company/hollow-bakery')).toBe('company/hollow-bakery');
  });

  test('the activity page: reactions, comments, reposts and impressions; the colleague’s post is not read', () => {
    load('www.linkedin.com', L.LINKEDIN_ACTIVITY);
    expect(linkedinCounts.ownPage(location, 'hollowbakery')).toBe(true);
    const [post, ...rest] = readAll(linkedinCounts, 'hollowbakery');
    expect(rest).toEqual([]);
    expect(post).toMatchObject({
      text: 'We are hiring a weekend baker in Leeds. Early starts, good bread, fair pay. Know someone?',
      replies: 7,
      reposts: 2,
      likes: 48,
      views: 1204,
    });
    // HarvestAPI's sample: this id was created at 2025-05-22T05:31:58.534Z.
    expect(Math.abs(post!.time! - Date.parse('2025-05-22T05:31:58.534Z'))).toBeLessThan(1000);
  });
});

describe('times the background would refuse', () => {
  test('an id that decodes to before 2000 gives no time rather than sinking the batch', () => {
    load('www.linkedin.com', L.LINKEDIN_ACTIVITY);
    document.querySelector('[data-urn]')!.setAttribute('data-urn', 'urn:li:activity:1234567890');
    const [post] = readAll(linkedinCounts, 'hollowbakery');
    expect(post!.time).toBeNull();
    expect(post!.likes).toBe(48);
  });
});

describe('selectors as data', () => {
  const pages: [CountSite, string, Page[]][] = [
    ['x', 'x.com', [X.X_PROFILE, X.X_STATUS_BN]],
    ['bluesky', 'bsky.app', [B.BLUESKY_PROFILE, B.BLUESKY_POST]],
    ['mastodon', 'mastodon.social', [M.MASTODON_PROFILE, M.MASTODON_STATUS]],
    ['linkedin', 'www.linkedin.com', [L.LINKEDIN_ACTIVITY]],
  ];
  test.each(pages)('%s: the first selector of every list is found in a fixture page', (site, host, list) => {
    const s = COUNT_READERS[site].selectors;
    const rules = [s.post, s.text, s.bar, s.replies.selectors, s.reposts.selectors, s.likes.selectors];
    if (s.views) rules.push(s.views.selectors);
    for (const sel of rules.map((r) => r[0]!)) {
      const found = list.some((page) => {
        load(host, page);
        return document.querySelector(sel) !== null;
      });
      expect(found, sel).toBe(true);
    }
  });
});
