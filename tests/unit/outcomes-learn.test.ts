import { describe, expect, test } from 'vitest';
import {
  againstWhatWorks,
  bestTimes,
  featuresOf,
  hashtagBand,
  hourBand,
  learnWhatWorks,
  lengthBand,
  type OutcomePost,
  observe,
  predictEngagement,
} from '../../src/core/outcomes';

const DAY = 86_400_000;
// Monday 1 January 2024, 09:00 UTC.
const T0 = Date.UTC(2024, 0, 1, 9);

const post = (text: string, likes: number, i: number, extra: Partial<OutcomePost> = {}): OutcomePost => ({
  text,
  // One post every 25 hours: weekdays and hours rotate, so no time of day lines up with a group.
  time: T0 + i * (DAY + 3_600_000),
  platform: 'x',
  reading: { replies: 0, reposts: 0, likes, readAt: T0 + 400 * DAY },
  ...extra,
});

const QUESTIONS = [
  'Which loaf should we bake for Saturday, sourdough or rye?',
  'What is your favourite cake for a birthday?',
  'Do you prefer your coffee with oat milk or cow milk?',
  'Which new flavour should we try next week?',
];
const STATEMENTS = [
  'Fresh sourdough is out of the oven now.',
  'We are open until six tonight.',
  'Our new rye loaf is on the counter today.',
  'The cinnamon buns are back this weekend.',
];

/** 12 question posts at 9 likes and 18 statements at 4: a known 2× effect ((9+1)/(4+1)). */
function twoTimes(): OutcomePost[] {
  const out: OutcomePost[] = [];
  for (let i = 0; i < 30; i++) {
    const q = i % 5 < 2; // 2 in every 5: 12 of 30
    out.push(post(q ? QUESTIONS[i % 4]! : STATEMENTS[i % 4]!, q ? 9 : 4, i));
  }
  return out;
}

describe('features of a post, from the engine', () => {
  test('link, hashtags, question and local time', () => {
    // 20:00 UTC on Sunday 7 January 2024 is 02:00 on Monday in Dhaka (UTC+6).
    const f = featuresOf(
      {
        text: 'Fresh sourdough today! Order at https://example.com/shop #bakery #leeds',
        time: Date.UTC(2024, 0, 7, 20),
        platform: 'x',
        reading: { replies: 0, reposts: 0, likes: 0, readAt: 0 },
      },
      'Asia/Dhaka',
    );
    expect(f.link).toBe(true);
    expect(f.hashtags).toBe('1-3');
    expect(f.question).toBe(false);
    expect(f.weekday).toBe(1);
    expect(f.hour).toBe('night');
    expect(f.textOnly).toBeNull();
  });
  test('a question is a question; text-only needs media known', () => {
    const f = featuresOf({ ...post(QUESTIONS[1]!, 0, 0), media: false }, 'UTC');
    expect(f.question).toBe(true);
    expect(f.textOnly).toBe(true);
    expect(featuresOf({ ...post(STATEMENTS[0]!, 0, 0), media: true }, 'UTC').textOnly).toBe(false);
  });
  test('bands', () => {
    expect([0, 1, 3, 4, 12].map(hashtagBand)).toEqual(['0', '1-3', '1-3', '4+', '4+']);
    // X has no fold: thirds of 280 (93.3, 186.7).
    expect([93, 94, 186, 187].map((n) => lengthBand(n, 'x'))).toEqual(['short', 'medium', 'medium', 'long']);
    // LinkedIn folds at 210: short to 210, medium to 630.
    expect([210, 211, 630, 631].map((n) => lengthBand(n, 'linkedin'))).toEqual([
      'short',
      'medium',
      'medium',
      'long',
    ]);
    expect([0, 5, 6, 11, 12, 17, 18, 23].map(hourBand)).toEqual([
      'night',
      'night',
      'morning',
      'morning',
      'afternoon',
      'afternoon',
      'evening',
      'evening',
    ]);
  });
});

describe('what works, on made-up posts with known answers', () => {
  test('under 20 posts with counts nothing is said', () => {
    const w = learnWhatWorks(twoTimes().slice(0, 19), { timeZone: 'UTC' });
    expect(w.status).toBe('too-few');
    expect(w.posts).toBe(19);
    expect(w.effects).toEqual([]);
    expect(w.findings).toEqual([]);
  });

  test('a known 2× effect of asking a question is found, with its sizes and medians', () => {
    const w = learnWhatWorks(twoTimes(), { timeZone: 'UTC', seed: 5 });
    expect(w.status).toBe('ok');
    // 18 fours and 12 nines: the 15th and 16th values are both 4.
    expect(w.overallMedian).toBe(4);
    const q = w.effects.find((e) => e.feature === 'question')!;
    expect(q).toMatchObject({ value: 'true', n: 12, others: 18, median: 9, othersMedian: 4, ratio: 2 });
    expect(q.vsOverall).toBe(2);
    expect(q.clear).toBe(true);
    const f = w.findings.find((x) => x.effect.feature === 'question')!;
    expect(f.subject).toEqual({ id: 'outcome_subject_question' });
    expect(f.message).toEqual({ id: 'outcome_finding_more', params: [2, 12, 18] });
    expect(w.findings.length).toBeLessThanOrEqual(3);
  });

  test('the same engagement in both groups says nothing about them', () => {
    const likes = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
    const posts = likes.flatMap((l, i) => [
      post(QUESTIONS[i % 4]!, l, 2 * i),
      post(STATEMENTS[i % 4]!, l, 2 * i + 1),
    ]);
    const w = learnWhatWorks(posts, { timeZone: 'UTC', seed: 2 });
    const q = w.effects.find((e) => e.feature === 'question')!;
    expect(q.ratio).toBe(1);
    expect(q.low).toBeLessThan(1);
    expect(q.high).toBeGreaterThan(1);
    expect(q.clear).toBe(false);
    expect(w.findings.some((f) => f.effect.feature === 'question')).toBe(false);
  });

  test('a group under the minimum size is measured but never a finding', () => {
    const posts = twoTimes().map((p, i) =>
      i < 3 ? { ...p, text: `${p.text} https://example.com/${i}`, reading: { ...p.reading, likes: 500 } } : p,
    );
    const w = learnWhatWorks(posts, { timeZone: 'UTC', seed: 1 });
    const link = w.effects.find((e) => e.feature === 'link')!;
    expect(link.n).toBe(3);
    expect(link.clear).toBe(false);
    expect(w.findings.some((f) => f.effect.feature === 'link')).toBe(false);
  });

  test('fewer replies read as "less": a third of the engagement', () => {
    // 10 link posts at 2 likes against 20 at 8: (2+1)/(8+1) = 1/3.
    const posts = Array.from({ length: 30 }, (_, i) =>
      i % 3 === 0
        ? post(`New stock is in, see https://example.com/p/${i}`, 2, i)
        : post(STATEMENTS[i % 4]!, 8, i),
    );
    const w = learnWhatWorks(posts, { timeZone: 'UTC', seed: 9 });
    const f = w.findings.find((x) => x.effect.feature === 'link')!;
    expect(f.effect.ratio).toBeCloseTo(1 / 3, 10);
    expect(f.message).toEqual({ id: 'outcome_finding_less', params: [3, 10, 20] });
  });

  test('the same seed gives the same findings', () => {
    const a = learnWhatWorks(twoTimes(), { timeZone: 'UTC', seed: 11 });
    const b = learnWhatWorks(twoTimes(), { timeZone: 'UTC', seed: 11 });
    expect(a).toEqual(b);
  });
});

describe('a personal prediction for a draft', () => {
  test('ranks a question above a statement once there is data, and says nothing before', () => {
    const w = learnWhatWorks(twoTimes(), { timeZone: 'UTC', seed: 5 });
    const when = T0 + 3 * DAY;
    const f = (text: string) => observe([post(text, 0, 0, { time: when })], 'UTC')[0]!.features;
    const q = predictEngagement(w, f('Which bread would you like us to bake on Sunday?'))!;
    const s = predictEngagement(w, f('Fresh bread is on the shelves this Sunday.'))!;
    expect(q).toBeGreaterThan(s);
    const none = learnWhatWorks(twoTimes().slice(0, 5), { timeZone: 'UTC' });
    expect(predictEngagement(none, f('Anything?'))).toBeNull();
  });
});

describe('best times to post', () => {
  test('published figures until there are 40 posts with counts', () => {
    const obs = observe(twoTimes(), 'UTC');
    expect(bestTimes(obs, 'x')).toEqual({ source: 'published', posts: 0, days: [3], hours: [9, 15] });
    expect(bestTimes(obs, 'linkedin').days).toEqual([2, 3]);
    expect(bestTimes(obs, 'bluesky').source).toBe('published');
  });
  test("then the owner's own best day and part of the day", () => {
    // 48 posts over 48 days at 08:00 UTC; Saturdays (day 6) get 50 likes, other days 5.
    const posts = Array.from({ length: 48 }, (_, i) => {
      const time = Date.UTC(2024, 0, 1 + i, 8);
      return post(STATEMENTS[i % 4]!, new Date(time).getUTCDay() === 6 ? 50 : 5, 0, { time });
    });
    const b = bestTimes(observe(posts, 'UTC'), 'x');
    expect(b.source).toBe('own');
    expect(b.days[0]).toBe(6);
    expect(b.hours).toEqual([6, 12]);
    expect(b.posts).toBe(48);
  });
});

describe('bad input', () => {
  test('damaged posts are left out, not counted, and nothing throws', () => {
    const good = twoTimes();
    const bad = [
      { ...good[0]!, time: Number.NaN },
      { ...good[1]!, text: undefined as unknown as string },
      {
        ...good[2]!,
        reading: { replies: Number.NaN, reposts: -1, likes: Number.POSITIVE_INFINITY, readAt: 0 },
      },
    ];
    const w = learnWhatWorks([...good, ...bad], { timeZone: 'UTC', seed: 5 });
    // Two are dropped; the third counts as 0 engagement (its counts are unreadable, not huge).
    expect(w.posts).toBe(31);
    expect(observe(bad, 'UTC').map((o) => o.engagement)).toEqual([0]);
  });
  test('Bengali, emoji and a very long post are analysed like any other', () => {
    const posts = [
      post('আজ নতুন শাড়ি এসেছে! কোন রঙটা আপনার পছন্দ? 🌸', 5, 0, { platform: 'facebook' }),
      post(`${'Fresh bread today. '.repeat(3000)}`, 5, 1),
    ];
    const obs = observe(posts, 'Asia/Dhaka');
    expect(obs[0]!.features.question).toBe(true);
    expect(obs[1]!.features.length).toBe('long');
  });
});

describe('a nudge that knows what works for this owner', () => {
  test('a link draft is told its link posts get a third; a plain draft is told nothing', () => {
    const posts = Array.from({ length: 30 }, (_, i) =>
      i % 3 === 0
        ? post(`New stock is in, see https://example.com/p/${i}`, 2, i)
        : post(STATEMENTS[i % 4]!, 8, i),
    );
    const w = learnWhatWorks(posts, { timeZone: 'UTC', seed: 9 });
    const f = (text: string) => observe([post(text, 0, 0)], 'UTC')[0]!.features;
    const against = againstWhatWorks(w, f('Our spring menu is out: https://example.com/menu'));
    expect(against.map((x) => x.effect.feature)).toContain('link');
    expect(against.find((x) => x.effect.feature === 'link')!.message).toEqual({
      id: 'outcome_finding_less',
      params: [3, 10, 20],
    });
    expect(
      againstWhatWorks(w, f('Our spring menu is out today.')).some((x) => x.effect.feature === 'link'),
    ).toBe(false);
    expect(
      againstWhatWorks(learnWhatWorks(posts.slice(0, 10), { timeZone: 'UTC' }), f('x https://a.b')),
    ).toEqual([]);
  });
});
