// The versioned JSON export of a weekly summary.
import type { WeeklySummary } from '../summary/summary';
import { pct } from './common';

export const SUMMARY_FORMAT = 'postcoach.weekly-summary';
// 2: goals carry a `verdict` (met / pending / missed / nodata / unset) instead of `met`, and a
// figure with nothing to measure is null instead of 0.
// 3: + `qualityGoal` (the target and whether it is the owner's own median) and `whatWorks` (the
// findings from the owner's own counts, the best times; null when the counts were not read).
export const SUMMARY_VERSION = 3;

/** The versioned JSON export: plain data, machine-readable, language-neutral. */
export function summaryToJson(s: WeeklySummary, generated = Date.now()): string {
  return JSON.stringify(
    {
      format: SUMMARY_FORMAT,
      version: SUMMARY_VERSION,
      generated: new Date(generated).toISOString(),
      week: {
        start: new Date(s.week.start).toISOString(),
        end: new Date(s.week.end).toISOString(),
        startDate: s.week.startDate,
        endDate: s.week.endDate,
        weekStart: s.week.weekStart,
        timeZone: s.week.timeZone,
      },
      goals: s.goals,
      totals: {
        posts: s.posts.length,
        byPlatform: s.byPlatform,
        byIntent: s.byIntent,
        byKind: s.byKind,
        perDay: s.perDay,
        activeDays: s.activeDays,
        conversations: s.conversations,
        composeMinutes: Math.round(s.composeMs / 6000) / 10,
      },
      selling: {
        sharePct: pct(s.selling.share),
        maxPct: pct(s.selling.max),
        rule: s.selling.rule,
        verdict: s.selling.verdict,
      },
      listeningSharePct: pct(s.listeningShare),
      focusSharePct: pct(s.focusShare),
      qualityMedian: s.qualityMedian,
      voiceMedian: s.voiceMedian,
      topNudges: s.topNudges,
      goalResults: s.goalResults,
      streak: s.streak,
      kpis: s.kpis,
      previous: s.previous,
      change: s.change,
      focus: s.focus,
      qualityGoal: s.quality,
      whatWorks: whatWorksJson(s),
      posts: s.posts,
    },
    null,
    2,
  );
}

/** Language-neutral: the groups, ratios, sizes and intervals, not the sentences. */
function whatWorksJson(s: WeeklySummary) {
  if (!s.outcomes) return null;
  const w = s.outcomes.whatWorks;
  return {
    status: w.status,
    postsWithCounts: w.posts,
    minPosts: w.minPosts,
    overallMedian: w.overallMedian,
    findings: w.findings.map(({ effect: e }) => ({
      feature: e.feature,
      value: e.value,
      ratio: round3(e.ratio),
      n: e.n,
      others: e.others,
      median: e.median,
      othersMedian: e.othersMedian,
      interval: [round3(e.low), round3(e.high)],
      p: round3(e.p),
    })),
    bestTimes: s.outcomes.times,
  };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
