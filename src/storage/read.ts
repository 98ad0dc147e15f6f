// Reads of the history: the popup, the options page and the background.

import type { KpiEntry, PostRecord } from '../core/model';
import type { Platform } from '../core/types';
import type { DB } from './db';

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

/**
 * The posts that carry a reading of their counts, newest reading first, at most `limit`: through
 * the `readAt` index, which holds only such posts.
 */
export async function postsWithCounts(db: DB, limit: number): Promise<PostRecord[]> {
  const out: PostRecord[] = [];
  const tx = db.transaction('posts');
  // A page closing mid-read aborts the transaction: the cursor's request says so, not `done`.
  tx.done.catch(() => undefined);
  let cursor = await tx.store.index('readAt').openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}
