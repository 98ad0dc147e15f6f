// The domain's own types: the post record, the goals and the settings, with their defaults. Pure
// (no browser API): the engine, the summaries, storage, the pages and the CLI all read them here,
// and storage imports them from here, never the other way round.
import type { EngagementReading } from './outcomes/types';
import type { Analysis, Intent, Kind, Language, Platform, Reason, Severity } from './types';

/**
 * The one record of a sent post: what the content script reports, the database stores, the
 * scorecard reads and the exports write. Bump RECORD_VERSION with a migration when it changes
 * (src/storage/db.ts `upgradeRecord`). v2 added `engagement`.
 */
export const RECORD_VERSION = 2;

/** `manual`: added from the pill after a send the content script could not confirm. */
export type PostSource = 'live' | 'import' | 'manual';

export interface FindingRef {
  rule: string;
  reason: Reason;
  severity: Severity;
}

export interface PostRecord {
  /** live: a random id made when the draft started; import: `<platform>:<the platform's post id>`. */
  id: string;
  v: typeof RECORD_VERSION;
  /** When it was posted, ms since the epoch (UTC). */
  time: number;
  platform: Platform;
  kind: Kind;
  language: Language;
  intent: Intent;
  intentScores: Record<Intent, number>;
  quality: number;
  voice: number;
  findings: FindingRef[];
  /** Characters in the platform's own counting. */
  characters: number;
  /** First keystroke to send, in ms; null where unknown (imports). */
  composeMs: number | null;
  source: PostSource;
  /** The text as the privacy setting allows: all of it, a 140-character excerpt, or absent. */
  text?: string;
  /**
   * The latest reading of the post's public counts (replies, reposts, likes, views), from its
   * archive or read on the site when the owner looked at their own post; absent when never read.
   */
  engagement?: EngagementReading;
}

/**
 * Builds a record from an analysis; `text` is already cut to what the privacy setting keeps. The
 * pill's own fields (blank, score, cap) are not read: the background does not receive them.
 */
export function toRecord(
  analysis: Omit<Analysis, 'blank' | 'score' | 'cap'>,
  meta: { id: string; time: number; composeMs: number | null; source: PostSource; text?: string },
): PostRecord {
  const record: PostRecord = {
    id: meta.id,
    v: RECORD_VERSION,
    time: meta.time,
    platform: analysis.platform,
    kind: analysis.kind,
    language: analysis.language,
    intent: analysis.intent.label,
    intentScores: { ...analysis.intent.scores },
    quality: analysis.quality,
    voice: analysis.voice,
    findings: analysis.findings.map((f) => ({ rule: f.rule, reason: f.reason, severity: f.severity })),
    characters: analysis.counts.weighted,
    composeMs: meta.composeMs,
    source: meta.source,
  };
  if (meta.text !== undefined) record.text = meta.text;
  return record;
}

/** One KPI the owner typed in for one week (followers, enquiries, site visits from social, ...). */
export interface KpiEntry {
  /** The week's first day in the user's time zone, `YYYY-MM-DD`. */
  week: string;
  /** The KPI's name as the owner wrote it in the options page. */
  kpi: string;
  value: number;
  /** When it was logged, ms since the epoch. */
  time: number;
}

/** The text kept for a record under a privacy setting: all of it, 140 characters, or nothing. */
export type PrivacyMode = 'full' | 'excerpt' | 'metrics';
export const EXCERPT_LENGTH = 140;

/** Cuts text to what the privacy mode keeps; never splits a surrogate pair. */
export function keepText(text: string, mode: PrivacyMode): string | undefined {
  if (mode === 'metrics') return undefined;
  if (mode === 'full') return text;
  const cps = Array.from(text);
  return cps.length <= EXCERPT_LENGTH ? text : `${cps.slice(0, EXCERPT_LENGTH - 1).join('')}…`;
}

export const SELLING_RULES = ['80-20', '4-1-1', '5-3-2', 'thirds'] as const;
export type SellingRule = (typeof SELLING_RULES)[number];

/**
 * The share of posts each content-mix rule allows for selling, and the share it asks for
 * listening (conversation, personal, replies). The sources:
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

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getDay` counts. */
export type WeekDay = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface Goals {
  postsPerWeek: number;
  sellingRule: SellingRule;
  focusPlatforms: Platform[];
  /** KPIs the owner logs by hand each week in the popup. */
  kpis: string[];
  weekStart: WeekDay;
  /**
   * What the week's median quality is held against: `own`, the owner's own median over their
   * recent history (the general 70 until there are enough posts); `general`, always 70. Missing = own.
   */
  qualityGoal?: QualityGoal;
}

export const QUALITY_GOALS = ['own', 'general'] as const;
export type QualityGoal = (typeof QUALITY_GOALS)[number];

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
  /**
   * Per-site consent (site id → on) to read the visible counts of the owner's own posts when the
   * owner looks at them; missing = off. Only numbers and the time they were read are kept.
   */
  readCounts: Record<string, boolean>;
  /** The owner's handle or page per site id, confirmed once in options (`@bakery`, `in/bakery`). */
  ownerHandles: Record<string, string>;
}

export const RETENTION_CHOICES = [30, 90, 180, 365, 730, 0] as const;

export const DEFAULT_GOALS: Goals = {
  postsPerWeek: 3,
  sellingRule: '80-20',
  focusPlatforms: [],
  kpis: [],
  weekStart: 1,
  // qualityGoal absent: the owner's own median (see Goals.qualityGoal).
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
  readCounts: {},
  ownerHandles: {},
};
