import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { sendLimiter, takeToken } from '../../src/background/ratelimit';
import { type ReinjectApi, reinjectOpenTabs } from '../../src/background/reinject';
import { handle, type RouterDeps } from '../../src/background/router';
import { parseMessage, senderAllowed } from '../../src/background/validate';
import { analyze } from '../../src/core/analyze';
import { DEFAULT_SETTINGS, EXCERPT_LENGTH, RECORD_VERSION, type Settings } from '../../src/core/model';
import { SITE_MATCHES } from '../../src/sites/matches';
import { closeDb, openDb } from '../../src/storage/db';
import { dumpAll } from '../../src/storage/read';
import { post, rng } from './habits-fixtures';

const EXT = 'ext-id';
const ORIGIN = `chrome-extension://${EXT}/`;
const PAGE = { id: EXT, url: `${ORIGIN}src/popup/index.html` };
const OPTIONS_TAB = { id: EXT, url: `${ORIGIN}src/options/index.html`, tab: { id: 3 } };
const CONTENT = { id: EXT, url: 'https://x.com/home', tab: { id: 7 } };
const NOW = Date.UTC(2026, 10, 26, 12);

let settings: Settings;
let cleared = 0;
const deps: RouterDeps = {
  db: openDb,
  settings: async () => settings,
  clearSettings: async () => {
    cleared++;
  },
  extensionId: EXT,
  origin: ORIGIN,
  now: () => NOW,
};

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  settings = structuredClone(DEFAULT_SETTINGS);
  cleared = 0;
});
afterEach(async () => {
  await closeDb();
});

const TEXT = `New autumn menu this week 🍂 <b>pumpkin</b> soup — what should we add next? ${'More words. '.repeat(20)}`;
function sent(over: Record<string, unknown> = {}) {
  return {
    type: 'post/sent',
    draftId: 'draft-abc',
    platform: 'x',
    kind: 'post',
    time: NOW - 1000,
    composeMs: 42_000,
    text: TEXT,
    analysis: analyze(TEXT, { platform: 'x', kind: 'post' }),
    ...over,
  };
}
const count = async () => (await dumpAll(await openDb())).posts.length;

describe('post/sent', () => {
  test('from a content script: stored once with the analysis, text as privacy allows', async () => {
    const r = await handle(sent(), CONTENT, deps);
    expect(r).toEqual({ ok: true, value: { added: true } });
    expect(await handle(sent(), CONTENT, deps)).toEqual({ ok: true, value: { added: false } });
    const [rec] = (await dumpAll(await openDb())).posts;
    expect(rec).toMatchObject({
      id: 'draft-abc',
      platform: 'x',
      kind: 'post',
      composeMs: 42_000,
      source: 'live',
      text: TEXT,
      v: RECORD_VERSION,
    });
    settings.privacy = 'excerpt';
    await handle(sent({ draftId: 'd2' }), CONTENT, deps);
    expect(Array.from((await (await openDb()).get('posts', 'd2'))!.text!)).toHaveLength(EXCERPT_LENGTH);
    settings.privacy = 'metrics';
    await handle(sent({ draftId: 'd3' }), CONTENT, deps);
    expect((await (await openDb()).get('posts', 'd3'))!.text).toBeUndefined();
  });

  test('rejected from an extension page, from another extension, with a mismatched analysis, or from the future', async () => {
    expect((await handle(sent(), PAGE, deps)).ok).toBe(false);
    expect((await handle(sent(), { ...CONTENT, id: 'other-extension' }, deps)).ok).toBe(false);
    expect((await handle(sent({ platform: 'linkedin' }), CONTENT, deps)).ok).toBe(false);
    const future = await handle(sent({ time: NOW + 10 * 86_400_000 + Date.now() }), CONTENT, deps);
    expect(future).toMatchObject({ ok: false });
    expect(await count()).toBe(0);
  });

  test('a draft left open overnight is still recorded', async () => {
    const r = await handle(sent({ draftId: 'overnight', composeMs: 20 * 3_600_000 }), CONTENT, deps);
    expect(r).toEqual({ ok: true, value: { added: true } });
    expect((await (await openDb()).get('posts', 'overnight'))!.composeMs).toBe(20 * 3_600_000);
  });

  test('unknown keys are dropped before anything is stored', async () => {
    const m = sent({ evil: '<script>', draftId: 'clean' });
    (m.analysis as unknown as Record<string, unknown>).extra = 'x';
    expect((await handle(m, CONTENT, deps)).ok).toBe(true);
    const rec = (await (await openDb()).get('posts', 'clean'))! as unknown as Record<string, unknown>;
    expect(rec.evil).toBeUndefined();
    expect(rec.extra).toBeUndefined();
  });
});

describe('page messages', () => {
  test('posts/put writes many once; not from content scripts', async () => {
    const records = Array.from({ length: 300 }, (_, i) =>
      post({ id: `import:${i}`, time: NOW - i * 3_600_000, text: `t${i}` }),
    );
    expect(await handle({ type: 'posts/put', records }, OPTIONS_TAB, deps)).toEqual({
      ok: true,
      value: { added: 300, skipped: 0 },
    });
    expect(await handle({ type: 'posts/put', records }, PAGE, deps)).toEqual({
      ok: true,
      value: { added: 0, skipped: 300 },
    });
    expect((await handle({ type: 'posts/put', records }, CONTENT, deps)).ok).toBe(false);
    // One bad record: the whole message is refused, nothing written.
    const bad = [...records.map((r) => ({ ...r, id: `new:${r.id}` })), { ...records[0], quality: 900 }];
    const r = await handle({ type: 'posts/put', records: bad }, PAGE, deps);
    expect(r).toMatchObject({ ok: false });
    expect((r as { error: string }).error).toContain('records.300.quality');
    expect(await count()).toBe(300);
  });

  test('posts/put applies retention and privacy', async () => {
    settings.privacy = 'metrics';
    const old = post({ id: 'old', time: NOW - 400 * 86_400_000, text: 'a' });
    const fresh = post({ id: 'fresh', time: NOW - 1, text: 'b' });
    await handle({ type: 'posts/put', records: [old, fresh] }, PAGE, deps);
    const all = (await dumpAll(await openDb())).posts;
    expect(all.map((p) => p.id)).toEqual(['fresh']);
    expect(all[0]!.text).toBeUndefined();
  });

  test('post/delete, kpi/put, data/applySettings, data/deleteAll, data/restore', async () => {
    await handle(
      { type: 'posts/put', records: [post({ id: 'a', time: NOW - 1, text: 'x'.repeat(300) })] },
      PAGE,
      deps,
    );
    expect(await handle({ type: 'post/delete', id: 'a' }, PAGE, deps)).toEqual({
      ok: true,
      value: { deleted: true },
    });
    expect(await handle({ type: 'post/delete', id: 'a' }, PAGE, deps)).toEqual({
      ok: true,
      value: { deleted: false },
    });
    expect((await handle({ type: 'post/delete', id: 'a' }, CONTENT, deps)).ok).toBe(false);
    expect(
      (await handle({ type: 'kpi/put', week: '2026-11-23', kpi: 'followers', value: 10 }, PAGE, deps)).ok,
    ).toBe(true);
    expect(
      (await handle({ type: 'kpi/put', week: '23/11/2026', kpi: 'followers', value: 10 }, PAGE, deps)).ok,
    ).toBe(false);
    expect((await dumpAll(await openDb())).kpis).toEqual([
      { week: '2026-11-23', kpi: 'followers', value: 10, time: NOW },
    ]);
    await handle({ type: 'kpi/put', week: '2026-11-23', kpi: 'followers', value: null }, PAGE, deps);
    expect((await dumpAll(await openDb())).kpis).toEqual([]);

    await handle(
      { type: 'posts/put', records: [post({ id: 'b', time: NOW - 1, text: 'y'.repeat(300) })] },
      PAGE,
      deps,
    );
    settings.privacy = 'excerpt';
    expect(await handle({ type: 'data/applySettings' }, PAGE, deps)).toEqual({
      ok: true,
      value: { removed: 0, trimmed: 1 },
    });

    const backup = await dumpAll(await openDb());
    expect(await handle({ type: 'data/deleteAll' }, OPTIONS_TAB, deps)).toEqual({ ok: true, value: null });
    expect(cleared).toBe(1);
    expect(await dumpAll(await openDb())).toEqual({ posts: [], kpis: [] });
    await handle({ type: 'data/restore', posts: backup.posts, kpis: backup.kpis }, OPTIONS_TAB, deps);
    expect(await dumpAll(await openDb())).toEqual(backup);
  });

  test('draft/get is never answered by the background: it is no message of its protocol', async () => {
    const r = await handle({ type: 'draft/get' }, PAGE, deps);
    expect(r.ok).toBe(false);
    expect((r as { error: string }).error).toMatch(/^invalid message at type: /);
  });
});

test('10,000 random and malformed messages are rejected without a write or a crash', async () => {
  const r = rng(99);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const junk = (depth: number): unknown => {
    const k = Math.floor(r() * 9);
    if (depth > 2 || k < 3)
      return pick([null, undefined, 0, -1, 1e308, Number.NaN, '', 'x', true, '<script>', '__proto__']);
    if (k < 5) return Array.from({ length: Math.floor(r() * 3) }, () => junk(depth + 1));
    const o: Record<string, unknown> = {};
    for (let i = 0; i < 3; i++)
      o[pick(['type', 'id', 'records', 'analysis', 'time', 'text', 'value', 'week', 'kpi'])] = junk(
        depth + 1,
      );
    return o;
  };
  const types = ['post/sent', 'post/delete', 'posts/put', 'kpi/put', 'data/restore', 'nope', undefined];
  const base = sent();
  let errors = 0;
  const accepted: unknown[] = [];
  for (let i = 0; i < 10_000; i++) {
    let msg: unknown;
    if (i % 3 === 0) msg = junk(0);
    else if (i % 3 === 1) msg = { ...(junk(1) as object), type: pick(types) };
    else {
      // A valid post/sent with one field broken.
      const m = structuredClone(base) as Record<string, unknown>;
      const key = pick(['draftId', 'platform', 'kind', 'time', 'composeMs', 'text', 'analysis']);
      m[key] = junk(2);
      msg = m;
    }
    const sender = pick([CONTENT, PAGE]);
    const res = await handle(msg, sender, deps);
    if (!res.ok) errors++;
    else accepted.push({ msg, sender });
  }
  // The only messages let through are well-formed ones from an allowed sender whose "broken"
  // field happened to get a valid value (a draftId 'x', a text '', `post/delete` of id 'x').
  for (const a of accepted as { msg: Record<string, unknown>; sender: typeof PAGE }[]) {
    const parsed = parseMessage(a.msg);
    expect(parsed.ok).toBe(true);
    expect(senderAllowed((a.msg as { type: 'post/sent' }).type, a.sender, EXT, ORIGIN)).toBe(true);
  }
  expect(errors).toBeGreaterThan(9_900);
  const stored = accepted.filter((a) => (a as { msg: { type: string } }).msg.type === 'post/sent');
  const ids = new Set(stored.map((a) => (a as { msg: { draftId: string } }).msg.draftId));
  expect(await count()).toBe(ids.size);
});

test('parseMessage names the path of the first problem', () => {
  const r = parseMessage({ type: 'kpi/put', week: '2026-11-23', kpi: '', value: 1 });
  expect(r).toMatchObject({ ok: false });
  expect((r as { error: string }).error).toMatch(/at kpi/);
});

describe('post/sent rate limit (issue 12, finding 1)', () => {
  /** An in-memory storage.session: survives the limiter being made again (a restarted worker). */
  function memoryStore() {
    const data: Record<string, unknown> = {};
    return {
      data,
      async get(keys: string[]) {
        return Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
      },
      async set(items: Record<string, unknown>) {
        Object.assign(data, structuredClone(items));
      },
    };
  }

  test('the bucket: 3 at once, then one every 20 s (written-out times)', () => {
    let b: unknown;
    const at = (t: number) => {
      const r = takeToken(b, t, 3, 20_000);
      b = r.bucket;
      return r.allowed ? 'ok' : r.retryMs;
    };
    expect([at(0), at(0), at(0), at(0)]).toEqual(['ok', 'ok', 'ok', 20_000]);
    expect([at(19_999), at(20_000), at(20_001)]).toEqual([1, 'ok', 19_999]);
    // A clock that went back refills nothing.
    expect(at(5_000)).toBe(19_999);
    // A long pause refills up to the burst, not beyond.
    expect([at(1e9), at(1e9), at(1e9), at(1e9)]).toEqual(['ok', 'ok', 'ok', 20_000]);
  });

  const value = (r: Awaited<ReturnType<typeof handle>>) => (r.ok ? r.value : r);

  test('1,000 forged sends from one tab at once record 10; the rest get a typed refusal', async () => {
    const limited = { ...deps, sendLimiter: sendLimiter(memoryStore()) };
    const replies = await Promise.all(
      Array.from({ length: 1000 }, (_, i) => handle(sent({ draftId: `forged-${i}` }), CONTENT, limited)),
    );
    expect(await count()).toBe(10);
    expect(replies.filter((r) => r.ok && (r.value as { added: boolean }).added)).toHaveLength(10);
    const refused = replies.filter((r) => r.ok && 'refused' in (r.value as object));
    expect(refused).toHaveLength(990);
    expect(refused[0]).toEqual({
      ok: true,
      value: { added: false, refused: 'rate-limited', retryMs: 6_000 },
    });
  });

  test('the limit holds across a restarted service worker, and each tab has its own', async () => {
    const store = memoryStore();
    let clock = NOW;
    const limited = () => ({ ...deps, now: () => clock, sendLimiter: sendLimiter(store) });
    for (let i = 0; i < 10; i++) await handle(sent({ draftId: `a-${i}` }), CONTENT, limited());
    // A new limiter over the same storage (the worker was stopped and started): still refused.
    clock += 1_000;
    const again = await handle(sent({ draftId: 'a-10' }), CONTENT, limited());
    expect(again).toEqual({ ok: true, value: { added: false, refused: 'rate-limited', retryMs: 5_000 } });
    // Another tab has its own bucket.
    const other = { ...CONTENT, tab: { id: 8 } };
    expect(value(await handle(sent({ draftId: 'b-0' }), other, limited()))).toEqual({ added: true });
    // Six seconds after the burst, one more is taken in the first tab, and one only.
    clock = NOW + 6_000;
    expect(value(await handle(sent({ draftId: 'a-11' }), CONTENT, limited()))).toEqual({ added: true });
    expect(value(await handle(sent({ draftId: 'a-12' }), CONTENT, limited()))).toMatchObject({
      refused: 'rate-limited',
    });
    expect(await count()).toBe(12);
  });
});

describe('after an update, open tabs get the content script again (issue 12, finding 9)', () => {
  function api(isFirefox = false) {
    const injected: [number, string[]][] = [];
    let queried: string[] = [];
    const a: ReinjectApi = {
      getManifest: () => ({ content_scripts: [{ js: ['assets/loader.js'] }] }),
      registeredMatches: async () => ['https://fosstodon.org/*', 'https://social.example/*'],
      query: async (urls) => {
        queried = urls;
        return [
          { id: 1, url: 'https://x.com/home' },
          { id: 2, url: 'https://social.example/home' },
          { id: 3, url: 'https://www.reddit.com/r/bakery', discarded: true },
          { id: 4, url: 'https://fosstodon.org/home' },
          { id: 5, url: 'https://bsky.app/' },
          { url: 'https://www.linkedin.com/feed/' },
        ];
      },
      inject: async (tabId, files) => {
        if (tabId === 5) throw new Error('Cannot access contents of the page');
        injected.push([tabId, files]);
      },
      disabledHosts: async () => new Set(['fosstodon.org']),
      isFirefox,
    };
    return { a, injected, queried: () => queried };
  }

  test('Chrome: the enabled sites’ tabs, not discarded ones, not switched-off hosts', async () => {
    const { a, injected, queried } = api();
    expect(await reinjectOpenTabs(a)).toEqual([1, 2]);
    expect(injected.sort()).toEqual([
      [1, ['assets/loader.js']],
      [2, ['assets/loader.js']],
    ]);
    expect(queried()).toEqual([...SITE_MATCHES, 'https://fosstodon.org/*', 'https://social.example/*']);
  });

  test('Firefox injects open tabs itself: nothing is injected twice', async () => {
    const { a, injected } = api(true);
    expect(await reinjectOpenTabs(a)).toEqual([]);
    expect(injected).toEqual([]);
  });
});
