// Writes to the history: the background is their only caller (biome.json fences this module
// to src/background/), so that one process owns every transaction.
import { type KpiEntry, keepText, type PostRecord, type PrivacyMode } from '../core/model';
import type { ShownReading } from '../core/outcomes/match';
import type { DB } from './db';

/** For requests issued without waiting: their failure is the transaction's, reported by `tx.done`. */
const settled = (): void => undefined;

/**
 * Runs the body of a write transaction: all or nothing. A write the browser refuses at once (the
 * disk or quota full, a value it cannot store) throws from inside the body; the transaction is
 * then aborted, so that the writes already issued (a `clear()` before a restore's puts) are
 * undone instead of committed.
 */
async function allOrNothing<T>(
  tx: { abort(): void; done: Promise<void> },
  body: () => Promise<T>,
): Promise<T> {
  try {
    const out = await body();
    await tx.done;
    return out;
  } catch (e) {
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {}
    throw e;
  }
}

/** Adds one record unless its id exists (a double-clicked send records once). */
export async function addPost(db: DB, record: PostRecord): Promise<boolean> {
  const tx = db.transaction('posts', 'readwrite');
  return allOrNothing(tx, async () => {
    const exists = await tx.store.getKey(record.id);
    if (!exists) await tx.store.add(record);
    return !exists;
  });
}

/**
 * Writes many records in ONE transaction, skipping ids already stored — except that a stored
 * post whose incoming copy carries a newer reading of its counts (a re-imported archive) takes
 * that reading: counts change, the latest one wins. Nothing else of it is touched.
 */
export async function putPosts(
  db: DB,
  records: PostRecord[],
): Promise<{ added: number; skipped: number; updated: number }> {
  const tx = db.transaction('posts', 'readwrite');
  return allOrNothing(tx, async () => {
    let added = 0;
    let skipped = 0;
    let updated = 0;
    // All look-ups are issued at once (one round trip), then the writes: still one transaction.
    // Only records that bring counts need the stored copy; the others only its key.
    const existing = await Promise.all(
      records.map((r) => {
        const found: Promise<unknown> = r.engagement ? tx.store.get(r.id) : tx.store.getKey(r.id);
        found.catch(settled); // an invalid id later in the list aborts the lot: not unhandled
        return found;
      }),
    );
    const seen = new Set<string>();
    records.forEach((r, i) => {
      const stored = existing[i];
      if (stored !== undefined || seen.has(r.id)) {
        skipped++;
        if (stored && typeof stored === 'object' && r.engagement && !seen.has(r.id)) {
          const old = stored as PostRecord;
          if (!old.engagement || old.engagement.readAt < r.engagement.readAt) {
            tx.store.put({ ...old, engagement: r.engagement }).catch(settled);
            updated++;
          }
        }
        seen.add(r.id);
        return;
      }
      seen.add(r.id);
      tx.store.add(r).catch(settled);
      added++;
    });
    return { added, skipped, updated };
  });
}

/**
 * Writes the latest reading of each post's counts, in one transaction: a reading replaces the
 * stored one only when it was taken later (counts change; an older reading arriving late, or
 * the same one twice, changes nothing). A post no longer stored is skipped. A reading that
 * does not show the replies (a page without that counter) keeps the stored reading's replies;
 * with none stored it is not written: a 0 would be a guess, and engagement is their sum.
 * Returns how many records changed.
 */
export async function putEngagement(
  db: DB,
  readings: { id: string; reading: ShownReading }[],
): Promise<number> {
  const tx = db.transaction('posts', 'readwrite');
  return allOrNothing(tx, async () => {
    const records = await Promise.all(readings.map((r) => tx.store.get(r.id)));
    let changed = 0;
    readings.forEach(({ reading }, i) => {
      const record = records[i];
      if (!record || (record.engagement && record.engagement.readAt >= reading.readAt)) return;
      const replies = reading.replies ?? record.engagement?.replies;
      if (replies === undefined) return;
      tx.store.put({ ...record, engagement: { ...reading, replies } }).catch(settled);
      changed++;
    });
    return changed;
  });
}

export async function deletePost(db: DB, id: string): Promise<boolean> {
  const tx = db.transaction('posts', 'readwrite');
  const exists = (await tx.store.getKey(id)) !== undefined;
  if (exists) await tx.store.delete(id);
  await tx.done;
  return exists;
}

export async function putKpi(db: DB, entry: KpiEntry): Promise<void> {
  await db.put('kpis', entry);
}

export async function deleteKpi(db: DB, week: string, kpi: string): Promise<void> {
  await db.delete('kpis', [week, kpi]);
}

/** Deletes records older than the retention period by walking the time index up to the cutoff. */
export async function enforceRetention(db: DB, now: number, retentionDays: number): Promise<number> {
  if (!retentionDays) return 0;
  const cutoff = now - retentionDays * 86_400_000;
  const tx = db.transaction(['posts', 'kpis'], 'readwrite');
  let removed = 0;
  for (const name of ['posts', 'kpis'] as const) {
    let cursor = await tx.objectStore(name).index('time').openKeyCursor(IDBKeyRange.upperBound(cutoff, true));
    while (cursor) {
      tx.objectStore(name).delete(cursor.primaryKey).catch(settled);
      if (name === 'posts') removed++;
      cursor = await cursor.continue();
    }
  }
  await tx.done;
  return removed;
}

/** Cuts the stored text of every record to what a (stricter) privacy mode keeps. */
export async function applyPrivacy(db: DB, mode: PrivacyMode): Promise<number> {
  if (mode === 'full') return 0;
  const tx = db.transaction('posts', 'readwrite');
  return allOrNothing(tx, async () => {
    let changed = 0;
    let cursor = await tx.store.openCursor();
    while (cursor) {
      const r = cursor.value;
      if (r.text !== undefined) {
        const kept = keepText(r.text, mode);
        if (kept !== r.text) {
          const next = { ...r };
          if (kept === undefined) delete next.text;
          else next.text = kept;
          cursor.update(next).catch(settled);
          changed++;
        }
      }
      cursor = await cursor.continue();
    }
    return changed;
  });
}

/** Empties the posts and KPI stores in one transaction. */
export async function clearAll(db: DB): Promise<void> {
  const tx = db.transaction(['posts', 'kpis'], 'readwrite');
  await Promise.all([tx.objectStore('posts').clear(), tx.objectStore('kpis').clear(), tx.done]);
}

/** Replaces the history with a backup's, in one transaction. */
export async function restoreAll(db: DB, posts: PostRecord[], kpis: KpiEntry[]): Promise<void> {
  const tx = db.transaction(['posts', 'kpis'], 'readwrite');
  const p = tx.objectStore('posts');
  const k = tx.objectStore('kpis');
  await allOrNothing(tx, async () => {
    p.clear().catch(settled);
    k.clear().catch(settled);
    for (const r of posts) p.put(r).catch(settled);
    for (const e of kpis) k.put(e).catch(settled);
  });
}
