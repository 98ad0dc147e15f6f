// Lexicon hygiene (issue 9): a phrase the tokenizer changes can never match as written
// ("save $" would match every "save"), a phrase in two categories is counted twice, and
// overlapping or URL-borne matches inflate the evidence.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { buildDraft } from '../../src/core/draft';
import { bn } from '../../src/core/lexicons/bn';
import { CUE_CATEGORIES, type CueCategory, type Lexicon } from '../../src/core/lexicons/categories';
import { en } from '../../src/core/lexicons/en';
import { compileLexicon, matchCues } from '../../src/core/text/cues';
import { tokenize } from '../../src/core/text/tokenize';

const LEXICONS: [string, Lexicon][] = [
  ['en', en],
  ['bn', bn],
];
const intentBearing = (c: CueCategory) => CUE_CATEGORIES[c].intent !== null;

function phrases(lexicon: Lexicon): [CueCategory, string][] {
  return (Object.entries(lexicon) as [CueCategory, string][]).flatMap(([c, s]) =>
    s.split('|').map((p) => [c, p] as [CueCategory, string]),
  );
}

describe.each(LEXICONS)('%s lexicon', (_name, lexicon) => {
  it('has every phrase, of every category, survive tokenization unchanged', () => {
    // The words the matcher sees, joined by spaces, must be the phrase itself (hyphens and
    // spaces both separate words); anything else was silently dropped ("100% guaranteed" would
    // match "100 guaranteed", "১০০%" every "১০০", "so," every "so").
    const changed = phrases(lexicon).filter(([, p]) => {
      const bare = p.replace(/\*$/, '');
      return tokenize(bare).lower.join(' ') !== bare.toLowerCase().replace(/-/g, ' ').replace(/’/g, "'");
    });
    expect(changed).toEqual([]);
  });

  it('puts every phrase, of every category, in exactly one category', () => {
    const home = new Map<string, Set<CueCategory>>();
    for (const [c, p] of phrases(lexicon)) {
      const key = p.toLowerCase().replace(/-/g, ' ');
      home.set(key, (home.get(key) ?? new Set()).add(c));
    }
    const twice = [...home].filter(([, cs]) => cs.size > 1).map(([p, cs]) => [p, [...cs]]);
    expect(twice).toEqual([]);
  });
});

describe.each(LEXICONS)('%s lexicon, dead entries', (_name, lexicon) => {
  it('lists no phrase that a stem of the same category already matches ("booking" beside "booking*")', () => {
    // voice.hostile is left out: its model weighs every phrase on its own, a curated word and a
    // mined stem are two features (lexicons/hostile.ts).
    const list = phrases(lexicon).filter(([c]) => c !== 'voice.hostile');
    const words = (p: string) => tokenize(p.replace(/\*$/, '')).lower;
    const covered = list.filter(([c, p]) =>
      list.some(([c2, stem]) => {
        if (c2 !== c || stem === p || !stem.endsWith('*')) return false;
        const a = words(p);
        const b = words(stem);
        const n = a.length;
        return (
          n === b.length &&
          a.slice(0, n - 1).join(' ') === b.slice(0, n - 1).join(' ') &&
          a[n - 1]!.startsWith(b[n - 1]!) &&
          !(p.endsWith('*') && a[n - 1] === b[n - 1])
        );
      }),
    );
    expect(covered).toEqual([]);
  });
});

describe('English and Bengali lexicons together (a Bengali draft is matched against both)', () => {
  it('put no phrase in two categories across the two', () => {
    const home = new Map<string, Set<CueCategory>>();
    for (const [, l] of LEXICONS)
      for (const [c, p] of phrases(l)) {
        const key = p.toLowerCase().replace(/-/g, ' ');
        home.set(key, (home.get(key) ?? new Set()).add(c));
      }
    expect([...home].filter(([, cs]) => cs.size > 1).map(([p]) => p)).toEqual([]);
  });
});

describe('cue matching', () => {
  it('counts overlapping phrases once, the longest', () => {
    const d = buildDraft('FLASH SALE today. Buy now while it lasts.', { platform: 'x', kind: 'post' });
    const intentCues = d.cues
      .filter((c) => intentBearing(c.category))
      .map((c) => d.text.slice(c.start, c.end));
    expect(intentCues).toEqual(['FLASH SALE', 'Buy now']);
  });

  it('keeps, of overlapping intent phrases in any mix of lexicon phrases, exactly the longest', () => {
    const pool = [...LEXICONS.flatMap(([, l]) => phrases(l))]
      .filter(([c]) => intentBearing(c))
      .map(([, p]) => p);
    const matcher = compileLexicon(en, bn);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 12 }), (parts) => {
        const text = parts.map((p) => p.replace(/\*$/, '')).join(' ');
        const d = buildDraft(text, { platform: 'facebook', kind: 'post', language: 'bn' });
        const kept = d.cues.filter((c) => intentBearing(c.category));
        // An independent count: every match the matcher finds, before any is dropped.
        const all = matchCues(text, tokenize(text), matcher).filter((c) => intentBearing(c.category));
        const overlap = (a: { first: number; last: number }, b: { first: number; last: number }) =>
          a.first < b.last && b.first < a.last;
        for (let i = 0; i < kept.length; i++)
          for (let j = i + 1; j < kept.length; j++) expect(overlap(kept[i]!, kept[j]!)).toBe(false);
        for (const m of all) {
          if (
            kept.includes(m) ||
            kept.some((k) => k.start === m.start && k.end === m.end && k.phrase === m.phrase)
          )
            continue;
          // A dropped match lies under a kept one at least as long.
          expect(kept.some((k) => overlap(k, m) && k.end - k.start >= m.end - m.start)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds every phrase a plain search finds, word by word at every position (a second implementation)', () => {
    const all = LEXICONS.flatMap(([, l]) => phrases(l));
    const matcher = compileLexicon(en, bn);
    // The lexicon as word lists, one entry per spelling that tokenizes differently.
    const entries = new Map<string, { category: CueCategory; words: string[]; open: boolean }>();
    for (const [category, p] of all) {
      const words = tokenize(p.replace(/\*/g, '')).lower;
      const key = `${category} ${words.join(' ')}${p.endsWith('*') ? '*' : ''}`;
      if (words.length > 0 && !entries.has(key)) entries.set(key, { category, words, open: p.endsWith('*') });
    }
    const fillers = ['and', 'the', 'we', 'আর', 'ok', ',', '.', '!', '\n', ':', '—'];
    const pool = [...all.map(([, p]) => p.replace(/\*$/, '')), ...fillers];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 10 }), (parts) => {
        const text = parts.join(' ');
        const w = tokenize(text);
        const joined = (i: number) => /[\n.!?,;:।…—]/.test(text.slice(w.ends[i - 1]!, w.starts[i]!));
        const want = new Set<string>();
        for (const e of entries.values())
          for (let i = 0; i + e.words.length <= w.count; i++) {
            const ok = e.words.every((x, k) => {
              const word = w.lower[i + k]!;
              const last = k === e.words.length - 1;
              if (k > 0 && (joined(i + k) || w.starts[i + k]! - w.ends[i + k - 1]! > 12)) return false;
              return last && e.open ? word.startsWith(x) : word === x;
            });
            if (ok) want.add(`${e.category} ${i} ${i + e.words.length}`);
          }
        const got = new Set(matchCues(text, w, matcher).map((m) => `${m.category} ${m.first} ${m.last}`));
        expect([...got].sort()).toEqual([...want].sort());
      }),
      { numRuns: 200 },
    );
  });

  it('reads "car boot sale" as a place, not an offer', () => {
    const d = buildDraft('Found this lamp at a car boot sale for £2.', {
      platform: 'facebook',
      kind: 'post',
    });
    expect(d.cuesOf('sell.offer')).toEqual([]);
    expect(d.cuesOf('share.money').map((c) => c.phrase)).toEqual(['car boot sale']);
  });

  it('takes no cue, pattern, sentence or evidence from inside a URL, mention or hashtag', () => {
    const text =
      'Lovely morning at the market https://shop.example.com/flash-sale/buy-now?ref=50%25-off. @buy_now_uk #bigsale';
    const a = analyze(text, { platform: 'facebook', kind: 'post' });
    const d = buildDraft(text, { platform: 'facebook', kind: 'post' });
    const [url] = d.entities.urls;
    expect(url?.text.startsWith('https://shop.example.com/')).toBe(true);
    for (const c of d.cues) expect(c.end <= url!.start || c.start >= url!.end).toBe(true);
    expect(d.cues.map((c) => c.phrase)).not.toContain('buy now');
    expect(d.patterns).toEqual([]);
    // One sentence: the link's "." and "?" end none, and the tags after it are no sentence.
    expect(d.sentences.map((s) => text.slice(s.start, s.end))).toEqual([text.slice(0, url!.end + 1)]);
    // The link and the mention are evidence as what they are; nothing is quoted from inside them.
    const entities = [...d.entities.urls, ...d.entities.mentions, ...d.entities.hashtags];
    const fromInside = a.intent.evidence.filter((e) =>
      entities.some((x) => e.start < x.end && x.start < e.end && !(e.start === x.start && e.end === x.end)),
    );
    expect(fromInside).toEqual([]);
    expect(a.intent.evidence.map((e) => e.cue).sort()).toEqual(['link', 'mention', 'shopLink']);
  });
});
