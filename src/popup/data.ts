// What the popup reads: one week's summary and the charts' series, through the time index
// and a key range (never the whole store). Streak counts use `count()` per earlier week.
import {
  type DaySeries,
  perWeek,
  postsPerDay,
  shiftWeek,
  type Tile,
  tiles,
  type Week,
  type WeeklySummary,
  type WeekSeries,
  weeklySummary,
  weekOf,
} from '../core/habits';
import { countBetween, type DB, kpisForWeeks, postsBetween } from '../storage/db';
import type { Settings } from '../storage/goals';

export interface WeekData {
  summary: WeeklySummary;
  tiles: Tile[];
}

export interface ScorecardData extends WeekData {
  perDay: DaySeries[];
  weeks: WeekSeries[];
}

/** Up to a year of earlier weekly counts, most recent first, stopping at the first missed week. */
async function earlierCounts(db: DB, week: Week, known: number[], target: number): Promise<number[]> {
  const out: number[] = [];
  for (const c of known) {
    out.push(c);
    if (c < target) return out;
  }
  let w = shiftWeek(week, -(known.length + 1));
  for (let batch = 0; batch < 6 && out.length < 52; batch++) {
    const weeks: Week[] = [];
    for (let i = 0; i < 8; i++, w = shiftWeek(w, -1)) weeks.push(w);
    const counts = await Promise.all(weeks.map((x) => countBetween(db, x.start, x.end)));
    for (const c of counts) {
      out.push(c);
      if (c < target) return out;
    }
  }
  return out;
}

/** A summary for the week holding `at` (this week by default). */
export async function loadWeek(
  db: DB,
  settings: Settings,
  at: number,
  now: number,
  tz: string,
): Promise<WeekData> {
  const week = weekOf(at, settings.goals.weekStart, tz);
  const prev = shiftWeek(week, -1);
  const [posts, kpis] = await Promise.all([
    postsBetween(db, prev.start, week.end),
    kpisForWeeks(db, [week.startDate, prev.startDate]),
  ]);
  const split = posts.findIndex((p) => p.time >= week.start);
  const thisWeek = split < 0 ? [] : posts.slice(split);
  const lastWeek = split < 0 ? posts : posts.slice(0, split);
  const counts = await earlierCounts(db, week, [lastWeek.length], settings.goals.postsPerWeek);
  return finish(week, thisWeek, lastWeek, kpis, counts, settings, Math.min(now, week.end));
}

function finish(
  week: Week,
  thisWeek: WeeklySummary['posts'],
  lastWeek: WeeklySummary['posts'],
  kpis: Awaited<ReturnType<typeof kpisForWeeks>>,
  counts: number[],
  settings: Settings,
  now: number,
): WeekData {
  const summary = weeklySummary({
    week,
    posts: thisWeek,
    previousPosts: lastWeek,
    goals: settings.goals,
    setupDone: settings.setupDone,
    kpis: kpis.filter((k) => k.week === week.startDate),
    previousKpis: kpis.filter((k) => k.week === shiftWeek(week, -1).startDate),
    earlierCounts: counts,
    now,
  });
  return { summary, tiles: tiles(summary, settings.setupDone, now) };
}

/** The scorecard: this week's summary and tiles, posts per day for 28 days, eight weeks of mix and quality. */
export async function loadScorecard(
  db: DB,
  settings: Settings,
  now: number,
  tz: string,
): Promise<ScorecardData> {
  const week = weekOf(now, settings.goals.weekStart, tz);
  const weeks: Week[] = [];
  for (let i = -7; i <= 0; i++) weeks.push(shiftWeek(week, i));
  const first = weeks[0]!;
  const prev = weeks[6]!;
  const [posts, kpis] = await Promise.all([
    postsBetween(db, first.start, week.end),
    kpisForWeeks(db, [week.startDate, prev.startDate]),
  ]);
  const series = perWeek(posts, weeks);
  const thisWeek = posts.filter((p) => p.time >= week.start);
  const lastWeek = posts.filter((p) => p.time >= prev.start && p.time < week.start);
  const known = series
    .slice(0, 7)
    .reverse()
    .map((s) => s.posts);
  const counts = await earlierCounts(db, week, known, settings.goals.postsPerWeek);
  return {
    ...finish(week, thisWeek, lastWeek, kpis, counts, settings, now),
    perDay: postsPerDay(posts, now, 28, tz),
    weeks: series,
  };
}
