// The database refusing a write (issue 6, Reliability): IndexedDB out of quota. Every write
// message through the real router, with the store refusing its k-th write (k random), must come
// back as an error naming the quota, and leave the history exactly as it was: no partial write.
import 'fake-indexeddb/auto';
import { IDBObjectStore as FDBObjectStore, IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { handle, type RouterDeps } from '../../src/background/router';
import { analyze } from '../../src/core/analyze';
import type { PostRecord } from '../../src/core/model';
import { DEFAULT_SETTINGS } from '../../src/core/model';
import { closeDb, openDb } from '../../src/storage/db';
import { dumpAll } from '../../src/storage/read';
import { putKpi, putPosts } from '../../src/storage/write';
import { post } from './habits-fixtures';

const EXT = 'quota-ext';
const ORIGIN = `chrome-extension://${EXT}/`;
const PAGE = { id: EXT, url: `${ORIGIN}src/options/index.html` };
const CONTENT = { id: EXT, url: 'https://x.com/home', tab: { id: 1 } };
const NOW = Date.UTC(2026, 10, 26, 12);

const deps: RouterDeps = {
  db: openDb,
  settings: async () => structuredClone(DEFAULT_SETTINGS),
  clearSettings: async () => undefined,
  extensionId: EXT,
  origin: ORIGIN,
  now: () => NOW,
};

/** Makes the object stores refuse their `k`-th write from now on (add and put), as a full disk does. */
function quotaAfter(k: number): () => void {
  const proto = FDBObjectStore.prototype as unknown as Record<'add' | 'put', (...a: unknown[]) => unknown>;
  const original = { add: proto.add, put: proto.put };
  let n = 0;
  for (const name of ['add', 'put'] as const) {
    proto[name] = function (this: unknown, ...args: unknown[]) {
      if (++n >= k) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original[name].apply(this, args);
    };
  }
  return () => Object.assign(proto, original);
}

const record = (id: string, source: 'live' | 'import' = 'import'): PostRecord => ({
  ...post({ id, time: NOW - 3_600_000, text: `post ${id}` }),
  source,
});
const TEXT = 'Our new autumn menu is out: what should we add next? #soup';

const WRITES = {
  'post/sent': [
    {
      type: 'post/sent',
      draftId: 'new-live',
      platform: 'x',
      kind: 'post',
      time: NOW - 1000,
      composeMs: 5000,
      text: TEXT,
      analysis: analyze(TEXT, { platform: 'x', kind: 'post' }),
    },
  ],
  'posts/put': [{ type: 'posts/put', records: Array.from({ length: 40 }, (_, i) => record(`put-${i}`)) }],
  'data/restore': [
    {
      type: 'data/restore',
      posts: Array.from({ length: 30 }, (_, i) => record(`restored-${i}`, 'live')),
      kpis: [{ week: '2026-11-16', kpi: 'followers', value: 10, time: NOW - 9 * 86_400_000 }],
    },
  ],
  'kpi/put': [{ type: 'kpi/put', week: '2026-11-23', kpi: 'enquiries', value: 4 }],
  'import/commit': [
    {
      type: 'import/stage',
      importId: 'imp',
      seq: 0,
      records: Array.from({ length: 25 }, (_, i) => record(`imp-${i}`)),
    },
    {
      type: 'import/stage',
      importId: 'imp',
      seq: 1,
      records: Array.from({ length: 25 }, (_, i) => record(`imp2-${i}`)),
    },
    { type: 'import/commit', importId: 'imp', count: 50 },
  ],
} as const;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  const db = await openDb();
  await putPosts(db, [record('seed-1', 'live'), record('seed-2', 'live'), record('put-3')]);
  await putKpi(db, { week: '2026-11-23', kpi: 'followers', value: 3, time: NOW - 1 });
});
afterEach(async () => {
  await closeDb();
});

describe('IndexedDB out of quota', () => {
  test('every write message: an error that names the quota, and the history untouched', async () => {
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...(Object.keys(WRITES) as (keyof typeof WRITES)[])),
        fc.integer({ min: 1, max: 60 }),
        async (kind, k) => {
          cases++;
          const before = await dumpAll(await openDb());
          const messages = WRITES[kind];
          // Staging holds records in memory only: the quota can only bite at the commit.
          for (const m of messages.slice(0, -1)) expect((await handle(m, PAGE, deps)).ok).toBe(true);
          const restore = quotaAfter(k);
          let reply: Awaited<ReturnType<typeof handle>>;
          try {
            reply = await handle(messages[messages.length - 1], kind === 'post/sent' ? CONTENT : PAGE, deps);
          } finally {
            restore();
          }
          const after = await dumpAll(await openDb());
          if (reply.ok) {
            // The write needed fewer than k writes: it went through whole.
            expect(after).not.toEqual(before);
            // Put back the state for the next case.
            await handle({ type: 'data/restore', ...before }, PAGE, deps);
          } else {
            expect(reply.error).toMatch(/^QuotaExceededError/);
            expect(after).toEqual(before);
          }
        },
      ),
      { numRuns: 150, seed: 6 },
    );
    expect(cases).toBe(150);
  });
});
