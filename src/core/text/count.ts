// Counting a draft the way each platform counts it against its limit.
import { PLATFORM_SPECS, URL_WEIGHT } from '../platforms';
import type { Entities, Entity, Platform } from '../types';
import { extractEmoji } from './emoji';
import { countGraphemes } from './graphemes';
import { extractUrls } from './urls';

// X: twitter-text v3 weighting (github.com/twitter/twitter-text, config/v3.json, mirrored in the
// npm package's dist/configs.js): scale 100, defaultWeight 200, emojiParsingEnabled true,
// transformedURLLength 23, and code points in 0–4351, 8192–8205, 8208–8223 and 8242–8247 weigh 100
// (one character); everything else weighs 200. parseTweet.js NFC-normalises the text first and
// counts every emoji sequence as defaultWeight and every URL as transformedURLLength.
const TWITTER_SCALE = 100;
const TWITTER_DEFAULT_WEIGHT = 200;
const TWITTER_MAX = 280;

function twitterWeight(c: number): number {
  return c <= 4351 || (c >= 8192 && c <= 8205) || (c >= 8208 && c <= 8223) || (c >= 8242 && c <= 8247)
    ? TWITTER_SCALE
    : TWITTER_DEFAULT_WEIGHT;
}

/** Start index -> entity end, over URLs first and then emoji (parseTweet.js checks URLs first). */
function weightedTwitter(text: string, urls: Entity[], emoji: Entity[]): number {
  const n = text.length;
  let total = 0;
  let u = 0;
  let e = 0;
  for (let i = 0; i < n; i++) {
    while (u < urls.length && (urls[u] as Entity).start < i) u++;
    while (e < emoji.length && (emoji[e] as Entity).start < i) e++;
    const url = urls[u];
    if (url && url.start === i) {
      total += URL_WEIGHT * TWITTER_SCALE;
      i = url.end - 1;
      continue;
    }
    const em = emoji[e];
    if (em && em.start === i) {
      total += TWITTER_DEFAULT_WEIGHT;
      i = em.end - 1;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        // An astral code point: parseTweet weighs its low surrogate, which is never in a range.
        total += TWITTER_DEFAULT_WEIGHT;
        i++;
        continue;
      }
    }
    total += twitterWeight(c);
  }
  return total / TWITTER_SCALE;
}

/** X's weighted length (twitter-text parseTweet's weightedLength). */
export function twitterWeightedLength(text: string, entities?: Pick<Entities, 'urls' | 'emoji'>): number {
  const normalized = text.normalize('NFC');
  // Entities found in the text as written only line up with it when normalisation changed nothing.
  const ents =
    entities && normalized === text
      ? entities
      : { urls: extractUrls(normalized), emoji: extractEmoji(normalized) };
  return weightedTwitter(normalized, ents.urls, ents.emoji);
}

/** twitter-text hasInvalidCharacters.js / regexp/invalidChars.js */
const INVALID = /[\uFFFE\uFEFF\uFFFF]/;

/** parseTweet's `valid`: not empty, weighted length at most 280, no invalid characters. */
export function isValidTweet(text: string, entities?: Pick<Entities, 'urls' | 'emoji'>): boolean {
  const w = twitterWeightedLength(text, entities);
  return w > 0 && w <= TWITTER_MAX && !INVALID.test(text.normalize('NFC'));
}

// Grapheme clusters (UAX #29) by countGraphemes, one linear pass over the rules (graphemes.ts),
// which costs about a nanosecond per ASCII character: Intl.Segmenter copies the whole input for
// every segment in Node 20's V8 (35 ms for 20,000 combining marks, out of memory on 100,000).
/** User-perceived characters (extended grapheme clusters), as Bluesky counts them. */
export function graphemeCount(text: string): number {
  return countGraphemes(text);
}

function codePointCount(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (
      c >= 0xd800 &&
      c <= 0xdbff &&
      i + 1 < text.length &&
      (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    ) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

// Mastodon: app/validators/status_length_validator.rb (mastodon/mastodon) counts
// `countable_text(status.text).mb_chars.grapheme_length`, where countable_text replaces every URL
// found with a protocol (extract_url_without_protocol: false) by URL_PLACEHOLDER ("x" * 23) and
// every mention by "@" + its local part (`@user@server` -> `@user`). The compose box does the same
// (app/javascript/mastodon/features/compose/util/counter.js: urlPlaceholder of 23 characters and
// /(^|[^/\w])@(([a-z0-9_]+)@[a-z0-9.-]+[a-z0-9]+)/ig -> '$1@$3').
const URL_PLACEHOLDER = 'x'.repeat(URL_WEIGHT);

function isWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isDomainPart(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45;
}

/** Ranges of the `@server` part of remote mentions (counter.js's regular expression, scanned linearly). */
function remoteMentionDomains(text: string): Entity[] {
  const out: Entity[] = [];
  const n = text.length;
  for (let a = text.indexOf('@'); a >= 0 && a < n; a = text.indexOf('@', a + 1)) {
    if (a > 0) {
      const p = text.charCodeAt(a - 1);
      if (p === 47 || isWord(p)) continue;
    }
    let k = a + 1;
    while (k < n && isWord(text.charCodeAt(k))) k++;
    if (k === a + 1 || text.charCodeAt(k) !== 64) continue;
    const ds = k + 1;
    let e = ds;
    let lastAlnum = -1;
    while (e < n && isDomainPart(text.charCodeAt(e))) {
      const c = text.charCodeAt(e);
      if (c !== 46 && c !== 45) lastAlnum = e;
      e++;
    }
    // [a-z0-9.-]+[a-z0-9]+ : at least two characters, ending at the last letter or digit.
    if (lastAlnum <= ds) continue;
    out.push({ text: text.slice(k, lastAlnum + 1), start: k, end: lastAlnum + 1 });
    a = lastAlnum;
  }
  return out;
}

export function mastodonLength(text: string, entities: Pick<Entities, 'urls'>): number {
  const cut: { start: number; end: number; by: string }[] = [];
  for (const u of entities.urls)
    if (/^https?:\/\//i.test(u.text)) cut.push({ start: u.start, end: u.end, by: URL_PLACEHOLDER });
  for (const m of remoteMentionDomains(text)) {
    if (!cut.some((c) => c.start < m.end && m.start < c.end))
      cut.push({ start: m.start, end: m.end, by: '' });
  }
  if (cut.length === 0) return graphemeCount(text);
  cut.sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const c of cut) {
    if (c.start < pos) continue;
    out += text.slice(pos, c.start) + c.by;
    pos = c.end;
  }
  return graphemeCount(out + text.slice(pos));
}

/**
 * How the platform counts `text` against PLATFORM_SPECS[platform].limit. `entities` must come
 * from extractEntities(text).
 *
 * For `characters`, which unit each site counts (`emoji-bytes` is Threads, platforms.ts):
 * - LinkedIn, Facebook, Instagram: UTF-16 code units, so an emoji or a bold "𝗨𝗻𝗶𝗰𝗼𝗱𝗲" letter counts
 *   2 (Buffer's publishing API, developers.buffer.com/guides/character-limits: "On most networks
 *   Buffer counts length in UTF-16 code units… emoji and the bold and italic Unicode letters…
 *   count as two units each", matching what those composers reject).
 * - Reddit and generic: UTF-16 code units, what an HTML `maxlength` counts (HTML Living Standard,
 *   "the length of the element's API value" in code units), as Reddit's title field does.
 */
export function platformCount(text: string, platform: Platform, entities: Entities): number {
  const counting = PLATFORM_SPECS[platform].counting;
  switch (counting) {
    case 'twitter':
      return twitterWeightedLength(text, entities);
    case 'mastodon':
      return mastodonLength(text, entities);
    case 'graphemes':
      return graphemeCount(text);
    case 'characters':
      return text.length;
    case 'emoji-bytes': {
      let n = codePointCount(text);
      for (const e of entities.emoji) n += utf8Length(e.text) - codePointCount(e.text);
      return n;
    }
  }
}
