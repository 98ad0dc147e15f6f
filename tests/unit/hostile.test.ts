import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import type { Context, Finding, Kind, Platform } from '../../src/core/types';

const reply: Context = { platform: 'x', kind: 'reply' };
const hostileOf = (text: string, context: Context = reply): Finding | undefined =>
  analyze(text, context).findings.find((f) => f.rule === 'hostile');
const quotes = (f: Finding | undefined) => f?.evidence.map((e) => e.text);

describe('hostile replies are errors that quote what triggered them', () => {
  it('an accusation, a shouted NEVER and a dismissal', () => {
    const text = "Frankly you're lying. We NEVER said next-day delivery. Don't bother coming back.";
    const f = hostileOf(text);
    expect(f?.severity).toBe('error');
    expect(f?.score).toBe('voice');
    expect(quotes(f)).toEqual(["you're lying", 'NEVER', "Don't bother coming back"]);
    // Every piece of evidence is the text at its range.
    for (const e of f!.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(f?.message).toEqual({ id: 'f_voice_hostile_reply', params: ["you're lying"] });
  });

  it('blame for not reading', () => {
    const f = hostileOf("You clearly didn't read the listing, it says 5-7 days. Not our fault.");
    expect(f?.severity).toBe('error');
    expect(quotes(f)).toEqual(["You clearly didn't", 'Not our fault']);
  });

  it('an insult aimed at the reader', () => {
    const f = hostileOf('Shut up you idiot, nobody asked for your opinion');
    expect(f?.severity).toBe('error');
    expect(quotes(f)).toEqual(['Shut up', 'idiot', 'nobody asked']);
  });

  it('a threat', () => {
    expect(quotes(hostileOf("Leave another review like that and I'll kill you"))).toEqual(["I'll kill"]);
  });

  it('Bengali abuse in Bengali script', () => {
    const f = hostileOf('তুই একটা কুত্তার বাচ্চা, চুপ কর');
    expect(f?.severity).toBe('error');
    expect(quotes(f)).toEqual(['কুত্তার বাচ্চা', 'চুপ কর']);
  });

  it('Bengali abuse in romanised Banglish', () => {
    const f = hostileOf('Tui ekta khanki magi, chup kor');
    expect(f?.severity).toBe('error');
    expect(quotes(f)).toEqual(['khanki', 'magi']);
  });

  it('in a post the same words are a warning with half the points', () => {
    const text = 'Shut up you idiot, nobody asked for your opinion';
    const post = hostileOf(text, { platform: 'x', kind: 'post' });
    const answer = hostileOf(text);
    expect(post?.severity).toBe('warn');
    expect(post?.penalty).toBe(Math.round(answer!.penalty / 2));
  });

  it('the voice score ranks a harsher reply lower', () => {
    const mild = analyze('Honestly? You NEVER listen to a word we say.', reply);
    const harsh = analyze('Shut up you idiot, nobody asked for your opinion', reply);
    // Shouting NEVER at a customer is flagged, but short of the error an insult gets.
    expect(['tip', 'warn']).toContain(mild.findings.find((f) => f.rule === 'hostile')?.severity);
    expect(harsh.findings.find((f) => f.rule === 'hostile')?.severity).toBe('error');
    expect(harsh.voice).toBeLessThan(mild.voice);
    expect(mild.voice).toBeLessThan(100);
  });
});

describe('what stays clean', () => {
  const clean = [
    // A calm apology.
    "We're so sorry your cake arrived squashed. That's on us, DM us your order number and we'll bake you a new one tomorrow.",
    'Sorry to hear that! Could you tell us which branch? We would love to make it right.',
    // A complaint about a product.
    'Honestly the new blender is rubbish. The lid cracked after two uses and the motor is useless.',
    // A swear word about oneself.
    "I'm such an idiot, I forgot to switch the oven on before opening. Croissants 20 minutes late today!",
    // NEVER shouted, but not at anyone.
    'We will NEVER stop baking sourdough, you can count on that.',
    // Insults inside a link or a hashtag are not the reply's words.
    'Here is the guide: https://example.com/idiot-proof-setup #stupidlysimple',
    // Bengali: a calm apology, a complaint about a product, a name one calls oneself.
    'আপু, আপনার অভিজ্ঞতার জন্য আমরা সত্যিই দুঃখিত। আপনার অর্ডার নম্বরটা দিলে আমরা আজকেই বিষয়টা দেখবো।',
    'ব্লেন্ডারটা একদম ফালতু, দুই দিনেই নষ্ট হয়ে গেছে।',
    'আমি একটা বোকা, আজকে দোকানের চাবি বাসায় ফেলে এসেছি। দোকান খুলতে আধা ঘণ্টা দেরি হবে।',
  ];
  for (const text of clean) {
    it(text.slice(0, 50), () => {
      expect(hostileOf(text)).toBeUndefined();
    });
  }
});

describe("the project's own small-business posts", () => {
  it('get no hostile warning or error', () => {
    const posts = readFileSync(new URL('../fixtures/intent/posts.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { text: string; platform: Platform; kind: Kind });
    expect(posts.length).toBeGreaterThan(300);
    const flagged = posts.filter((p) => {
      const f = hostileOf(p.text, { platform: p.platform, kind: p.kind });
      return f !== undefined && f.severity !== 'tip';
    });
    expect(flagged.map((p) => p.text)).toEqual([]);
  });
});
