// Issue 14: a nudge whose habit goes against what works for this owner says so. The owner's
// findings are learned from made-up data with known answers (question posts 30, the rest 10:
// ratio 31/11 ≈ 2.8), or written out by hand; the sentences are read from the shipped catalog.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { formatMessage } from '../../src/core/i18n';
import { DEFAULT_GOALS, type PostRecord } from '../../src/core/model';
import { type OwnerFinding, ownerFindings } from '../../src/core/owner-findings';
import { personalFindings } from '../../src/core/personal';
import { ownerOutcomes } from '../../src/core/summary/outcomes';
import { catalog } from './catalogs';
import { post } from './habits-fixtures';

const DAY = 86_400_000;
const TUE = Date.UTC(2026, 8, 1, 10);

function owner(n: number): PostRecord[] {
  const readAt = TUE + 300 * DAY;
  return Array.from({ length: n }, (_, i) => [
    {
      ...post({
        id: `q${i}`,
        time: TUE + i * 7 * DAY,
        platform: 'x',
        text: `Which loaf should we bake this weekend, number ${i}?`,
      }),
      engagement: { replies: 2, reposts: 3, likes: 25, readAt },
    },
    {
      ...post({
        id: `s${i}`,
        time: TUE + 2 * DAY + i * 7 * DAY,
        platform: 'x',
        text: `Fresh loaves are out of the oven this morning, batch ${i}.`,
      }),
      engagement: { replies: 0, reposts: 1, likes: 9, readAt },
    },
  ]).flat();
}

const words = (f: { message: { id: string; params?: (string | number)[] } }, lang: 'en' | 'bn' = 'en') =>
  formatMessage({ id: f.message.id, params: f.message.params ?? [] }, catalog(lang), lang);
const draft = (text: string) => analyze(text, { platform: 'x', kind: 'post' });

describe('the owner’s findings the content script receives', () => {
  test('only clear findings about habits (not days or hours), and none with too few posts', () => {
    const learned = ownerOutcomes(owner(20), { timeZone: 'UTC', goals: DEFAULT_GOALS }).whatWorks;
    const got = ownerFindings(learned);
    expect(got.map((f) => `${f.feature}=${f.value}`).sort()).toEqual([
      'intent=listening',
      'intent=sharing',
      'question=true',
    ]);
    const q = got.find((f) => f.feature === 'question')!;
    expect(q.ratio).toBeCloseTo(31 / 11, 10);
    expect([q.n, q.others]).toEqual([20, 20]);
    expect(got.find((f) => f.value === 'sharing')!.ratio).toBeCloseTo(11 / 31, 10);
    const few = ownerOutcomes(owner(9), { timeZone: 'UTC', goals: DEFAULT_GOALS }).whatWorks;
    expect(ownerFindings(few)).toEqual([]);
  });
});

describe('the personal tip beside the general rules', () => {
  const learned = () =>
    ownerFindings(ownerOutcomes(owner(20), { timeZone: 'UTC', goals: DEFAULT_GOALS }).whatWorks);

  test('a plain sharing draft, where the owner’s question posts do better, is told so', () => {
    const a = draft('Fresh loaves are out of the oven this morning.');
    expect(a.intent.label).toBe('sharing');
    const tips = personalFindings(a, learned());
    expect(tips.map((t) => [t.rule, t.reason, t.severity, t.penalty, t.score])).toEqual([
      ['what-works', 'listening', 'tip', 0, 'none'],
      ['what-works', 'listening', 'tip', 0, 'none'],
    ]);
    expect(tips.map((t) => words(t)).sort()).toEqual([
      'From your own counts: your posts that ask a question get 2.8× the replies, reposts and likes (20 posts against 20), and this one asks none.',
      'From your own counts: your sharing posts get 1/2.8 of the replies, reposts and likes (20 posts against 20).',
    ]);
  });

  test('a draft that already does what works gets no tip', () => {
    const a = draft('Which loaf should we bake this weekend?');
    expect(personalFindings(a, learned())).toEqual([]);
  });

  test('the link habit: "your link posts get a third of the replies", only when the draft has a link', () => {
    const link: OwnerFinding = { feature: 'link', value: 'true', ratio: 1 / 3, n: 9, others: 34 };
    const withLink = personalFindings(draft('New menu is up: https://example.com/menu'), [link]);
    expect(withLink.map((t) => words(t))).toEqual([
      'From your own counts: your posts with a link get 1/3 of the replies, reposts and likes (9 posts against 34).',
    ]);
    expect(withLink[0]!.reason).toBe('audience');
    expect(words(withLink[0]!, 'bn')).toBe(
      'আপনার নিজের হিসাব বলছে: লিংকসহ আপনার পোস্টগুলো বাকিগুলোর মাত্র ১/৩ ভাগ উত্তর, রিপোস্ট ও লাইক পায় (৩৪টির বিপরীতে ৯টি পোস্ট)।',
    );
    expect(personalFindings(draft('New menu is up in the shop today.'), [link])).toEqual([]);
    // Link posts that do BETTER are not something to nudge against.
    expect(personalFindings(draft('New menu: https://example.com/menu'), [{ ...link, ratio: 3 }])).toEqual(
      [],
    );
  });

  test('hashtags and length bands, worst first, at most two; a blank draft gets nothing', () => {
    const owner: OwnerFinding[] = [
      { feature: 'hashtags', value: '4+', ratio: 0.5, n: 10, others: 40 },
      { feature: 'length', value: 'medium', ratio: 0.8, n: 30, others: 20 },
      { feature: 'intent', value: 'selling', ratio: 0.25, n: 8, others: 42 },
      { feature: 'weekday', value: '2', ratio: 0.2, n: 8, others: 42 }, // not a habit of the draft
    ];
    const a = draft(
      'Order now: 20% off every cake today, £5 a slice. Buy yours at the shop! #cake #bakery #leeds #sweet #treats',
    );
    expect([a.intent.label, a.entities.hashtags.length]).toEqual(['selling', 5]);
    // Selling (4× less) before hashtags (2× less); the length (107 of X's 280: medium, 1.25× less)
    // is the third: left out.
    expect(personalFindings(a, owner).map((t) => t.message)).toEqual([
      { id: 'outcome_nudge_intent_selling', params: [4, 8, 42] },
      { id: 'outcome_nudge_hashtags_many', params: [2, 10, 40] },
    ]);
    expect(personalFindings(a, owner.slice(1, 2)).map((t) => t.message.id)).toEqual([
      'outcome_nudge_length_medium',
    ]);
    expect(personalFindings(draft('   '), owner)).toEqual([]);
    // Broken input from storage: a zero or missing ratio is ignored, not divided by.
    expect(personalFindings(a, [{ ...owner[0]!, ratio: 0 }])).toEqual([]);
  });
});
