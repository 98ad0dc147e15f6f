// countGraphemes against Intl.Segmenter (ICU), the reference Bluesky's own count follows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countGraphemes } from '../../src/core/text/graphemes';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const reference = (t: string) => [...segmenter.segment(t)].length;

// Emoji sequences, flags, keycaps, Hangul, Indic conjuncts, combining marks, controls, RTL.
const PIECES = [
  'ক্ষ',
  'ত্রি',
  'য়',
  'ক্ষত্রিয়',
  'क्षत्रिय',
  'ৎ',
  'ঁ',
  'া',
  '্',
  'ৗ',
  '👨‍👩‍👧‍👦',
  '🇧🇩',
  '🇺🇸',
  '🇧',
  '👍🏽',
  '1️⃣',
  'e\u0301',
  '\u0301',
  '\r\n',
  '\r',
  '\n',
  '\t',
  '각',
  '\u1100\u1161\u11a8',
  'a',
  ' ',
  '\u200d',
  '\ud800',
  '\udc00',
  '©️',
  '❤️',
  '🏳️‍🌈',
  '👩‍💻',
  '🧑🏽‍🌾',
  '😀',
  '\ufe0f',
  '\u00ad',
  '\u200f',
  'مرحبا',
  'שלום',
  'ไทย',
  'ำ',
  '#',
  '।',
];

describe('countGraphemes', () => {
  it('matches Intl.Segmenter on posts people write', () => {
    for (const t of [
      'Eid Mubarak! 🌙✨ ঈদ মোবারক সবাইকে 🇧🇩',
      'ক্ষত্রিয় রাষ্ট্রের শ্রী উদ্যোক্তা',
      'Family day 👨‍👩‍👧‍👦 with the team 🧑🏽‍🌾👩‍💻 ❤️',
      'Café crème, naïve résumé',
      '한국어 텍스트',
      'Line one\r\nLine two',
    ]) {
      expect(countGraphemes(t), t).toBe(reference(t));
    }
  });

  it('matches Intl.Segmenter on random mixes of hard pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (parts) => {
        const t = parts.join('');
        expect(countGraphemes(t)).toBe(reference(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('counts 100,000 characters of emoji and Bengali in one pass', () => {
    const text = 'আমাদের নতুন কালেকশন 👨‍👩‍👧‍👦🇧🇩 '.repeat(3000);
    expect(countGraphemes(text)).toBe(
      reference(text.slice(0, 0)) + 3000 * reference('আমাদের নতুন কালেকশন 👨‍👩‍👧‍👦🇧🇩 '),
    );
  });
});
