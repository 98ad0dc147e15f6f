import { describe, expect, test } from 'vitest';
import { addDays, bucketOf, shiftWeek, startOfDay, weekFrom, weekOf, zoned } from '../../src/core/calendar';
import type { KpiEntry, PostRecord } from '../../src/core/model';
import { DEFAULT_GOALS, type Goals } from '../../src/core/model';
import { perWeek, postsPerDay } from '../../src/core/summary/series';
import { median, weeklySummary } from '../../src/core/summary/summary';
import { tiles } from '../../src/core/summary/tiles';
import { streakOf } from '../../src/core/summary/verdict';
import { history, post } from './habits-fixtures';

const H = 3_600_000;
const DAY = 24 * H;

describe('weeks in a time zone', () => {
  test('UTC, Monday and Sunday starts', () => {
    const t = Date.UTC(2026, 10, 26, 12); // Thursday
    const mon = weekOf(t, 1, 'UTC');
    expect(mon.startDate).toBe('2026-11-23');
    expect(mon.endDate).toBe('2026-11-29');
    expect(mon.start).toBe(Date.UTC(2026, 10, 23));
    expect(mon.end - mon.start).toBe(7 * DAY);
    const sun = weekOf(t, 0, 'UTC');
    expect(sun.startDate).toBe('2026-11-22');
    const sat = weekOf(t, 6, 'UTC');
    expect(sat.startDate).toBe('2026-11-21');
    // The first instant of a week belongs to it; the last ms of the previous does not.
    expect(weekOf(mon.start, 1, 'UTC').startDate).toBe('2026-11-23');
    expect(weekOf(mon.start - 1, 1, 'UTC').startDate).toBe('2026-11-16');
  });

  test('a week across the spring DST change has seven days and 167 hours (New York)', () => {
    // 2026-03-08 02:00 EST → 03:00 EDT
    const w = weekOf(Date.UTC(2026, 2, 5, 15), 1, 'America/New_York');
    expect(w.startDate).toBe('2026-03-02');
    expect(w.endDate).toBe('2026-03-08');
    expect(w.start).toBe(Date.UTC(2026, 2, 2, 5)); // midnight EST
    expect(w.end).toBe(Date.UTC(2026, 2, 9, 4)); // midnight EDT
    expect((w.end - w.start) / H).toBe(167);
    expect(w.days).toHaveLength(8);
    const lengths = w.days.slice(1).map((d, i) => (d - w.days[i]!) / H);
    expect(lengths).toEqual([24, 24, 24, 24, 24, 24, 23]);
    expect(shiftWeek(w, 1).start).toBe(w.end);
    expect(shiftWeek(w, 1).end - shiftWeek(w, 1).start).toBe(7 * DAY);
  });

  test('a week across the autumn DST change has seven days and 169 hours (London, Sunday start)', () => {
    // 2026-10-25 02:00 BST → 01:00 GMT
    const w = weekOf(Date.UTC(2026, 9, 27, 9), 0, 'Europe/London');
    expect(w.startDate).toBe('2026-10-25');
    expect((w.end - w.start) / H).toBe(167 + 1 + 0 + 1); // 169
    expect(new Set(w.days.slice(0, 7).map((d) => zoned(d, 'Europe/London').d)).size).toBe(7);
    for (const d of w.days) expect(zoned(d, 'Europe/London').h).toBe(0);
  });

  test('where DST skips midnight the day starts at the first instant that exists (Santiago)', () => {
    const tz = 'America/Santiago';
    for (let m = 0; m < 12; m++) {
      for (let d = 1; d <= 28; d++) {
        const day = { y: 2026, m: m + 1, d };
        const s = startOfDay(day, tz);
        const z = zoned(s, tz);
        expect([z.y, z.m, z.d]).toEqual([2026, m + 1, d]);
        const before = zoned(s - 1000, tz);
        expect(before.d).not.toBe(d);
      }
    }
  });

  test('every instant of a year falls in a seven-day week that holds it, in many zones', () => {
    const zones = [
      'UTC',
      'Asia/Dhaka',
      'Asia/Kolkata',
      'Pacific/Chatham',
      'America/New_York',
      'Europe/London',
      'Australia/Lord_Howe',
      'America/Santiago',
    ];
    for (const tz of zones) {
      for (let k = 0; k < 120; k++) {
        const t = Date.UTC(2026, 0, 1) + k * 3.1 * DAY + (k % 24) * H;
        for (const ws of [0, 1, 6] as const) {
          const w = weekOf(t, ws, tz);
          expect(t).toBeGreaterThanOrEqual(w.start);
          expect(t).toBeLessThan(w.end);
          expect(zoned(w.start, tz).wd).toBe(ws);
          const days = w.days.slice(0, 7).map((d) => zoned(d, tz));
          expect(new Set(days.map((d) => `${d.m}-${d.d}`)).size).toBe(7);
          const hours = (w.end - w.start) / H;
          expect(hours).toBeGreaterThanOrEqual(167);
          expect(hours).toBeLessThanOrEqual(169);
        }
      }
    }
  });

  test('Dhaka (UTC+6): a post at 23:30 local Sunday belongs to the week that ends that Sunday', () => {
    const t = Date.UTC(2026, 10, 29, 17, 30); // Sunday 23:30 in Dhaka
    expect(weekOf(t, 1, 'Asia/Dhaka').startDate).toBe('2026-11-23');
    expect(weekOf(t + H, 1, 'Asia/Dhaka').startDate).toBe('2026-11-30');
    // The same instant is Sunday 17:30 in UTC: same week there too, but a Sunday-start week differs.
    expect(weekOf(t, 0, 'UTC').startDate).toBe('2026-11-29');
  });

  test('process.env.TZ does not change results computed with an explicit zone', () => {
    const before = weekOf(Date.UTC(2026, 5, 3), 1, 'Asia/Dhaka');
    const old = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(weekOf(Date.UTC(2026, 5, 3), 1, 'Asia/Dhaka')).toEqual(before);
    } finally {
      process.env.TZ = old;
    }
  });

  test('calendar helpers', () => {
    expect(addDays({ y: 2024, m: 2, d: 28 }, 1)).toEqual({ y: 2024, m: 2, d: 29 });
    expect(addDays({ y: 2026, m: 1, d: 1 }, -1)).toEqual({ y: 2025, m: 12, d: 31 });
    const w = weekFrom({ y: 2026, m: 12, d: 28 }, 1, 'UTC');
    expect(w.endDate).toBe('2027-01-03');
    expect(bucketOf(w.start, w.days)).toBe(0);
    expect(bucketOf(w.end - 1, w.days)).toBe(6);
    expect(bucketOf(w.end, w.days)).toBe(-1);
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(streakOf('met', [3, 4, 1, 5], 3)).toBe(3);
    // Not yet met while the week runs: the earlier run stands, this week is not counted.
    expect(streakOf('pending', [3, 4, 1], 3)).toBe(2);
    // A finished week that missed ends the run: "weeks in a row" is 0, not the old run.
    expect(streakOf('missed', [3, 4, 1], 3)).toBe(0);
    expect(streakOf('unset', [3, 4], 3)).toBe(0);
  });
});

// ---- histories ----------------------------------------------------------------------------

const END = Date.UTC(2026, 10, 30); // Monday 2026-11-30 00:00 UTC: twelve whole Monday weeks before it
const NOW = END - 1; // the end of the last week

/** An independent computation of one week's figures from the raw records (UTC, Monday weeks). */
function independent(posts: PostRecord[], weekIndexFromEnd: number) {
  const start = END - (weekIndexFromEnd + 1) * 7 * DAY;
  const inWeek = posts.filter((p) => p.time >= start && p.time < start + 7 * DAY);
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const med = (xs: number[]) => {
    const s = sorted(xs);
    if (!s.length) return null;
    return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  };
  const days = new Set(inWeek.map((p) => Math.floor((p.time - start) / DAY)));
  return {
    posts: inWeek,
    count: inWeek.length,
    selling: inWeek.filter((p) => p.intent === 'selling').length,
    listening: inWeek.filter((p) => p.intent === 'listening').length,
    quality: med(inWeek.map((p) => p.quality)),
    voice: med(inWeek.map((p) => p.voice)),
    activeDays: days.size,
    replies: inWeek.filter((p) => p.kind !== 'post').length,
  };
}

function summarize(posts: PostRecord[], goals: Goals, kpis: KpiEntry[] = [], setupDone = true) {
  const week = weekOf(NOW, 1, 'UTC');
  const prev = shiftWeek(week, -1);
  const earlier: number[] = [];
  for (let i = 1; i < 12; i++) earlier.push(independent(posts, i).count);
  const s = weeklySummary({
    week,
    posts: posts.filter((p) => p.time >= week.start && p.time < week.end),
    previousPosts: posts.filter((p) => p.time >= prev.start && p.time < prev.end),
    goals,
    setupDone,
    kpis,
    earlierCounts: earlier,
    now: NOW,
  });
  return { s, tiles: tiles(s, setupDone, NOW) };
}

describe('habits on realistic histories', () => {
  test('the seller: selling far above 80/20, listening off track, focus is listening', () => {
    const posts = history('seller', END);
    const goals: Goals = { ...DEFAULT_GOALS, postsPerWeek: 5, focusPlatforms: ['instagram', 'facebook'] };
    const { s, tiles: t } = summarize(posts, goals);
    const ind = independent(posts, 0);
    expect(s.posts.length).toBe(ind.count);
    expect(s.byIntent.selling).toBe(ind.selling);
    expect(s.selling.share).toBeCloseTo(ind.selling / ind.count, 10);
    expect(s.selling.share!).toBeGreaterThan(0.3);
    expect(s.selling.verdict).toBe('pending');
    expect(s.qualityMedian).toBe(ind.quality);
    expect(s.voiceMedian).toBe(ind.voice);
    expect(s.focusShare).toBe(1);
    const byReason = Object.fromEntries(t.map((x) => [x.reason, x.status]));
    expect(byReason.listening).toBe('off');
    expect(byReason.commitment).toBe('on');
    expect(byReason.audience).toBe('on');
    expect(s.focus).toBe('listening');
    // Every week of 12 met 5 posts: a 12-week streak.
    expect(s.streak).toBe(12);
    expect(s.topNudges[0]).toEqual({ rule: 'buzzwords', reason: 'voice', count: ind.count });
    expect(s.topNudges.map((n) => n.rule)).toContain('selling');
    expect(s.goalResults.find((g) => g.id === 'selling')!.verdict).toBe('pending');
    expect(s.goalResults.find((g) => g.id === 'posts')!.verdict).toBe('met');
  });

  test('the dabbler: bursts then silence; commitment off track and the focus', () => {
    const posts = history('dabbler', END);
    const goals: Goals = { ...DEFAULT_GOALS, postsPerWeek: 3, focusPlatforms: ['linkedin'] };
    // The last week (index 11) is a silent week: 11 % 3 != 0.
    const { s, tiles: t } = summarize(posts, goals);
    expect(s.posts.length).toBe(0);
    expect(independent(posts, 0).count).toBe(0);
    expect(Object.fromEntries(t.map((x) => [x.reason, x.status]))).toMatchObject({
      commitment: 'off',
      content: 'empty',
      voice: 'empty',
      listening: 'empty',
    });
    expect(s.streak).toBe(0);
    expect(s.focus).toBe('commitment');
    // Previous weeks: the change is computed against an independent count.
    expect(s.change.posts).toBe(0 - independent(posts, 1).count);
    // A burst week: all posts on one day → one active day.
    const burstWeek = weekOf(END - 3 * 7 * DAY + DAY, 1, 'UTC'); // week index 9 (9 % 3 == 0)
    const inBurst = posts.filter((p) => p.time >= burstWeek.start && p.time < burstWeek.end);
    expect(inBurst.length).toBeGreaterThanOrEqual(2);
    const b = weeklySummary({
      week: burstWeek,
      posts: inBurst,
      previousPosts: [],
      goals,
      setupDone: true,
      kpis: [],
      earlierCounts: [],
    });
    expect(b.activeDays).toBe(1);
    expect(b.focusShare).toBe(0);
    expect(tiles(b, true, burstWeek.end).find((x) => x.reason === 'audience')!.status).toBe('off');
  });

  test('the steady listener: everything on track, KPIs logged, long streak', () => {
    const posts = history('listener', END);
    const goals: Goals = {
      ...DEFAULT_GOALS,
      postsPerWeek: 4,
      focusPlatforms: ['linkedin', 'mastodon'],
      kpis: ['followers', 'enquiries'],
    };
    const week = weekOf(NOW, 1, 'UTC');
    const kpis: KpiEntry[] = [
      { week: week.startDate, kpi: 'followers', value: 412, time: NOW },
      { week: week.startDate, kpi: 'enquiries', value: 6, time: NOW },
    ];
    const { s, tiles: t } = summarize(posts, goals, kpis);
    const ind = independent(posts, 0);
    expect(s.posts.length).toBe(ind.count);
    expect(s.conversations).toBe(ind.replies);
    expect(s.activeDays).toBe(ind.activeDays);
    expect(t.every((x) => x.status === 'on')).toBe(true);
    expect(s.kpis).toEqual([
      { kpi: 'followers', value: 412, previous: null },
      { kpi: 'enquiries', value: 6, previous: null },
    ]);
    expect(s.streak).toBe(12);
    expect(s.goalResults.every((g) => g.verdict === 'met')).toBe(true);
  });

  test('KPIs not logged make plan need attention; before setup every tile is neutral "not set"', () => {
    const posts = history('listener', END);
    const goals: Goals = { ...DEFAULT_GOALS, kpis: ['followers'] };
    expect(summarize(posts, goals).tiles[0]).toEqual({ reason: 'plan', status: 'attention' });
    const before = summarize(posts, goals, [], false);
    expect(before.tiles.map((x) => x.status)).toEqual(['unset', 'unset', 'unset', 'unset', 'unset', 'unset']);
    expect(before.s.goalResults.map((g) => g.verdict)).toEqual(before.s.goalResults.map(() => 'unset'));
    expect(before.s.streak).toBe(0);
    // The figures are still there: only the judgement waits for goals.
    expect(before.s.posts.length).toBe(independent(posts, 0).count);
  });

  test('a brand-new user (no setup, no posts) sees no red tile and no missed goal', () => {
    const { s, tiles: t } = summarize([], DEFAULT_GOALS, [], false);
    expect(t.some((x) => x.status === 'off' || x.status === 'attention')).toBe(false);
    expect(s.goalResults.some((g) => g.verdict === 'missed' || g.verdict === 'pending')).toBe(false);
  });

  test('rules: 4-1-1, 5-3-2 and thirds hold the same mix differently', () => {
    const week = weekOf(NOW, 1, 'UTC');
    const mk = (selling: number, listening: number, sharing: number) => {
      const out: PostRecord[] = [];
      let i = 0;
      for (const [intent, n] of [
        ['selling', selling],
        ['listening', listening],
        ['sharing', sharing],
      ] as const) {
        for (let k = 0; k < n; k++) out.push(post({ id: `m${i}`, time: week.start + i++ * H, intent }));
      }
      return out;
    };
    const posts = mk(3, 2, 5); // 30% selling, 20% listening
    const status = (rule: Goals['sellingRule']) => {
      const s = weeklySummary({
        week,
        posts,
        previousPosts: [],
        goals: { ...DEFAULT_GOALS, sellingRule: rule },
        setupDone: true,
        kpis: [],
        earlierCounts: [],
      });
      return tiles(s, true, week.end).find((x) => x.reason === 'listening')!.status;
    };
    expect(status('80-20')).toBe('attention'); // 30% vs 20%: within 10 points
    expect(status('4-1-1')).toBe('off'); // 30% vs 16.7%
    expect(status('5-3-2')).toBe('on'); // ≤ 30% selling, ≥ 20% listening
    expect(status('thirds')).toBe('attention'); // selling fine, listening 20% < 33%
  });

  test('a week in progress is pro-rated: two posts by Wednesday meet a target of five', () => {
    const week = weekOf(NOW, 1, 'UTC');
    const wed = week.start + 2.5 * DAY;
    const posts = [post({ id: 'a', time: week.start + H }), post({ id: 'b', time: week.start + DAY + H })];
    const s = weeklySummary({
      week,
      posts,
      previousPosts: [],
      goals: { ...DEFAULT_GOALS, postsPerWeek: 5 },
      setupDone: true,
      kpis: [],
      earlierCounts: [],
      now: wed,
    });
    expect(tiles(s, true, wed).find((x) => x.reason === 'commitment')!.status).toBe('on');
    expect(tiles(s, true, week.end).find((x) => x.reason === 'commitment')!.status).toBe('attention');
  });

  test('composing time: at most an hour counts per post (a draft left open overnight)', () => {
    const week = weekOf(NOW, 1, 'UTC');
    const posts = [
      post({ id: 'quick', time: week.start + H, composeMs: 90_000 }),
      post({ id: 'overnight', time: week.start + 2 * H, composeMs: 14 * H }),
    ];
    const s = weeklySummary({
      week,
      posts,
      previousPosts: [],
      goals: DEFAULT_GOALS,
      setupDone: true,
      kpis: [],
      earlierCounts: [],
    });
    expect(s.composeMs).toBe(90_000 + H);
  });

  test('chart series: posts per day over 28 days and per-week mix match an independent count', () => {
    const posts = history('seller', END);
    const days = postsPerDay(posts, NOW, 28, 'UTC');
    expect(days).toHaveLength(28);
    expect(days[27]!.day).toBe('2026-11-29');
    for (const d of days) {
      const start = Date.parse(`${d.day}T00:00:00Z`);
      expect(d.count).toBe(posts.filter((p) => p.time >= start && p.time < start + DAY).length);
    }
    const week = weekOf(NOW, 1, 'UTC');
    const weeks = [-3, -2, -1, 0].map((n) => shiftWeek(week, n));
    const series = perWeek(posts, weeks);
    series.forEach((w, i) => {
      const ind = independent(posts, 3 - i);
      expect(w.posts).toBe(ind.count);
      expect(w.mix.selling).toBe(ind.selling);
      expect(w.qualityMedian).toBe(ind.quality);
    });
  });
});

describe('one verdict (met / not yet / missed / no data) at the week boundaries', () => {
  const goals: Goals = { ...DEFAULT_GOALS, postsPerWeek: 3 };
  const judge = (
    week: ReturnType<typeof weekOf>,
    times: number[],
    now: number,
    earlierCounts: number[] = [],
  ) => {
    const s = weeklySummary({
      week,
      posts: times
        .filter((t) => t >= week.start && t < week.end)
        .map((time, i) => post({ id: `p${i}`, time, intent: 'sharing', quality: 80, voice: 80 })),
      previousPosts: [],
      goals,
      setupDone: true,
      kpis: [],
      earlierCounts,
      now,
    });
    const byId = Object.fromEntries(s.goalResults.map((g) => [g.id, g.verdict]));
    return { s, byId, commitment: tiles(s, true, now).find((x) => x.reason === 'commitment')!.status };
  };

  test('Dhaka (UTC+6): Sunday 23:59:59 local is last week, Monday 00:00 local is this week', () => {
    const week = weekOf(Date.UTC(2026, 10, 25, 6), 1, 'Asia/Dhaka');
    // Written out: Monday 23 Nov 00:00 in Dhaka is 22 Nov 18:00 UTC; the week ends 29 Nov 18:00 UTC.
    expect(week.start).toBe(Date.UTC(2026, 10, 22, 18));
    expect(week.end).toBe(Date.UTC(2026, 10, 29, 18));
    const two = [Date.UTC(2026, 10, 24, 9), Date.UTC(2026, 10, 26, 9)];
    const late = judge(week, [...two, Date.UTC(2026, 10, 22, 17, 59, 59)], week.end, [3, 3]);
    expect(late.s.posts.length).toBe(2);
    expect(late.byId.posts).toBe('missed');
    expect(late.s.streak).toBe(0);
    expect(late.commitment).toBe('off');
    const onTime = judge(week, [...two, Date.UTC(2026, 10, 22, 18)], week.end, [3, 3]);
    expect(onTime.byId.posts).toBe('met');
    expect(onTime.s.streak).toBe(3);
    expect(onTime.commitment).toBe('on');
  });

  test('the last millisecond of a week is "not yet"; its end instant is "missed"', () => {
    const week = weekOf(Date.UTC(2026, 10, 25, 6), 1, 'Asia/Dhaka');
    const one = [Date.UTC(2026, 10, 24, 9)];
    expect(judge(week, one, Date.UTC(2026, 10, 29, 17, 59, 59, 999), [3]).byId.posts).toBe('pending');
    expect(judge(week, one, Date.UTC(2026, 10, 29, 17, 59, 59, 999), [3]).s.streak).toBe(1);
    expect(judge(week, one, Date.UTC(2026, 10, 29, 18), [3]).byId.posts).toBe('missed');
    expect(judge(week, one, Date.UTC(2026, 10, 29, 18), [3]).s.streak).toBe(0);
  });

  test('New York, the week the clocks go back: the 169-hour week ends at 05:00 UTC, not 04:00', () => {
    // Sunday weeks; DST ends Sunday 1 Nov 2026, so the week starts in EDT and ends in EST.
    const week = weekOf(Date.UTC(2026, 10, 4, 12), 0, 'America/New_York');
    expect(week.start).toBe(Date.UTC(2026, 10, 1, 4));
    expect(week.end).toBe(Date.UTC(2026, 10, 8, 5));
    // Saturday 23:30 EST is 04:30 UTC on the 8th: still this week.
    const times = [Date.UTC(2026, 10, 2, 15), Date.UTC(2026, 10, 4, 15), Date.UTC(2026, 10, 8, 4, 30)];
    expect(judge(week, times, Date.UTC(2026, 10, 8, 4, 59)).byId.posts).toBe('met');
    expect(judge(week, times.slice(0, 2), Date.UTC(2026, 10, 8, 4, 59)).byId.posts).toBe('pending');
    expect(judge(week, times.slice(0, 2), Date.UTC(2026, 10, 8, 5)).byId.posts).toBe('missed');
  });

  test('an empty finished week: the posts goal is missed, shares and medians have no data', () => {
    const week = weekOf(Date.UTC(2026, 10, 25), 1, 'UTC');
    const { s, byId } = judge(week, [], week.end);
    expect(byId).toEqual({ posts: 'missed', selling: 'nodata', quality: 'nodata', voice: 'nodata' });
    expect(s.selling.verdict).toBe('nodata');
    expect(s.goalResults.find((g) => g.id === 'quality')!.value).toBeNull();
  });

  test('a ratio over its limit mid-week is "not yet" and the same figure after the week is "missed"', () => {
    const week = weekOf(Date.UTC(2026, 10, 25), 1, 'UTC');
    const mk = (now: number) =>
      weeklySummary({
        week,
        posts: [0, 1, 2, 3, 4].map((i) =>
          post({ id: `s${i}`, time: week.start + i * DAY, intent: i < 3 ? 'selling' : 'sharing' }),
        ),
        previousPosts: [],
        goals,
        setupDone: true,
        kpis: [],
        earlierCounts: [],
        now,
      }).goalResults.find((g) => g.id === 'selling')!;
    expect(mk(week.start + 5 * DAY)).toMatchObject({ verdict: 'pending', value: 0.6, target: 0.2 });
    expect(mk(week.end)).toMatchObject({ verdict: 'missed', value: 0.6 });
  });
});
