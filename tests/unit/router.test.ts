// The background's router as a table (src/background/router.ts): every message type has its own
// handler, each valid message reaches its own and no other, and a malformed message or a wrong
// sender is turned away at the door before any handler runs. The types, messages and errors
// below are written out from src/messages.ts, not read from the router.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  HANDLERS,
  type HandlerContext,
  type Handlers,
  handle,
  type RouterDeps,
} from '../../src/background/router';
import { DEFAULT_SETTINGS } from '../../src/core/model';
import type { Message, Replies } from '../../src/messages';
import { closeDb, openDb } from '../../src/storage/db';
import { dumpAll } from '../../src/storage/read';
import { post } from './habits-fixtures';

const EXT = 'ext-id';
const ORIGIN = `chrome-extension://${EXT}/`;
const PAGE = { id: EXT, url: `${ORIGIN}src/options/index.html` };
const CONTENT = { id: EXT, url: 'https://www.linkedin.com/feed/', tab: { id: 4 } };
const NOW = Date.UTC(2026, 10, 26, 12);

const deps: RouterDeps = {
  db: openDb,
  settings: async () => structuredClone(DEFAULT_SETTINGS),
  clearSettings: async () => undefined,
  extensionId: EXT,
  origin: ORIGIN,
  now: () => NOW,
};

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await closeDb();
});

const record = post({ id: 'linkedin:1', time: NOW - 3_600_000, text: 'Our new loaves are in' });

/** One valid message of each type the background answers, with the sender allowed to send it. */
const VALID: { [K in Message['type']]: { msg: Record<string, unknown>; sender: object } } = {
  'post/sent': {
    msg: {
      type: 'post/sent',
      draftId: 'd1',
      platform: 'linkedin',
      kind: 'post',
      time: NOW - 1000,
      composeMs: 5000,
      text: 'Hello',
      analysis: {},
    },
    sender: CONTENT,
  },
  'counts/read': {
    msg: {
      type: 'counts/read',
      platform: 'linkedin',
      handle: 'in/bakery',
      posts: [{ text: 'Our new loaves are in', time: NOW - 3_600_000, replies: 1, reposts: 0, likes: 4 }],
    },
    sender: CONTENT,
  },
  'post/delete': { msg: { type: 'post/delete', id: 'linkedin:1' }, sender: PAGE },
  'posts/put': { msg: { type: 'posts/put', records: [record] }, sender: PAGE },
  'kpi/put': { msg: { type: 'kpi/put', week: '2026-11-23', kpi: 'followers', value: 12 }, sender: PAGE },
  'data/deleteAll': { msg: { type: 'data/deleteAll' }, sender: PAGE },
  'data/restore': { msg: { type: 'data/restore', posts: [record], kpis: [] }, sender: PAGE },
  'data/applySettings': { msg: { type: 'data/applySettings' }, sender: PAGE },
  'import/stage': {
    msg: { type: 'import/stage', importId: 'imp', seq: 0, records: [{ ...record, source: 'import' }] },
    sender: PAGE,
  },
  'import/commit': { msg: { type: 'import/commit', importId: 'imp', count: 1 }, sender: PAGE },
  'import/abort': { msg: { type: 'import/abort', importId: 'imp' }, sender: PAGE },
  'outcomes/get': { msg: { type: 'outcomes/get', timeZone: 'Asia/Dhaka' }, sender: PAGE },
};

/** A table whose handlers only note what reached them and answer their own type's name. */
function spyTable() {
  const calls: { type: string; msg: unknown; ctx: HandlerContext }[] = [];
  const table = Object.fromEntries(
    Object.keys(VALID).map((type) => [
      type,
      async (msg: unknown, ctx: HandlerContext) => {
        calls.push({ type, msg, ctx });
        return `reply of ${type}`;
      },
    ]),
  ) as unknown as Handlers;
  return { calls, table };
}

describe('the handler table', () => {
  test('has exactly one handler per message type of the protocol', () => {
    expect(Object.keys(HANDLERS).sort()).toEqual([
      'counts/read',
      'data/applySettings',
      'data/deleteAll',
      'data/restore',
      'import/abort',
      'import/commit',
      'import/stage',
      'kpi/put',
      'outcomes/get',
      'post/delete',
      'post/sent',
      'posts/put',
    ]);
    for (const h of Object.values(HANDLERS)) expect(typeof h).toBe('function');
  });

  test('each valid message reaches its own handler once, with the sender and the time', async () => {
    // post/sent's analysis must pass the door: a real one is built by the engine in the other tests.
    const { analyze } = await import('../../src/core/analyze');
    VALID['post/sent'].msg.analysis = analyze('Hello', { platform: 'linkedin', kind: 'post' });
    for (const [type, { msg, sender }] of Object.entries(VALID)) {
      const { calls, table } = spyTable();
      expect(await handle(msg, sender, deps, table), type).toEqual({ ok: true, value: `reply of ${type}` });
      expect(calls.map((c) => c.type)).toEqual([type]);
      expect(calls[0]!.ctx.sender).toBe(sender);
      expect(calls[0]!.ctx.now).toBe(NOW);
      expect((calls[0]!.msg as { type: string }).type).toBe(type);
    }
  });

  test('a handler that throws becomes an error reply, named and explained', async () => {
    const table = {
      ...HANDLERS,
      'post/delete': async () => {
        throw new RangeError('no such shelf');
      },
    } satisfies Handlers;
    expect(await handle({ type: 'post/delete', id: 'x' }, PAGE, deps, table)).toEqual({
      ok: false,
      error: 'RangeError: no such shelf',
    });
  });
});

describe('the door', () => {
  // Each case is malformed by construction; the error names where, as parseMessage promises.
  const MALFORMED: [string, unknown, RegExp][] = [
    ['not an object', null, /^invalid message: /],
    ['a string', 'post/delete', /^invalid message: /],
    ['no type', { id: 'x' }, /^invalid message at type: /],
    ['an unknown type', { type: 'posts/drop' }, /^invalid message at type: .*"posts\/drop"/],
    [
      'a tab message (content scripts answer it)',
      { type: 'draft/get' },
      /^invalid message at type: .*"draft\/get"/,
    ],
    ['an empty id', { type: 'post/delete', id: '' }, /^invalid message at id: /],
    ['an id of 201 characters', { type: 'post/delete', id: 'a'.repeat(201) }, /^invalid message at id: /],
    ['a number as id', { type: 'post/delete', id: 7 }, /^invalid message at id: /],
    ['a week that is no date', { type: 'kpi/put', week: 'this week', kpi: 'f', value: 1 }, /at week: /],
    ['an infinite KPI', { type: 'kpi/put', week: '2026-11-23', kpi: 'f', value: Infinity }, /at value: /],
    ['a blank KPI name', { type: 'kpi/put', week: '2026-11-23', kpi: '   ', value: 1 }, /at kpi: /],
    ['a negative chunk', { type: 'import/stage', importId: 'i', seq: -1, records: [] }, /at seq: /],
    [
      'a record scored 900',
      { type: 'posts/put', records: [{ ...record, quality: 900 }] },
      /^invalid message at records\.0\.quality: /,
    ],
    [
      'engagement with negative likes',
      {
        type: 'posts/put',
        records: [{ ...record, engagement: { replies: 0, reposts: 0, likes: -1, readAt: NOW } }],
      },
      /^invalid message at records\.0\.engagement\.likes: /,
    ],
  ];

  test.each(MALFORMED)('rejects %s before any handler runs', async (_name, msg, error) => {
    const { calls, table } = spyTable();
    const r = await handle(msg, PAGE, deps, table);
    expect(r.ok).toBe(false);
    expect((r as { error: string }).error).toMatch(error);
    expect(calls).toEqual([]);
  });

  test('turns away a valid message from a sender that may not send it', async () => {
    const { calls, table } = spyTable();
    expect(await handle(VALID['kpi/put'].msg, CONTENT, deps, table)).toEqual({
      ok: false,
      error: 'sender not allowed for kpi/put',
    });
    expect(await handle(VALID['post/delete'].msg, { ...PAGE, id: 'another-extension' }, deps, table)).toEqual(
      {
        ok: false,
        error: 'sender not allowed for post/delete',
      },
    );
    expect(calls).toEqual([]);
  });
});

describe('the real handlers answer their reply types', () => {
  test('a stage, a commit and an abort', async () => {
    const stage = VALID['import/stage'];
    const staged: Replies['import/stage'] = { staged: 1 };
    expect(await handle(stage.msg, PAGE, deps)).toEqual({ ok: true, value: staged });
    const r = await handle(VALID['import/commit'].msg, PAGE, deps);
    expect(r).toMatchObject({ ok: true, value: { added: 1, skipped: 0, expired: 0 } });
    expect(await handle(VALID['import/abort'].msg, PAGE, deps)).toEqual({ ok: true, value: null });
  });

  test("a restore keeps each post's engagement reading", async () => {
    const engagement = { replies: 3, reposts: 1, likes: 40, views: 12_000_000, readAt: NOW - 60_000 };
    const r = await handle(
      { type: 'data/restore', posts: [{ ...record, engagement }], kpis: [] },
      PAGE,
      deps,
    );
    expect(r).toEqual({ ok: true, value: { posts: 1, kpis: 0, privacy: 'full' } });
    expect((await dumpAll(await openDb())).posts[0]!.engagement).toEqual(engagement);
  });
});

// The real check is tsc's (the suite's `tsc --noEmit` covers tests): `@ts-expect-error` fails the
// build when the line below it is NOT an error, i.e. when the table's type stops requiring it.
test('the table type requires every handler, each answering its own reply', () => {
  const { 'kpi/put': _kpi, ...withoutKpi } = HANDLERS;
  // @ts-expect-error: a table without a `kpi/put` handler is not a Handlers
  const incomplete: Handlers = withoutKpi;
  // @ts-expect-error: `post/delete` answers `{ deleted }`, not a count
  const wrongReply: Handlers = { ...HANDLERS, 'post/delete': async () => ({ removed: 1 }) };
  expect('kpi/put' in incomplete).toBe(false);
  expect(wrongReply['post/sent']).toBe(HANDLERS['post/sent']);
});
