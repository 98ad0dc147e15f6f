// Issue 14, the coaching side: what the owner's own counts say in the weekly summary and every
// export, and the quality goal set against the owner's own median. Made-up data with answers
// worked out by hand: question posts get 2 + 3 + 25 = 30, the others 0 + 1 + 9 = 10, so the
// ratio of medians is (30 + 1) / (10 + 1) = 31/11 ≈ 2.8 (learn.ts adds 1 to each median).
import { describe, expect, test } from 'vitest';
import { weekOf } from '../../src/core/calendar';
import type { ExportOptions } from '../../src/core/export/common';
import { summaryToCsv } from '../../src/core/export/csv';
import { summaryToHtml } from '../../src/core/export/html';
import { summaryToJson } from '../../src/core/export/json';
import { summaryToMarkdown } from '../../src/core/export/markdown';
import { formatMessage, formatNumber } from '../../src/core/i18n';
import { DEFAULT_GOALS, type PostRecord } from '../../src/core/model';
import { outcomeWords } from '../../src/core/summary/outcome-words';
import { mainPlatform, outcomePosts, ownerOutcomes } from '../../src/core/summary/outcomes';
import { type QualityTarget, qualityGoalOf, weeklySummary } from '../../src/core/summary/summary';
import { catalog } from './catalogs';
import { post } from './habits-fixtures';

const DAY = 86_400_000;
const TUE = Date.UTC(2026, 8, 1, 10); // Tuesday 1 September 2026, 10:00 UTC
const READ = TUE + 200 * DAY;

/** `n` question posts on Tuesdays (engagement 30) and `n` plain ones on Thursdays (10), on X. */
function owner(n: number): PostRecord[] {
  const out: PostRecord[] = [];
  for (let i = 0; i < n; i++) {
    out.push({
      ...post({
        id: `q${i}`,
        time: TUE + i * 7 * DAY,
        platform: 'x',
        text: `Which loaf should we bake this weekend, number ${i}?`,
      }),
      engagement: { replies: 2, reposts: 3, likes: 25, readAt: READ },
    });
    out.push({
      ...post({
        id: `s${i}`,
        time: TUE + 2 * DAY + i * 7 * DAY,
        platform: 'x',
        text: `Fresh loaves are out of the oven this morning, batch ${i}.`,
      }),
      engagement: { replies: 0, reposts: 1, likes: 9, readAt: READ },
    });
  }
  return out;
}

const opts = (lang: 'en' | 'bn'): ExportOptions => {
  const c = catalog(lang);
  return {
    t: (id, params) => formatMessage({ id, params: params ?? [] }, c, lang),
    num: (n) => formatNumber(n, lang),
    dateTime: (t) => new Date(t).toISOString(),
    lang,
  };
};

const WEEK = weekOf(TUE + 140 * DAY, 1, 'UTC');

function summaryOf(records: PostRecord[], quality?: QualityTarget) {
  return weeklySummary({
    week: WEEK,
    posts: [post({ id: 'this-week', time: WEEK.start + DAY, quality: 64, text: 'Our week at the bakery' })],
    previousPosts: [],
    goals: DEFAULT_GOALS,
    setupDone: true,
    kpis: [],
    earlierCounts: [],
    outcomes: ownerOutcomes(records, { timeZone: 'UTC', goals: DEFAULT_GOALS }),
    ...(quality ? { quality } : {}),
  });
}

const SENTENCE_Q =
  'Your posts that ask a question get 2.8× the replies, reposts and likes — 20 posts against 20';
const SENTENCE_TUE = 'Your posts on Tuesday get 2.8× the replies, reposts and likes — 20 posts against 20';
const OWN_TIMES = 'Best times from your own 40 posts: Tuesday, Thursday, 6:00–12:00';
const TOO_FEW = 'Not enough posts with counts yet: 19 of 20. Until then, nothing is claimed.';
const PUBLISHED_X =
  "Until you have enough posts of your own: Wednesday, 9:00–15:00 (general figures from Sprout Social's study)";

describe('what works, from stored records', () => {
  test('only records with a reading and a text teach anything', () => {
    const [withCounts, plain] = owner(1);
    const noText = { ...withCounts!, id: 'no-text' };
    delete noText.text;
    const noCounts = { ...plain!, id: 'no-counts' };
    delete noCounts.engagement;
    expect(outcomePosts([withCounts!, noText, noCounts]).map((p) => p.text)).toEqual([withCounts!.text]);
  });

  test('enough data: the clearest findings and the owner’s own best times', () => {
    const o = ownerOutcomes(owner(20), { timeZone: 'UTC', goals: DEFAULT_GOALS });
    expect(o.whatWorks.status).toBe('ok');
    expect(o.whatWorks.overallMedian).toBe(20); // the middle of twenty 10s and twenty 30s
    const q = o.whatWorks.findings[0]!.effect;
    expect([q.feature, q.value, q.n, q.others]).toEqual(['question', 'true', 20, 20]);
    expect(q.ratio).toBeCloseTo(31 / 11, 10);
    expect(o.times).toEqual({ source: 'own', posts: 40, days: [2, 4], hours: [6, 12] });
    const w = outcomeWords(
      o,
      opts('en').t,
      (d) => ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday'][d]!,
    );
    expect(w.status).toBeNull();
    expect(w.findings).toHaveLength(3);
    expect(w.findings[0]).toBe(SENTENCE_Q);
    expect(w.findings).toContain(SENTENCE_TUE);
    expect(w.times).toBe(OWN_TIMES);
  });

  test('too little data: says so, claims nothing, and gives the published times for the platform', () => {
    const o = ownerOutcomes(owner(20).slice(0, 19), { timeZone: 'UTC', goals: DEFAULT_GOALS });
    expect(o.whatWorks.status).toBe('too-few');
    expect(o.times).toEqual({ source: 'published', posts: 0, days: [3], hours: [9, 15] });
    const w = outcomeWords(o, opts('en').t, (d) => ['Sunday', 'Monday', 'Tuesday', 'Wednesday'][d]!);
    expect(w).toEqual({ findings: [], status: TOO_FEW, times: PUBLISHED_X });
  });

  test('the best times are for the first focus platform, else the platform most posts are on', () => {
    const rs = owner(2);
    expect(mainPlatform(rs, { focusPlatforms: ['linkedin', 'x'] })).toBe('linkedin');
    expect(mainPlatform([...rs, post({ id: 'l', time: TUE })], { focusPlatforms: [] })).toBe('x');
    expect(mainPlatform([], { focusPlatforms: [] })).toBe('x');
  });
});

describe('the weekly summary and its exports carry what works', () => {
  test('enough data: Markdown, HTML, CSV and JSON', () => {
    const s = summaryOf(owner(20));
    const md = summaryToMarkdown(s, opts('en'));
    const esc = (x: string) => x.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`);
    expect(md).toContain(`## What works for you\n\n- ${esc(SENTENCE_Q)}\n`);
    expect(md).toContain(`- ${esc(SENTENCE_TUE)}`);
    expect(md).toContain(`- ${esc(OWN_TIMES)}\n`);
    const html = summaryToHtml(s, opts('en'));
    expect(html).toContain(`<h2>What works for you</h2>\n<ul><li>${SENTENCE_Q}</li>`);
    expect(html).toContain(`<li>${OWN_TIMES}</li></ul>`);
    const csv = summaryToCsv(s).trimEnd().split('\r\n');
    expect(csv.at(-6)!.startsWith('TOTAL,')).toBe(true);
    expect(csv.at(-5)).toBe('WHAT_WORKS,ok,40 posts with counts,at least 20,,,,,,,,,,');
    expect(csv.at(-4)).toBe('FINDING,question,true,2.82x,20 posts,20 others,2.82-2.82,,,,,,,');
    expect(csv.at(-1)).toBe('BEST_TIMES,own,2 4,6-12h,40 posts,,,,,,,,,');
    const json = JSON.parse(summaryToJson(s, TUE));
    expect(json.version).toBe(3);
    expect(json.whatWorks.status).toBe('ok');
    expect(json.whatWorks.postsWithCounts).toBe(40);
    expect(json.whatWorks.findings[0]).toEqual({
      feature: 'question',
      value: 'true',
      ratio: 2.818,
      n: 20,
      others: 20,
      median: 30,
      othersMedian: 10,
      interval: [2.818, 2.818],
      p: 0,
    });
    expect(json.whatWorks.bestTimes).toEqual({ source: 'own', posts: 40, days: [2, 4], hours: [6, 12] });
  });

  test('too little data: every export says so and lists no finding', () => {
    const s = summaryOf(owner(20).slice(0, 19));
    const md = summaryToMarkdown(s, opts('en'));
    expect(md).toContain(
      '## What works for you\n\n- Not enough posts with counts yet: 19 of 20\\. Until then, nothing is claimed\\.\n',
    );
    expect(summaryToHtml(s, opts('en'))).toContain(
      `<ul><li>${TOO_FEW}</li><li>${PUBLISHED_X.replace("'", '&#39;')}</li></ul>`,
    );
    const csv = summaryToCsv(s).trimEnd().split('\r\n');
    expect(csv.at(-2)).toBe('WHAT_WORKS,too-few,19 posts with counts,at least 20,,,,,,,,,,');
    expect(csv.at(-1)).toBe('BEST_TIMES,published,3,9-15h,0 posts,,,,,,,,,');
    expect(csv.some((l) => l.startsWith('FINDING,'))).toBe(false);
    const json = JSON.parse(summaryToJson(s, TUE));
    expect(json.whatWorks).toMatchObject({ status: 'too-few', postsWithCounts: 19, findings: [] });
  });

  test('Bengali: the section in Bengali words and digits', () => {
    const md = summaryToMarkdown(summaryOf(owner(20).slice(0, 19)), opts('bn'));
    expect(md).toContain(`## ${catalog('bn').outcome_card_title!.message}`);
    expect(md).toContain('২০টির মধ্যে ১৯টি');
  });

  test('a summary made without the counts prints no section', () => {
    const s = weeklySummary({
      week: WEEK,
      posts: [],
      previousPosts: [],
      goals: DEFAULT_GOALS,
      setupDone: true,
      kpis: [],
      earlierCounts: [],
    });
    expect(s.outcomes).toBeNull();
    expect(summaryToMarkdown(s, opts('en'))).not.toContain('What works');
    expect(summaryToCsv(s)).not.toContain('WHAT_WORKS');
    expect(JSON.parse(summaryToJson(s, TUE)).whatWorks).toBeNull();
  });
});

describe('the quality goal against the owner’s own median', () => {
  const qualities = (n: number, q: number) => Array.from({ length: n }, (_, i) => q + (i % 3) - 1);

  test('the general 70 until 20 posts, then the rounded median; the general goal when chosen', () => {
    expect(qualityGoalOf({ qualityGoal: 'own' }, qualities(19, 60))).toEqual({
      target: 70,
      source: 'general',
      posts: 0,
    });
    // 20 values: seven 59s, seven 60s, six 61s → median 60.
    expect(qualityGoalOf({ qualityGoal: 'own' }, qualities(20, 60))).toEqual({
      target: 60,
      source: 'own',
      posts: 20,
    });
    expect(qualityGoalOf({}, [55.5, 56, ...qualities(18, 56)])).toEqual({
      target: 56,
      source: 'own',
      posts: 20,
    });
    expect(qualityGoalOf({ qualityGoal: 'general' }, qualities(50, 60)).target).toBe(70);
  });

  test('the week’s quality verdict is held against that goal', () => {
    // This week's one post has quality 64: over an own median of 60, under the general 70.
    const own = summaryOf(owner(1), { target: 60, source: 'own', posts: 30 });
    expect(own.goalResults.find((g) => g.id === 'quality')).toMatchObject({
      value: 64,
      target: 60,
      verdict: 'met',
    });
    const general = summaryOf(owner(1));
    expect(general.goalResults.find((g) => g.id === 'quality')).toMatchObject({
      value: 64,
      target: 70,
      verdict: 'missed',
    });
    expect(JSON.parse(summaryToJson(own, TUE)).qualityGoal).toEqual({ target: 60, source: 'own', posts: 30 });
  });
});
