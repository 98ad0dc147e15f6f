// X (Twitter) archives: data/tweets.js (`window.YTD.tweets.part0 = [...]`, more parts in
// tweets-part1.js, ...), older data/tweet.js (`window.YTD.tweet.part0`), and the oldest
// data/js/tweets/YYYY_MM.js (`Grailbird.data.tweets_YYYY_MM = [...]`).
// Format: https://help.x.com/en/managing-your-account/accessing-your-x-data and the README.txt
// inside every archive; quirks seen in real exports are in tests/fixtures/archives/. `favorite_count` and
// `retweet_count` are the counts when the archive was made; archives carry no reply (or quote)
// count (the fields of a real 2025 archive: github.com/msys2/twitter-export,
// twitter-2025-01-22-archive/data/README.txt and manifest.js).
import { decodeEntities, parseDate, parseJson } from './text';
import { type Collector, ImportError, type ImportedPost, LIMITS } from './types';

export interface TextFile {
  name: string;
  text: string;
}

const PREFIX = /^\s*(?:window\.YTD\.([A-Za-z0-9_]+)\.part\d+|Grailbird\.data\.(tweets)_\d{4}_\d{2})\s*=\s*/;

/** True when the text looks like one of X's tweet files. */
export function looksLikeX(text: string): boolean {
  const m = PREFIX.exec(text.slice(0, 200));
  return !!m && (m[1] === 'tweets' || m[1] === 'tweet' || m[2] === 'tweets');
}

type Json = Record<string, unknown>;

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  // Numbers are strings in real exports, but hand-edited or very old files may hold numbers.
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

function present(v: unknown): boolean {
  return v !== undefined && v !== null && v !== '' && v !== -1;
}

/** Reads the tweets of one file into `out`. */
export function readXFile(file: TextFile, out: Collector): void {
  const m = PREFIX.exec(file.text.slice(0, 200));
  if (!m) {
    throw new ImportError(
      'this is not an X tweets file: it should start with “window.YTD.tweets.part0 =” ' +
        '(or window.YTD.tweet.part0 / Grailbird.data.tweets_…)',
      { file: file.name, line: 1 },
    );
  }
  const json = file.text.slice(m[0].length).replace(/;\s*$/, '');
  const data = parseJson(json, file.name, file.text, m[0].length);
  if (!Array.isArray(data)) {
    throw new ImportError('expected a list of tweets after “=”', { file: file.name, line: 1 });
  }
  data.forEach((item: unknown, index) => {
    const place = `${file.name}, item ${index + 1}`;
    if (!item || typeof item !== 'object') {
      out.skip('invalid', `${place}: not an object`);
      return;
    }
    const wrapped = (item as Json).tweet;
    const t = (wrapped && typeof wrapped === 'object' ? wrapped : item) as Json;
    const id = str(t.id_str) ?? str(t.id);
    if (!id || !/^\d+$/.test(id)) {
      out.skip('invalid', `${place}, field "id_str": missing or not a number`);
      return;
    }
    const raw = str(t.full_text) ?? str(t.text);
    if (raw === undefined) {
      out.skip('invalid', `${place}, field "full_text": missing`);
      return;
    }
    const created = str(t.created_at);
    const time = created === undefined ? Number.NaN : parseDate(created);
    if (Number.isNaN(time)) {
      out.skip(
        'invalid',
        `${place}, field "created_at": ${created === undefined ? 'missing' : `not a date: “${created.slice(0, 40)}”`}`,
      );
      return;
    }
    // Retweets carry only a truncated “RT @user:” copy of someone else's text.
    if (t.retweeted_status || /^RT @\w+:?/.test(raw)) {
      out.skip('repost');
      return;
    }
    if (raw.length > LIMITS.maxPostChars) {
      out.skip('too-long');
      return;
    }
    const text = expandText(raw, t.entities as Json | undefined, t.extended_entities as Json | undefined);
    if (text === null) {
      out.skip('too-long');
      return;
    }
    if (text.trim() === '') {
      out.skip('no-text');
      return;
    }
    // A reply may name the user without the parent tweet (the parent was deleted or protected).
    const reply =
      present(t.in_reply_to_status_id_str) ||
      present(t.in_reply_to_status_id) ||
      present(t.in_reply_to_user_id_str) ||
      present(t.in_reply_to_user_id);
    const parent = str(t.in_reply_to_status_id_str) ?? str(t.in_reply_to_status_id);
    const post: ImportedPost = {
      id: `x:${id}`,
      platform: 'x',
      kind: reply ? 'reply' : 'post',
      time,
      text,
      where: place,
    };
    const counts = countsOf(t);
    if (counts) post.counts = counts;
    out.add(post, parent && `x:${parent}`);
  });
}

/** Larger than any real tweet's counts (the most-liked tweets have a few million): a broken field. */
const MAX_COUNT = 1e10;

function countOf(v: unknown): number | null {
  const s = str(v);
  if (s === undefined || !/^\d{1,11}$/.test(s.trim())) return null;
  const n = Number(s.trim());
  return n <= MAX_COUNT ? n : null;
}

/**
 * The tweet's `retweet_count` and `favorite_count` (strings of digits in real exports, numbers in
 * some hand-edited ones), as counted when the archive was made. Both or nothing: a post with one
 * unreadable count gets no reading rather than a made-up zero. The oldest (Grailbird) archives
 * have neither.
 */
function countsOf(t: Json): { reposts: number; likes: number } | null {
  const reposts = countOf(t.retweet_count);
  const likes = countOf(t.favorite_count);
  return reposts === null || likes === null ? null : { reposts, likes };
}

/**
 * When the archive was generated: data/manifest.js is `window.__THAR_CONFIG = {…}` with
 * `archiveInfo.generationDate` (an ISO 8601 time) in archives since 2019. Null where it is
 * missing or unreadable; the import time is used then.
 */
export function archiveDate(text: string): number | null {
  const m = /^\s*window\.__THAR_CONFIG\s*=\s*/.exec(text.slice(0, 200));
  if (!m) return null;
  try {
    const data = JSON.parse(text.slice(m[0].length).replace(/;\s*$/, '')) as Json;
    const info = data?.archiveInfo as Json | undefined;
    const date = typeof info?.generationDate === 'string' ? Date.parse(info.generationDate) : Number.NaN;
    return Number.isFinite(date) ? date : null;
  } catch {
    return null;
  }
}

/** No real tweet holds more: 280 weighted characters fit at most a dozen 23-character t.co links. */
export const MAX_ENTITIES = 50;

interface Link {
  short: string;
  long: string;
  /** Where X says the short link starts (UTF-16 units of the escaped text, as in real exports). */
  at: number;
}

function links(list: unknown, expand: boolean): Link[] {
  if (!Array.isArray(list)) return [];
  const out: Link[] = [];
  for (const u of list as Json[]) {
    const short = u && typeof u === 'object' ? str(u.url) : undefined;
    const long = expand ? str(u.expanded_url) : '';
    if (!short || long === undefined) continue;
    const at = Array.isArray(u.indices) ? Number(u.indices[0]) : Number.NaN;
    out.push({ short, long, at: Number.isInteger(at) ? at : Number.POSITIVE_INFINITY });
  }
  return out;
}

/**
 * The text as it was typed: HTML entities decoded, t.co links put back to the links the user
 * wrote, and the t.co link X appends for attached media removed. Each entity replaces ONE
 * occurrence, found at its `indices` or else after the previous entity's: one left-to-right pass,
 * so a crafted file (40 entities `{url: 'a', expanded_url: 'aa'}`) cannot double the
 * text 40 times. Returns null when the text grows past what any platform allows.
 */
function expandText(raw: string, entities?: Json, extended?: Json): string | null {
  const all = [
    ...links(entities?.urls, true),
    ...links(entities?.media, false),
    ...links(extended?.media, false),
  ]
    .slice(0, MAX_ENTITIES)
    .sort((a, b) => a.at - b.at);
  let text = '';
  let cursor = 0;
  for (const l of all) {
    const pos = raw.startsWith(l.short, l.at) && l.at >= cursor ? l.at : raw.indexOf(l.short, cursor);
    if (pos === -1) continue; // media entities repeat in `extended_entities`: already removed
    text += decodeEntities(raw.slice(cursor, pos)) + l.long;
    cursor = pos + l.short.length;
    if (text.length > LIMITS.maxPostChars) return null;
  }
  text += decodeEntities(raw.slice(cursor));
  return text.length > LIMITS.maxPostChars ? null : text.trim();
}
