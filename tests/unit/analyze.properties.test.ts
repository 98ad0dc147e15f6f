// Property tests: analyze() never throws, keeps every range inside the text, and is
// deterministic — on arbitrary strings, not only on posts people would write.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { type Analysis, KINDS, PLATFORMS, type Range } from '../../src/core/types';

// Pieces that stress tokenizers: lone surrogates, RTL and zero-width marks, combining marks,
// Bengali conjuncts, emoji sequences, sigils and URL fragments.
const PIECES = [
  '\ud800',
  '\udfff',
  '\u200f',
  '\u200e',
  '\u202e',
  '\u200b',
  '\u200c',
  '\u200d',
  '\ufeff',
  '\u0301',
  'ক্ষ',
  'র‍্যা',
  'শ্রী',
  '৳',
  '১২০০',
  'টাকা',
  'مرحبا',
  'שלום',
  '👨‍👩‍👧‍👦',
  '🇧🇩',
  '1️⃣',
  '👍🏽',
  '#',
  '@',
  '$',
  '#café',
  '@user@mastodon.social',
  'https://',
  'http://a.',
  'www.',
  '.com',
  '!',
  '?',
  '।',
  '\n',
  '\r\n',
  '\t',
  ' ',
  'ALL CAPS',
  'buy now',
  'ধন্যবাদ',
  '%',
  'off',
];
const piecesString = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  piecesString,
);
const context = fc.record({ platform: fc.constantFrom(...PLATFORMS), kind: fc.constantFrom(...KINDS) });

function ranges(a: Analysis): Range[] {
  const e = a.entities;
  return [
    ...e.hashtags,
    ...e.mentions,
    ...e.urls,
    ...e.cashtags,
    ...e.emoji,
    ...a.intent.evidence,
    ...a.findings.flatMap((f) => f.evidence),
  ];
}

describe('analyze properties', () => {
  it('never throws and keeps every range inside the text', () => {
    fc.assert(
      fc.property(anyText, context, (text, ctx) => {
        const a = analyze(text, ctx);
        for (const r of ranges(a)) {
          expect(r.start).toBeGreaterThanOrEqual(0);
          expect(r.end).toBeLessThanOrEqual(text.length);
          expect(r.start).toBeLessThanOrEqual(r.end);
        }
        for (const e of [
          ...a.entities.hashtags,
          ...a.entities.mentions,
          ...a.entities.urls,
          ...a.entities.emoji,
        ]) {
          expect(text.slice(e.start, e.end)).toBe(e.text);
        }
        expect(a.quality).toBeGreaterThanOrEqual(0);
        expect(a.quality).toBeLessThanOrEqual(100);
        expect(a.voice).toBeGreaterThanOrEqual(0);
        expect(a.voice).toBeLessThanOrEqual(100);
        const s = a.intent.scores;
        expect(s.selling + s.listening + s.sharing).toBeCloseTo(1, 2);
      }),
      { numRuns: 600 },
    );
  });

  it('is deterministic and serialisable', () => {
    fc.assert(
      fc.property(anyText, context, (text, ctx) => {
        const a = analyze(text, ctx);
        expect(analyze(text, ctx)).toEqual(a);
        expect(JSON.parse(JSON.stringify(a))).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });

  it('handles 100,000-character pastes of mixed scripts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 5, maxLength: 20 }), (pieces) => {
        let text = '';
        for (let i = 0; text.length < 100_000; i++)
          text += pieces[i % pieces.length]! + (i % 7 === 0 ? ' ' : '');
        const a = analyze(text, { platform: 'facebook', kind: 'post' });
        expect(a.counts.characters).toBe(text.length);
        for (const r of ranges(a)) expect(r.end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 8 },
    );
  });

  it('survives the adversarial inputs of the benchmark', () => {
    const inputs = [
      'a'.repeat(20_000),
      '#'.repeat(20_000),
      '@'.repeat(20_000),
      '!'.repeat(100_000),
      '. . . ..... '.repeat(8_000),
      `http://${'a.'.repeat(10_000)}`,
      '1'.repeat(100_000),
      '\ud800a\udc00'.repeat(30_000),
    ];
    for (const text of inputs) {
      const a = analyze(text, { platform: 'x', kind: 'post' });
      expect(a.counts.characters).toBe(text.length);
    }
  });
});
