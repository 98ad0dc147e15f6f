// The weekly summary: one week's posts counted by platform, intent, kind and day, its medians,
// and each goal's verdict (summary/verdict.ts). Pure: no DOM, no browser API.

import { bucketOf, shiftWeek, type Week } from '../calendar';
import type { Goals, KpiEntry, PostRecord, SellingRule } from '../model';
import { RULE_MIX } from '../model';
import type { Intent, Kind, Platform, Reason } from '../types';
import { REASONS } from '../types';
import type { OwnerOutcomes } from './outcome-words';
import { inProgress, streakOf, type Verdict, verdict } from './verdict';

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export interface GoalResult {
  id: 'posts' | 'selling' | 'listening' | 'focus' | 'quality' | 'voice' | 'kpis';
  verdict: Verdict;
  /** `null` when there is nothing to measure (a share or a median of no posts). */
  value: number | null;
  target: number;
}

export interface WeekFigures {
  posts: number;
  sellingShare: number | null;
  qualityMedian: number | null;
  voiceMedian: number | null;
  activeDays: number;
}

export interface WeeklySummary {
  week: Week;
  goals: Goals;
  posts: PostRecord[];
  byPlatform: Partial<Record<Platform, number>>;
  byIntent: Record<Intent, number>;
  byKind: Record<Kind, number>;
  /** Posts per day of the week (seven numbers). */
  perDay: number[];
  activeDays: number;
  selling: { share: number | null; max: number; rule: SellingRule; verdict: Verdict };
  listeningShare: number | null;
  /** Replies and comments given (listening in action). */
  conversations: number;
  focusShare: number | null;
  qualityMedian: number | null;
  voiceMedian: number | null;
  composeMs: number;
  topNudges: { rule: string; reason: Reason; count: number }[];
  goalResults: GoalResult[];
  /** Weeks in a row at the post goal, ending with this one (see `streakOf`). */
  streak: number;
  kpis: { kpi: string; value: number | null; previous: number | null }[];
  previous: WeekFigures;
  change: {
    posts: number;
    sellingShare: number | null;
    qualityMedian: number | null;
    voiceMedian: number | null;
  };
  reasonScores: Record<Reason, number>;
  focus: Reason;
  /** The quality goal the week was held against, and where it came from (see `qualityGoalOf`). */
  quality: QualityTarget;
  /** What the owner's own counts say (the whole history, not only this week); null when not read. */
  outcomes: OwnerOutcomes | null;
}

export interface QualityTarget {
  target: number;
  /** `own`: the owner's median; `general`: the general 70 (chosen, or too little history yet). */
  source: 'own' | 'general';
  /** Posts the own median rests on (0 for the general goal). */
  posts: number;
}

export interface SummaryInput {
  week: Week;
  /** The week's records (any order). */
  posts: PostRecord[];
  /** The previous week's records. */
  previousPosts: PostRecord[];
  goals: Goals;
  setupDone: boolean;
  kpis: KpiEntry[];
  previousKpis?: KpiEntry[];
  /** Post counts of the weeks before this one, the most recent first (for the streak). */
  earlierCounts: number[];
  /** "Now", to pro-rate a week in progress; defaults to the week's end (a finished week). */
  now?: number;
  /** The quality goal (`qualityGoalOf`); the general QUALITY_GOAL when absent. */
  quality?: QualityTarget;
  outcomes?: OwnerOutcomes | null;
}

/** The most composing time one post adds to a week's total. */
export const COMPOSE_CAP_MS = 3_600_000;
export const QUALITY_GOAL = 70;
export const VOICE_GOAL = 70;
export const FOCUS_GOAL = 0.8;
/** Posts of history before the owner's own median quality replaces the general goal. */
export const OWN_QUALITY_MIN_POSTS = 20;
/** The history the own median is taken over: recent enough to be today's habit. */
export const OWN_QUALITY_DAYS = 90;

/**
 * The quality goal: under `own` (the default) the owner's median quality over their recent
 * history (the qualities of the posts before the week), rounded; the general QUALITY_GOAL until
 * there are OWN_QUALITY_MIN_POSTS of them, or when the owner chose the general goal.
 */
export function qualityGoalOf(goals: Pick<Goals, 'qualityGoal'>, history: readonly number[]): QualityTarget {
  if (goals.qualityGoal === 'general' || history.length < OWN_QUALITY_MIN_POSTS)
    return { target: QUALITY_GOAL, source: 'general', posts: 0 };
  return { target: Math.round(median([...history])!), source: 'own', posts: history.length };
}

function figures(posts: PostRecord[], bounds: number[]): WeekFigures {
  const days = new Set<number>();
  let selling = 0;
  for (const p of posts) {
    days.add(bucketOf(p.time, bounds));
    if (p.intent === 'selling') selling++;
  }
  days.delete(-1);
  return {
    posts: posts.length,
    sellingShare: posts.length ? selling / posts.length : null,
    qualityMedian: median(posts.map((p) => p.quality)),
    voiceMedian: median(posts.map((p) => p.voice)),
    activeDays: days.size,
  };
}

export function weeklySummary(input: SummaryInput): WeeklySummary {
  const { week, goals } = input;
  const posts = [...input.posts].sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : 1));
  const byPlatform: Partial<Record<Platform, number>> = {};
  const byIntent: Record<Intent, number> = { selling: 0, listening: 0, sharing: 0 };
  const byKind: Record<Kind, number> = { post: 0, reply: 0, comment: 0 };
  const perDay = [0, 0, 0, 0, 0, 0, 0];
  const nudges = new Map<string, { rule: string; reason: Reason; count: number }>();
  const focus = new Set(goals.focusPlatforms);
  let onFocus = 0;
  let composeMs = 0;
  for (const p of posts) {
    byPlatform[p.platform] = (byPlatform[p.platform] ?? 0) + 1;
    byIntent[p.intent]++;
    byKind[p.kind]++;
    const d = bucketOf(p.time, week.days);
    if (d >= 0) perDay[d]!++;
    if (focus.has(p.platform)) onFocus++;
    // A draft left open overnight is not an evening of writing: at most an hour counts per post.
    composeMs += Math.min(p.composeMs ?? 0, COMPOSE_CAP_MS);
    for (const f of p.findings) {
      const n = nudges.get(f.rule);
      if (n) n.count++;
      else nudges.set(f.rule, { rule: f.rule, reason: f.reason, count: 1 });
    }
  }
  const n = posts.length;
  const mix = RULE_MIX[goals.sellingRule];
  const sellingShare = n ? byIntent.selling / n : null;
  const listeningShare = n ? byIntent.listening / n : null;
  const focusShare = n && focus.size ? onFocus / n : null;
  const qualityMedian = median(posts.map((p) => p.quality));
  const voiceMedian = median(posts.map((p) => p.voice));
  const activeDays = perDay.filter((c) => c > 0).length;
  const topNudges = [...nudges.values()]
    .sort((a, b) => b.count - a.count || (a.rule < b.rule ? -1 : 1))
    .slice(0, 3);

  const kpiNow = new Map(input.kpis.filter((k) => k.week === week.startDate).map((k) => [k.kpi, k.value]));
  const kpiPrev = new Map((input.previousKpis ?? []).map((k) => [k.kpi, k.value]));
  const kpis = goals.kpis.map((kpi) => ({
    kpi,
    value: kpiNow.get(kpi) ?? null,
    previous: kpiPrev.get(kpi) ?? null,
  }));
  const kpisLogged = kpis.filter((k) => k.value !== null).length;

  // Every goal through the one verdict: a share or median of no posts is "no data", not 0.
  const now = input.now ?? week.end;
  const judge = (
    id: GoalResult['id'],
    value: number | null,
    target: number,
    direction: 'atLeast' | 'atMost' = 'atLeast',
  ): GoalResult => ({
    id,
    value,
    target,
    verdict: verdict({
      value,
      target,
      direction,
      inProgress: inProgress(week.end, now),
      setupDone: input.setupDone,
    }),
  });
  const goalResults: GoalResult[] = [
    judge('posts', n, goals.postsPerWeek),
    judge('selling', sellingShare, mix.sellingMax, 'atMost'),
  ];
  if (mix.listeningMin > 0) goalResults.push(judge('listening', listeningShare, mix.listeningMin));
  if (focus.size) goalResults.push(judge('focus', focusShare, FOCUS_GOAL));
  const quality = input.quality ?? { target: QUALITY_GOAL, source: 'general', posts: 0 };
  goalResults.push(judge('quality', qualityMedian, quality.target), judge('voice', voiceMedian, VOICE_GOAL));
  if (goals.kpis.length) goalResults.push(judge('kpis', kpisLogged, goals.kpis.length));

  const previous = figures(input.previousPosts, shiftWeek(week, -1).days);
  const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : round1(a - b));

  // How well each reason is doing this week, 0 (worst) … 1; the weakest becomes next week's focus.
  const elapsed = Math.min(1, Math.max(1 / 7, (now - week.start) / (week.end - week.start)));
  const sellingScore =
    sellingShare === null
      ? 0.5
      : sellingShare <= mix.sellingMax
        ? 1
        : Math.max(0, mix.sellingMax / sellingShare);
  const listeningScore =
    mix.listeningMin > 0 && listeningShare !== null
      ? Math.min(sellingScore, Math.min(1, listeningShare / mix.listeningMin))
      : sellingScore;
  const reasonScores: Record<Reason, number> = {
    plan: (input.setupDone ? 0.5 : 0) + (goals.kpis.length ? (0.5 * kpisLogged) / goals.kpis.length : 0.5),
    content: qualityMedian === null ? 0.5 : qualityMedian / 100,
    audience: focus.size ? (focusShare ?? 0.5) : 0.5,
    voice: voiceMedian === null ? 0.5 : voiceMedian / 100,
    listening: listeningScore,
    commitment: Math.min(1, n / Math.max(1, goals.postsPerWeek * elapsed)),
  };
  let weakest: Reason = 'commitment';
  if (n > 0) {
    for (const r of REASONS) if (reasonScores[r] < reasonScores[weakest] - 1e-9) weakest = r;
  }

  return {
    week,
    goals,
    posts,
    byPlatform,
    byIntent,
    byKind,
    perDay,
    activeDays,
    selling: {
      share: sellingShare,
      max: mix.sellingMax,
      rule: goals.sellingRule,
      verdict: goalResults[1]!.verdict,
    },
    listeningShare,
    conversations: byKind.reply + byKind.comment,
    focusShare,
    qualityMedian,
    voiceMedian,
    composeMs,
    topNudges,
    goalResults,
    streak: streakOf(goalResults[0]!.verdict, input.earlierCounts, goals.postsPerWeek),
    kpis,
    previous,
    change: {
      posts: n - previous.posts,
      sellingShare: diff(
        sellingShare === null ? null : sellingShare * 100,
        previous.sellingShare === null ? null : previous.sellingShare * 100,
      ),
      qualityMedian: diff(qualityMedian, previous.qualityMedian),
      voiceMedian: diff(voiceMedian, previous.voiceMedian),
    },
    reasonScores,
    focus: weakest,
    quality,
    outcomes: input.outcomes ?? null,
  };
}
