import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { closeDb, DB_NAME, DB_VERSION, openDb } from '../../src/storage/db';
import { kpisForWeeks, postsBetween } from '../../src/storage/read';
import { putKpi } from '../../src/storage/write';
import { history } from './habits-fixtures';

const END = Date.UTC(2026, 10, 30);

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await closeDb();
});

function req<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((ok, fail) => {
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });
}

/** Writes a database exactly as version 1 did: one store, one index, records without the v2 fields. */
async function writeV1(records: Record<string, unknown>[]): Promise<void> {
  const open = indexedDB.open(DB_NAME, 1);
  open.onupgradeneeded = () => {
    const s = open.result.createObjectStore('posts', { keyPath: 'id' });
    s.createIndex('time', 'time');
  };
  const db = await req(open);
  const tx = db.transaction('posts', 'readwrite');
  for (const r of records) tx.objectStore('posts').put(r);
  await new Promise((ok) => {
    tx.oncomplete = ok;
  });
  db.close();
}

test('a version 1 database with data is upgraded and every record is intact', async () => {
  const full = [...history('seller', END), ...history('listener', END)];
  // v1 wrote no `source`, `composeMs` or `v` on some records (the first recorder), and a broken one.
  const v1 = full.map((r, i) => {
    const copy: Record<string, unknown> = { ...r };
    if (i % 2) {
      delete copy.source;
      delete copy.composeMs;
      delete copy.v;
    }
    return copy;
  });
  await writeV1([...v1, { id: 'broken-no-time' }]);

  const db = await openDb();
  expect(db.version).toBe(DB_VERSION);
  expect([...db.objectStoreNames].sort()).toEqual(['kpis', 'posts']);
  const tx = db.transaction('posts');
  expect([...tx.store.indexNames].sort()).toEqual(['platform_time', 'time']);
  await tx.done;

  const after = await postsBetween(db, 0, Number.MAX_SAFE_INTEGER);
  expect(after).toHaveLength(full.length);
  const byId = new Map(after.map((r) => [r.id, r]));
  full.forEach((orig, i) => {
    const got = byId.get(orig.id)!;
    if (i % 2) {
      // The fields v1 lacked get their defaults; everything else is untouched.
      expect(got).toEqual({ ...orig, source: 'live', composeMs: null, v: 1 });
    } else {
      expect(got).toEqual(orig);
    }
  });
  // The new platform+time index answers for the old records.
  const insta = await postsBetween(db, 0, Number.MAX_SAFE_INTEGER, 'instagram');
  expect(insta.map((r) => r.id).sort()).toEqual(
    full
      .filter((r) => r.platform === 'instagram')
      .map((r) => r.id)
      .sort(),
  );
  // The new KPI store works.
  await putKpi(db, { week: '2026-11-23', kpi: 'followers', value: 5, time: END });
  expect(await kpisForWeeks(db, ['2026-11-23'])).toHaveLength(1);
});

test('a version 1 database opened once without its store is repaired', async () => {
  const db1 = await req(indexedDB.open(DB_NAME, 1));
  db1.close();
  const db = await openDb();
  expect([...db.objectStoreNames].sort()).toEqual(['kpis', 'posts']);
});

test('a fresh database opens at the current version', async () => {
  const db = await openDb();
  expect(db.version).toBe(DB_VERSION);
  expect(await postsBetween(db, 0, Date.now())).toEqual([]);
});
