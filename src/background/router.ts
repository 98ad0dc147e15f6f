// The message router: validated messages in, one IndexedDB transaction per write, a Reply out.
// Kept free of `browser` so tests drive it with fake-indexeddb and plain objects.

import type { Settings } from '../core/model';
import { keepText, toRecord } from '../core/model';
import { type OwnerFinding, ownerFindings } from '../core/owner-findings';
import { MAX_OUTCOME_POSTS, ownerOutcomes } from '../core/summary/outcomes';
import type { Message, PostSentReply, Reply } from '../messages';
import type { DB } from '../storage/db';
import { postsWithCounts } from '../storage/read';
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
import { handleImport } from './import';
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
  /** Keeps the owner's clear findings for the pill (`ownerFindings` in storage.local). */
  saveOwnerFindings?: (findings: OwnerFinding[]) => Promise<void>;
}

export async function handle(raw: unknown, sender: SenderLike, deps: RouterDeps): Promise<Reply> {
  const parsed = parseMessage(raw);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const msg = parsed.message;
  if (!senderAllowed(msg.type, sender, deps.extensionId, deps.origin)) {
    return { ok: false, error: `sender not allowed for ${msg.type}` };
  }
  try {
    return { ok: true, value: await act(msg, deps, sender) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

async function act(msg: Message, deps: RouterDeps, sender: SenderLike): Promise<unknown> {
  const now = deps.now?.() ?? Date.now();
  switch (msg.type) {
    case 'post/sent': {
      if (msg.analysis.platform !== msg.platform || msg.analysis.kind !== msg.kind) {
        throw new Error('analysis does not match the platform or kind');
      }
      const limit = await deps.sendLimiter?.(sender.tab?.id, now);
      if (limit && !limit.allowed) {
        return { added: false, refused: 'rate-limited', retryMs: limit.retryMs } satisfies PostSentReply;
      }
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
      return { added } satisfies PostSentReply;
    }
    case 'posts/put': {
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
    }
    case 'outcomes/get': {
      // Learning runs the engine over every post with counts: here, not in the popup's bundle.
      const [db, settings] = await Promise.all([deps.db(), deps.settings()]);
      const records = await postsWithCounts(db, MAX_OUTCOME_POSTS);
      const outcomes = ownerOutcomes(records, { timeZone: msg.timeZone, goals: settings.goals });
      await deps.saveOwnerFindings?.(ownerFindings(outcomes.whatWorks));
      return outcomes;
    }
    case 'post/delete':
      return { deleted: await deletePost(await deps.db(), msg.id) };
    case 'kpi/put': {
      const db = await deps.db();
      if (msg.value === null) await deleteKpi(db, msg.week, msg.kpi);
      else await putKpi(db, { week: msg.week, kpi: msg.kpi, value: msg.value, time: now });
      return null;
    }
    case 'data/deleteAll': {
      await clearAll(await deps.db());
      await deps.clearSettings();
      return null;
    }
    case 'data/restore':
      return restoreBackup(msg, deps);
    case 'data/applySettings': {
      const [db, settings] = await Promise.all([deps.db(), deps.settings()]);
      const removed = await enforceRetention(db, now, settings.retentionDays);
      const trimmed = await applyPrivacy(db, settings.privacy);
      return { removed, trimmed };
    }
    case 'import/stage':
    case 'import/commit':
    case 'import/abort':
      return handleImport(msg, deps, now);
    case 'draft/get':
      throw new Error('draft/get is answered by content scripts');
  }
}
