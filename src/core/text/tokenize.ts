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
  starts: Int32Array;
  ends: Int32Array;
  /** Lower-cased word text, apostrophes normalised to ASCII. */
  lower: string[];
  count: number;
}

export function tokenize(text: string): Words {
  const lower: string[] = [];
  const startList: number[] = [];
  const endList: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const w = m[0];
    startList.push(m.index);
    endList.push(m.index + w.length);
    lower.push(w.toLowerCase().replace(/’/g, "'"));
  }
  return { starts: Int32Array.from(startList), ends: Int32Array.from(endList), lower, count: lower.length };
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
