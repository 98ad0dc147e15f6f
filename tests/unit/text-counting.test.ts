// Entity extraction and platform counting beyond the twitter-text suite: Mastodon, Bluesky,
// Threads and the plain character counts, Bengali and right-to-left hashtags, emoji sequences,
// and properties that must hold on any input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemeCount, platformCount } from '../../src/core/text/count';
import { EMOJI, keep } from '../../src/core/text/emoji';
import { extractEmoji, extractEntities } from '../../src/core/text/entities';
import { type Entities, PLATFORMS, type Platform } from '../../src/core/types';
import { COUNTED_ON, HOSTILE_TEXTS, type HostileText } from '../fixtures/hostile-texts';

const count = (text: string, platform: Platform) => platformCount(text, platform, extractEntities(text));
const texts = (list: { text: string }[]) => list.map((e) => e.text);

describe('Mastodon', () => {
  it('counts every URL with a protocol as 23 characters', () => {
    const url = 'https://example.com/a/very/long/path/to/our/new/menu?season=winter';
    expect(count(`Menu: ${url}`, 'mastodon')).toBe(6 + 23);
    expect(count('http://a.co', 'mastodon')).toBe(23);
  });

  it('counts URLs without a protocol as written (Mastodon links only those with one)', () => {
    expect(count('see example.com', 'mastodon')).toBe(15);
    expect(count('see example.com', 'x')).toBe(4 + 23);
  });

  it('counts a remote mention by its local part only', () => {
    expect(count('Thanks @baker@bakers.social!', 'mastodon')).toBe('Thanks @baker!'.length);
    expect(count('@a@b.c and @d@mastodon.example.org', 'mastodon')).toBe('@a and @d'.length);
    // A local mention and an e-mail address count in full.
    expect(count('@baker hi', 'mastodon')).toBe(9);
    expect(count('mail me: me@shop.com', 'mastodon')).toBe(20);
  });

  it('counts graphemes like the server (status_length_validator.rb: grapheme_length)', () => {
    expect(count('👨‍👩‍👧‍👦 ক্ষ', 'mastodon')).toBe(3);
  });
});

describe('Bluesky graphemes', () => {
  it.each([
    ['👨‍👩‍👧‍👦', 1],
    ['🧑🏽‍🌾', 1],
    ['🏳️‍🌈', 1],
    ['🇧🇩🇺🇸', 2],
    ['🇧🇩🇺', 2],
    ['1️⃣', 1],
    ['ক্ষ', 1],
    ['ক্ষমা', 2],
    ['ঢাকা', 2],
    ['e\u0301', 1],
    ['\r\n', 1],
    ['한국어', 3],
    ['مرحبا', 5],
    ['שָׁלוֹם', 4],
    ['plain ascii', 11],
    ['', 0],
  ])('%s has %i graphemes', (text, n) => {
    expect(graphemeCount(text)).toBe(n);
    expect(count(text, 'bluesky')).toBe(n);
  });

  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const reference = (t: string) => [...segmenter.segment(t)].length;
  const pieces = [
    'ক্ষ',
    'া',
    '্',
    'য়',
    '👨‍👩‍👧‍👦',
    '🇧',
    '🇩',
    '👍',
    '🏽',
    '\u200d',
    '\ufe0f',
    'e',
    '\u0301',
    ' ',
    '\r',
    '\n',
    'ก',
    'ำ',
    '각',
    '\u1100',
    '\u1161',
    '\u11a8',
    '\ud800',
    'a',
    '日',
  ];

  it('agrees with Intl.Segmenter on long and mixed text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 400 }), (parts) => {
        const t = parts.join('');
        expect(graphemeCount(t)).toBe(reference(t));
      }),
      { numRuns: 300 },
    );
    const long = 'আজ আমাদের দোকানে নতুন শাড়ি এসেছে! ক্ষমা চাই 😊👨‍👩‍👧 #ঢাকা '.repeat(200);
    expect(graphemeCount(long)).toBe(reference(long));
  });
});

describe('other platforms', () => {
  it('counts UTF-16 code units on LinkedIn, Facebook, Instagram, Reddit', () => {
    for (const p of ['linkedin', 'facebook', 'instagram', 'reddit', 'generic'] as const) {
      expect(count('Hi 😀', p)).toBe(5);
    }
  });

  it('counts emoji by their UTF-8 bytes on Threads', () => {
    expect(count('Hi 😀', 'threads')).toBe(3 + 4);
    expect(count('ঢাকা', 'threads')).toBe(4);
    expect(count('👨‍👩‍👧‍👦', 'threads')).toBe(25);
  });

  it('weighs X posts like twitter-text', () => {
    expect(count('Hi 😀 ঢাকা https://example.com/long/path', 'x')).toBe(3 + 2 + 1 + 4 + 1 + 23);
    // Normalisation: e + combining acute is one character after NFC.
    expect(count('cafe\u0301', 'x')).toBe(4);
  });
});

describe('entities', () => {
  it('finds Bengali, accented and right-to-left hashtags', () => {
    const e = extractEntities('নতুন কালেকশন #ঢাকা #শাড়ি_মেলা #café #مرحبا #שלום and #123 but not a#b');
    expect(texts(e.hashtags)).toEqual(['#ঢাকা', '#শাড়ি_মেলা', '#café', '#مرحبا', '#שלום']);
  });

  it('finds mentions, URLs and cashtags, and nothing inside a URL', () => {
    const e = extractEntities(
      '@cafe_dhaka order at https://shop.example.com/#menu?x=@me or shop.com/sale $AAPL',
    );
    expect(texts(e.mentions)).toEqual(['@cafe_dhaka']);
    expect(texts(e.urls)).toEqual(['https://shop.example.com/#menu?x=@me', 'shop.com/sale']);
    expect(e.hashtags).toEqual([]);
    expect(texts(e.cashtags)).toEqual(['$AAPL']);
  });

  it('takes each emoji sequence whole', () => {
    const e = extractEntities('Hi 👨‍👩‍👧‍👦🇧🇩👍🏽 1️⃣ ❤️ 🏴󠁧󠁢󠁳󠁣󠁴󠁿 © ★ 2024');
    expect(texts(e.emoji)).toEqual(['👨‍👩‍👧‍👦', '🇧🇩', '👍🏽', '1️⃣', '❤️', '🏴󠁧󠁢󠁳󠁣󠁴󠁿']);
  });
});

const ranges = (e: Entities) => [...e.hashtags, ...e.mentions, ...e.urls, ...e.cashtags, ...e.emoji];

// Strings that exercise the scanners: entity sigils, URL pieces, marks, joiners, surrogates.
const tricky = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.constantFrom(
        '#',
        '@',
        '$',
        '＃',
        '＠',
        '.',
        '/',
        ':',
        'http://',
        'https://',
        'www.',
        'example',
        'com',
        't.co',
        'xn--',
        'ঢাকা',
        'ক্ষ',
        'مرحبا',
        'שלום',
        '\u200f',
        '\u202e',
        '\u200d',
        '\ufe0f',
        '👨‍👩‍👧',
        '🇧🇩',
        '\ud800',
        '\udc00',
        ' ',
        '\n',
        'RT',
        'AAPL',
        '_',
        '-',
        '(',
        ')',
        '?',
        '=',
        'é',
        '\u0301',
      ),
    ),
    { maxLength: 25 },
  )
  .map((a) => a.join(''));

describe('properties', () => {
  it('never throws, keeps every range inside the text and its text equal to the slice', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        const e = extractEntities(text);
        for (const r of ranges(e)) {
          expect(r.start).toBeGreaterThanOrEqual(0);
          expect(r.end).toBeLessThanOrEqual(text.length);
          expect(r.start).toBeLessThan(r.end);
          expect(text.slice(r.start, r.end)).toBe(r.text);
        }
        for (const p of PLATFORMS) expect(Number.isFinite(platformCount(text, p, e))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        expect(extractEntities(text)).toEqual(extractEntities(text));
        for (const p of PLATFORMS) expect(count(text, p)).toBe(count(text, p));
      }),
      { numRuns: 500 },
    );
  });

  it('handles arbitrary strings including lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const e = extractEntities(text);
        for (const r of ranges(e)) expect(text.slice(r.start, r.end)).toBe(r.text);
        expect(graphemeCount(text)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('hostile input: counted right', () => {
  const same = (n: number) => ({ x: n, mastodon: n, bluesky: n, threads: n });
  const none = { hashtags: 0, mentions: 0, urls: 0, cashtags: 0, emoji: 0 };
  // Worked out by hand. `http://a.a.…a.` and `bakery.example` end in no TLD, so neither is a link
  // (twitter-text needs a known TLD). `@a@a…` holds no mention: an @ right after a letter starts
  // none, and one followed by another @ is none (twitter-text's end-of-mention rule); no remote
  // mention either (its server part needs two characters). 日 weighs 2 on X, ASCII and Bengali 1.
  // X normalises to NFC, so e + U+0301 is one é; Threads counts the two code points.
  // The paste: 1,428 whole copies of a 70-unit sentence and its first 40 ASCII units. A copy holds
  // 67 code points and 61 clusters (🇧🇩 is one of two code points; ঢাকা two of four; ক্ষমা two
  // of five); on X 64 code points weigh 1 and each of its two emoji 2 (68); on Threads 🥐 counts
  // its 4 UTF-8 bytes and 🇧🇩 its 8 (76).
  const expected: Record<
    HostileText,
    { counts: Record<(typeof COUNTED_ON)[number], number> } & Partial<typeof none>
  > = {
    'one 20,000-character token': { counts: same(20_000) },
    'http://a.a.a… 20,000 long': { counts: same(20_007) },
    'thousands of #': { counts: same(20_000) },
    'thousands of @': { counts: same(20_000) },
    '!!!!…': { counts: same(100_000) },
    dots: { counts: same(100_000) },
    spaces: { counts: same(100_000) },
    'dots and CJK': { counts: { x: 150_000, mastodon: 100_000, bluesky: 100_000, threads: 100_000 } },
    'combining marks': { counts: { x: 50_000, mastodon: 50_000, bluesky: 50_000, threads: 100_000 } },
    'a 100,000-character paste': {
      counts: {
        x: 1428 * 68 + 40,
        mastodon: 1428 * 61 + 40,
        bluesky: 1428 * 61 + 40,
        threads: 1428 * 76 + 40,
      },
      hashtags: 1428,
      mentions: 1428,
      emoji: 2 * 1428,
    },
  };
  it.each(Object.keys(HOSTILE_TEXTS) as HostileText[])('%s', (name) => {
    const text = HOSTILE_TEXTS[name];
    const { counts, ...found } = expected[name];
    const e = extractEntities(text);
    expect(Object.fromEntries(Object.entries(e).map(([k, list]) => [k, list.length]))).toEqual({
      ...none,
      ...found,
    });
    for (const p of COUNTED_ON) expect(platformCount(text, p, e), p).toBe(counts[p]);
  });
});

describe('the emoji pre-check', () => {
  it('lets through every character an emoji sequence can start with (the expression alone is the oracle)', () => {
    const missed: string[] = [];
    for (let c = 0; c < 0xd800; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [`${ch} `, `${ch}\ufe0f`, `${ch}\u20e3`, `${ch}\ufe0f\u20e3`]) {
        const want = extractEmoji(text);
        if (want.length > 0 && extractEntities(text).emoji.length !== want.length) missed.push(text);
      }
    }
    expect(missed).toEqual([]);
  });

  it('finds the emoji after punctuation it skips: ’ “ ” – …', () => {
    expect(extractEntities('We’re open “today” – come by… ☕ 🎉').emoji.map((e) => e.text)).toEqual([
      '☕',
      '🎉',
    ]);
  });
});

describe('emoji extraction', () => {
  // A second implementation: the global expression tried at every position, as extractEmoji
  // did before it looked only where a sequence can start.
  function everyPosition(text: string) {
    const out: { text: string; start: number; end: number }[] = [];
    const re = new RegExp(EMOJI.source, 'gu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      if (keep(m[0], text.charCodeAt(end))) out.push({ text: m[0], start: m.index, end });
    }
    return out;
  }
  const pieces = [
    'a',
    ' ',
    '1',
    '#',
    '*',
    '\ufe0f',
    '\ufe0e',
    '\u20e3',
    '\u200d',
    '©',
    '®',
    '™',
    '‼',
    '’',
    '…',
    'আ',
    '☕',
    '❤',
    '👍',
    '🏽',
    '👨',
    '👩',
    '🇧',
    '🇩',
    '🏴',
    '\u{e0067}',
    '\u{e007f}',
    '\ud800',
    '\udc00',
  ];

  it('finds what the expression finds at every position, on any mix of emoji parts and text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(extractEmoji(text)).toEqual(everyPosition(text));
      }),
      { numRuns: 2000 },
    );
  });
});
