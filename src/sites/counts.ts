// Reading the visible counts under the owner's own posts: the shape every site's
// reader has (src/sites/<site>/counts.ts) and the one walk they share. Selectors are data, most
// specific first, and each is found in a fixture page reproducing the site's markup
// (tests/fixtures/counts/, tests/unit/counts-sites.test.ts). A post's author is read first; a
// post by anyone else is left before its text or counts are read.

import type { Platform } from '../core/types';
import type { CountsReadMessage } from '../messages';
import { parseCount } from './count-number';

/** Where a count is: its element, and whether its accessible label or its text holds the number. */
export interface CountRule {
  selectors: string[];
  /**
   * `label`: the first number of the element's `aria-label` (exact where the visible text is
   * abbreviated, and a number's digits read the same in every UI language), then its text;
   * `text`: the element's own text only.
   */
  from: 'label' | 'text';
  /**
   * What no element means: `zero` (the default; Bluesky and X print nothing for none) or
   * `unknown` (a site that prints 0 where there are none and leaves the counter out where it
   * does not tell): the field is then left out of the reading, not read as 0.
   */
  absent?: 'zero' | 'unknown';
}

export interface CountSelectors {
  /** One post each, with its action bar. */
  post: string[];
  /** The post's own text. */
  text: string[];
  /**
   * Parts of the text the page shortens (a link shown as "shop.example/men…"): left out, as the
   * matching leaves URLs out of the stored text (core/outcomes/match.ts normaliseText).
   */
  drop?: string;
  /** The row of counts or actions: a post without one shows no counts (a changed DOM): skipped. */
  bar: string[];
  replies: CountRule;
  reposts: CountRule;
  likes: CountRule;
  views?: CountRule;
}

/** A post as read from the page: only the owner's, only numbers beside its text and time. */
export type ReadPost = CountsReadMessage['posts'][number];

export interface CountReader {
  site: Platform;
  selectors: CountSelectors;
  /**
   * Whether the page may show the owner's posts: their profile, or a post's own page (`owner`:
   * the owner's handle as confirmed in options). Elsewhere (a home feed, search) nothing is read.
   */
  ownPage(location: Pick<Location, 'pathname' | 'hostname'>, owner: string): boolean;
  /** The owner's handle in the form `author` returns (LinkedIn: `in/<handle>`); as typed otherwise. */
  canonOwner?(owner: string): string;
  /** The post's author as the page names it, compared with `sameHandle`. */
  author(post: Element): string | null;
  /** When the post was published, ms since the epoch; null where the page does not say. */
  time(post: Element): number | null;
}

/**
 * As core/outcomes/match.ts normalises a handle (NFKC, no leading "@", lower case), plus a
 * Mastodon server's own name. Not imported from there: the lazy counts chunk may import no
 * module the rest of the extension shares (scripts/targets.ts), and match.ts is the background's.
 */
export function normaliseHandle(h: string, host = ''): string {
  const bare = h.normalize('NFKC').trim().replace(/^@+/, '').toLowerCase();
  // A Mastodon handle may carry its server: "@bakery@mastodon.social" on mastodon.social is "bakery".
  const at = host ? `@${host.toLowerCase()}` : '';
  return at && bare.endsWith(at) ? bare.slice(0, -at.length) : bare;
}

export const sameHandle = (a: string, b: string, host = ''): boolean =>
  normaliseHandle(a, host) !== '' && normaliseHandle(a, host) === normaliseHandle(b, host);

function first(root: Element, selectors: string[]): Element | null {
  for (const s of selectors) {
    const el = root.querySelector(s);
    if (el) return el;
  }
  return null;
}

/** A count: 0 where the site leaves a zero count out (Bluesky and X print nothing for none). */
export function readCount(post: Element, rule: CountRule): number {
  const el = first(post, rule.selectors);
  if (!el) return 0;
  const fromLabel = rule.from === 'label' ? parseCount(el.getAttribute('aria-label')) : null;
  return fromLabel ?? parseCount(el.textContent) ?? 0;
}

/** The text as the page shows it: images' alt (emoji on X) kept, line breaks as the page breaks them. */
export function readText(el: Element, drop?: string): string {
  let out = '';
  for (const n of el.childNodes) {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n instanceof Element) {
      const tag = n.tagName.toLowerCase();
      if (drop && n.matches(drop)) out += ' ';
      else if (tag === 'img') out += n.getAttribute('alt') ?? '';
      else if (tag === 'br') out += '\n';
      else out += (tag === 'p' || tag === 'div') && out ? `\n${readText(n, drop)}` : readText(n, drop);
    }
  }
  return out;
}

// The background's door takes times from 2000 to a day ahead (src/background/validate.ts); a
// time outside that (an id the page garbled) would sink the whole batch, so it is dropped.
const EARLIEST = Date.UTC(2000, 0, 1);
const plausible = (t: number | null): number | null =>
  t !== null && Number.isInteger(t) && t >= EARLIEST && t <= Date.now() + 86_400_000 ? t : null;

/** One post, when it is the owner's and shows its counts; null otherwise (nothing else is read). */
export function readPost(reader: CountReader, post: Element, owner: string, host: string): ReadPost | null {
  const author = reader.author(post);
  if (author === null || !sameHandle(author, reader.canonOwner?.(owner) ?? owner, host)) return null;
  const s = reader.selectors;
  const textEl = first(post, s.text);
  if (!textEl || !first(post, s.bar)) return null;
  const text = readText(textEl, s.drop)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/ {2,}/g, ' ')
    .trim();
  if (!text) return null;
  const repliesShown = s.replies.absent !== 'unknown' || first(post, s.replies.selectors) !== null;
  const out: ReadPost = {
    text,
    time: plausible(reader.time(post)),
    ...(repliesShown ? { replies: readCount(post, s.replies) } : {}),
    reposts: readCount(post, s.reposts),
    likes: readCount(post, s.likes),
  };
  const viewsEl = s.views ? first(post, s.views.selectors) : null;
  if (s.views && viewsEl) out.views = readCount(post, s.views);
  return out;
}

/** The posts under (or around) `node`, each once; nested matches (a quoted post) are skipped. */
export function postsIn(reader: CountReader, node: Element): Element[] {
  const sel = reader.selectors.post.join(',');
  const around = node.closest(sel);
  if (around) return [outermost(around, sel)];
  return [...node.querySelectorAll(sel)].filter((p) => !p.parentElement?.closest(sel));
}

function outermost(el: Element, sel: string): Element {
  let top = el;
  for (let p = el.parentElement?.closest(sel); p; p = p.parentElement?.closest(sel)) top = p;
  return top;
}

/** A time from a `<time datetime>` (X, Mastodon), or null. */
export function datetimeOf(el: Element | null): number | null {
  const t = Date.parse(el?.getAttribute('datetime') ?? '');
  return Number.isFinite(t) ? t : null;
}
