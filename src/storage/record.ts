import type { Analysis, Intent, Kind, Language, Platform, Reason, Severity } from '../core/types';

/**
 * The one record of a sent post: what the content script reports, the database stores, the
 * scorecard reads and the exports write. Bump RECORD_VERSION with a migration when it changes.
 */
export const RECORD_VERSION = 1;

/** `manual`: added from the pill after a send the content script could not confirm (issue 11). */
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
}

/** Builds a record from an analysis; `text` is already cut to what the privacy setting keeps. */
export function toRecord(
  analysis: Analysis,
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
