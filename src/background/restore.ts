// Restoring a backup: all or nothing. The backup's settings are
// checked and capped first (the settings schema, src/storage/goals.ts), its posts arrive as staged
// chunks (a 200 MB backup does not fit in one runtime message), every text is cut to the privacy
// mode, then the settings are written and the history replaced in one transaction; if that
// transaction fails the old settings are put back, so the user ends with the old state or the new
// one, never a mix. Called by the router for `data/restore`.

import { keepText, type PostRecord, type PrivacyMode, type Settings } from '../core/model';
import type { DataRestoreMessage } from '../messages';
import type { DB } from '../storage/db';
import { normalizeSettings } from '../storage/goals';
import { restoreAll } from '../storage/write';
import { takeStaged } from './import';

export interface RestoreDeps {
  db: () => Promise<DB>;
  settings: () => Promise<Settings>;
  /** Writes every setting (a full Settings replaces what is stored). */
  saveSettings?: (settings: Settings) => Promise<void>;
}

const STRICTNESS: Record<PrivacyMode, number> = { full: 0, excerpt: 1, metrics: 2 };

/**
 * The privacy mode a restore applies: the stricter of the one the user has now and the backup's.
 * A backup made under "full text" must not bring texts back into a browser set to keep metrics
 * only, and one made under "metrics" has no texts to bring.
 */
export function restorePrivacy(current: PrivacyMode, backup: PrivacyMode): PrivacyMode {
  return STRICTNESS[backup] > STRICTNESS[current] ? backup : current;
}

/** Settings as a backup carries them (goals inside) → valid, capped Settings. */
export function restoredSettings(raw: Record<string, unknown>): Settings {
  const { goals, ...local } = raw;
  return normalizeSettings(local, { goals });
}

function trimmed(records: PostRecord[], mode: PrivacyMode): PostRecord[] {
  if (mode === 'full') return records;
  return records.map((r) => {
    if (r.text === undefined) return r;
    const text = keepText(r.text, mode);
    const next = { ...r };
    if (text === undefined) delete next.text;
    else next.text = text;
    return next;
  });
}

export async function restoreBackup(
  msg: DataRestoreMessage,
  deps: RestoreDeps,
): Promise<{ posts: number; kpis: number; privacy: PrivacyMode }> {
  const staged = msg.importId === undefined ? null : takeStaged(msg.importId, msg.count ?? 0, 'restore');
  const posts = staged ? [...msg.posts, ...staged.chunks.flat()] : msg.posts;
  const [db, current] = await Promise.all([deps.db(), deps.settings()]);
  let next: Settings | null = null;
  if (msg.settings !== undefined) {
    if (!deps.saveSettings) throw new Error('settings cannot be restored here; nothing was written');
    const wanted = restoredSettings(msg.settings);
    next = { ...wanted, privacy: restorePrivacy(current.privacy, wanted.privacy) };
  }
  const privacy = next?.privacy ?? current.privacy;
  const records = trimmed(posts, privacy);
  if (next) {
    try {
      await deps.saveSettings!(next);
    } catch (error) {
      await deps.saveSettings!(current).catch(() => undefined);
      throw new Error(`the backup's settings could not be saved (${reason(error)}); nothing was changed`);
    }
  }
  try {
    await restoreAll(db, records, msg.kpis);
  } catch (error) {
    // The transaction was aborted (nothing written): put the old settings back. The database's
    // own error goes on as it is, so the popup can tell a full disk (src/storage/problem.ts).
    if (next) await deps.saveSettings!(current).catch(() => undefined);
    throw error;
  }
  return { posts: records.length, kpis: msg.kpis.length, privacy };
}

const reason = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));
