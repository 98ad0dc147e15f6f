// The typed protocol between content scripts, popup, options and background, named by direction
// (as Dark Reader names its own): CStoBG and UItoBG go to the background, which validates every
// one at its door (src/background/validate.ts) before acting on it; ToCS goes to content scripts
// (`tabs.sendMessage`). Each direction has a reply map, so a sender gets the reply type of the
// message it sent and the router must answer every type (src/background/router.ts).
//
// Adding a message to the background (tsc fails at each step until it is done): its interface
// here, a member of CStoBG or UItoBG, its reply in `Replies`; its schema in
// src/background/validate.ts `MessageSchema` (held equal to `Message`) and, for CStoBG, its type in
// `CONTENT_TYPES` there (who may send it follows from its direction); its handler in
// src/background/router.ts `HANDLERS`.

import type { CostStats } from './content/stats';
import type { KpiEntry, PostRecord, PrivacyMode } from './core/model';
import type { OwnerOutcomes } from './core/summary/outcome-words';
import type { Analysis, Kind, Platform } from './core/types';

/** Sent by the content script when a post was really sent (composer emptied or closed). */
export interface PostSentMessage {
  type: 'post/sent';
  /** Made when the draft started, so a double click on the send button records once. */
  draftId: string;
  platform: Platform;
  kind: Kind;
  /** When it was sent, ms since the epoch. */
  time: number;
  /** First keystroke to send, in ms. */
  composeMs: number;
  text: string;
  analysis: SentAnalysis;
  /**
   * The user added it from the pill ("Add this post to your history") after a send the content
   * script could not confirm: stored with `source: 'manual'`.
   */
  manual?: true;
}

/**
 * The analysis as the background takes it: the pill's own fields (blank, score, cap) stay in the
 * page, since a record keeps only what src/core/model.ts `toRecord` reads.
 */
export type SentAnalysis = Omit<Analysis, 'blank' | 'score' | 'cap'>;

/**
 * The background's answer to `post/sent`: recorded (or already there), or refused because the
 * tab sent more than a person does (src/background/ratelimit.ts); nothing was written.
 */
export type PostSentReply = { added: boolean } | { added: false; refused: 'rate-limited'; retryMs: number };

/**
 * Content script → background: the visible counts under the owner's own posts, read
 * where the owner allowed it for this site and on the owner's own page. Only the owner's posts,
 * with their text and time for matching to the history; only the numbers are kept.
 * Reply: `Reply<CountsReadReply>`.
 */
export interface CountsReadMessage {
  type: 'counts/read';
  platform: Platform;
  /** The owner's handle the content script checked the posts' authors against. */
  handle: string;
  posts: {
    text: string;
    /** The post's own timestamp from the page; null where the page shows none. */
    time: number | null;
    /** Absent where the page shows no reply counter (Mastodon's focal post): unknown, not 0. */
    replies?: number;
    reposts: number;
    likes: number;
    views?: number;
  }[];
}

/**
 * Readings written (`matched`), the owner's posts the history does not hold or could not tell
 * apart (`unmatched`); or refused with nothing written: consent off, not the owner's handle,
 * or more readings than a person's scrolling makes (src/background/ratelimit.ts).
 */
export type CountsReadReply =
  | { matched: number; unmatched: number }
  | { matched: 0; refused: 'off' | 'not-owner' | 'rate-limited'; retryMs?: number };

/** Asked by the popup of the active tab's content script (tab protocol only). Reply: `DraftInfo | null`. */
export interface DraftGetMessage {
  type: 'draft/get';
}

/** What the content script answers to `draft/get`: the focused (or last edited) composer's draft. */
export interface DraftInfo {
  analysis: Analysis;
  /** The draft's text, shown in the popup only as text (never as HTML). Optional. */
  text?: string;
}

/** Popup → background: delete one post from the history. Reply: `Reply<{ deleted: boolean }>`. */
export interface PostDeleteMessage {
  type: 'post/delete';
  id: string;
}

/**
 * Options/import → background: write many records in ONE transaction; ids already stored are
 * skipped, never overwritten. Reply: `Reply<{ added: number; skipped: number }>`.
 */
export interface PostsPutMessage {
  type: 'posts/put';
  records: PostRecord[];
}

/** Popup → background: log (or clear, with `value: null`) one KPI for one week. Reply: `Reply<null>`. */
export interface KpiPutMessage {
  type: 'kpi/put';
  /** The week's first day in the user's time zone, `YYYY-MM-DD`. */
  week: string;
  kpi: string;
  value: number | null;
}

/** Options → background: empty the database and the settings. Reply: `Reply<null>`. */
export interface DataDeleteAllMessage {
  type: 'data/deleteAll';
}

/**
 * Options → background: replace the history with a backup's posts and KPI entries, and the
 * settings with its settings, all or nothing. Large backups send their posts first
 * as `import/stage` chunks with `restore: true` and name them here by `importId` and `count`.
 * Reply: `Reply<{ posts: number; kpis: number }>`.
 */
export interface DataRestoreMessage {
  type: 'data/restore';
  posts: PostRecord[];
  kpis: KpiEntry[];
  importId?: string;
  count?: number;
  /** The backup's settings (goals included); checked and capped by the settings schema. */
  settings?: Record<string, unknown>;
}

/** Options → background: apply retention and the privacy setting to what is already stored. */
export interface DataApplySettingsMessage {
  type: 'data/applySettings';
}

/**
 * Options → background (src/background/import.ts): one chunk of an archive import's
 * records, held in memory until `import/commit`. Reply: `Reply<{ staged: number }>`.
 */
export interface ImportStageMessage {
  type: 'import/stage';
  importId: string;
  /** 0, 1, 2, … in order. */
  seq: number;
  records: PostRecord[];
  /** Chunks of a backup's posts for `data/restore` (any source), not of an archive import. */
  restore?: boolean;
}

/**
 * Options → background: write every staged record of the import in ONE transaction (existing
 * ids skipped; posts older than the retention period not written).
 * Reply: `Reply<{ added: number; skipped: number; expired: number }>`.
 */
export interface ImportCommitMessage {
  type: 'import/commit';
  importId: string;
  /** How many records were staged, as a check. */
  count: number;
}

/** Options → background: drop a staged import. Reply: `Reply<null>`. */
export interface ImportAbortMessage {
  type: 'import/abort';
  importId: string;
}

/**
 * Popup → background: learn what works for the owner from the posts with counts, in
 * the owner's time zone. The background also keeps the clear findings for the pill
 * (`ownerFindings` in storage.local). Reply: `Reply<OwnerOutcomes>` (src/core/summary/outcome-words.ts).
 */
export interface OutcomesGetMessage {
  type: 'outcomes/get';
  /** An IANA time zone, e.g. `Asia/Dhaka`: weekdays and hours are the owner's. */
  timeZone: string;
}

/** What `import/commit` wrote. */
export interface ImportCommitReply {
  added: number;
  skipped: number;
  /** Already stored, with an older reading of their counts that this import's replaced. */
  updated: number;
  /** Older than the retention period: not written. */
  expired: number;
  /** How long the one write transaction took (diagnostics); absent when nothing was staged. */
  writeMs?: number;
}

/** Content script → background. */
export type CStoBG = PostSentMessage | CountsReadMessage;

/** Extension pages (popup, options) → background. */
export type UItoBG =
  | PostDeleteMessage
  | PostsPutMessage
  | KpiPutMessage
  | DataDeleteAllMessage
  | DataRestoreMessage
  | DataApplySettingsMessage
  | ImportStageMessage
  | ImportCommitMessage
  | ImportAbortMessage
  | OutcomesGetMessage;

/** Everything the background answers: what its door (src/background/validate.ts) accepts. */
export type Message = CStoBG | UItoBG;

/** The background's reply to each message, by type (inside `Reply`'s `value`). */
export interface Replies {
  'post/sent': PostSentReply;
  'counts/read': CountsReadReply;
  'post/delete': { deleted: boolean };
  'posts/put': { added: number; skipped: number };
  'kpi/put': null;
  'data/deleteAll': null;
  'data/restore': { posts: number; kpis: number; privacy: PrivacyMode };
  'data/applySettings': { removed: number; trimmed: number };
  'import/stage': { staged: number };
  'import/commit': ImportCommitReply;
  'import/abort': null;
  'outcomes/get': OwnerOutcomes;
}

/** The message of one type. */
export type MessageOf<K extends Message['type']> = Extract<Message, { type: K }>;

/** Background → content script (the `open-panel` keyboard command): open the nudge panel. */
export interface PanelOpenMessage {
  type: 'panel/open';
}

/** Extension pages and tests → content script: the content script's own measured costs. */
export interface StatsGetMessage {
  type: 'stats/get';
  /** Clear the figures after reading them. */
  reset?: boolean;
}

/** Popup → content script: what Postcoach sees on this page. Reply: `Reply<PageStatus>`. */
export interface PageStatusMessage {
  type: 'page/status';
}

/** What the popup's Now tab says about the current tab (tell the user when a site changed). */
export interface PageStatus {
  /** The site adapter serving the page (`generic` for a site the user added). */
  site: string;
  /** Composers found on the page (open shadow roots included). */
  composers: number;
  /** When the last post from this page was recorded (ms since the epoch); null: none yet. */
  lastSentAt: number | null;
}

/** Messages answered by content scripts (sent with `tabs.sendMessage`, never to the background). */
export type ToCS = DraftGetMessage | PanelOpenMessage | StatsGetMessage | PageStatusMessage;
export type TabMessage = ToCS;

/** The content script's reply to each tab message, by type (src/content/index.ts). */
export interface TabReplies {
  'draft/get': DraftInfo | null;
  /** Whether a composer's panel was opened. */
  'panel/open': boolean;
  'stats/get': CostStats & { composers: number; pills: number };
  'page/status': PageStatus;
}

export type TabMessageOf<K extends ToCS['type']> = Extract<ToCS, { type: K }>;

/**
 * True when A and B are the same type: the same keys, the same optional ones, the same types, all
 * the way down. Both sides are first rewritten as plain object types, since the identity check
 * (the `<T>() => T extends A` trick) tells an interface from an equal object type.
 */
export type Equal<A, B> =
  (<T>() => T extends Plain<A> ? 1 : 2) extends <T>() => T extends Plain<B> ? 1 : 2 ? true : false;
type Plain<T> = T extends object ? { [K in keyof T]: Plain<T[K]> } : T;

/** tsc fails here when a reply map and its protocol disagree (a type without a reply, or the reverse). */
export type Assert<T extends true> = T;
export type RepliesCoverMessages = Assert<Equal<keyof Replies, Message['type']>>;
export type TabRepliesCoverTabMessages = Assert<Equal<keyof TabReplies, ToCS['type']>>;

/** Every reply has this shape, so a caller can tell an error from a result. */
export type Reply<T = unknown> = { ok: true; value: T } | { ok: false; error: string };
