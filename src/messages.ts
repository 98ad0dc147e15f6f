// The typed protocol between content scripts, popup, options and background: one
// discriminated union. The background validates every message at its door (see
// src/background/validate.ts) before acting on it.

import type { KpiEntry, PostRecord } from './core/model';
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
  analysis: Analysis;
  /**
   * The user added it from the pill ("Add this post to your history") after a send the content
   * script could not confirm (issue 11): stored with `source: 'manual'`.
   */
  manual?: true;
}

/**
 * The background's answer to `post/sent`: recorded (or already there), or refused because the
 * tab sent more than a person does (src/background/ratelimit.ts, issue 12); nothing was written.
 */
export type PostSentReply = { added: boolean } | { added: false; refused: 'rate-limited'; retryMs: number };

/** Asked by the popup of the active tab's content script. Reply: `Reply<DraftInfo | null>`. */
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
 * settings with its settings, all or nothing (issue 12). Large backups send their posts first
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
 * Options → background (issue 5, src/background/import.ts): one chunk of an archive import's
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
 * Popup → background: learn what works for the owner from the posts with counts (issue 14), in
 * the owner's time zone. The background also keeps the clear findings for the pill
 * (`ownerFindings` in storage.local). Reply: `Reply<OwnerOutcomes>` (src/core/summary/outcome-words.ts).
 */
export interface OutcomesGetMessage {
  type: 'outcomes/get';
  /** An IANA time zone, e.g. `Asia/Dhaka`: weekdays and hours are the owner's. */
  timeZone: string;
}

export type Message =
  | PostSentMessage
  | DraftGetMessage
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

/** What the popup's Now tab says about the current tab (issue 11: tell the user when a site changed). */
export interface PageStatus {
  /** The site adapter serving the page (`generic` for a site the user added). */
  site: string;
  /** Composers found on the page (open shadow roots included). */
  composers: number;
  /** When the last post from this page was recorded (ms since the epoch); null: none yet. */
  lastSentAt: number | null;
}

/** Messages answered by content scripts (sent with `tabs.sendMessage`, never to the background). */
export type TabMessage = DraftGetMessage | PanelOpenMessage | StatsGetMessage | PageStatusMessage;

/** Every reply has this shape, so a caller can tell an error from a result. */
export type Reply<T = unknown> = { ok: true; value: T } | { ok: false; error: string };
