// `counts/read` through the background's door (issue 14): consent and the owner's handle are
// checked again, readings are matched to the history (core/outcomes/match.ts) and only the
// latest one is kept; a tab forging readings is limited like post/sent.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { COUNTS_BUCKET, sendLimiter } from '../../src/background/ratelimit';
import { handle, type RouterDeps } from '../../src/background/router';
import { DEFAULT_SETTINGS, type PostRecord, type Settings } from '../../src/core/model';
import { closeDb, openDb } from '../../src/storage/db';
import { dumpAll } from '../../src/storage/read';
import { post } from './habits-fixtures';

const EXT = 'ext-id';
const ORIGIN = `chrome-extension://${EXT}/`;
const CONTENT = { id: EXT, url: 'https://x.com/hollowbakery', tab: { id: 7 } };
const NOW = Date.UTC(2026, 10, 26, 12);
const T = Date.UTC(2026, 10, 20, 9, 15);

let settings: Settings;
let clock = NOW;
let lastRead: Record<string, number> = {};
const deps = (): RouterDeps => ({
  db: openDb,
  settings: async () => settings,
  clearSettings: async () => undefined,
  extensionId: EXT,
  origin: ORIGIN,
  now: () => clock,
  countsRead: async (site, time) => {
    lastRead[site] = time;
  },
});

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  settings = {
    ...structuredClone(DEFAULT_SETTINGS),
    readCounts: { x: true },
    ownerHandles: { x: '@HollowBakery' },
  };
  clock = NOW;
  lastRead = {};
});
afterEach(async () => {
  await closeDb();
});

const MENU = 'Our new autumn menu is out. What should we add next? https://shop.example/menu';
async function store(...records: PostRecord[]) {
  const r = await handle(
    { type: 'posts/put', records },
    { id: EXT, url: `${ORIGIN}src/options/index.html` },
    deps(),
  );
  expect(r.ok).toBe(true);
}
const x = (id: string, time: number, text: string) => post({ id, time, text, platform: 'x' });

function reading(posts: Record<string, unknown>[], over: Record<string, unknown> = {}) {
  return { type: 'counts/read', platform: 'x', handle: 'hollowbakery', posts, ...over };
}
const seen = (text: string, time: number | null, likes = 30, over: Record<string, unknown> = {}) => ({
  text,
  time,
  replies: 2,
  reposts: 1,
  likes,
  ...over,
});
const engagement = async () =>
  Object.fromEntries((await dumpAll(await openDb())).posts.map((p) => [p.id, p.engagement ?? null]));

describe('counts/read', () => {
  test('a reading of a stored post lands on it, with the time it was read; the site’s last read is noted', async () => {
    await store(x('a', T, MENU), x('b', T - 86_400_000, 'Something else entirely'));
    // The reader leaves the shortened link out (as the matching leaves out URLs); the page's own
    // timestamp is a minute after the send.
    const r = await handle(
      reading([
        seen('Our new autumn menu is out.  What should we add next?', T + 60_000, 1204, { views: 30456 }),
      ]),
      CONTENT,
      deps(),
    );
    expect(r).toEqual({ ok: true, value: { matched: 1, unmatched: 0 } });
    expect(await engagement()).toEqual({
      a: { replies: 2, reposts: 1, likes: 1204, views: 30456, readAt: NOW },
      b: null,
    });
    expect(lastRead).toEqual({ x: NOW });
  });

  test('with consent off for the site nothing is written and no read is noted', async () => {
    await store(x('a', T, MENU));
    settings = { ...settings, readCounts: { bluesky: true } };
    const r = await handle(reading([seen(MENU, T)]), CONTENT, deps());
    expect(r).toEqual({ ok: true, value: { matched: 0, refused: 'off' } });
    expect(await engagement()).toEqual({ a: null });
    expect(lastRead).toEqual({});
  });

  test('a reading for another handle than the owner’s is refused', async () => {
    await store(x('a', T, MENU));
    const r = await handle(reading([seen(MENU, T)], { handle: 'rivermill' }), CONTENT, deps());
    expect(r).toEqual({ ok: true, value: { matched: 0, refused: 'not-owner' } });
    expect(await engagement()).toEqual({ a: null });
  });

  test('the newer reading replaces the older; an older one arriving late changes nothing', async () => {
    await store(x('a', T, MENU));
    clock = NOW + 3_600_000;
    await handle(reading([seen(MENU, T, 50)]), CONTENT, deps());
    clock = NOW;
    await handle(reading([seen(MENU, T, 10)]), CONTENT, deps());
    expect((await engagement()).a).toMatchObject({ likes: 50, readAt: NOW + 3_600_000 });
    clock = NOW + 7_200_000;
    await handle(reading([seen(MENU, T, 60)]), CONTENT, deps());
    expect((await engagement()).a).toMatchObject({ likes: 60, readAt: NOW + 7_200_000 });
  });

  test('a reading without the replies (no counter on the page) keeps the stored replies; with none stored, writes nothing', async () => {
    await store(x('a', T, MENU), x('b', T + 86_400_000, 'Rye loaves are back on Friday'));
    await handle(reading([seen(MENU, T, 30, { replies: 5 })]), CONTENT, deps());
    clock = NOW + 3_600_000;
    const { replies: _a, ...menuShown } = seen(MENU, T, 44);
    const { replies: _b, ...ryeShown } = seen('Rye loaves are back on Friday', T + 86_400_000, 9);
    const r = await handle(reading([menuShown, ryeShown]), CONTENT, deps());
    expect(r).toEqual({ ok: true, value: { matched: 2, unmatched: 0 } });
    expect(await engagement()).toEqual({
      a: { replies: 5, reposts: 1, likes: 44, readAt: NOW + 3_600_000 },
      b: null,
    });
    // A later reading that shows the counter again, 0 included, is taken as it is.
    clock = NOW + 7_200_000;
    await handle(reading([seen(MENU, T, 45, { replies: 0 })]), CONTENT, deps());
    expect((await engagement()).a).toEqual({ replies: 0, reposts: 1, likes: 45, readAt: NOW + 7_200_000 });
  });

  test('an edited post still matches its stored record by time and most of its words', async () => {
    const original = 'Pumpkin bread is back this weekend, come early because it sells out fast';
    await store(x('a', T, original));
    const edited = 'Pumpkin bread is back this weekend, come early because it always sells out fast!';
    const r = await handle(reading([seen(edited, T + 30_000)]), CONTENT, deps());
    expect(r).toEqual({ ok: true, value: { matched: 1, unmatched: 0 } });
    expect((await engagement()).a).not.toBeNull();
  });

  test('two posts with the same text are told apart by their times', async () => {
    const same = 'Fresh croissants at 7 tomorrow!';
    await store(x('mon', T, same), x('fri', T + 4 * 86_400_000, same));
    await handle(
      reading([seen(same, T + 4 * 86_400_000 + 20_000, 9), seen(same, T + 15_000, 4)]),
      CONTENT,
      deps(),
    );
    const e = await engagement();
    expect(e.mon).toMatchObject({ likes: 4 });
    expect(e.fri).toMatchObject({ likes: 9 });
  });

  test('two posts with the same text and no time on the page are ambiguous: nothing is guessed', async () => {
    const same = 'Fresh croissants at 7 tomorrow!';
    await store(x('mon', T, same), x('fri', T + 4 * 86_400_000, same));
    const r = await handle(reading([seen(same, null, 9)]), CONTENT, deps());
    expect(r).toEqual({ ok: true, value: { matched: 0, unmatched: 1 } });
    expect(await engagement()).toEqual({ mon: null, fri: null });
  });

  test('a post deleted on the site (not on the page) keeps its last reading; one the history lacks writes nothing', async () => {
    await store(x('kept', T, MENU), x('gone', T - 3_600_000, 'A post the owner later deleted on X'));
    await handle(
      reading([seen(MENU, T, 5), seen('A post the owner later deleted on X', T - 3_600_000, 3)]),
      CONTENT,
      deps(),
    );
    clock = NOW + 86_400_000;
    // The next visit: the deleted post is not shown any more; a post made elsewhere is.
    const r = await handle(
      reading([seen(MENU, T, 8), seen('Posted from my phone, never seen by Postcoach', T + 1000, 70)]),
      CONTENT,
      deps(),
    );
    expect(r).toEqual({ ok: true, value: { matched: 1, unmatched: 1 } });
    const e = await engagement();
    expect(e.kept).toMatchObject({ likes: 8, readAt: NOW + 86_400_000 });
    expect(e.gone).toMatchObject({ likes: 3, readAt: NOW });
    expect(Object.keys(e).sort()).toEqual(['gone', 'kept']);
  });

  test('a record deleted from the history between the match and the write is skipped', async () => {
    await store(x('a', T, MENU));
    await handle({ type: 'post/delete', id: 'a' }, { id: EXT, url: `${ORIGIN}src/popup/index.html` }, deps());
    const r = await handle(reading([seen(MENU, T)]), CONTENT, deps());
    expect(r).toEqual({ ok: true, value: { matched: 0, unmatched: 1 } });
    expect(await engagement()).toEqual({});
  });

  test('only content scripts may send readings; malformed ones are refused at the door', async () => {
    const page = await handle(
      reading([seen(MENU, T)]),
      { id: EXT, url: `${ORIGIN}src/popup/index.html` },
      deps(),
    );
    expect(page).toEqual({ ok: false, error: 'sender not allowed for counts/read' });
    for (const bad of [
      reading([]),
      reading([seen(MENU, T, -1)]),
      reading([seen('', T)]),
      reading([seen(MENU, T, Number.NaN)]),
      reading(Array.from({ length: 101 }, () => seen(MENU, T))),
      reading([seen(MENU, T)], { platform: 'myspace' }),
    ]) {
      const r = await handle(bad, CONTENT, deps());
      expect(r.ok).toBe(false);
    }
  });

  test('a storm of forged readings from one tab is limited; the refusals write nothing', async () => {
    await store(x('a', T, MENU));
    const store_: Record<string, unknown> = {};
    const limiter = sendLimiter(
      {
        get: async (keys) => Object.fromEntries(keys.filter((k) => k in store_).map((k) => [k, store_[k]])),
        set: async (v) => void Object.assign(store_, v),
      },
      COUNTS_BUCKET,
    );
    const limited = { ...deps(), countsLimiter: limiter };
    const replies = await Promise.all(
      Array.from({ length: 200 }, (_, i) => handle(reading([seen(MENU, T, i)]), CONTENT, limited)),
    );
    const taken = replies.filter((r) => r.ok && !('refused' in (r.value as object)));
    expect(taken.length).toBe(COUNTS_BUCKET.burst);
    const refused = replies.filter(
      (r) => r.ok && (r.value as { refused?: string }).refused === 'rate-limited',
    );
    expect(refused.length).toBe(200 - COUNTS_BUCKET.burst);
  });
});
