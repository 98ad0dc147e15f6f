// What the four exporters share: the words they are given, and the goal rows each one prints
// with the same verdict words as the Weekly summary tab (summary/verdict.ts).
import { outcomeWords } from '../summary/outcome-words';
import type { GoalResult, WeeklySummary } from '../summary/summary';
import type { Verdict } from '../summary/verdict';
import { INTENTS, PLATFORMS } from '../types';

/** Resolves a UI message by id (the pages pass `formatMessage` bound to the user's catalog). */
export type Translate = (id: string, params?: (string | number)[]) => string;

export interface ExportOptions {
  t: Translate;
  /** Formats numbers in the user's language (Bengali digits). */
  num: (n: number) => string;
  /** Formats an instant as a date/time in the user's language and time zone. */
  dateTime: (t: number) => string;
  lang: 'en' | 'bn';
  generated?: number;
  /** A weekday's name, 0 = Sunday (the popup passes its own); the language's long name by default. */
  weekday?: (day: number) => string;
}

/** A weekday's long name in the export's language, 0 = Sunday (2023-01-01 was a Sunday). */
export function weekdayOf(o: ExportOptions): (day: number) => string {
  if (o.weekday) return o.weekday;
  const f = new Intl.DateTimeFormat(o.lang === 'bn' ? 'bn-BD' : 'en-GB', {
    weekday: 'long',
    timeZone: 'UTC',
  });
  return (d) => f.format(Date.UTC(2023, 0, 1 + d));
}

/**
 * The "What works for you" lines every export prints: the three clearest findings,
 * or that there is too little data (or nothing clear), then the best times. Null when the
 * summary was made without the owner's counts (nothing was read).
 */
export function outcomeLines(s: WeeklySummary, o: ExportOptions): { title: string; lines: string[] } | null {
  if (!s.outcomes) return null;
  const w = outcomeWords(s.outcomes, o.t, weekdayOf(o));
  return {
    title: o.t('outcome_card_title'),
    lines: [...(w.status === null ? w.findings : [w.status]), w.times],
  };
}

/** The catalog key of each verdict's words, shared with the popup. */
export const VERDICT_KEYS: Record<Verdict, string> = {
  met: 'summary_met',
  pending: 'summary_not_yet',
  missed: 'summary_missed',
  nodata: 'summary_no_data',
  unset: 'summary_not_set',
};

export const pct = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);

export const signed = (n: number | null, num: (n: number) => string) =>
  n === null ? '—' : n > 0 ? `+${num(n)}` : n < 0 ? `−${num(-n)}` : num(0);

/** A rule's name from the catalog (`rule_name_<id>`, `-` as `_`), else its id as words. */
export function ruleLabel(rule: string, t: Translate): string {
  const key = `rule_name_${rule.replace(/[^A-Za-z0-9_@]/g, '_')}`;
  const v = t(key);
  if (v !== key) return v;
  const words = rule.replace(/[-_.]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const isShare = (id: GoalResult['id']) => id === 'selling' || id === 'listening' || id === 'focus';

/** The rows the Markdown and HTML exports print: words, figures and the verdict. */
export function rows(s: WeeklySummary, o: ExportOptions) {
  const { t, num } = o;
  const share = (x: number | null) => (x === null ? '—' : `${num(Math.round(x * 100))}%`);
  const platformRows = PLATFORMS.filter((p) => s.byPlatform[p]).map(
    (p) => [t(`platform_${p}`), num(s.byPlatform[p]!)] as const,
  );
  const intentRows = INTENTS.map((i) => [t(`intent_${i}`), num(s.byIntent[i])] as const);
  const goalRows = s.goalResults.map((g) => {
    const f = (x: number | null) =>
      x === null ? '—' : isShare(g.id) ? share(x) : num(Math.round(x * 10) / 10);
    return [t(`summary_goal_${g.id}`), f(g.value), f(g.target), t(VERDICT_KEYS[g.verdict])] as const;
  });
  return { share, platformRows, intentRows, goalRows };
}
