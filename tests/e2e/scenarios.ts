// The flows of issue 11, one per scenario, each a page of tests/fixtures/sites/<site>.js rendered
// alone (`?scenarios=<id>`) at the path the real site serves it on. The fixture marks the
// scenario's root with data-fixture="<id>", the control that opens it with data-fixture-open, its
// send control with data-fixture-send; a failed send shows a [role=alert] and keeps the text.
// Selectors in src/sites/*/selectors.ts name these ids (tests/unit/sites-paired.test.ts).
// The one list for both browsers: tests/e2e/real-sites.test.ts (Chromium) and
// tests/firefox/real-sites.test.ts (Firefox ESR) run every scenario; none behaves differently in
// Firefox today, so there is no per-browser flag.
import type { Kind, Platform } from '../../src/core/types';
import { pairs as bluesky } from '../../src/sites/bluesky/selectors';
import { pairs as facebook } from '../../src/sites/facebook/selectors';
import { pairs as instagram } from '../../src/sites/instagram/selectors';
import { pairs as linkedin } from '../../src/sites/linkedin/selectors';
import { pairs as mastodon } from '../../src/sites/mastodon/selectors';
import type { SitePairs } from '../../src/sites/paired';
import { pairs as reddit } from '../../src/sites/reddit/selectors';
import { pairs as threads } from '../../src/sites/threads/selectors';
import { pairs as x } from '../../src/sites/x/selectors';

/** Each built-in site's selectors with the scenarios they are paired with. */
export const SITE_PAIRS: Record<string, SitePairs> = {
  x,
  linkedin,
  facebook,
  instagram,
  threads,
  bluesky,
  reddit,
  mastodon,
};

export interface Scenario {
  id: string;
  host: string;
  path: string;
  platform: Platform;
  kind: Kind;
  /** How the user sends: the send control, or a key in the editor. */
  send: 'click' | 'Enter' | 'ControlOrMeta+Enter';
  /** Text the page puts in the editor when the scenario opens (Instagram's "Reply", an edit). */
  prefill?: string;
  /** The editor inside the scenario's root, when the default (the first editable) is not it. */
  editor?: string;
  /** Parts that cannot pass yet, with the reason (node:test `todo`: they run and report, they do not fail). */
  todo?: Partial<Record<'pill' | 'send' | 'untouched', string>>;
}

export const SCENARIOS: Scenario[] = [
  { id: 'x-post-inline', host: 'x.com', path: '/home', platform: 'x', kind: 'post', send: 'click' },
  {
    id: 'x-post-modal',
    host: 'x.com',
    path: '/home',
    platform: 'x',
    kind: 'post',
    send: 'ControlOrMeta+Enter',
  },
  {
    id: 'x-reply-inline',
    host: 'x.com',
    path: '/hollowbakery/status/1861234567890123456',
    platform: 'x',
    kind: 'reply',
    send: 'click',
  },
  { id: 'x-reply-modal', host: 'x.com', path: '/home', platform: 'x', kind: 'reply', send: 'click' },
  {
    id: 'li-share-classic',
    host: 'www.linkedin.com',
    path: '/feed/',
    platform: 'linkedin',
    kind: 'post',
    send: 'click',
  },
  {
    id: 'li-share-sdui',
    host: 'www.linkedin.com',
    path: '/feed/',
    platform: 'linkedin',
    kind: 'post',
    send: 'click',
  },
  {
    id: 'li-comment-feed',
    host: 'www.linkedin.com',
    path: '/feed/',
    platform: 'linkedin',
    kind: 'comment',
    send: 'click',
  },
  {
    id: 'li-comment-legacy',
    host: 'www.linkedin.com',
    path: '/feed/update/urn:li:activity:7262000000000000000/',
    platform: 'linkedin',
    kind: 'comment',
    send: 'click',
  },
  {
    id: 'li-reply-legacy',
    host: 'www.linkedin.com',
    path: '/feed/update/urn:li:activity:7262000000000000000/',
    platform: 'linkedin',
    kind: 'reply',
    send: 'click',
  },
  {
    id: 'fb-post-dialog',
    host: 'www.facebook.com',
    path: '/',
    platform: 'facebook',
    kind: 'post',
    send: 'click',
  },
  {
    id: 'fb-post-dialog-es',
    host: 'www.facebook.com',
    path: '/',
    platform: 'facebook',
    kind: 'post',
    send: 'click',
  },
  {
    id: 'fb-comment',
    host: 'www.facebook.com',
    path: '/',
    platform: 'facebook',
    kind: 'comment',
    send: 'Enter',
  },
  { id: 'fb-reply', host: 'www.facebook.com', path: '/', platform: 'facebook', kind: 'reply', send: 'click' },
  {
    id: 'ig-comment',
    host: 'www.instagram.com',
    path: '/p/DBx1a2b3c4d/',
    platform: 'instagram',
    kind: 'comment',
    send: 'click',
  },
  {
    id: 'ig-reply',
    host: 'www.instagram.com',
    path: '/p/DBx1a2b3c4d/',
    platform: 'instagram',
    kind: 'reply',
    send: 'Enter',
    prefill: '@maria.bakes ',
  },
  {
    id: 'ig-caption',
    host: 'www.instagram.com',
    path: '/',
    platform: 'instagram',
    kind: 'post',
    send: 'click',
  },
  {
    id: 'th-post',
    host: 'www.threads.com',
    path: '/',
    platform: 'threads',
    kind: 'post',
    send: 'click',
  },
  {
    id: 'th-reply',
    host: 'www.threads.com',
    path: '/',
    platform: 'threads',
    kind: 'reply',
    send: 'click',
  },
  { id: 'bs-post', host: 'bsky.app', path: '/', platform: 'bluesky', kind: 'post', send: 'click' },
  {
    id: 'bs-reply',
    host: 'bsky.app',
    path: '/profile/hollowbakery.bsky.social/post/3lbq2xk7abc2d',
    platform: 'bluesky',
    kind: 'reply',
    send: 'ControlOrMeta+Enter',
  },
  {
    id: 'rd-comment',
    host: 'www.reddit.com',
    path: '/r/Baking/comments/1h3abcd/sourdough_at_altitude/',
    platform: 'reddit',
    kind: 'comment',
    send: 'click',
  },
  {
    id: 'rd-comment-collapsed',
    host: 'www.reddit.com',
    path: '/r/Baking/comments/1h3abcd/sourdough_at_altitude/',
    platform: 'reddit',
    kind: 'comment',
    send: 'click',
  },
  {
    id: 'rd-reply',
    host: 'www.reddit.com',
    path: '/r/Baking/comments/1h3abcd/sourdough_at_altitude/',
    platform: 'reddit',
    kind: 'reply',
    send: 'click',
  },
  {
    id: 'rd-submit',
    host: 'www.reddit.com',
    path: '/r/Baking/submit',
    platform: 'reddit',
    kind: 'post',
    send: 'click',
    // The title's textarea (in faceplate-textarea-input's shadow root) comes first.
    editor: '[slot="rte"]',
  },
  {
    id: 'md-post',
    host: 'mastodon.social',
    path: '/home',
    platform: 'mastodon',
    kind: 'post',
    send: 'click',
  },
  {
    id: 'md-reply',
    host: 'mastodon.social',
    path: '/@hollowbakery/113500000000000000',
    platform: 'mastodon',
    kind: 'reply',
    send: 'ControlOrMeta+Enter',
  },
  {
    id: 'md-edit',
    host: 'mastodon.social',
    path: '/@hollowbakery/113500000000000001',
    platform: 'mastodon',
    kind: 'post',
    send: 'click',
    prefill: 'Fresh loaves at 8.',
  },
];
