import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { RECORD_VERSION } from '../../src/core/model';
import { closeDb, DB_NAME, DB_VERSION, openDb, upgradeRecord } from '../../src/storage/db';
import { kpisForWeeks, postsBetween, postsWithCounts } from '../../src/storage/read';
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

/** Writes a database at an old `version` with the schema `create` makes, holding `records`. */
async function writeOld(
  version: number,
  create: (db: IDBDatabase) => void,
  records: Record<string, unknown>[],
): Promise<void> {
  const open = indexedDB.open(DB_NAME, version);
  open.onupgradeneeded = () => create(open.result);
  const db = await req(open);
  const tx = db.transaction('posts', 'readwrite');
  for (const r of records) tx.objectStore('posts').put(r);
  await new Promise((ok) => {
    tx.oncomplete = ok;
  });
  db.close();
}

/** Writes a database exactly as version 1 did: one store, one index, records without the v2 fields. */
const writeV1 = (records: Record<string, unknown>[]) =>
  writeOld(1, (db) => db.createObjectStore('posts', { keyPath: 'id' }).createIndex('time', 'time'), records);

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
  expect([...tx.store.indexNames].sort()).toEqual(['platform_time', 'readAt', 'time']);
  await tx.done;

  const after = await postsBetween(db, 0, Number.MAX_SAFE_INTEGER);
  expect(after).toHaveLength(full.length);
  const byId = new Map(after.map((r) => [r.id, r]));
  full.forEach((orig, i) => {
    const got = byId.get(orig.id)!;
    if (i % 2) {
      // The fields v1 lacked get their defaults; everything else is untouched.
      expect(got).toEqual({ ...orig, source: 'live', composeMs: null, v: RECORD_VERSION });
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

/** Writes a database exactly as version 2 did: posts with both indexes, kpis, records at v: 1. */
const writeV2 = (records: Record<string, unknown>[]) =>
  writeOld(
    2,
    (db) => {
      const s = db.createObjectStore('posts', { keyPath: 'id' });
      s.createIndex('time', 'time');
      s.createIndex('platform_time', ['platform', 'time']);
      db.createObjectStore('kpis', { keyPath: ['week', 'kpi'] }).createIndex('time', 'time');
    },
    records,
  );

test('record v1 → v2: a record without counts gets v 2 and no engagement; a valid reading is kept', () => {
  const [orig] = history('seller', END);
  const v1 = { ...orig!, v: 1 };
  expect(RECORD_VERSION).toBe(2);
  expect(upgradeRecord(v1)).toEqual({ ...orig, v: 2 });
  expect('engagement' in upgradeRecord(v1)!).toBe(false);
  const reading = { replies: 0, reposts: 3, likes: 12, views: 400, readAt: Date.UTC(2026, 10, 1) };
  expect(upgradeRecord({ ...v1, engagement: reading })!.engagement).toEqual(reading);
  // Malformed readings (a hand-edited backup) are dropped, the record kept.
  for (const bad of [{ replies: -1, reposts: 0, likes: 0, readAt: 1 }, { likes: '12' }, 'many', null]) {
    const got = upgradeRecord({ ...v1, engagement: bad })!;
    expect(got.id).toBe(orig!.id);
    expect(got.engagement).toBeUndefined();
  }
  // A reading with a broken views count keeps its other counts.
  expect(upgradeRecord({ ...v1, engagement: { ...reading, views: Number.NaN } })!.engagement).toEqual({
    replies: 0,
    reposts: 3,
    likes: 12,
    readAt: reading.readAt,
  });
});

test('a version 2 database is upgraded: every v1 record is rewritten at v 2, intact', async () => {
  const full = history('listener', END);
  await writeV2(full.map((r) => ({ ...r, v: 1 })));
  const db = await openDb();
  expect(db.version).toBe(3);
  const after = await postsBetween(db, 0, Number.MAX_SAFE_INTEGER);
  expect(after).toHaveLength(full.length);
  const byId = new Map(after.map((r) => [r.id, r]));
  for (const orig of full) expect(byId.get(orig.id)).toEqual({ ...orig, v: 2 });
  // The new index holds exactly the posts with counts, newest reading first.
  expect(await postsWithCounts(db, 10)).toEqual([]);
  const tx = db.transaction('posts', 'readwrite');
  const reading = (readAt: number) => ({ replies: 1, reposts: 0, likes: 2, readAt });
  await tx.store.put({ ...full[0]!, engagement: reading(END - 5) });
  await tx.store.put({ ...full[1]!, engagement: reading(END - 1) });
  await tx.done;
  expect((await postsWithCounts(db, 10)).map((r) => r.id)).toEqual([full[1]!.id, full[0]!.id]);
  expect((await postsWithCounts(db, 1)).map((r) => r.id)).toEqual([full[1]!.id]);
});
