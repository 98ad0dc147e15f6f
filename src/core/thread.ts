// A draft over X's limit, offered as a thread: split at sentence boundaries into numbered posts
// that each fit X's weighted count (count.ts, twitter-text v3). Pure: the panel shows each post
// with a copy button; Postcoach never writes into the site's editor.
import { isValidTweet, twitterWeightedLength } from './text/count';
import { largestFitting } from './text/prefix';
import { splitSentences } from './text/tokenize';

/** X's limit in weighted characters (twitter-text config/v3.json maxWeightedTweetLength). */
export const X_LIMIT = 280;

const numbering = (i: number, n: number) => ` ${i}/${n}`;

/** Pieces of one sentence too long for a post on its own: at spaces, else at code points. */
function splitLong(sentence: string, budget: number): string[] {
  const out: string[] = [];
  let rest = sentence;
  while (twitterWeightedLength(rest) > budget) {
    // The longest prefix that fits, ending at a space when there is one.
    const piece = rest;
    let lo = largestFitting(piece.length, (i) => twitterWeightedLength(piece.slice(0, i)) <= budget);
    // Never split a surrogate pair.
    if (lo > 0 && /[\uD800-\uDBFF]/.test(rest[lo - 1]!)) lo--;
    const space = rest.lastIndexOf(' ', lo);
    const at = space > 0 ? space : Math.max(1, lo);
    out.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest) out.push(rest);
  return out;
}

/** Greedy packing of sentences into posts of at most `budget` weighted characters. */
function pack(text: string, budget: number): string[] {
  const units: string[] = [];
  for (const r of splitSentences(text)) units.push(...splitLong(text.slice(r.start, r.end), budget));
  const posts: string[] = [];
  let current = '';
  for (const u of units) {
    const joined = current ? `${current} ${u}` : u;
    if (twitterWeightedLength(joined) <= budget) current = joined;
    else {
      if (current) posts.push(current);
      current = u;
    }
  }
  if (current) posts.push(current);
  return posts;
}

/**
 * The draft as a thread: `[text]` when it already fits, else posts ending in " i/n", each at
 * most 280 weighted characters with its number. Sentences stay whole unless one alone is over
 * the limit. Line breaks between sentences become spaces.
 */
export function splitThread(text: string): string[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  if (twitterWeightedLength(trimmed) <= X_LIMIT) return [trimmed];
  // The numbering takes room that depends on how many posts there are: pack for a guess of the
  // count's digits, and pack again with more room when the count needs more digits.
  for (let digits = 1; ; digits++) {
    const reserve = 2 * digits + 2; // " " + i + "/" + n, each digit weighs one
    const posts = pack(trimmed, X_LIMIT - reserve);
    if (String(posts.length).length <= digits) {
      return posts.map((p, i) => `${p}${numbering(i + 1, posts.length)}`);
    }
  }
}

/** Every post of a thread is a valid post on X (used by tests and the panel's copy buttons). */
export const threadFits = (posts: string[]): boolean => posts.every((p) => isValidTweet(p));
