import { WORD_IN_TAG, WORD_IN_URL } from '../draft';
import type { Range } from '../types';
import { finding, type Rule } from './rule';

// Repetition is a problem of short posts, where every word shows; a long one is left to other rules.
const MAX_WORDS = 300;
// A phrase said three times is a chant ("Buy now! Buy now! Buy now!"), twice can be a rhythm.
const REPEATS = 3;
// …when its repeats fill at least a fifth of the post (so "of the" three times in a story passes).
const REPEAT_SHARE = 0.2;
// Calls and pressure ("order now", "hurry", "last chance") stacked: four, at one in every six words.
const STACKED = 4;
const WORDS_PER_CUE = 6;
// Two offers or calls, at one in every five words, with no number anywhere: nothing to act on.
const HYPE = 2;
const WORDS_PER_HYPE = 5;
const DIGIT = /[0-9০-৯]/;
// Words every sentence repeats ("of the", "and the", "এবং এর"): their repeats are grammar, not chant.
const GLUE = new Set(
  'a|an|the|of|in|on|at|to|for|and|or|is|are|it|we|you|our|your|this|that|with|ও|এবং|এর|যে|না'.split('|'),
);

/** Saying the same thing again, or only calls to act: the reader learns nothing new per line. */
export const repetition: Rule = {
  id: 'repetition',
  reason: 'content',
  appliesTo: (d) => d.words.count <= MAX_WORDS,
  check(d) {
    const running: number[] = [];
    for (let i = 0; i < d.words.count; i++)
      if (!(d.wordFlags[i]! & (WORD_IN_URL | WORD_IN_TAG))) running.push(i);
    const repeated = repeatedPhrase(d.words.lower, running);
    // Intent cues never overlap (draft.ts keeps the longest), so the lists count distinct calls.
    const cta = d.cuesOf('sell.cta');
    const urgency = d.cuesOf('sell.urgency');
    const offers = d.cuesOf('sell.offer');
    const calls = cta.length + urgency.length;
    const stacked = calls >= STACKED && calls * WORDS_PER_CUE >= running.length;
    // Offers and calls with not one number (no price, date, size or time) are hype.
    const sales = calls + offers.length;
    const hype = !stacked && sales >= HYPE && sales * WORDS_PER_HYPE >= running.length && !DIGIT.test(d.text);
    if (!repeated && !stacked && !hype) return [];
    const { starts, ends } = d.words;
    const evidence: Range[] = repeated
      ? repeated.at.map((i) => ({ start: starts[i]!, end: ends[i + repeated.n - 1]! }))
      : [...cta, ...urgency, ...(hype ? offers : [])].sort((a, b) => a.start - b.start);
    return [
      finding(repetition, d.text, {
        severity: 'warn',
        message: repeated
          ? ['f_repeat_phrase', d.text.slice(evidence[0]!.start, evidence[0]!.end), repeated.at.length]
          : hype
            ? ['f_repeat_hype', sales]
            : ['f_repeat_stacked', calls],
        suggestion: [repeated ? 's_repeat_phrase' : 's_repeat_stacked'],
        evidence,
        penalty: repeated && (stacked || hype) ? 20 : repeated ? 15 : 12,
        score: 'quality',
      }),
    ];
  },
};

/**
 * The longest phrase of one to three words said REPEATS times or more, filling REPEAT_SHARE of the
 * running words. A single word only counts when its repeats stand side by side ("SALE SALE SALE").
 */
function repeatedPhrase(lower: string[], running: number[]): { n: number; at: number[] } | null {
  // A repeated phrase needs a word (not grammar) said REPEATS times: most posts have none. Every
  // word of a repeated phrase is said that often, so only phrases of such words are looked at.
  const often = saidOften(lower, running);
  if (!often) return null;
  for (let n = 3; n >= 1; n--) {
    const seen = new Map<string, number[]>();
    for (let k = 0; k + n <= running.length; k++) {
      const first = running[k]!;
      if (running[k + n - 1]! - first !== n - 1 || !allOften(lower, first, n, often)) continue;
      let key = lower[first]!;
      for (let j = 1; j < n; j++) key += ` ${lower[first + j]}`;
      const at = seen.get(key);
      // Overlapping repeats ("ha ha ha ha" as "ha ha") count once.
      if (at) {
        if (at[at.length - 1]! + n <= first) at.push(first);
      } else seen.set(key, [first]);
    }
    for (const at of seen.values()) {
      if (at.length < REPEATS || (at.length * n) / running.length < REPEAT_SHARE) continue;
      if (lower.slice(at[0]!, at[0]! + n).every((w) => GLUE.has(w))) continue;
      // One word repeated only counts side by side, and not laughter or a letter ("ha ha ha", "k k").
      if (n === 1 && (lower[at[0]!]!.length < 3 || !at.some((i, j) => j > 0 && i === at[j - 1]! + 1)))
        continue;
      return { n, at };
    }
  }
  return null;
}

// Word counts for the first look, in one table kept between calls (and emptied after each) so
// that most posts, with no word said three times, build no map: a slot per word by a hash of
// its length and three of its letters, probing on. More slots than 3 × MAX_WORDS keep probes short.
const SLOTS = 1024;
const slotWord: (string | undefined)[] = new Array(SLOTS).fill(undefined);
const slotCount = new Uint16Array(SLOTS);
const filled: number[] = [];

/**
 * The words said REPEATS times or more among the running words, or null when none of them is a
 * word that is not grammar (then no phrase can repeat).
 */
function saidOften(lower: string[], running: number[]): Set<string> | null {
  let often: Set<string> | null = null;
  let any = false;
  for (const i of running) {
    const w = lower[i]!;
    const n = w.length;
    let h = (n * 31 + w.charCodeAt(0) * 7 + w.charCodeAt(n - 1) * 131 + w.charCodeAt(n >> 1)) & (SLOTS - 1);
    let at = slotWord[h];
    while (at !== undefined && at !== w) {
      h = (h + 1) & (SLOTS - 1);
      at = slotWord[h];
    }
    if (at === undefined) {
      slotWord[h] = w;
      filled.push(h);
    }
    if (++slotCount[h]! === REPEATS) {
      often ??= new Set();
      often.add(w);
      if (!GLUE.has(w)) any = true;
    }
  }
  for (const h of filled) {
    slotWord[h] = undefined;
    slotCount[h] = 0;
  }
  filled.length = 0;
  return any ? often : null;
}

function allOften(lower: string[], first: number, n: number, often: Set<string>): boolean {
  for (let j = 0; j < n; j++) if (!often.has(lower[first + j]!)) return false;
  return true;
}
