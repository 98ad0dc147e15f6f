import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { buildDraft } from '../../src/core/draft';
import { decodeGrams, encodeGrams, GRAM_BUCKETS, gramSum, gramsOf, topWords } from '../../src/core/grams';

const draftOf = (text: string) => buildDraft(text, { platform: 'generic', kind: 'reply' });
const bucketsOf = (text: string) => new Set(gramsOf(draftOf(text)).buckets);

describe('hashed grams of a draft', () => {
  it('counts the character 3–5-grams of each word with its edges, the word and the pair', () => {
    // "<abc>": three 3-grams, two 4-grams, one 5-gram, and the word itself.
    expect(gramsOf(draftOf('abc')).count).toBe(7);
    // "<ab>" and "<cd>": two 3-grams and one 4-gram each, each word, and the pair.
    expect(gramsOf(draftOf('ab cd')).count).toBe(9);
  });

  it('reads the same words the same way, whatever surrounds them', () => {
    expect(bucketsOf('Idiot!!')).toEqual(bucketsOf('idiot'));
    // Leetspeak digits inside a word are the letters they stand for.
    expect(bucketsOf('id10t')).toEqual(bucketsOf('idiot'));
    expect(bucketsOf('sh1t')).toEqual(bucketsOf('shit'));
    expect(bucketsOf('idiot')).not.toEqual(bucketsOf('idiom'));
  });

  it('skips words inside URLs, mentions and hashtags', () => {
    expect(bucketsOf('thanks https://example.com/idiot @idiot #idiot')).toEqual(bucketsOf('thanks'));
  });

  it('reads Bengali script', () => {
    const g = gramsOf(draftOf('তুই একটা ছাগল'));
    expect(g.count).toBeGreaterThan(10);
    expect(bucketsOf('ছাগল')).toEqual(bucketsOf(' ছাগল '));
  });

  it('lists each bucket once, with the word it first came from', () => {
    const d = draftOf('buy buy buy now');
    const g = gramsOf(d);
    expect(new Set(g.buckets).size).toBe(g.count);
    for (let i = 0; i < g.count; i++) expect(g.word[i]!).toBeLessThan(d.words.count);
    // The repeated word adds nothing after its first time but the pairs ("buy buy", "buy now").
    expect(g.count).toBe(gramsOf(draftOf('buy now')).count + 1);
  });

  it('stops at a bounded number of words on a pasted book', () => {
    const huge = gramsOf(draftOf('lorem ipsum dolor '.repeat(5000)));
    expect(huge.count).toBeLessThan(GRAM_BUCKETS);
  });
});

describe('encoded gram models', () => {
  it('round-trips quantized weights, dropping those below half a step', () => {
    const w = new Float32Array(GRAM_BUCKETS);
    const set: [number, number][] = [
      [0, 0.5],
      [1, -0.3],
      [33, 1.2],
      [5000, -2],
      [40000, 0.04],
      [GRAM_BUCKETS - 1, 0.9],
    ];
    for (const [i, v] of set) w[i] = v;
    const m = encodeGrams(w, 0.1);
    const d = decodeGrams(m);
    expect([0, 1, 33, 5000, 40000, GRAM_BUCKETS - 1].map((i) => Math.round(d[i]! * 10) / 10)).toEqual([
      0.5, -0.3, 1.2, -2, 0, 0.9,
    ]);
    expect(m.levels).toHaveLength(5);
    let nonzero = 0;
    for (const x of d) if (x !== 0) nonzero++;
    expect(nonzero).toBe(5);
  });

  it('clamps weights beyond the largest step', () => {
    const w = new Float32Array(GRAM_BUCKETS);
    w[7] = 100;
    expect(decodeGrams(encodeGrams(w, 0.1))[7]).toBeCloseTo(3.1, 5);
  });
});

describe('scoring a draft against a table', () => {
  it('sums the weights of the buckets present and credits each to its word', () => {
    const d = draftOf('you absolute muppet');
    const g = gramsOf(d);
    const w = new Float32Array(GRAM_BUCKETS);
    // Weigh every bucket of "muppet" alone: the sum is its bucket count, all credited to word 2.
    const alone = gramsOf(draftOf('muppet'));
    for (const b of alone.buckets) w[b] = 1;
    expect(gramSum(g, w)).toBeGreaterThanOrEqual(alone.count);
    const top = topWords(g, d.words, w, 2, 3);
    expect(top.map((r) => d.text.slice(r.start, r.end))).toEqual(['muppet']);
    expect(top[0]!.weight).toBe(alone.count);
  });
});

describe('the learned grams in the engine', () => {
  it('the selling model reads grams: the same cues with spam words score higher than with chat', () => {
    // Both texts carry one "free" cue; what differs is only words no lexicon lists.
    const spam = analyze('Free entry in 2 a wkly comp to win tkts, txt now', {
      platform: 'generic',
      kind: 'post',
    });
    const chat = analyze('Free entry in 2 a while, mum said she would come too', {
      platform: 'generic',
      kind: 'post',
    });
    expect(spam.intent.scores.selling).toBeGreaterThan(chat.intent.scores.selling);
  });

  it('a hostile finding from the learned words alone quotes words of the reply, never a link', () => {
    const text = 'you are such a stuuupid moron lol https://example.com/moron';
    const f = analyze(text, { platform: 'x', kind: 'reply' }).findings.find((x) => x.rule === 'hostile');
    expect(f).toBeDefined();
    for (const e of f!.evidence) {
      expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(e.start).toBeLessThan(text.indexOf('https://'));
    }
    expect(f!.evidence.map((e) => e.text)).toContain('moron');
  });
});
