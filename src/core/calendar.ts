// Calendar math in the user's time zone: wall-clock dates of instants, the first instant of a
// day (daylight-saving changes included), weeks that start on the user's chosen weekday.
// Pure: no DOM, no browser API.
import type { WeekDay } from './model';

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
