// The engine's vocabulary. Everything here is plain data so that an Analysis can cross
// structured-clone boundaries (runtime messages, IndexedDB) and JSON unchanged.

export const PLATFORMS = [
  'x',
  'linkedin',
  'facebook',
  'instagram',
  'threads',
  'mastodon',
  'bluesky',
  'reddit',
  'generic',
] as const;
export type Platform = (typeof PLATFORMS)[number];

export const KINDS = ['post', 'reply', 'comment'] as const;
export type Kind = (typeof KINDS)[number];

export const LANGUAGES = ['en', 'bn'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The six reasons small businesses fail on social media (README.md, "why" table). */
export const REASONS = ['plan', 'content', 'audience', 'voice', 'listening', 'commitment'] as const;
export type Reason = (typeof REASONS)[number];

export const INTENTS = ['selling', 'listening', 'sharing'] as const;
export type Intent = (typeof INTENTS)[number];

export type Severity = 'tip' | 'warn' | 'error';

export interface Context {
  platform: Platform;
  kind: Kind;
  language?: Language;
  /** A server's own character limit (Mastodon instances can change theirs). */
  limit?: number;
}

/** A half-open range of UTF-16 code units into the analysed text: text.slice(start, end). */
export interface Range {
  start: number;
  end: number;
}

export interface Entity extends Range {
  /** The text as written, including its sigil (`#`, `@`, `$`). */
  text: string;
}

export interface Entities {
  hashtags: Entity[];
  mentions: Entity[];
  urls: Entity[];
  cashtags: Entity[];
  emoji: Entity[];
}

export interface Counts {
  /** UTF-16 code units, as `String.prototype.length` counts. */
  characters: number;
  /** User-perceived characters (extended grapheme clusters). */
  graphemes: number;
  words: number;
  sentences: number;
  /** The platform's own count (X: twitter-text weighting; Mastodon: URLs as 23, ...). */
  weighted: number;
  limit: number;
  /** How far over the limit the draft is; 0 when within it. */
  over: number;
}

/** A message to show: an id into `_locales/<lang>/messages.json` and its positional parameters. */
export interface Message {
  id: string;
  params?: (string | number)[];
}

export interface Evidence extends Range {
  text: string;
}

export interface Finding {
  rule: string;
  reason: Reason;
  severity: Severity;
  message: Message;
  evidence: Evidence[];
  suggestion: Message;
  /** Points taken off the quality or voice score by this finding (0 for advice only). */
  penalty: number;
  /** Which score the penalty applies to. */
  score: 'quality' | 'voice' | 'none';
}

export interface IntentCue extends Evidence {
  intent: Intent;
  /** What kind of cue it is (`price`, `imperative`, `question`, ...), for explanations. */
  cue: string;
  weight: number;
}

export interface IntentResult {
  label: Intent;
  scores: Record<Intent, number>;
  evidence: IntentCue[];
}

export interface Analysis {
  /** Bumped when the shape changes; stored with history records. */
  version: 1;
  language: Language;
  platform: Platform;
  kind: Kind;
  counts: Counts;
  entities: Entities;
  intent: IntentResult;
  /**
   * Content quality 0–100 (docs/scoring.md); 0 on a blank draft, which has no score: read `blank`.
   */
  quality: number;
  /** Voice 0–100 (docs/scoring.md); 0 on a blank draft. */
  voice: number;
  /** Nothing but white space: nothing to coach yet, no findings and no score. */
  blank: boolean;
  /** The pill's number (src/core/score.ts), in the band of the worst finding; null when blank. */
  score: number | null;
  /** Set when an `error` finding holds the score down, for the panel to say why. */
  cap: ScoreCap | null;
  findings: Finding[];
}

/** An `error` holds quality or voice (and so the pill's number) at `limit` at most. */
export interface ScoreCap {
  limit: number;
  /** The rules whose errors cap the score. */
  rules: string[];
  message: Message;
}
