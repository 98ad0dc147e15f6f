import { WORD_IN_TAG, WORD_IN_URL } from './draft';
import type { Words } from './text/tokenize';
import type { Range } from './types';

/**
 * Hashed word and character n-grams of a draft's running text: the evidence that word lists
 * miss. Character 3–5-grams of each word (with its edges marked) catch inflections of Bengali
 * words, romanised Banglish spelt a dozen ways, misspelt and stretched abuse ("stuuupid",
 * "fcking") and leetspeak once digits are read as letters; word unigrams and bigrams catch the
 * phrases. Each gram is hashed into one of GRAM_BUCKETS buckets (collisions are the price of a
 * table of a few KB), and a learned model is one small integer weight per bucket
 * (`decodeGrams`), fitted by the training scripts on the tuning halves only.
 *
 * Words inside URLs, mentions and hashtags are not prose and are skipped. One pass over the
 * words; a word's grams are hashed incrementally (each start extended to 5 characters).
 */
export const GRAM_BITS = 16;
export const GRAM_BUCKETS = 1 << GRAM_BITS;
const MASK = GRAM_BUCKETS - 1;
const MIN_GRAM = 3;
const MAX_GRAM = 5;
// Past this many words a draft is read no further: a selling or hostile verdict is settled by
// then, and the cost per analysis stays bounded on a pasted book.
const MAX_WORDS = 2000;
// Long "words" (a pasted hash, a base64 blob) would add hundreds of grams that mean nothing.
const MAX_WORD_LENGTH = 24;
const FNV_PRIME = 16777619;
const SEED_CHARS = 2166136261;
const SEED_WORD = 0x9e3779b9;
const SEED_PAIR = 0x85ebca6b;
// Character 60 '<' and 62 '>' mark a word's edges inside its character grams.
const EDGE_START = 60;
const EDGE_END = 62;

/** What a draft offers the gram models: its buckets, and the word each came from. */
export interface Grams {
  /** Distinct buckets, in first-seen order. */
  buckets: Uint16Array;
  /** Per bucket above, the index (in `words`) of the first word that produced it. */
  word: Uint32Array;
  count: number;
}

export interface GramSource {
  words: Words;
  wordFlags: Uint8Array;
}

const cache = new WeakMap<GramSource, Grams>();

/** The draft's grams, computed once per draft however many models read them. */
export function gramsOf(d: GramSource): Grams {
  let g = cache.get(d);
  if (!g) {
    g = extract(d.words, d.wordFlags);
    cache.set(d, g);
  }
  return g;
}

// Which buckets this extraction has met: a bucket is met when it holds the current stamp, so
// the table is never cleared or reallocated between drafts.
const seen = new Uint32Array(GRAM_BUCKETS);
let stamp = 0;

// Leetspeak digits read as the letters they stand in for ("1d10t", "sh1t").
// Indexed by the digit: 0 o, 1 i, 3 e, 4 a, 5 s, 7 t, 8 b (0 where a digit stays itself).
const LEET = [111, 105, 0, 101, 97, 115, 0, 116, 98, 0];

function extract(words: Words, flags: Uint8Array): Grams {
  const n = Math.min(words.count, MAX_WORDS);
  stamp++;
  if (stamp === 0xffffffff) {
    seen.fill(0);
    stamp = 1;
  }
  // At most (length + 2) × 3 character grams per word plus a word and a pair.
  let capacity = 0;
  for (let w = 0; w < n; w++) capacity += Math.min(words.lower[w]!.length, MAX_WORD_LENGTH) * 3 + 8;
  const buckets = new Uint16Array(capacity);
  const owner = new Uint32Array(capacity);
  let count = 0;
  const codes = new Uint16Array(MAX_WORD_LENGTH + 2);
  let previous = 0;
  let paired = false;
  for (let w = 0; w < n; w++) {
    if (flags[w]! & (WORD_IN_URL | WORD_IN_TAG)) {
      paired = false;
      continue;
    }
    const lower = words.lower[w]!;
    const len = Math.min(lower.length, MAX_WORD_LENGTH);
    codes[0] = EDGE_START;
    let wordHash = SEED_WORD;
    for (let k = 0; k < len; k++) {
      let c = lower.charCodeAt(k);
      if (c >= 48 && c <= 57) c = LEET[c - 48] || c;
      codes[k + 1] = c;
      wordHash = Math.imul(wordHash ^ c, FNV_PRIME);
    }
    codes[len + 1] = EDGE_END;
    const total = len + 2;
    for (let s = 0; s + MIN_GRAM <= total; s++) {
      let h = SEED_CHARS;
      for (let k = s; k < total && k < s + MAX_GRAM; k++) {
        h = Math.imul(h ^ codes[k]!, FNV_PRIME);
        if (k - s + 1 >= MIN_GRAM) count = add(buckets, owner, count, mix(h), w);
      }
    }
    count = add(buckets, owner, count, mix(wordHash), w);
    if (paired)
      count = add(buckets, owner, count, mix(Math.imul(previous ^ SEED_PAIR, FNV_PRIME) ^ wordHash), w);
    previous = wordHash;
    paired = true;
  }
  return { buckets: buckets.subarray(0, count), word: owner.subarray(0, count), count };
}

/** Spreads FNV's low bits (which the mask keeps) over the whole hash. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x45d9f3b);
  h ^= h >>> 16;
  return h & MASK;
}

function add(buckets: Uint16Array, owner: Uint32Array, count: number, bucket: number, word: number): number {
  if (seen[bucket] === stamp) return count;
  seen[bucket] = stamp;
  buckets[count] = bucket;
  owner[count] = word;
  return count + 1;
}

/**
 * A gram model as written in a generated file: the buckets with a weight, in ascending order,
 * as gaps from the previous one (base-32 digits: the last from `0`–`9a`–`v`, any before it from
 * `A`–`Z`, `w`–`z`, `+`, `/`), and their integer weights, one character each (`GRAM_LEVELS[q + GRAM_ZERO]`),
 * times `scale`. Pruned and quantized by the trainer: a few thousand weights in a few KB.
 */
export const GRAM_LEVELS = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_';
export const GRAM_ZERO = 31;
const DIGITS = '0123456789abcdefghijklmnopqrstuv';
const HIGH = 'ABCDEFGHIJKLMNOPQRSTUVWXYZwxyz+/';

export interface GramModel {
  scale: number;
  gaps: string;
  levels: string;
}

/** The weights of an encoded gram model, one per bucket (most are 0). */
export function decodeGrams(m: GramModel): Float32Array {
  const out = new Float32Array(GRAM_BUCKETS);
  let bucket = -1;
  let gap = 0;
  let next = 0;
  for (let k = 0; k < m.gaps.length; k++) {
    const high = HIGH.indexOf(m.gaps[k]!);
    if (high >= 0) {
      gap = gap * 32 + high;
      continue;
    }
    bucket += gap * 32 + DIGITS.indexOf(m.gaps[k]!);
    gap = 0;
    out[bucket & MASK] = (GRAM_LEVELS.indexOf(m.levels[next++]!) - GRAM_ZERO) * m.scale;
  }
  return out;
}

/** Encodes weights (one per bucket) as `decodeGrams` reads them: the trainer's half. */
export function encodeGrams(weights: ArrayLike<number>, scale: number): GramModel {
  let gaps = '';
  let levels = '';
  let previous = -1;
  for (let b = 0; b < weights.length; b++) {
    const q = Math.max(-GRAM_ZERO, Math.min(GRAM_ZERO, Math.round(weights[b]! / scale)));
    if (q === 0) continue;
    let gap = b - previous;
    previous = b;
    let digits = DIGITS[gap % 32]!;
    gap = Math.floor(gap / 32);
    while (gap > 0) {
      digits = HIGH[gap % 32]! + digits;
      gap = Math.floor(gap / 32);
    }
    gaps += digits;
    levels += GRAM_LEVELS[q + GRAM_ZERO]!;
  }
  return { scale, gaps, levels };
}

/** The model's sum over the draft's grams: what it adds to z. */
export function gramSum(g: Grams, weights: Float32Array): number {
  let z = 0;
  for (let i = 0; i < g.count; i++) z += weights[g.buckets[i]!]!;
  return z;
}

/**
 * The words whose grams pushed hardest towards the label, strongest first, with what each
 * added: what a finding quotes. Only called when a label or finding needs explaining.
 */
export function topWords(
  g: Grams,
  words: Words,
  weights: Float32Array,
  atLeast: number,
  most: number,
): (Range & { weight: number })[] {
  const byWord = new Map<number, number>();
  for (let i = 0; i < g.count; i++) {
    const w = weights[g.buckets[i]!]!;
    if (w !== 0) byWord.set(g.word[i]!, (byWord.get(g.word[i]!) ?? 0) + w);
  }
  const ranked = [...byWord].filter(([, w]) => w >= atLeast).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return ranked
    .slice(0, most)
    .map(([w, weight]) => ({ start: words.starts[w]!, end: words.ends[w]!, weight }));
}
