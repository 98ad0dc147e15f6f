import type { Range } from '../types';

/**
 * Words, sentences and lines found in one pass each with linear regular expressions.
 * Intl.Segmenter's word iteration is far from linear in V8 (1k / 10k / 60k characters: 0.8 / 27 / 676 ms in
 * Node 20, 0.2 / 2.4 / 27 ms in Chromium 156, against 0.1–0.8 ms for one regex pass), and English and
 * Bengali both separate words with spaces, so a Unicode regular expression serves both.
 */

// A word starts with a letter and runs over letters, combining marks (Bengali vowel signs,
// virama), digits and apostrophes; a number is digits with inner separators ("1,200.50").
const WORD = /\p{L}[\p{L}\p{M}\p{N}'’\u200c\u200d]*|\p{N}+(?:[.,]\p{N}+)*/gu;

export interface Words {
  /** Start offsets (UTF-16) of each word. */
  starts: number[];
  ends: number[];
  /** Lower-cased word text, apostrophes normalised to ASCII. */
  lower: string[];
  count: number;
}

// The same word shape, anchored, for words in scripts the scanner below does not know.
const WORD_AT = new RegExp(WORD.source, 'uy');

// Character classes for the hand scanner: what the expression above calls each character.
const OTHER = 0;
const LETTER = 1;
const MARK = 2;
const DIGIT = 3;
/** Continues a word but cannot start one: apostrophes, ZWNJ, ZWJ. */
const JOINER = 4;
/** Outside ASCII and Bengali: ask the expression. */
const UNKNOWN = 5;

// The Bengali block, classified once by the same Unicode properties the expression uses.
const BENGALI = new Uint8Array(128).map((_, k) => {
  const ch = String.fromCharCode(0x980 + k);
  return /\p{L}/u.test(ch) ? LETTER : /\p{M}/u.test(ch) ? MARK : /\p{N}/u.test(ch) ? DIGIT : OTHER;
});

function classOf(c: number): number {
  if (c < 0x80) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return LETTER;
    if (c >= 48 && c <= 57) return DIGIT;
    return c === 39 ? JOINER : OTHER;
  }
  if (c >= 0x980 && c < 0xa00) return BENGALI[c - 0x980]!;
  if (c === 0x2019 || c === 0x200c || c === 0x200d) return JOINER;
  return Number.isNaN(c) ? OTHER : UNKNOWN; // NaN: past the end of the text
}

/**
 * Words in one pass. English and Bengali (most of every post) are scanned by hand with the
 * classes above; a word that starts or runs into another script is handed to the Unicode
 * expression, which defines the word shape (tests check both agree on every string).
 */
export function tokenize(text: string): Words {
  const lower: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // One lower-casing of the whole text, sliced per word; a few characters change length when
  // lower-cased (İ), and then each word is lower-cased on its own so offsets stay true.
  const lowerText = text.toLowerCase();
  const aligned = lowerText.length === text.length;
  const curly = text.includes('’');
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = classOf(text.charCodeAt(i));
    let end = -1;
    if (k === LETTER) {
      let j = i + 1;
      let c = classOf(text.charCodeAt(j));
      while (c === LETTER || c === MARK || c === DIGIT || c === JOINER) c = classOf(text.charCodeAt(++j));
      if (c !== UNKNOWN) end = j;
    } else if (k === DIGIT) {
      let j = i + 1;
      for (;;) {
        let c = classOf(text.charCodeAt(j));
        while (c === DIGIT) c = classOf(text.charCodeAt(++j));
        const d = text.charCodeAt(j);
        if ((d === 46 || d === 44) && classOf(text.charCodeAt(j + 1)) === DIGIT) j++;
        else {
          // A separator before another script's digit, or such a digit: the expression decides.
          if (c !== UNKNOWN && !((d === 46 || d === 44) && classOf(text.charCodeAt(j + 1)) === UNKNOWN))
            end = j;
          break;
        }
      }
    } else if (k !== UNKNOWN) {
      i++;
      continue;
    }
    if (end < 0) {
      WORD_AT.lastIndex = i;
      const m = WORD_AT.exec(text);
      if (!m) {
        i++;
        continue;
      }
      end = i + m[0].length;
    }
    starts.push(i);
    ends.push(end);
    const w = aligned ? lowerText.slice(i, end) : text.slice(i, end).toLowerCase();
    lower.push(curly ? w.replace(/’/g, "'") : w);
    i = end;
  }
  return { starts, ends, lower, count: lower.length };
}

// A sentence ends at . ! ? … or the Bengali danda (।) followed by space or the end, or at a line
// break. Runs of terminators ("?!", "...") end one sentence.
const SENTENCE_END = /[.!?…।]+(?=\s|$)|\n+/g;

/**
 * Sentences as ranges, trimmed, empty ones dropped. `opaque` ranges (URLs, mentions, hashtags;
 * sorted, not overlapping) are not prose: a "." or "?" inside one ends no sentence, and a
 * sentence made only of them (a link on its own line) is no sentence.
 */
export function splitSentences(text: string, opaque: readonly Range[] = []): Range[] {
  const out: Range[] = [];
  let start = 0;
  let o = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    while (o < opaque.length && opaque[o]!.end <= m.index) o++;
    if (o < opaque.length && opaque[o]!.start <= m.index && m[0][0] !== '\n') continue;
    const end = m[0][0] === '\n' ? m.index : m.index + m[0].length;
    pushTrimmed(text, start, end, out, opaque);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, out, opaque);
  return out;
}

const PROSE = /[\p{L}\p{N}]/u;

/** Whether any letter or digit of [start, end) lies outside the opaque ranges. */
function hasProse(text: string, start: number, end: number, opaque: readonly Range[]): boolean {
  let at = start;
  // The first range that ends after `start` (binary search keeps many links linear enough).
  let lo = 0;
  let hi = opaque.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (opaque[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < opaque.length; k++) {
    const r = opaque[k]!;
    if (r.start >= end) break;
    if (r.start > at && PROSE.test(text.slice(at, r.start))) return true;
    at = Math.max(at, r.end);
  }
  return at < end && PROSE.test(text.slice(at, end));
}

/** Lines as ranges (without the line break), including empty ones. */
export function splitLines(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
    out.push({ start, end: i > start && text.charCodeAt(i - 1) === 13 ? i - 1 : i });
    start = i + 1;
  }
  out.push({ start, end: text.length });
  return out;
}

function pushTrimmed(
  text: string,
  start: number,
  end: number,
  out: Range[],
  opaque: readonly Range[] = [],
): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start && (opaque.length === 0 || hasProse(text, start, end, opaque))) out.push({ start, end });
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);
}

/** Index of the first word whose start is at or after `offset` (binary search). */
export function wordAt(words: Words, offset: number): number {
  let lo = 0;
  let hi = words.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words.starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
