// The settings' types, defaults and repair: pure (no browser API), so that core/habits.ts,
// the tests and the CLI can use them. Reading and writing them is in settings.ts.
import { PLATFORMS, type Platform } from '../core/types';
import { SITE_MATCHES } from '../sites/matches';

export type { Platform };

import type { PrivacyMode } from './record';

export const SELLING_RULES = ['80-20', '4-1-1', '5-3-2', 'thirds'] as const;
export type SellingRule = (typeof SELLING_RULES)[number];

/**
 * The share of posts each content-mix rule allows for selling, and the share it asks for
 * listening (conversation, personal, replies). DESIGN.md names the sources:
 * - 80/20: 80% inform/entertain, at most 20% promote.
 * - 4-1-1 (Tippingpoint Labs / Joe Pulizzi): of six posts, four share others' content, one is a
 *   soft promotion and one a hard sell; only the hard sell counts as selling → 1/6.
 * - 5-3-2 (TA McCann): five from others, three of your own (not sales), two personal → the
 *   selling share stays within the three own posts (30%); two in ten are personal (listening).
 * - Rule of thirds (Hootsuite): a third promotes, a third shares ideas, a third is personal
 *   interaction.
 */
export const RULE_MIX: Record<SellingRule, { sellingMax: number; listeningMin: number }> = {
  '80-20': { sellingMax: 0.2, listeningMin: 0 },
  '4-1-1': { sellingMax: 1 / 6, listeningMin: 0 },
  '5-3-2': { sellingMax: 0.3, listeningMin: 0.2 },
  thirds: { sellingMax: 1 / 3, listeningMin: 1 / 3 },
};

export const KPI_SUGGESTIONS = ['followers', 'enquiries', 'site visits from social'] as const;

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getDay` counts. */
export type WeekDay = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface Goals {
  postsPerWeek: number;
  sellingRule: SellingRule;
  focusPlatforms: Platform[];
  /** KPIs the owner logs by hand each week in the popup. */
  kpis: string[];
  weekStart: WeekDay;
}

export type LanguageSetting = 'auto' | 'en' | 'bn';
export type ThemeSetting = 'auto' | 'light' | 'dark';

export interface Settings {
  goals: Goals;
  language: LanguageSetting;
  theme: ThemeSetting;
  /** Rule ids the user switched off ("don't show this rule again"). */
  disabledRules: string[];
  /** Per-site switches by site id (`x`, `linkedin`, … or a host the user added); missing = on. */
  sites: Record<string, boolean>;
  /** Hosts the user added (a Mastodon server, any other site), e.g. `fosstodon.org`. */
  customSites: string[];
  privacy: PrivacyMode;
  /** Days a post is kept; 0 keeps everything. */
  retentionDays: number;
  /** The first-run setup was completed (or skipped) in the options page. */
  setupDone: boolean;
}

export const RETENTION_CHOICES = [30, 90, 180, 365, 730, 0] as const;

export const DEFAULT_GOALS: Goals = {
  postsPerWeek: 3,
  sellingRule: '80-20',
  focusPlatforms: [],
  kpis: [],
  weekStart: 1,
};

export const DEFAULT_SETTINGS: Settings = {
  goals: DEFAULT_GOALS,
  language: 'auto',
  theme: 'auto',
  disabledRules: [],
  sites: {},
  customSites: [],
  privacy: 'full',
  retentionDays: 365,
  setupDone: false,
};

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
} as const;

/** The hosts the built-in sites already cover: adding one again would coach it twice. */
const BUILT_IN_HOSTS = new Set(SITE_MATCHES.map((m) => m.replace(/^https:\/\//, '').replace(/\/\*$/, '')));

/**
 * `fosstodon.org`, `https://fosstodon.org/home` → `fosstodon.org`; null when it is not a host
 * name. The options page checks what the user types with it, and the settings schema keeps only
 * values it returns unchanged (issue 12: a restored `"x.com/../"` registered a second script).
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
  const customSites = Array.isArray(local.customSites)
    ? unique(local.customSites.filter(isCustomSite)).slice(0, SETTINGS_LIMITS.customSites)
    : [];
  // Switches only for sites that exist: a built-in one or a listed custom host.
  const known = new Set<string>([...PLATFORMS, ...customSites]);
  const sites: Record<string, boolean> = {};
  if (isObj(local.sites))
    for (const [k, v] of Object.entries(local.sites))
      if (typeof v === 'boolean' && known.has(k)) sites[k] = v;
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
  };
}

/** Whether Postcoach runs on a site (by site id or host); on unless switched off. */
export function siteEnabled(settings: Settings, site: string): boolean {
  return settings.sites[site] !== false;
}
