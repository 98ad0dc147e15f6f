// The message router: validated messages in, one IndexedDB transaction per write, a Reply out.
// Kept free of `browser` so tests drive it with fake-indexeddb and plain objects.
//
// One handler per message type in HANDLERS, typed by src/messages.ts: a type without a handler,
// or a handler answering the wrong reply, fails tsc (see the steps at the top of that file).

import type { Settings } from '../core/model';
import { keepText, toRecord } from '../core/model';
import type { OwnerFinding } from '../core/owner-findings';
import type { Message, MessageOf, Replies, Reply } from '../messages';
import type { DB } from '../storage/db';
import {
  addPost,
  applyPrivacy,
  clearAll,
  deleteKpi,
  deletePost,
  enforceRetention,
  putKpi,
  putPosts,
} from '../storage/write';
import { handleCounts } from './counts';
import { abortImport, commitImport, stageImport } from './import';
import { afterCountsWritten, noteRefreshed, refreshOwnerFindings } from './owner-refresh';
import type { SendLimiter } from './ratelimit';
import { restoreBackup } from './restore';
import { parseMessage, type SenderLike, senderAllowed } from './validate';

export interface RouterDeps {
  db: () => Promise<DB>;
  settings: () => Promise<Settings>;
  clearSettings: () => Promise<void>;
  /** Writes a whole Settings (a restore's); without it a restore cannot carry settings. */
  saveSettings?: (settings: Settings) => Promise<void>;
  extensionId: string;
  /** The extension's own origin, e.g. `chrome-extension://ID/`. */
  origin: string;
  now?: () => number;
  /** Sends per tab (src/background/ratelimit.ts); without it every send is taken. */
  sendLimiter?: SendLimiter;
  /** Count readings per tab; without it every reading is taken. */
  countsLimiter?: SendLimiter;
  /** Notes when counts were last read on a site (the popup's Now tab says so). */
  countsRead?: (site: string, time: number) => Promise<void>;
  /** Keeps the owner's clear findings for the pill (`ownerFindings` in storage.local). */
  saveOwnerFindings?: (findings: OwnerFinding[]) => Promise<void>;
}

/** What a handler gets besides its message: the router's dependencies, the sender, the time. */
export interface HandlerContext {
  deps: RouterDeps;
  sender: SenderLike;
  now: number;
}

export type Handler<K extends Message['type']> = (
  msg: MessageOf<K>,
  ctx: HandlerContext,
) => Promise<Replies[K]>;
export type Handlers = { [K in Message['type']]: Handler<K> };

export const HANDLERS: Handlers = {
  'post/sent': async (msg, { deps, sender, now }) => {
    if (msg.analysis.platform !== msg.platform || msg.analysis.kind !== msg.kind) {
      throw new Error('analysis does not match the platform or kind');
    }
    const limit = await deps.sendLimiter?.(sender.tab?.id, now);
    if (limit && !limit.allowed) return { added: false, refused: 'rate-limited', retryMs: limit.retryMs };
    const [db, settings] = await Promise.all([deps.db(), deps.settings()]);
    const text = keepText(msg.text, settings.privacy);
    const record = toRecord(msg.analysis, {
      id: msg.draftId,
      time: msg.time,
      composeMs: msg.composeMs,
      source: msg.manual ? 'manual' : 'live',
      ...(text !== undefined ? { text } : {}),
    });
    const added = await addPost(db, record);
    await enforceRetention(db, now, settings.retentionDays);
    return { added };
  },
  'posts/put': async (msg, { deps, now }) => {
    const [db, settings] = await Promise.all([deps.db(), deps.settings()]);
    const records = msg.records.map((r) => {
      const text = r.text === undefined ? undefined : keepText(r.text, settings.privacy);
      const next = { ...r };
      if (text === undefined) delete next.text;
      else next.text = text;
      return next;
    });
    const { added, skipped } = await putPosts(db, records);
    await enforceRetention(db, now, settings.retentionDays);
    return { added, skipped };
  },
  'counts/read': (msg, { deps, sender, now }) => handleCounts(msg, deps, sender, now),
  'outcomes/get': async (msg, { deps, now }) => {
    // Learning runs the engine over every post with counts: here, not in the popup's bundle.
    const outcomes = await refreshOwnerFindings(deps, msg.timeZone);
    noteRefreshed(deps, now);
    return outcomes;
  },
  'post/delete': async (msg, { deps }) => ({ deleted: await deletePost(await deps.db(), msg.id) }),
  'kpi/put': async (msg, { deps, now }) => {
    const db = await deps.db();
    if (msg.value === null) await deleteKpi(db, msg.week, msg.kpi);
    else await putKpi(db, { week: msg.week, kpi: msg.kpi, value: msg.value, time: now });
    return null;
  },
  'data/deleteAll': async (_msg, { deps }) => {
    await clearAll(await deps.db());
    await deps.clearSettings();
    return null;
  },
  'data/restore': (msg, { deps }) => restoreBackup(msg, deps),
  'data/applySettings': async (_msg, { deps, now }) => {
    const [db, settings] = await Promise.all([deps.db(), deps.settings()]);
    const removed = await enforceRetention(db, now, settings.retentionDays);
    const trimmed = await applyPrivacy(db, settings.privacy);
    return { removed, trimmed };
  },
  'import/stage': async (msg, { now }) => stageImport(msg, now),
  'import/commit': (msg, { deps, now }) =>
    commitImport(msg, { ...deps, countsChanged: () => afterCountsWritten(deps, now, true, true) }, now),
  'import/abort': async (msg, { now }) => abortImport(msg, now),
};

/** The door: parse, check the sender, run the message's handler, and wrap what comes out in a Reply. */
export async function handle(
  raw: unknown,
  sender: SenderLike,
  deps: RouterDeps,
  handlers: Handlers = HANDLERS,
): Promise<Reply> {
  const parsed = parseMessage(raw);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const msg = parsed.message;
  if (!senderAllowed(msg.type, sender, deps.extensionId, deps.origin)) {
    return { ok: false, error: `sender not allowed for ${msg.type}` };
  }
  // TypeScript cannot tie `msg.type` to the handler it picks: the table's type does that.
  const run = handlers[msg.type] as (m: Message, ctx: HandlerContext) => Promise<unknown>;
  try {
    return { ok: true, value: await run(msg, { deps, sender, now: deps.now?.() ?? Date.now() }) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}
