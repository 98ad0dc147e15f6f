// What the popup reads: one week's summary and the charts' series, through the time index
// and a key range (never the whole store). Streak counts use `count()` per earlier week.
import { shiftWeek, type Week, weekOf } from '../core/calendar';
import type { PostRecord, Settings } from '../core/model';
import type { OwnerOutcomes } from '../core/summary/outcome-words';
import { type DaySeries, perWeek, postsPerDay, type WeekSeries } from '../core/summary/series';
import {
  OWN_QUALITY_DAYS,
  type QualityTarget,
  qualityGoalOf,
  type WeeklySummary,
  weeklySummary,
} from '../core/summary/summary';
import { type Tile, tiles } from '../core/summary/tiles';
import type { DB } from '../storage/db';
import { countsBetween, kpisForWeeks, postsBetween } from '../storage/read';
import { send } from '../ui/messaging';

export interface WeekData {
  summary: WeeklySummary;
  tiles: Tile[];
}

export interface ScorecardData extends WeekData {
  perDay: DaySeries[];
  weeks: WeekSeries[];
}

/**
 * Up to a year of earlier weekly counts, most recent first, stopping at the first missed week:
 * `known` are counts already at hand; the rest are counted a quarter at a time.
 */
async function earlierCounts(db: DB, week: Week, known: number[], target: number): Promise<number[]> {
  const out: number[] = [];
  for (const c of known) {
    out.push(c);
    if (c < target) return out;
  }
  let w = shiftWeek(week, -(known.length + 1));
  while (out.length < 52) {
    const weeks: Week[] = [];
    for (let i = 0; i < 13; i++, w = shiftWeek(w, -1)) weeks.push(w);
    const counts = await countsBetween(
      db,
      weeks.map((x) => [x.start, x.end]),
    );
    for (const c of counts) {
      out.push(c);
      if (c < target) return out;
    }
  }
  return out;
}

/**
 * What the owner's own counts say, learned by the background (`outcomes/get`), which
 * runs the engine over the posts with counts so that the popup's bundle does not carry it.
 */
export function loadOutcomes(tz: string): Promise<OwnerOutcomes> {
  return send({ type: 'outcomes/get', timeZone: tz });
}

/** The quality goal for a week: the owner's median over the OWN_QUALITY_DAYS before it, or 70. */
export async function loadQualityGoal(db: DB, settings: Settings, weekStart: number): Promise<QualityTarget> {
  if (settings.goals.qualityGoal === 'general') return qualityGoalOf(settings.goals, []);
  const history = await postsBetween(db, weekStart - OWN_QUALITY_DAYS * 86_400_000, weekStart);
  return qualityGoalOf(
    settings.goals,
    history.map((p) => p.quality),
  );
}

/** A summary for the week holding `at` (this week by default), with what works for the owner. */
export async function loadWeek(
  db: DB,
  settings: Settings,
  at: number,
  now: number,
  tz: string,
): Promise<WeekData> {
  const week = weekOf(at, settings.goals.weekStart, tz);
  const prev = shiftWeek(week, -1);
  const [posts, kpis, quality, outcomes] = await Promise.all([
    postsBetween(db, prev.start, week.end),
    kpisForWeeks(db, [week.startDate, prev.startDate]),
    loadQualityGoal(db, settings, week.start),
    // Without them the summary still stands; its exports then leave the section out.
    loadOutcomes(tz).catch(() => null),
  ]);
  const split = posts.findIndex((p) => p.time >= week.start);
  const thisWeek = split < 0 ? [] : posts.slice(split);
  const lastWeek = split < 0 ? posts : posts.slice(0, split);
  const counts = await earlierCounts(db, week, [lastWeek.length], settings.goals.postsPerWeek);
  const t0 = performance.now();
  const data = finish(week, thisWeek, lastWeek, kpis, counts, settings, Math.min(now, week.end), {
    quality,
    outcomes,
  });
  performance.measure('postcoach:summary-compute', { start: t0, detail: { posts: thisWeek.length } });
  return data;
}

function finish(
  week: Week,
  thisWeek: WeeklySummary['posts'],
  lastWeek: WeeklySummary['posts'],
  kpis: Awaited<ReturnType<typeof kpisForWeeks>>,
  counts: number[],
  settings: Settings,
  now: number,
  extra: { quality: QualityTarget; outcomes?: OwnerOutcomes | null },
): WeekData {
  const summary = weeklySummary({
    ...extra,
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

/**
 * The scorecard: this week's summary and tiles, posts per day for 28 days, and four weeks of
 * intent mix and quality — one range query over the last 28 days or four weeks, whichever
 * reaches further back.
 */
export async function loadScorecard(
  db: DB,
  settings: Settings,
  now: number,
  tz: string,
): Promise<ScorecardData> {
  const counts = weeklyCounts(db, settings, now, tz);
  return scorecardFrom(await scorecardPosts(db, now), db, settings, now, tz, await counts);
}

/**
 * Post counts of the 52 weeks before this one (most recent first), for the streak: all in one
 * transaction and one round trip, started as soon as the settings are known.
 */
export function weeklyCounts(db: DB, settings: Settings, now: number, tz: string): Promise<number[]> {
  let w = weekOf(now, settings.goals.weekStart, tz);
  const ranges: [number, number][] = [];
  for (let i = 0; i < 52; i++) {
    w = shiftWeek(w, -1);
    ranges.push([w.start, w.end]);
  }
  return countsBetween(db, ranges);
}

/** The posts the scorecard needs: 35 days back covers four weeks whatever day they start on. */
export function scorecardPosts(db: DB, now: number): Promise<PostRecord[]> {
  return postsBetween(db, now - 35 * 86_400_000, now + 8 * 86_400_000);
}

export async function scorecardFrom(
  posts: PostRecord[],
  db: DB,
  settings: Settings,
  now: number,
  tz: string,
  /** From `weeklyCounts`. */
  earlier: number[],
): Promise<ScorecardData> {
  performance.mark('postcoach:posts');
  const week = weekOf(now, settings.goals.weekStart, tz);
  const weeks: Week[] = [];
  for (let i = -3; i <= 0; i++) weeks.push(shiftWeek(week, i));
  const prev = weeks[2]!;
  const kpis = kpisForWeeks(db, [week.startDate, prev.startDate]);
  const quality = loadQualityGoal(db, settings, week.start);
  const inRange = posts.filter((p) => p.time >= weeks[0]!.start && p.time < week.end);
  const series = perWeek(inRange, weeks);
  const thisWeek = inRange.filter((p) => p.time >= week.start);
  const lastWeek = inRange.filter((p) => p.time >= prev.start && p.time < week.start);
  const counts = earlier;
  const data = {
    ...finish(week, thisWeek, lastWeek, await kpis, counts, settings, now, { quality: await quality }),
    perDay: postsPerDay(posts, now, 28, tz),
    weeks: series,
  };
  performance.mark('postcoach:computed');
  return data;
}
