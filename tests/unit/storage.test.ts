import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS, EXCERPT_LENGTH, keepText, type PostRecord } from '../../src/core/model';
import { closeDb, openDb } from '../../src/storage/db';
import { normalizeSettings } from '../../src/storage/goals';
import { countBetween, dumpAll, kpisForWeeks, postsBetween, recentPosts } from '../../src/storage/read';
import {
  addPost,
  applyPrivacy,
  clearAll,
  deleteKpi,
  deletePost,
  enforceRetention,
  putKpi,
  putPosts,
  restoreAll,
} from '../../src/storage/write';
import { makeBrowser } from './background-mock';
import { post, rng } from './habits-fixtures';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 26, 12);

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await closeDb();
});

function spread(n: number, days: number, seed = 1): PostRecord[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) =>
    post({
      id: `p${i}`,
      time: NOW - Math.floor(r() * days * DAY),
      platform: (['x', 'linkedin', 'mastodon'] as const)[i % 3],
      intent: (['selling', 'listening', 'sharing'] as const)[i % 3],
      text: `post ${i}`,
    }),
  );
}

describe('writes', () => {
  test('addPost records a draft once, however often it is sent', async () => {
    const db = await openDb();
    const p = post({ id: 'draft-1', time: NOW });
    expect(await addPost(db, p)).toBe(true);
    expect(await addPost(db, { ...p, quality: 1 })).toBe(false);
    expect((await db.get('posts', 'draft-1'))!.quality).toBe(p.quality);
  });

  test('putPosts writes many in one transaction and skips ids already stored (and repeated ones)', async () => {
    const db = await openDb();
    const all = spread(500, 100);
    expect(await putPosts(db, all.slice(0, 200))).toEqual({ added: 200, skipped: 0, updated: 0 });
    expect(await putPosts(db, [...all, all[450]!])).toEqual({ added: 300, skipped: 201, updated: 0 });
    expect(await countBetween(db, 0, Number.MAX_SAFE_INTEGER)).toBe(500);
  });

  test('putPosts writes nothing when one record cannot be stored', async () => {
    const db = await openDb();
    const bad = { ...post({ id: 'x', time: NOW }), time: undefined } as unknown as PostRecord;
    const broken = [...spread(10, 5), { ...bad, id: undefined } as unknown as PostRecord];
    await expect(putPosts(db, broken)).rejects.toThrow();
    expect(await countBetween(db, 0, Number.MAX_SAFE_INTEGER)).toBe(0);
    expect((await dumpAll(db)).posts).toEqual([]);
  });

  test('deletePost, KPI entries, clearAll and restoreAll', async () => {
    const db = await openDb();
    await putPosts(db, spread(20, 10));
    expect(await deletePost(db, 'p3')).toBe(true);
    expect(await deletePost(db, 'p3')).toBe(false);
    await putKpi(db, { week: '2026-11-23', kpi: 'followers', value: 10, time: NOW });
    await putKpi(db, { week: '2026-11-23', kpi: 'followers', value: 12, time: NOW });
    await putKpi(db, { week: '2026-11-16', kpi: 'enquiries', value: 3, time: NOW - 7 * DAY });
    await putKpi(db, { week: '2026-11-09', kpi: 'enquiries', value: 1, time: NOW - 14 * DAY });
    const kpis = await kpisForWeeks(db, ['2026-11-23', '2026-11-09']);
    expect(kpis.map((k) => [k.week, k.kpi, k.value])).toEqual([
      ['2026-11-09', 'enquiries', 1],
      ['2026-11-23', 'followers', 12],
    ]);
    await deleteKpi(db, '2026-11-23', 'followers');
    expect(await kpisForWeeks(db, ['2026-11-23'])).toEqual([]);
    const dump = await dumpAll(db);
    expect(dump.posts).toHaveLength(19);
    await clearAll(db);
    expect(await dumpAll(db)).toEqual({ posts: [], kpis: [] });
    await restoreAll(db, dump.posts, dump.kpis);
    expect(await dumpAll(db)).toEqual(dump);
  });
});

describe('reads through indexes', () => {
  test('postsBetween by time and by platform+time; recentPosts with filters and paging', async () => {
    const db = await openDb();
    const all = spread(300, 60);
    await putPosts(db, all);
    const from = NOW - 14 * DAY;
    const inRange = all.filter((p) => p.time >= from && p.time < NOW).sort((a, b) => a.time - b.time);
    expect((await postsBetween(db, from, NOW)).map((p) => p.id)).toEqual(inRange.map((p) => p.id));
    expect((await postsBetween(db, from, NOW, 'x')).map((p) => p.id)).toEqual(
      inRange.filter((p) => p.platform === 'x').map((p) => p.id),
    );
    const newest = [...all].sort((a, b) => b.time - a.time);
    const page1 = await recentPosts(db, { limit: 10 });
    expect(page1.map((p) => p.id)).toEqual(newest.slice(0, 10).map((p) => p.id));
    const page2 = await recentPosts(db, { limit: 10, before: page1[9]!.time, shown: [page1[9]!.id] });
    expect(page2.map((p) => p.id)).toEqual(newest.slice(10, 20).map((p) => p.id));
    const sellingOnMastodon = await recentPosts(db, { limit: 5, platform: 'mastodon', intent: 'selling' });
    expect(sellingOnMastodon.map((p) => p.id)).toEqual(
      newest
        .filter((p) => p.platform === 'mastodon' && p.intent === 'selling')
        .slice(0, 5)
        .map((p) => p.id),
    );
  });

  test('paging loses nothing when many records share one timestamp', async () => {
    const db = await openDb();
    const same = Array.from({ length: 25 }, (_, i) =>
      post({ id: `s${String(i).padStart(2, '0')}`, time: NOW, platform: 'x' }),
    );
    await putPosts(db, [...same, post({ id: 'older', time: NOW - 1, platform: 'x' })]);
    for (const platform of [undefined, 'x' as const]) {
      const seen: PostRecord[] = [];
      for (let i = 0; i < 5; i++) {
        const last = seen[seen.length - 1];
        const page = await recentPosts(db, {
          limit: 10,
          ...(platform ? { platform } : {}),
          ...(last
            ? { before: last.time, shown: seen.filter((p) => p.time === last.time).map((p) => p.id) }
            : {}),
        });
        seen.push(...page);
      }
      expect(seen.map((p) => p.id)).toHaveLength(26);
      expect(new Set(seen.map((p) => p.id)).size).toBe(26);
      expect(seen[25]!.id).toBe('older');
    }
  });

  test('the reads never load the whole store (no getAll on the store itself)', async () => {
    const db = await openDb();
    await putPosts(db, spread(200, 60));
    const storeGetAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    await postsBetween(db, NOW - 7 * DAY, NOW);
    await recentPosts(db, { limit: 30 });
    await enforceRetention(db, NOW, 30);
    expect(storeGetAll).not.toHaveBeenCalled();
    storeGetAll.mockRestore();
  });
});

describe('retention and privacy', () => {
  test('retention deletes exactly what is older than the period, walking the time index', async () => {
    const db = await openDb();
    const all = spread(1000, 730);
    await putPosts(db, all);
    await putKpi(db, { week: '2024-11-18', kpi: 'followers', value: 1, time: NOW - 500 * DAY });
    await putKpi(db, { week: '2026-11-23', kpi: 'followers', value: 2, time: NOW });
    const cutoff = NOW - 365 * DAY;
    const cursor = vi.spyOn(IDBIndex.prototype, 'openKeyCursor');
    const removed = await enforceRetention(db, NOW, 365);
    expect(cursor).toHaveBeenCalled();
    cursor.mockRestore();
    expect(removed).toBe(all.filter((p) => p.time < cutoff).length);
    const left = (await dumpAll(db)).posts;
    expect(left.map((p) => p.id).sort()).toEqual(
      all
        .filter((p) => p.time >= cutoff)
        .map((p) => p.id)
        .sort(),
    );
    expect((await dumpAll(db)).kpis.map((k) => k.value)).toEqual([2]);
    expect(await enforceRetention(db, NOW, 0)).toBe(0);
  });

  test('keepText: full, a 140-character excerpt that never splits a character, or nothing', () => {
    const long = `${'😀'.repeat(100)}${'বাংলা '.repeat(20)}`;
    expect(keepText(long, 'full')).toBe(long);
    expect(keepText(long, 'metrics')).toBeUndefined();
    const ex = keepText(long, 'excerpt')!;
    expect(Array.from(ex)).toHaveLength(EXCERPT_LENGTH);
    expect(ex.endsWith('…')).toBe(true);
    expect(ex).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(keepText('short', 'excerpt')).toBe('short');
  });

  test('a stricter privacy setting rewrites what is already stored', async () => {
    const db = await openDb();
    await putPosts(db, [
      post({ id: 'a', time: NOW, text: 'x'.repeat(500) }),
      post({ id: 'b', time: NOW, text: 'short' }),
    ]);
    expect(await applyPrivacy(db, 'excerpt')).toBe(1);
    expect((await db.get('posts', 'a'))!.text).toHaveLength(EXCERPT_LENGTH);
    expect(await applyPrivacy(db, 'metrics')).toBe(2);
    const left = (await dumpAll(db)).posts;
    expect(left.every((p) => !('text' in p))).toBe(true);
  });
});

describe('settings', () => {
  test('normalizeSettings repairs anything and defaults to 80/20, a year, full text', () => {
    expect(normalizeSettings({}, {})).toEqual(DEFAULT_SETTINGS);
    const s = normalizeSettings(
      {
        privacy: 'everything',
        retentionDays: 12,
        disabledRules: ['hook', 3],
        sites: { x: false, y: 'no' },
        setupDone: 'yes',
      },
      {
        goals: {
          postsPerWeek: -3,
          sellingRule: '4-1-1',
          focusPlatforms: ['x'],
          kpis: [' followers ', ''],
          weekStart: 9,
        },
      },
    );
    expect(s.privacy).toBe('full');
    expect(s.retentionDays).toBe(365);
    expect(s.disabledRules).toEqual([]);
    expect(s.sites).toEqual({ x: false });
    expect(s.setupDone).toBe(false);
    expect(s.goals).toEqual({
      postsPerWeek: 3,
      sellingRule: '4-1-1',
      focusPlatforms: ['x'],
      kpis: ['followers'],
      weekStart: 1,
    });
  });

  test('goals live in storage.sync, the rest in storage.local, one key each', async () => {
    const { browser } = makeBrowser();
    vi.doMock('webextension-polyfill', () => ({ default: browser }));
    const settings = await import('../../src/storage/settings');
    const seen: unknown[] = [];
    const off = settings.onSettingsChanged((s) => seen.push(s));
    await settings.saveSettings({
      goals: { ...DEFAULT_SETTINGS.goals, postsPerWeek: 5 },
      privacy: 'excerpt',
    });
    expect(browser.storage.sync.data()).toEqual({ goals: { ...DEFAULT_SETTINGS.goals, postsPerWeek: 5 } });
    expect(browser.storage.local.data()).toEqual({ privacy: 'excerpt' });
    await settings.setRuleEnabled('hook', false);
    await settings.setRuleEnabled('emoji', false);
    await settings.setRuleEnabled('hook', true);
    const loaded = await settings.loadSettings();
    expect(loaded.disabledRules).toEqual(['emoji']);
    expect(loaded.goals.postsPerWeek).toBe(5);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen.length).toBeGreaterThan(0);
    off();
    await settings.clearSettings();
    expect(await settings.loadSettings()).toEqual(DEFAULT_SETTINGS);
    vi.doUnmock('webextension-polyfill');
  });
});

test('without sync storage (Firefox without an add-on id) the goals are kept locally', async () => {
  const { browser } = makeBrowser();
  const failing = {
    ...browser,
    storage: {
      ...browser.storage,
      sync: {
        get: async () => {
          throw new Error('sync unavailable');
        },
        set: async () => {
          throw new Error('sync unavailable');
        },
        clear: async () => {
          throw new Error('sync unavailable');
        },
      },
    },
  };
  vi.resetModules();
  vi.doMock('webextension-polyfill', () => ({ default: failing }));
  const settings = await import('../../src/storage/settings');
  await settings.saveSettings({ goals: { ...DEFAULT_SETTINGS.goals, postsPerWeek: 7 } });
  expect((await settings.loadSettings()).goals.postsPerWeek).toBe(7);
  await settings.clearSettings();
  expect((await settings.loadSettings()).goals.postsPerWeek).toBe(DEFAULT_SETTINGS.goals.postsPerWeek);
  vi.doUnmock('webextension-polyfill');
});
