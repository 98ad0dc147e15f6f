// The tokenizer scans ASCII by hand for speed; the Unicode expression defines what a word is.
// Both must agree on every string.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines, splitSentences, tokenize } from '../../src/core/text/tokenize';

const WORD = /\p{L}[\p{L}\p{M}\p{N}'’\u200c\u200d]*|\p{N}+(?:[.,]\p{N}+)*/gu;
const reference = (t: string) => [...t.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);
const PIECES = [
  'a',
  'B',
  '1',
  '2',
  '.',
  ',',
  "'",
  '’',
  ' ',
  '\n',
  'é',
  'ক',
  'া',
  '্',
  '১',
  '\u200c',
  '\u200d',
  '#',
  '@',
  'İ',
  'x1',
  '٣',
  'ß',
  '\ud800',
  '-',
  '😀',
];

describe('tokenize', () => {
  it('finds exactly the words of the Unicode word expression', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const t = parts.join('');
        const w = tokenize(t);
        expect(w.starts.map((s, i) => [s, w.ends[i]])).toEqual(reference(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('lower-cases words, with curly apostrophes made straight', () => {
    const w = tokenize('We’re OPEN 9–5, ১২০০ টাকা, 1,200.50 İstanbul');
    expect(w.lower).toEqual(["we're", 'open', '9', '5', '১২০০', 'টাকা', '1,200.50', 'i̇stanbul']);
  });

  it('splits sentences on . ! ? … । and line breaks', () => {
    const t = 'Open today! Are you coming?\nবিকেলে আসুন। See you…';
    expect(splitSentences(t).map((r) => t.slice(r.start, r.end))).toEqual([
      'Open today!',
      'Are you coming?',
      'বিকেলে আসুন।',
      'See you…',
    ]);
    expect(splitLines('a\r\nb\n\nc').length).toBe(4);
  });
});
