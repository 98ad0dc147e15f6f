// The history database (`postcoach`), in the extension's origin. The background is its only
// writer; the popup and options page read it directly (same origin), always through an index
// and a key range — never the whole store.
//
// Schema history (every step is a migration tested in tests/unit/migrations.test.ts):
//   v1  posts (keyPath id) with index `time`                      — the first recorder
//   v2  + posts index `platform_time` [platform, time], + store `kpis` (keyPath [week, kpi]);
//       records from v1 get the fields v1 did not write (`source`, `composeMs`, `findings`, `v`).
//   v3  record version 2: posts may carry `engagement` (the latest reading of their counts, issue
//       14); every stored record is rewritten at v: 2, and a malformed `engagement` is dropped.
//       + posts index `readAt` on `engagement.readAt`: only posts with counts are in it (IndexedDB
//       leaves out records whose key path is missing), so "What works" reads them without a scan.
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import { type KpiEntry, type PostRecord, RECORD_VERSION } from '../core/model';
import type { EngagementReading } from '../core/outcomes/types';
import type { Platform } from '../core/types';
import { DB_BLOCKED_EVENT } from './problem';

export const DB_NAME = 'postcoach';
export const DB_VERSION = 3;

export interface PostcoachDB extends DBSchema {
  posts: {
    key: string;
    value: PostRecord;
    indexes: { time: number; platform_time: [Platform, number]; readAt: number };
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
  const next: PostRecord = {
    ...(r as PostRecord),
    v: RECORD_VERSION,
    source: r.source === 'import' || r.source === 'manual' ? r.source : 'live',
    composeMs: typeof r.composeMs === 'number' ? r.composeMs : null,
    findings: Array.isArray(r.findings) ? r.findings : [],
    intentScores: r.intentScores ?? { selling: 0, listening: 0, sharing: 0 },
  };
  // v1 wrote no counts; a reading that is not one (a hand-edited backup) is dropped rather than
  // left to turn every median into NaN.
  const reading = readingOf(r.engagement);
  if (reading) next.engagement = reading;
  else delete next.engagement;
  return next;
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

function readingOf(raw: unknown): EngagementReading | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const e = raw as Record<string, unknown>;
  if (!isCount(e.replies) || !isCount(e.reposts) || !isCount(e.likes) || !isCount(e.readAt)) return null;
  const reading: EngagementReading = {
    replies: e.replies,
    reposts: e.reposts,
    likes: e.likes,
    readAt: e.readAt,
  };
  if (isCount(e.views)) reading.views = e.views;
  return reading;
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
  }
  if (oldVersion < 3) tx.objectStore('posts').createIndex('readAt', 'engagement.readAt');
  // v2 and v3 both rewrite the stored records through upgradeRecord: one walk does both.
  if (oldVersion >= 1 && oldVersion < 3) {
    let cursor = await tx.objectStore('posts').openCursor();
    while (cursor) {
      const next = upgradeRecord(cursor.value);
      if (next) await cursor.update(next);
      else await cursor.delete();
      cursor = await cursor.continue();
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
