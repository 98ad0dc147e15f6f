// What the four exporters share: the words they are given, and the goal rows each one prints
// with the same verdict words as the Weekly summary tab (summary/verdict.ts).
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
