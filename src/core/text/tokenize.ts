import type { Range } from '../types';

/**
 * Words, sentences and lines found in one pass each with linear regular expressions.
 * Intl.Segmenter's word iteration is far from linear in V8 (DESIGN.md), and English and
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

// The same word shape, anchored, for words that start or continue outside ASCII.
const WORD_AT = new RegExp(WORD.source, 'uy');

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function tokenize(text: string): Words {
  const lower: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // One lower-casing of the whole text, sliced per word; a few characters change length when
  // lower-cased (İ), and then each word is lower-cased on its own so offsets stay true.
  const lowerText = text.toLowerCase();
  const aligned = lowerText.length === text.length;
  const curly = text.includes('’');
  const push = (start: number, end: number) => {
    starts.push(start);
    ends.push(end);
    const w = aligned ? lowerText.slice(start, end) : text.slice(start, end).toLowerCase();
    lower.push(curly ? w.replace(/’/g, "'") : w);
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // ASCII words and numbers are scanned by hand (most of most posts); anything that starts or
    // runs into other scripts goes to the Unicode expression, which defines the word shape.
    if (isAsciiLetter(c)) {
      let j = i + 1;
      for (let d = text.charCodeAt(j); isAsciiLetter(d) || isAsciiDigit(d) || d === 39 || d === 0x2019; )
        d = text.charCodeAt(++j);
      if (j >= n || text.charCodeAt(j) < 0x80) {
        push(i, j);
        i = j;
        continue;
      }
    } else if (isAsciiDigit(c)) {
      let j = i + 1;
      for (;;) {
        let d = text.charCodeAt(j);
        while (isAsciiDigit(d)) d = text.charCodeAt(++j);
        if ((d === 46 || d === 44) && isAsciiDigit(text.charCodeAt(j + 1))) j++;
        else break;
      }
      // "2,১" continues in Bengali digits: let the expression decide.
      const d = text.charCodeAt(j);
      const separatorThenOther = (d === 46 || d === 44) && text.charCodeAt(j + 1) >= 0x80;
      if (!separatorThenOther && (j >= n || d < 0x80)) {
        push(i, j);
        i = j;
        continue;
      }
    } else if (c < 0x80) {
      i++;
      continue;
    }
    WORD_AT.lastIndex = i;
    const m = WORD_AT.exec(text);
    if (m) {
      push(i, i + m[0].length);
      i += m[0].length;
    } else i++;
  }
  return { starts, ends, lower, count: lower.length };
}

// A sentence ends at . ! ? … or the Bengali danda (।) followed by space or the end, or at a line
// break. Runs of terminators ("?!", "...") end one sentence.
const SENTENCE_END = /[.!?…।]+(?=\s|$)|\n+/g;

/** Sentences as ranges, trimmed, empty ones dropped. */
export function splitSentences(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    const end = m[0][0] === '\n' ? m.index : m.index + m[0].length;
    pushTrimmed(text, start, end, out);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, out);
  return out;
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

function pushTrimmed(text: string, start: number, end: number, out: Range[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
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
