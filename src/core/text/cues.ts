import type { CueCategory, Lexicon } from '../lexicons/categories';
import { tokenize, type Words } from './tokenize';

/** One match of a lexicon phrase: which words it covers and what it speaks to. */
export interface CueMatch {
  category: CueCategory;
  phrase: string;
  /** Index of the first and one past the last matched word. */
  first: number;
  last: number;
  start: number;
  end: number;
}

interface Phrase {
  category: CueCategory;
  phrase: string;
  /** Words after the second, each exact or a prefix (`*`). */
  rest: Word[];
}

interface Word {
  word: string;
  prefix: boolean;
}

/** The phrases that start with one word: by their second word, which the text must have next. */
interface Head {
  /** Phrases of this one word. */
  alone: Phrase[];
  /** Longer phrases by their exact second word. */
  next: Map<string, Phrase[]> | null;
  /** Longer phrases whose second word ends in `*`, with that stem. */
  open: { stem: string; phrase: Phrase }[];
}

/**
 * A lexicon compiled once: phrases by their exact first word and then their second, and the few
 * one-word phrases that end in `*` by their first two letters (checked with startsWith). A word
 * costs one or two map lookups; only phrases whose first two words are there are tried further.
 */
export interface CueMatcher {
  exact: Map<string, Head>;
  prefix: Map<number, { stem: string; phrase: Phrase }[]>;
}

export function compileLexicon(...lexicons: Lexicon[]): CueMatcher {
  const exact = new Map<string, Head>();
  const prefix = new Map<number, { stem: string; phrase: Phrase }[]>();
  // Spellings that tokenize alike ("world-class", "world class") are one phrase.
  const seen = new Set<string>();
  const entries = lexicons.flatMap((l) => Object.entries(l) as [CueCategory, string][]);
  for (const [category, phrases] of entries) {
    for (const phrase of phrases.split('|')) {
      const parts = phraseWords(phrase);
      const [head, second] = parts;
      const key = `${category} ${parts.map((p) => p.word + (p.prefix ? '*' : '')).join(' ')}`;
      if (!head || seen.has(key)) continue;
      seen.add(key);
      const entry: Phrase = { category, phrase, rest: parts.slice(2) };
      if (head.prefix) {
        push(prefix, firstTwo(head.word), { stem: head.word, phrase: entry });
        continue;
      }
      let h = exact.get(head.word);
      if (!h) {
        h = { alone: [], next: null, open: [] };
        exact.set(head.word, h);
      }
      if (!second) h.alone.push(entry);
      else if (second.prefix) h.open.push({ stem: second.word, phrase: entry });
      else {
        h.next ??= new Map();
        push(h.next, second.word, entry);
      }
    }
  }
  return { exact, prefix };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The first two UTF-16 units as one number: a map key that needs no new string per word. */
function firstTwo(word: string): number {
  return word.charCodeAt(0) * 65536 + (word.length > 1 ? word.charCodeAt(1) : 0);
}

function phraseWords(phrase: string): Word[] {
  // Only a phrase's last word takes `*`.
  const words = tokenize(phrase.replace(/\*/g, ''));
  const open = phrase.endsWith('*');
  return words.lower.map((word, i) => ({ word, prefix: open && i === words.count - 1 }));
}

/**
 * Finds every phrase of the matcher in the words: for each word, the phrases that start with
 * it and go on with the next word, then their following words. Linear in the text: each word
 * costs two or three map lookups plus the few phrases that start with its two words. Words must
 * follow each other with no clause break between. Words flagged in `skip` (inside a URL, mention
 * or hashtag) are not prose: no phrase touches them.
 */
export function matchCues(
  text: string,
  words: Words,
  matcher: CueMatcher,
  out: CueMatch[] = [],
  skip?: Uint8Array,
): CueMatch[] {
  const { lower, starts, ends, count } = words;
  const { exact, prefix } = matcher;
  const stemmed = prefix.size > 0;
  for (let i = 0; i < count; i++) {
    if (skip?.[i]) continue;
    const word = lower[i]!;
    const head = exact.get(word);
    if (head) {
      for (const p of head.alone) add(p, i, i + 1);
      // The second word: next to the first, with no break between and not inside an entity.
      const j = i + 1;
      if (
        (head.next || head.open.length > 0) &&
        j < count &&
        !skip?.[j] &&
        !breaksBetween(text, ends[i]!, starts[j]!)
      ) {
        const second = lower[j]!;
        const nexts = head.next?.get(second);
        if (nexts) for (const p of nexts) tryRest(p, i);
        for (const o of head.open) if (second.startsWith(o.stem)) tryRest(o.phrase, i);
      }
    }
    const stems = stemmed ? prefix.get(firstTwo(word)) : undefined;
    if (stems) for (const s of stems) if (word.startsWith(s.stem)) add(s.phrase, i, i + 1);
  }
  return out;

  function add(p: Phrase, first: number, last: number): void {
    out.push({
      category: p.category,
      phrase: p.phrase,
      first,
      last,
      start: starts[first]!,
      end: ends[last - 1]!,
    });
  }

  /** A phrase whose first two words match at i: its remaining words, one by one. */
  function tryRest(p: Phrase, i: number): void {
    let j = i + 2;
    for (const w of p.rest) {
      if (j >= count || skip?.[j] || breaksBetween(text, ends[j - 1]!, starts[j]!)) return;
      const cand = lower[j]!;
      if (w.prefix ? !cand.startsWith(w.word) : cand !== w.word) return;
      j++;
    }
    add(p, i, j);
  }
}

/** A sentence end, clause break or line break between two words stops a phrase from spanning them. */
function breaksBetween(text: string, from: number, to: number): boolean {
  if (to - from > 12) return true;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    // \n . ! ? , ; : । … —
    if (c === 10 || c === 46 || c === 33 || c === 63 || c === 44 || c === 59 || c === 58) return true;
    if (c === 0x964 || c === 0x2026 || c === 0x2014) return true;
  }
  return false;
}

/**
 * Where matches overlap, the longest counts and the others are dropped ("flash sale" over "sale",
 * "buy now" over "buy"): one stretch of words is one cue. Ties go to the earlier match. Matches
 * of categories `keep` accepts are all kept as they are (pronoun counts overlap phrases by design).
 * Matches come in order of their first word, so overlaps form small runs resolved one at a time.
 */
export function longestMatches(matches: CueMatch[], keep: (m: CueMatch) => boolean): CueMatch[] {
  let out: CueMatch[] | null = null;
  let run: CueMatch[] = [];
  let reach = -1;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    if (keep(m)) {
      out?.push(m);
      continue;
    }
    if (m.first >= reach && run.length > 0) {
      if (run.length > 1) out ??= matches.slice(0, firstIndex(matches, run[0]!, k));
      flush(run, out);
      run = [];
    }
    run.push(m);
    reach = Math.max(reach, m.last);
  }
  if (run.length > 1) out ??= matches.slice(0, firstIndex(matches, run[0]!, matches.length));
  flush(run, out);
  return out ?? matches;
}

/** Where `m` sits in `matches` (searching back from `before`). */
function firstIndex(matches: CueMatch[], m: CueMatch, before: number): number {
  let k = before - 1;
  while (k >= 0 && matches[k] !== m) k--;
  return k;
}

/** Appends a run of overlapping matches to `out`, longest first, each only if it overlaps none kept. */
function flush(run: CueMatch[], out: CueMatch[] | null): void {
  if (!out) return;
  if (run.length === 1) {
    out.push(run[0]!);
    return;
  }
  const byLength = [...run].sort(longerFirst);
  const kept: CueMatch[] = [];
  for (const m of byLength) if (!kept.some((x) => x.first < m.last && m.first < x.last)) kept.push(m);
  for (const m of run) if (kept.includes(m)) out.push(m);
}

function longerFirst(x: CueMatch, y: CueMatch): number {
  return y.end - y.start - (x.end - x.start) || x.start - y.start;
}
