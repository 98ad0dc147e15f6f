// Weekly habits: week boundaries in the user's time zone, the weekly summary, the scorecard
// tiles and the export renderers (Markdown, CSV, JSON, printable HTML). Pure: no DOM, no
// browser API; the popup, the options page, the tests and the CLI call the same functions.

import type { Goals, SellingRule, WeekDay } from '../storage/goals';
import { RULE_MIX } from '../storage/goals';
import type { KpiEntry, PostRecord } from '../storage/record';
import { INTENTS, type Intent, type Kind, PLATFORMS, type Platform, REASONS, type Reason } from './types';

// ---- dates and weeks in a time zone ---------------------------------------------------------

export interface YMD {
  y: number;
  m: number;
  d: number;
}

interface Zoned extends YMD {
  h: number;
  mi: number;
  s: number;
  /** 0 = Sunday … 6 = Saturday */
  wd: number;
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** The wall-clock date and time of an instant in a time zone. */
export function zoned(t: number, tz: string): Zoned {
  const z: Zoned = { y: 0, m: 0, d: 0, h: 0, mi: 0, s: 0, wd: 0 };
  for (const p of formatter(tz).formatToParts(t)) {
    switch (p.type) {
      case 'year':
        z.y = Number(p.value);
        break;
      case 'month':
        z.m = Number(p.value);
        break;
      case 'day':
        z.d = Number(p.value);
        break;
      case 'hour':
        z.h = Number(p.value) % 24;
        break;
      case 'minute':
        z.mi = Number(p.value);
        break;
      case 'second':
        z.s = Number(p.value);
        break;
      case 'weekday':
        z.wd = WEEKDAYS[p.value] ?? 0;
        break;
    }
  }
  return z;
}

/** The zone's offset from UTC at an instant, in ms (east positive). */
function offsetAt(t: number, tz: string): number {
  const z = zoned(t, tz);
  return Date.UTC(z.y, z.m - 1, z.d, z.h, z.mi, z.s) - (t - (((t % 1000) + 1000) % 1000));
}

export const ymdKey = (d: YMD): string =>
  `${String(d.y).padStart(4, '0')}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;

export function parseYmd(s: string): YMD {
  const [y, m, d] = s.split('-').map(Number);
  return { y: y!, m: m!, d: d! };
}

/** Calendar arithmetic on dates (no time zone involved). */
export function addDays(d: YMD, n: number): YMD {
  const u = new Date(Date.UTC(d.y, d.m - 1, d.d + n));
  return { y: u.getUTCFullYear(), m: u.getUTCMonth() + 1, d: u.getUTCDate() };
}

/**
 * The first instant of a calendar day in a time zone: local midnight, or — where a
 * daylight-saving change skips midnight — the instant the day begins.
 */
export function startOfDay(day: YMD, tz: string): number {
  const guess = Date.UTC(day.y, day.m - 1, day.d);
  const key = ymdKey(day);
  let best = Number.POSITIVE_INFINITY;
  for (const probe of [guess - 86_400_000, guess, guess + 86_400_000]) {
    const t = guess - offsetAt(probe, tz);
    const z = zoned(t, tz);
    if (ymdKey(z) === key && t < best) best = t;
  }
  if (best === Number.POSITIVE_INFINITY) best = guess - offsetAt(guess, tz);
  return best;
}

export interface Week {
  /** First instant of the week (inclusive), ms. */
  start: number;
  /** First instant of the next week (exclusive), ms. */
  end: number;
  /** The week's first and last calendar days, `YYYY-MM-DD`. */
  startDate: string;
  endDate: string;
  /** Eight boundaries: the start of each of the seven days, then `end`. */
  days: number[];
  weekStart: WeekDay;
  timeZone: string;
}

/** The week (seven calendar days, whatever the hours) that begins on `startDate`. */
export function weekFrom(startDate: YMD, weekStart: WeekDay, tz: string): Week {
  const days: number[] = [];
  for (let i = 0; i <= 7; i++) days.push(startOfDay(addDays(startDate, i), tz));
  return {
    start: days[0]!,
    end: days[7]!,
    startDate: ymdKey(startDate),
    endDate: ymdKey(addDays(startDate, 6)),
    days,
    weekStart,
    timeZone: tz,
  };
}

/** The week containing instant `t`, starting on `weekStart` in time zone `tz`. */
export function weekOf(t: number, weekStart: WeekDay, tz: string): Week {
  const z = zoned(t, tz);
  const back = (z.wd - weekStart + 7) % 7;
  return weekFrom(addDays(z, -back), weekStart, tz);
}

/** The week `n` weeks after (negative: before) the given one. */
export function shiftWeek(w: Week, n: number): Week {
  return weekFrom(addDays(parseYmd(w.startDate), 7 * n), w.weekStart, w.timeZone);
}

/** Index of the boundary interval holding `t` (0-based), or -1 outside. */
export function bucketOf(t: number, bounds: number[]): number {
  if (t < bounds[0]! || t >= bounds[bounds.length - 1]!) return -1;
  let lo = 0;
  let hi = bounds.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (t >= bounds[mid]!) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Day boundaries for `n` consecutive days starting on `first` (n + 1 instants). */
export function dayBounds(first: YMD, n: number, tz: string): number[] {
  const out: number[] = [];
  for (let i = 0; i <= n; i++) out.push(startOfDay(addDays(first, i), tz));
  return out;
}

// ---- statistics -----------------------------------------------------------------------------

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

// ---- the weekly summary ---------------------------------------------------------------------

export type Status = 'on' | 'attention' | 'off' | 'empty';

export interface GoalResult {
  id: 'posts' | 'selling' | 'listening' | 'focus' | 'quality' | 'voice' | 'kpis';
  met: boolean;
  value: number;
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
  selling: { share: number | null; max: number; rule: SellingRule; met: boolean | null };
  listeningShare: number | null;
  /** Replies and comments given (listening in action). */
  conversations: number;
  focusShare: number | null;
  qualityMedian: number | null;
  voiceMedian: number | null;
  composeMs: number;
  topNudges: { rule: string; reason: Reason; count: number }[];
  goalResults: GoalResult[];
  /** Consecutive weeks up to this one (this one included when met) that met the post target. */
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
}

/** The most composing time one post adds to a week's total. */
export const COMPOSE_CAP_MS = 3_600_000;
const QUALITY_GOAL = 70;
const VOICE_GOAL = 70;
const FOCUS_GOAL = 0.8;

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

/** Consecutive weeks meeting the target: this week counts if met, otherwise it does not break it. */
export function streakOf(current: number, earlier: number[], target: number): number {
  let n = current >= target ? 1 : 0;
  for (const c of earlier) {
    if (c < target) break;
    n++;
  }
  return n;
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

  const goalResults: GoalResult[] = [
    { id: 'posts', met: n >= goals.postsPerWeek, value: n, target: goals.postsPerWeek },
    {
      id: 'selling',
      met: sellingShare !== null && sellingShare <= mix.sellingMax + 1e-9,
      value: sellingShare ?? 0,
      target: mix.sellingMax,
    },
  ];
  if (mix.listeningMin > 0) {
    goalResults.push({
      id: 'listening',
      met: listeningShare !== null && listeningShare >= mix.listeningMin - 1e-9,
      value: listeningShare ?? 0,
      target: mix.listeningMin,
    });
  }
  if (focus.size) {
    goalResults.push({
      id: 'focus',
      met: (focusShare ?? 0) >= FOCUS_GOAL,
      value: focusShare ?? 0,
      target: FOCUS_GOAL,
    });
  }
  goalResults.push(
    {
      id: 'quality',
      met: (qualityMedian ?? 0) >= QUALITY_GOAL,
      value: qualityMedian ?? 0,
      target: QUALITY_GOAL,
    },
    { id: 'voice', met: (voiceMedian ?? 0) >= VOICE_GOAL, value: voiceMedian ?? 0, target: VOICE_GOAL },
  );
  if (goals.kpis.length) {
    goalResults.push({
      id: 'kpis',
      met: kpisLogged === goals.kpis.length,
      value: kpisLogged,
      target: goals.kpis.length,
    });
  }

  const previous = figures(input.previousPosts, shiftWeek(week, -1).days);
  const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : round1(a - b));

  // How well each reason is doing this week, 0 (worst) … 1; the weakest becomes next week's focus.
  const now = input.now ?? week.end;
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
      met: sellingShare === null ? null : sellingShare <= mix.sellingMax + 1e-9,
    },
    listeningShare,
    conversations: byKind.reply + byKind.comment,
    focusShare,
    qualityMedian,
    voiceMedian,
    composeMs,
    topNudges,
    goalResults,
    streak: streakOf(n, input.earlierCounts, goals.postsPerWeek),
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
  };
}

// ---- scorecard tiles ------------------------------------------------------------------------

export interface Tile {
  reason: Reason;
  status: Status;
}

/** Status of each of the six reasons for a week in progress (`now` inside the week) or a past week. */
export function tiles(s: WeeklySummary, setupDone: boolean, now: number): Tile[] {
  const n = s.posts.length;
  const g = s.goals;
  const elapsed = Math.min(1, Math.max(0, (now - s.week.start) / (s.week.end - s.week.start)));
  const expected = g.postsPerWeek * elapsed;
  const byScore = (v: number | null, on: number, attention: number): Status =>
    v === null ? 'empty' : v >= on ? 'on' : v >= attention ? 'attention' : 'off';
  const kpisLogged = s.kpis.filter((k) => k.value !== null).length;
  const plan: Status = !setupDone ? 'off' : kpisLogged < g.kpis.length ? 'attention' : 'on';
  const mix = RULE_MIX[g.sellingRule];
  let listening: Status = 'empty';
  if (s.selling.share !== null) {
    const over = s.selling.share - mix.sellingMax;
    listening = over <= 1e-9 ? 'on' : over <= 0.1 ? 'attention' : 'off';
    if (listening === 'on' && mix.listeningMin > 0 && (s.listeningShare ?? 0) < mix.listeningMin - 1e-9) {
      listening = 'attention';
    }
  }
  const audience: Status = !g.focusPlatforms.length
    ? n
      ? 'attention'
      : 'empty'
    : byScore(s.focusShare, FOCUS_GOAL, 0.5);
  const commitment: Status =
    n >= g.postsPerWeek || n >= Math.ceil(expected - 1e-9)
      ? 'on'
      : n >= Math.floor(expected / 2)
        ? 'attention'
        : 'off';
  return [
    { reason: 'plan', status: plan },
    { reason: 'content', status: byScore(s.qualityMedian, QUALITY_GOAL, 50) },
    { reason: 'audience', status: audience },
    { reason: 'voice', status: byScore(s.voiceMedian, VOICE_GOAL, 50) },
    { reason: 'listening', status: listening },
    { reason: 'commitment', status: commitment },
  ];
}

// ---- chart series ---------------------------------------------------------------------------

export interface DaySeries {
  /** Calendar day, `YYYY-MM-DD`, and its start instant. */
  day: string;
  start: number;
  count: number;
}

/** Posts per calendar day over `n` days ending with the day that holds `now`. */
export function postsPerDay(posts: PostRecord[], now: number, n: number, tz: string): DaySeries[] {
  const first = addDays(zoned(now, tz), -(n - 1));
  const bounds = dayBounds(first, n, tz);
  const counts = new Array<number>(n).fill(0);
  for (const p of posts) {
    const i = bucketOf(p.time, bounds);
    if (i >= 0) counts[i]!++;
  }
  return counts.map((count, i) => ({ day: ymdKey(addDays(first, i)), start: bounds[i]!, count }));
}

export interface WeekSeries {
  week: string;
  posts: number;
  mix: Record<Intent, number>;
  qualityMedian: number | null;
}

/** Per week (oldest first): posts, intent mix and median quality. */
export function perWeek(posts: PostRecord[], weeks: Week[]): WeekSeries[] {
  const bounds = [...weeks.map((w) => w.start), weeks[weeks.length - 1]!.end];
  const rows = weeks.map((w) => ({ week: w.startDate, list: [] as PostRecord[] }));
  for (const p of posts) {
    const i = bucketOf(p.time, bounds);
    if (i >= 0) rows[i]!.list.push(p);
  }
  return rows.map(({ week, list }) => {
    const mix: Record<Intent, number> = { selling: 0, listening: 0, sharing: 0 };
    for (const p of list) mix[p.intent]++;
    return { week, posts: list.length, mix, qualityMedian: median(list.map((p) => p.quality)) };
  });
}

// ---- exports --------------------------------------------------------------------------------

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

export const SUMMARY_FORMAT = 'postcoach.weekly-summary';
export const SUMMARY_VERSION = 1;

const pct = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);

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
        met: s.selling.met,
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
      posts: s.posts,
    },
    null,
    2,
  );
}

/** Cells a spreadsheet would read as a formula get a leading apostrophe (OWASP CSV injection). */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  // Also a cell that already starts with apostrophes before one: parseCsv takes one off.
  if (/^'*[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = [
  'id',
  'date',
  'time',
  'platform',
  'kind',
  'language',
  'intent',
  'quality',
  'voice',
  'characters',
  'compose_seconds',
  'nudges',
  'source',
  'text',
] as const;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** One row per post (local date and time in the week's zone), then a totals row. */
export function summaryToCsv(s: WeeklySummary): string {
  const tz = s.week.timeZone;
  const lines = [CSV_COLUMNS.join(',')];
  for (const p of s.posts) {
    const z = zoned(p.time, tz);
    lines.push(
      [
        p.id,
        ymdKey(z),
        `${pad2(z.h)}:${pad2(z.mi)}`,
        p.platform,
        p.kind,
        p.language,
        p.intent,
        p.quality,
        p.voice,
        p.characters,
        p.composeMs === null ? '' : Math.round(p.composeMs / 1000),
        p.findings.map((f) => f.rule).join(' '),
        p.source,
        p.text ?? '',
      ]
        .map(csvCell)
        .join(','),
    );
  }
  const nudges = s.posts.reduce((a, p) => a + p.findings.length, 0);
  const chars = s.posts.reduce((a, p) => a + p.characters, 0);
  lines.push(
    [
      'TOTAL',
      s.week.startDate,
      s.week.endDate,
      String(s.posts.length),
      INTENTS.map((i) => `${i} ${s.byIntent[i]}`).join('; '),
      '',
      s.selling.share === null ? '' : `selling ${pct(s.selling.share)}%`,
      s.qualityMedian ?? '',
      s.voiceMedian ?? '',
      chars,
      Math.round(s.composeMs / 1000),
      nudges,
      '',
      '',
    ]
      .map(csvCell)
      .join(','),
  );
  return `${lines.join('\r\n')}\r\n`;
}

/** RFC 4180 parser (quoted fields, doubled quotes, CRLF), undoing `csvCell`'s formula guard. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const push = () => {
    row.push(/^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
    cell = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else cell += c;
      i++;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === ',') push();
    else if (c === '\r' && text[i + 1] === '\n') {
      push();
      rows.push(row);
      row = [];
      i++;
    } else if (c === '\n') {
      push();
      rows.push(row);
      row = [];
    } else cell += c;
    i++;
  }
  if (cell !== '' || row.length) {
    push();
    rows.push(row);
  }
  return rows;
}

/** Escapes text for Markdown so that user words (KPI names) are never read as markup. */
/** A rule's name from the catalog (`rule_name_<id>`, `-` as `_`), else its id as words. */
export function ruleLabel(rule: string, t: Translate): string {
  const key = `rule_name_${rule.replace(/[^A-Za-z0-9_@]/g, '_')}`;
  const v = t(key);
  if (v !== key) return v;
  const words = rule.replace(/[-_.]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`).replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');
}

const signed = (n: number | null, num: (n: number) => string) =>
  n === null ? '—' : n > 0 ? `+${num(n)}` : n < 0 ? `−${num(-n)}` : num(0);

function lines(s: WeeklySummary, o: ExportOptions) {
  const { t, num } = o;
  const share = (x: number | null) => (x === null ? '—' : `${num(Math.round(x * 100))}%`);
  const platformRows = PLATFORMS.filter((p) => s.byPlatform[p]).map(
    (p) => [t(`platform_${p}`), num(s.byPlatform[p]!)] as const,
  );
  const intentRows = INTENTS.map((i) => [t(`intent_${i}`), num(s.byIntent[i])] as const);
  const goalRows = s.goalResults.map((g) => {
    const isShare = g.id === 'selling' || g.id === 'listening' || g.id === 'focus';
    const f = (x: number) => (isShare ? share(x) : num(Math.round(x * 10) / 10));
    return [
      t(`summary_goal_${g.id}`),
      f(g.value),
      f(g.target),
      g.met ? t('summary_met') : t('summary_missed'),
    ] as const;
  });
  return { share, platformRows, intentRows, goalRows };
}

export function summaryToMarkdown(s: WeeklySummary, o: ExportOptions): string {
  const { t, num } = o;
  const { share, platformRows, intentRows, goalRows } = lines(s, o);
  const out: string[] = [];
  out.push(`# ${t('summary_title', [s.week.startDate, s.week.endDate])}`, '');
  out.push(`- ${t('summary_posts')}: ${num(s.posts.length)} (${signed(s.change.posts, num)})`);
  out.push(`- ${t('summary_active_days')}: ${num(s.activeDays)}/${num(7)}`);
  out.push(
    `- ${t('summary_selling_share')}: ${share(s.selling.share)} (${t(`rule_${s.selling.rule.replace(/-/g, '_')}`)}: ≤ ${share(s.selling.max)})`,
  );
  out.push(
    `- ${t('summary_quality_median')}: ${s.qualityMedian === null ? '—' : num(s.qualityMedian)} (${signed(s.change.qualityMedian, num)})`,
  );
  out.push(
    `- ${t('summary_voice_median')}: ${s.voiceMedian === null ? '—' : num(s.voiceMedian)} (${signed(s.change.voiceMedian, num)})`,
  );
  out.push(`- ${t('summary_conversations')}: ${num(s.conversations)}`);
  out.push(`- ${t('summary_streak')}: ${num(s.streak)}`);
  out.push(`- ${t('summary_compose_time')}: ${num(Math.round(s.composeMs / 60000))} ${t('summary_minutes')}`);
  out.push(
    '',
    `## ${t('summary_by_platform')}`,
    '',
    `| ${t('summary_platform')} | ${t('summary_posts')} |`,
    '| --- | ---: |',
  );
  for (const [a, b] of platformRows) out.push(`| ${a} | ${b} |`);
  out.push(
    '',
    `## ${t('summary_by_intent')}`,
    '',
    `| ${t('summary_intent')} | ${t('summary_posts')} |`,
    '| --- | ---: |',
  );
  for (const [a, b] of intentRows) out.push(`| ${a} | ${b} |`);
  out.push(
    '',
    `## ${t('summary_goals')}`,
    '',
    `| ${t('summary_goal')} | ${t('summary_value')} | ${t('summary_target')} | |`,
    '| --- | ---: | ---: | --- |',
  );
  for (const r of goalRows) out.push(`| ${r.join(' | ')} |`);
  out.push('', `## ${t('summary_top_nudges')}`, '');
  if (!s.topNudges.length) out.push(t('summary_none'));
  s.topNudges.forEach((n, i) => {
    // A catalog's label is ours; a rule id's own words (an imported record's) are escaped.
    const label = ruleLabel(n.rule, t);
    const own = label !== ruleLabel(n.rule, (id) => id);
    out.push(
      `${i + 1}. ${own ? label : escapeMarkdown(label)} — ${t(`reason_${n.reason}`)} (${num(n.count)})`,
    );
  });
  if (s.kpis.length) {
    out.push(
      '',
      `## ${t('summary_kpis')}`,
      '',
      `| KPI | ${t('summary_value')} | ${t('summary_previous')} |`,
      '| --- | ---: | ---: |',
    );
    for (const k of s.kpis) {
      out.push(
        `| ${escapeMarkdown(k.kpi)} | ${k.value === null ? '—' : num(k.value)} | ${k.previous === null ? '—' : num(k.previous)} |`,
      );
    }
  }
  out.push(
    '',
    `## ${t('summary_focus_next')}`,
    '',
    `**${t(`reason_${s.focus}`)}** — ${t(`summary_focus_${s.focus}`)}`,
    '',
  );
  return out.join('\n');
}

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const INTENT_COLORS: Record<Intent, string> = {
  selling: '#c2410c',
  listening: '#0f766e',
  sharing: '#4338ca',
};

/** A printable, self-contained HTML page with its charts as inline SVG; every text is escaped. */
export function summaryToHtml(s: WeeklySummary, o: ExportOptions): string {
  const { t, num } = o;
  const e = escapeHtml;
  const { share, platformRows, intentRows, goalRows } = lines(s, o);
  const max = Math.max(1, ...s.perDay);
  const dayNames = s.week.days.slice(0, 7).map((d) => o.dateTime(d));
  const bars = s.perDay
    .map((c, i) => {
      const h = Math.round((c / max) * 120);
      return `<g><rect x="${20 + i * 60}" y="${140 - h}" width="40" height="${h}" fill="#4338ca"><title>${e(`${dayNames[i]}: ${num(c)}`)}</title></rect><text x="${40 + i * 60}" y="${134 - h}" text-anchor="middle" font-size="12">${e(num(c))}</text><text x="${40 + i * 60}" y="158" text-anchor="middle" font-size="11">${e(num(i + 1))}</text></g>`;
    })
    .join('');
  const total = Math.max(1, s.posts.length);
  let x = 0;
  const mix = INTENTS.map((i) => {
    const w = (s.byIntent[i] / total) * 420;
    const r = `<rect x="${x}" y="0" width="${w}" height="28" fill="${INTENT_COLORS[i]}"><title>${e(`${t(`intent_${i}`)}: ${num(s.byIntent[i])}`)}</title></rect>`;
    x += w;
    return r;
  }).join('');
  const table = (head: string[], rows: readonly (readonly string[])[]) =>
    `<table><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows
      .map((r) => `<tr>${r.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`)
      .join('')}</tbody></table>`;
  const perDayAlt = s.perDay.map((c, i) => `${dayNames[i]}: ${num(c)}`).join(', ');
  const mixAlt = INTENTS.map((i) => `${t(`intent_${i}`)} ${num(s.byIntent[i])}`).join(', ');
  const postRows = s.posts.map((p) => [
    o.dateTime(p.time),
    t(`platform_${p.platform}`),
    t(`intent_${p.intent}`),
    num(p.quality),
    num(p.voice),
    p.text ?? '',
  ]);
  return `<!doctype html>
<html lang="${o.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(t('summary_title', [s.week.startDate, s.week.endDate]))}</title>
<style>
body{font:14px/1.5 system-ui,"Noto Sans Bengali",sans-serif;margin:2rem auto;max-width:52rem;color:#111;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.1rem;margin-top:1.6rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
td{overflow-wrap:anywhere}.kpis{display:grid;grid-template-columns:repeat(4,1fr);gap:.5rem}
.kpis div{border:1px solid #ccc;border-radius:6px;padding:.5rem}.kpis b{display:block;font-size:1.3rem}
.legend span{margin-right:1rem}.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
@media print{body{margin:0}h2{break-after:avoid}table{break-inside:auto}}
</style></head><body>
<h1>${e(t('summary_title', [s.week.startDate, s.week.endDate]))}</h1>
<div class="kpis">
<div>${e(t('summary_posts'))}<b>${e(num(s.posts.length))}</b>${e(signed(s.change.posts, num))}</div>
<div>${e(t('summary_selling_share'))}<b>${e(share(s.selling.share))}</b>≤ ${e(share(s.selling.max))}</div>
<div>${e(t('summary_quality_median'))}<b>${e(s.qualityMedian === null ? '—' : num(s.qualityMedian))}</b>${e(signed(s.change.qualityMedian, num))}</div>
<div>${e(t('summary_streak'))}<b>${e(num(s.streak))}</b></div>
</div>
<h2>${e(t('summary_chart_per_day'))}</h2>
<svg role="img" aria-label="${e(perDayAlt)}" viewBox="0 0 440 165" width="440" height="165"><title>${e(t('summary_chart_per_day'))}</title><desc>${e(perDayAlt)}</desc>${bars}</svg>
<h2>${e(t('summary_by_intent'))}</h2>
<svg role="img" aria-label="${e(mixAlt)}" viewBox="0 0 420 28" width="420" height="28"><title>${e(t('summary_by_intent'))}</title><desc>${e(mixAlt)}</desc>${mix}</svg>
<p class="legend">${INTENTS.map((i) => `<span><i style="background:${INTENT_COLORS[i]}"></i>${e(`${t(`intent_${i}`)} ${num(s.byIntent[i])}`)}</span>`).join('')}</p>
${table([t('summary_intent'), t('summary_posts')], intentRows)}
<h2>${e(t('summary_by_platform'))}</h2>
${table([t('summary_platform'), t('summary_posts')], platformRows)}
<h2>${e(t('summary_goals'))}</h2>
${table([t('summary_goal'), t('summary_value'), t('summary_target'), ''], goalRows)}
<h2>${e(t('summary_top_nudges'))}</h2>
${s.topNudges.length ? `<ol>${s.topNudges.map((n) => `<li>${e(ruleLabel(n.rule, t))} — ${e(t(`reason_${n.reason}`))} (${e(num(n.count))})</li>`).join('')}</ol>` : `<p>${e(t('summary_none'))}</p>`}
${
  s.kpis.length
    ? `<h2>${e(t('summary_kpis'))}</h2>${table(
        ['KPI', t('summary_value'), t('summary_previous')],
        s.kpis.map((k) => [
          k.kpi,
          k.value === null ? '—' : num(k.value),
          k.previous === null ? '—' : num(k.previous),
        ]),
      )}`
    : ''
}
<h2>${e(t('summary_focus_next'))}</h2>
<p><strong>${e(t(`reason_${s.focus}`))}</strong> — ${e(t(`summary_focus_${s.focus}`))}</p>
<h2>${e(t('summary_posts_list'))}</h2>
${table([t('summary_when'), t('summary_platform'), t('summary_intent'), t('summary_quality'), t('summary_voice'), t('summary_text')], postRows)}
</body></html>
`;
}
