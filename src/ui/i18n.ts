// The pages' words: the user's language (auto / en / bn) chosen in the options, not the
// browser's UI language, so the catalogs are loaded from `_locales` as bundled chunks (no fetch).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type Catalog, formatMessage, formatNumber, formatPlural } from '../core/i18n';
import type { Language } from '../core/types';

// Preact-free, for pages that render without it (src/practice/): the same functions.
export { applyTheme, loadCatalog, resolveLanguage } from './locale';

export interface I18n {
  lang: Language;
  t: (id: string, params?: (string | number)[]) => string;
  /** A counted phrase ("1 active day", "3 active days"): `<id>_one` / `<id>_other` by plural rules. */
  tn: (id: string, count: number, params?: (string | number)[]) => string;
  num: (n: number) => string;
  pct: (share: number) => string;
  /** "26 Nov" / "২৬ নভে" */
  day: (t: number) => string;
  /** A calendar day `YYYY-MM-DD` as "26 Nov" (no time zone involved). */
  ymd: (s: string) => string;
  /** "Thu 26 Nov, 14:05" */
  dateTime: (t: number) => string;
  weekday: (day: number) => string;
  timeZone: string;
}

export function makeI18n(lang: Language, catalog: Catalog, timeZone: string): I18n {
  const locale = lang === 'bn' ? 'bn-BD' : 'en-GB';
  const dayFmt = new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'short' });
  const dtFmt = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  const ymdFmt = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' });
  const wdFmt = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  return {
    lang,
    t: (id, params) => formatMessage({ id, params: params ?? [] }, catalog, lang),
    tn: (id, count, params) => formatPlural(id, count, catalog, lang, params),
    num: (n) => formatNumber(n, lang),
    pct: (share) => `${formatNumber(Math.round(share * 100), lang)}%`,
    day: (t) => dayFmt.format(t),
    ymd: (s) => ymdFmt.format(Date.parse(`${s}T00:00:00Z`)),
    dateTime: (t) => dtFmt.format(t),
    // 2023-01-01 was a Sunday: day 0.
    weekday: (d) => wdFmt.format(Date.UTC(2023, 0, 1 + d)),
    timeZone,
  };
}

export const I18nContext = createContext<I18n>(makeI18n('en', {}, 'UTC'));
export const useI18n = () => useContext(I18nContext);

/** The system's time zone (weeks and days follow it). */
export const systemTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
