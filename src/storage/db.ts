// The history database (`postcoach`), in the extension's origin. The background is its only
// writer; the popup and options page read it directly (same origin), always through an index
// and a key range — never the whole store.
//
// Schema history (every step is a migration tested in tests/unit/migrations.test.ts):
//   v1  posts (keyPath id) with index `time`                      — the first recorder
//   v2  + posts index `platform_time` [platform, time], + store `kpis` (keyPath [week, kpi]);
//       records from v1 get the fields v1 did not write (`source`, `composeMs`, `findings`, `v`).
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type { Platform } from '../core/types';
import { DB_BLOCKED_EVENT } from './problem';
import { type KpiEntry, keepText, type PostRecord, type PrivacyMode, RECORD_VERSION } from './record';

export const DB_NAME = 'postcoach';
export const DB_VERSION = 2;

export interface PostcoachDB extends DBSchema {
  posts: {
    key: string;
    value: PostRecord;
    indexes: { time: number; platform_time: [Platform, number] };
  };
  kpis: {
    key: [string, string];
    value: KpiEntry;
    indexes: { time: number };
  };
}

export type DB = IDBPDatabase<PostcoachDB>;
type UpgradeTx = IDBPTransaction<PostcoachDB, StoreNames<PostcoachDB>[], 'versionchange'>;

/** Fills what older records lack; returns null when a record is beyond repair. */
export function upgradeRecord(raw: unknown): PostRecord | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Partial<PostRecord> & Record<string, unknown>;
  if (typeof r.id !== 'string' || typeof r.time !== 'number') return null;
  return {
    ...(r as PostRecord),
    v: RECORD_VERSION,
    source: r.source === 'import' || r.source === 'manual' ? r.source : 'live',
    composeMs: typeof r.composeMs === 'number' ? r.composeMs : null,
    findings: Array.isArray(r.findings) ? r.findings : [],
    intentScores: r.intentScores ?? { selling: 0, listening: 0, sharing: 0 },
  };
}

async function migrate(db: DB, oldVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1) {
    const posts = db.createObjectStore('posts', { keyPath: 'id' });
    posts.createIndex('time', 'time');
  }
  if (oldVersion < 2) {
    // A v1 database can exist without its store (opened once without a version): repair it.
    const posts = db.objectStoreNames.contains('posts')
      ? tx.objectStore('posts')
      : db.createObjectStore('posts', { keyPath: 'id' });
    if (!posts.indexNames.contains('time')) posts.createIndex('time', 'time');
    posts.createIndex('platform_time', ['platform', 'time']);
    const kpis = db.createObjectStore('kpis', { keyPath: ['week', 'kpi'] });
    kpis.createIndex('time', 'time');
    if (oldVersion >= 1) {
      let cursor = await posts.openCursor();
      while (cursor) {
        const next = upgradeRecord(cursor.value);
        if (next) await cursor.update(next);
        else await cursor.delete();
        cursor = await cursor.continue();
      }
    }
  }
}

let shared: Promise<DB> | null = null;
let blocked = false;

/** True while opening waits for an older version, open in another page, to close. */
export const dbBlocked = (): boolean => blocked;

/** Opens (and upgrades) the database; one connection per page, closed when another version asks. */
export function openDb(): Promise<DB> {
  shared ??= openDB<PostcoachDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      // idb runs the upgrade inside the versionchange transaction; awaiting requests is fine here.
      void migrate(db, oldVersion, tx);
    },
    blocked() {
      // Another page (an older Postcoach still open) holds the database at an older version.
      blocked = true;
      globalThis.dispatchEvent?.(new Event(DB_BLOCKED_EVENT));
    },
    blocking() {
      // A newer version wants to open: step aside so it can upgrade.
      void shared?.then((db) => db.close());
      shared = null;
    },
    terminated() {
      shared = null;
    },
  });
  const opening = shared;
  opening.then(
    () => {
      blocked = false;
    },
    () => {
      blocked = false;
      if (shared === opening) shared = null;
    },
  );
  return opening;
}

/** Closes the shared connection (tests, and before deleting the database). */
export async function closeDb(): Promise<void> {
  const s = shared;
  shared = null;
  if (s) (await s.catch(() => null))?.close();
}

// ---- writes (background only) ------------------------------------------------------------

/**
 * Runs the body of a write transaction: all or nothing. A write the browser refuses at once (the
 * disk or quota full, a value it cannot store) throws from inside the body; the transaction is
 * then aborted, so that the writes already issued (a `clear()` before a restore's puts) are
 * undone instead of committed.
 */
/** For requests issued without waiting: their failure is the transaction's, reported by `tx.done`. */
const settled = (): void => undefined;

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

/** Writes many records in ONE transaction, skipping ids already stored. */
export async function putPosts(db: DB, records: PostRecord[]): Promise<{ added: number; skipped: number }> {
  const tx = db.transaction('posts', 'readwrite');
  return allOrNothing(tx, async () => {
    let added = 0;
    let skipped = 0;
    // All look-ups are issued at once (one round trip), then the adds: still one transaction.
    const existing = await Promise.all(
      records.map((r) => {
        const key = tx.store.getKey(r.id);
        key.catch(settled); // an invalid id later in the list aborts the lot: not unhandled
        return key;
      }),
    );
    const seen = new Set<string>();
    records.forEach((r, i) => {
      if (existing[i] !== undefined || seen.has(r.id)) {
        skipped++;
        return;
      }
      seen.add(r.id);
      tx.store.add(r).catch(settled);
      added++;
    });
    return { added, skipped };
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

// ---- reads (popup, options, background) --------------------------------------------------

/** Records with from ≤ time < to, oldest first, through the time (or platform+time) index. */
export async function postsBetween(
  db: DB,
  from: number,
  to: number,
  platform?: Platform,
): Promise<PostRecord[]> {
  if (platform) {
    return db.getAllFromIndex(
      'posts',
      'platform_time',
      IDBKeyRange.bound([platform, from], [platform, to], false, true),
    );
  }
  return db.getAllFromIndex('posts', 'time', IDBKeyRange.bound(from, to, false, true));
}

export async function countBetween(db: DB, from: number, to: number): Promise<number> {
  return db.countFromIndex('posts', 'time', IDBKeyRange.bound(from, to, false, true));
}

/** Post counts for many time ranges, in one transaction and one round trip. */
export async function countsBetween(db: DB, ranges: [number, number][]): Promise<number[]> {
  const index = db.transaction('posts').store.index('time');
  return Promise.all(ranges.map(([from, to]) => index.count(IDBKeyRange.bound(from, to, false, true))));
}

export interface HistoryQuery {
  platform?: Platform;
  intent?: PostRecord['intent'];
  /** Paging: only records older than this time, or at this time and not in `shown`. */
  before?: number;
  /** Ids already shown at time `before` (records can share a millisecond, imports a second). */
  shown?: string[];
  limit: number;
}

/** The newest records matching the filters, newest first, walking an index backwards. */
export async function recentPosts(db: DB, q: HistoryQuery): Promise<PostRecord[]> {
  const out: PostRecord[] = [];
  const before = q.before ?? Number.MAX_SAFE_INTEGER;
  const shown = new Set(q.shown ?? []);
  const tx = db.transaction('posts');
  let cursor = q.platform
    ? await tx.store
        .index('platform_time')
        .openCursor(IDBKeyRange.bound([q.platform, -Infinity], [q.platform, before]), 'prev')
    : await tx.store.index('time').openCursor(IDBKeyRange.upperBound(before), 'prev');
  while (cursor && out.length < q.limit) {
    const r = cursor.value;
    if (!(r.time === before && shown.has(r.id)) && (!q.intent || r.intent === q.intent)) out.push(r);
    cursor = await cursor.continue();
  }
  return out;
}

export async function getPost(db: DB, id: string): Promise<PostRecord | undefined> {
  return db.get('posts', id);
}

/** KPI entries of the given weeks (`YYYY-MM-DD` week starts). */
export async function kpisForWeeks(db: DB, weeks: string[]): Promise<KpiEntry[]> {
  if (!weeks.length) return [];
  const sorted = [...weeks].sort();
  const all = await db.getAll(
    'kpis',
    IDBKeyRange.bound([sorted[0]!, ''], [sorted[sorted.length - 1]!, '\uffff']),
  );
  const wanted = new Set(weeks);
  return all.filter((e) => wanted.has(e.week));
}

/** Everything, for a backup (options page only). */
export async function dumpAll(db: DB): Promise<{ posts: PostRecord[]; kpis: KpiEntry[] }> {
  const tx = db.transaction(['posts', 'kpis']);
  const [posts, kpis] = await Promise.all([
    tx.objectStore('posts').getAll(),
    tx.objectStore('kpis').getAll(),
  ]);
  await tx.done;
  return { posts, kpis };
}

/** The oldest stored time, for "previous weeks" pickers. */
export async function oldestTime(db: DB): Promise<number | null> {
  const c = await db.transaction('posts').store.index('time').openKeyCursor();
  return c ? (c.key as number) : null;
}
