// The settings' limits, checks and repair: pure (no browser API), so that the background, the
// options page, the tests and the CLI can use them. Their types and defaults are the domain's
// (src/core/model.ts); reading and writing them is in settings.ts.
import {
  DEFAULT_GOALS,
  DEFAULT_SETTINGS,
  type Goals,
  QUALITY_GOALS,
  type QualityGoal,
  RETENTION_CHOICES,
  SELLING_RULES,
  type Settings,
  type WeekDay,
} from '../core/model';
import { PLATFORMS, type Platform } from '../core/types';
import { SITE_MATCHES } from '../sites/matches';

const SYNC_KEY = 'goals';

/**
 * Caps on what settings may hold, so that no restored backup or hand edit can exceed the
 * storage quotas (storage.sync allows 8,192 bytes per item: the goals stay far below it) or
 * register hundreds of content scripts. The options page offers at most MAX_KPIS KPIs of
 * KPI_MAX_LENGTH characters (src/options/Options.tsx, addKpi).
 */
export const SETTINGS_LIMITS = {
  customSites: 50,
  kpis: 8,
  kpiLength: 60,
  disabledRules: 200,
  ruleIdLength: 80,
  /** A handle or page path (`@bakery@mastodon.social`, `in/bakery`); longer is not a handle. */
  ownerHandleLength: 120,
} as const;

/** The hosts the built-in sites already cover: adding one again would coach it twice. */
const BUILT_IN_HOSTS = new Set(SITE_MATCHES.map((m) => m.replace(/^https:\/\//, '').replace(/\/\*$/, '')));

/**
 * `fosstodon.org`, `https://fosstodon.org/home` → `fosstodon.org`; null when it is not a host
 * name. The options page checks what the user types with it, and the settings schema keeps only
 * values it returns unchanged (a restored `"x.com/../"` registered a second script).
 */
export function siteHost(input: string): string | null {
  const raw = input.trim().toLowerCase();
  if (!raw) return null;
  try {
    const url = new URL(/^[a-z]+:\/\//.test(raw) ? raw : `https://${raw}`);
    if (url.protocol !== 'https:' || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(url.hostname)) return null;
    return url.hostname;
  } catch {
    return null;
  }
}

/** A stored custom site: exactly a host name (as siteHost gives it) that no built-in site covers. */
export function isCustomSite(value: unknown): value is string {
  return typeof value === 'string' && siteHost(value) === value && !BUILT_IN_HOSTS.has(value);
}

/** A KPI's name as the options page stores it: trimmed, at most KPI_MAX_LENGTH characters. */
export function kpiName(value: string): string {
  return value.trim().slice(0, SETTINGS_LIMITS.kpiLength);
}

const unique = <T>(list: T[]): T[] => [...new Set(list)];

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrArr = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Repairs whatever storage holds (an older version, a hand edit) into valid settings. */
export function normalizeSettings(local: Record<string, unknown>, sync: Record<string, unknown>): Settings {
  const d = DEFAULT_SETTINGS;
  const g = isObj(sync[SYNC_KEY]) ? (sync[SYNC_KEY] as Record<string, unknown>) : {};
  const num = (v: unknown, lo: number, hi: number, dflt: number) =>
    typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi ? Math.round(v) : dflt;
  const pick = <T extends string>(v: unknown, allowed: readonly T[], dflt: T): T =>
    allowed.includes(v as T) ? (v as T) : dflt;
  const goals: Goals = {
    postsPerWeek: num(g.postsPerWeek, 1, 100, DEFAULT_GOALS.postsPerWeek),
    sellingRule: pick(g.sellingRule, SELLING_RULES, DEFAULT_GOALS.sellingRule),
    focusPlatforms: Array.isArray(g.focusPlatforms)
      ? unique(g.focusPlatforms.filter((p): p is Platform => (PLATFORMS as readonly unknown[]).includes(p)))
      : [],
    kpis: Array.isArray(g.kpis)
      ? unique(
          g.kpis
            .filter((k): k is string => typeof k === 'string')
            .map(kpiName)
            .filter(Boolean),
        ).slice(0, SETTINGS_LIMITS.kpis)
      : [],
    weekStart: num(g.weekStart, 0, 6, DEFAULT_GOALS.weekStart) as WeekDay,
  };
  // Missing means the owner's own median (model.ts); kept only when set, so older goals stay as they were.
  if ((QUALITY_GOALS as readonly unknown[]).includes(g.qualityGoal))
    goals.qualityGoal = g.qualityGoal as QualityGoal;
  const customSites = Array.isArray(local.customSites)
    ? unique(local.customSites.filter(isCustomSite)).slice(0, SETTINGS_LIMITS.customSites)
    : [];
  // Switches only for sites that exist: a built-in one or a listed custom host.
  const known = new Set<string>([...PLATFORMS, ...customSites]);
  const sites: Record<string, boolean> = {};
  if (isObj(local.sites))
    for (const [k, v] of Object.entries(local.sites))
      if (typeof v === 'boolean' && known.has(k)) sites[k] = v;
  // Count reading is off unless switched on, and only for built-in sites with a count reader's host.
  const readCounts: Record<string, boolean> = {};
  if (isObj(local.readCounts))
    for (const [k, v] of Object.entries(local.readCounts))
      if (v === true && (PLATFORMS as readonly string[]).includes(k)) readCounts[k] = true;
  const ownerHandles: Record<string, string> = {};
  if (isObj(local.ownerHandles))
    for (const [k, v] of Object.entries(local.ownerHandles))
      if ((PLATFORMS as readonly string[]).includes(k) && typeof v === 'string') {
        const handle = v.trim().slice(0, SETTINGS_LIMITS.ownerHandleLength);
        if (handle) ownerHandles[k] = handle;
      }
  return {
    goals,
    language: pick(local.language, ['auto', 'en', 'bn'] as const, d.language),
    theme: pick(local.theme, ['auto', 'light', 'dark'] as const, d.theme),
    disabledRules: isStrArr(local.disabledRules)
      ? unique(
          local.disabledRules.filter((r) => r.length > 0 && r.length <= SETTINGS_LIMITS.ruleIdLength),
        ).slice(0, SETTINGS_LIMITS.disabledRules)
      : [],
    sites,
    customSites,
    privacy: pick(local.privacy, ['full', 'excerpt', 'metrics'] as const, d.privacy),
    retentionDays:
      typeof local.retentionDays === 'number' &&
      (RETENTION_CHOICES as readonly number[]).includes(local.retentionDays)
        ? local.retentionDays
        : d.retentionDays,
    setupDone: local.setupDone === true,
    readCounts,
    ownerHandles,
  };
}

/** Whether Postcoach runs on a site (by site id or host); on unless switched off. */
export function siteEnabled(settings: Settings, site: string): boolean {
  return settings.sites[site] !== false;
}
