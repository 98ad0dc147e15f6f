// Fuzzing the background's door (issue 6, Reliability): 10,000 random and malformed messages,
// from every kind of sender, go through the real router (validator + sender check) against a
// fake-indexeddb database that already holds a history. Every one must come back as
// `{ ok: false, error }` — never a throw — without opening the database, reading the settings,
// clearing anything or staging an import; afterwards the history is byte-for-byte what it was
// and the router still records a valid post.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { handle, type RouterDeps } from '../../src/background/router';
import { parseMessage, type SenderLike } from '../../src/background/validate';
import { analyze } from '../../src/core/analyze';
import { closeDb, dumpAll, openDb, putKpi, putPosts } from '../../src/storage/db';
import { DEFAULT_SETTINGS } from '../../src/storage/goals';
import type { PostRecord } from '../../src/storage/record';
import { post } from './habits-fixtures';

const EXT = 'fuzz-ext-id';
const ORIGIN = `chrome-extension://${EXT}/`;
const NOW = Date.UTC(2026, 10, 26, 12);
const RUNS = 10_000;

const PAGE: SenderLike = { id: EXT, url: `${ORIGIN}src/popup/index.html` };
const CONTENT: SenderLike = { id: EXT, url: 'https://x.com/home', tab: { id: 7 } };
const SENDERS: SenderLike[] = [
  PAGE,
  CONTENT,
  { id: EXT, url: `${ORIGIN}src/options/index.html`, tab: { id: 3 } },
  { id: 'another-extension', url: 'chrome-extension://another-extension/x.html' },
  { id: EXT },
  {},
  { id: EXT, url: 'https://evil.example/', tab: { id: 9 } },
  { id: EXT, url: `${ORIGIN.slice(0, -1)}.evil.example/`, tab: { id: 9 } },
];

const TYPES = [
  'post/sent',
  'draft/get',
  'post/delete',
  'posts/put',
  'kpi/put',
  'data/deleteAll',
  'data/restore',
  'data/applySettings',
  'import/stage',
  'import/commit',
  'import/abort',
] as const;

// What the router touched: any of these means a rejected message got past the door.
const touched = { db: 0, settings: 0, cleared: 0 };
const deps: RouterDeps = {
  db: () => {
    touched.db++;
    return openDb();
  },
  settings: async () => {
    touched.settings++;
    return structuredClone(DEFAULT_SETTINGS);
  },
  clearSettings: async () => {
    touched.cleared++;
  },
  extensionId: EXT,
  origin: ORIGIN,
  now: () => NOW,
};

const TEXT = 'New autumn menu this week 🍂 what should we add next? #soup @friend https://example.com';
const analysis = analyze(TEXT, { platform: 'x', kind: 'post' });
const record = (id: string): PostRecord => ({
  ...post({ id, time: NOW - 3_600_000, text: 'imported', platform: 'linkedin' }),
  source: 'import',
});

/** One valid message of each type (valid for the right sender). */
const VALID: Record<(typeof TYPES)[number], Record<string, unknown>> = {
  'post/sent': {
    type: 'post/sent',
    draftId: 'fresh-draft',
    platform: 'x',
    kind: 'post',
    time: NOW - 1000,
    composeMs: 1200,
    text: TEXT,
    analysis,
  },
  'draft/get': { type: 'draft/get' },
  'post/delete': { type: 'post/delete', id: 'seed-1' },
  'posts/put': { type: 'posts/put', records: [record('new-1'), record('new-2')] },
  'kpi/put': { type: 'kpi/put', week: '2026-11-23', kpi: 'followers', value: 12 },
  'data/deleteAll': { type: 'data/deleteAll' },
  'data/restore': { type: 'data/restore', posts: [record('r-1')], kpis: [] },
  'data/applySettings': { type: 'data/applySettings' },
  'import/stage': { type: 'import/stage', importId: 'imp', seq: 0, records: [record('i-1')] },
  'import/commit': { type: 'import/commit', importId: 'imp', count: 1 },
  'import/abort': { type: 'import/abort', importId: 'imp' },
};

/** Values that are wrong almost everywhere: wrong types, non-finite numbers, huge strings, traps. */
const poison = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.constant(-1),
  fc.constant(1e300),
  fc.constant(''),
  fc.constant('x'.repeat(100_001)),
  fc.constant({ __proto__: { polluted: true } }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}')),
  fc.constant([]),
  fc.constant(Symbol('s')),
  fc.constant(() => 1),
  fc.constant(10n),
  fc.constant(new Date(0)),
  fc.constant(Date.now() + 10 * 86_400_000),
  fc.boolean(),
  fc.string(),
  fc.double(),
  fc.object(),
);

type Path = (string | number)[];

/** Every path to a value inside `v` (objects and arrays), including the root's children. */
function paths(v: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (v && typeof v === 'object') {
    for (const [k, child] of Object.entries(v)) {
      const p = [...prefix, Array.isArray(v) ? Number(k) : k];
      out.push(p);
      if (out.length < 400) paths(child, p, out);
    }
  }
  return out;
}

/** A deep copy of plain objects and arrays (poison values such as symbols and functions kept as they are). */
function clone(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(clone);
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype)
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clone(x)]));
  return v;
}

function setAt(root: unknown, path: Path, value: unknown, remove: boolean): unknown {
  const copy = clone(root) as Record<string | number, unknown>;
  let o = copy as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (remove) {
    if (Array.isArray(o)) o.splice(Number(last), 1);
    else delete o[last];
  } else o[last] = value;
  return copy;
}

/** A valid message with one or more of its values replaced or removed. */
const mutated = fc
  .record({
    type: fc.constantFrom(...TYPES),
    edits: fc.array(fc.record({ pick: fc.nat(), value: poison, remove: fc.boolean() }), {
      minLength: 1,
      maxLength: 3,
    }),
  })
  .map(({ type, edits }) => {
    let m: unknown = VALID[type];
    for (const e of edits) {
      const all = paths(m);
      if (!all.length) break;
      m = setAt(m, all[e.pick % all.length]!, e.value, e.remove);
    }
    return m;
  });

/** A known type with random fields. */
const randomFields = fc
  .record({ type: fc.constantFrom(...TYPES), rest: fc.dictionary(fc.string(), fc.anything()) })
  .map(({ type, rest }) => ({ ...rest, type }));

/** Near-miss types and wrong containers. */
const wrongShape = fc.oneof(
  fc.constantFrom(...TYPES).map((t) => ({ type: t.toUpperCase() })),
  fc.constantFrom(...TYPES).map((t) => ({ type: ` ${t}` })),
  fc.constantFrom(...TYPES).map((t) => [t]),
  fc.constantFrom(...TYPES),
  fc.constantFrom(...TYPES).map((t) => JSON.stringify(VALID[t])),
  fc.constantFrom(...TYPES).map((t) => new Map(Object.entries(VALID[t]))),
  fc.string().map((t) => ({ type: t })),
);

/** A valid message from a sender that may not send it. */
const wrongSender = fc.constantFrom(...TYPES).chain((type) =>
  fc
    .constantFrom(
      ...SENDERS.filter((s) => {
        const own = s.id === EXT;
        const page = own && typeof s.url === 'string' && s.url.startsWith(ORIGIN);
        if (type === 'draft/get') return true;
        if (type === 'post/sent') return !own || page || s.tab === undefined;
        return !page;
      }),
    )
    .map((sender) => ({ message: VALID[type] as unknown, sender, forced: true })),
);

const anyMessage = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.anything({
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withNullPrototype: true,
      withSparseArray: true,
    }),
  },
  { weight: 5, arbitrary: mutated },
  { weight: 2, arbitrary: randomFields },
  { weight: 1, arbitrary: wrongShape },
);

const cases = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      message: anyMessage,
      sender: fc.constantFrom(...SENDERS),
      forced: fc.constant(false),
    }),
  },
  { weight: 1, arbitrary: wrongSender },
);

let before: Awaited<ReturnType<typeof dumpAll>>;

beforeAll(async () => {
  globalThis.indexedDB = new IDBFactory();
  const db = await openDb();
  await putPosts(db, [
    post({ id: 'seed-1', time: NOW - 86_400_000, text: 'first' }),
    post({ id: 'seed-2', time: NOW - 2 * 86_400_000, text: 'second' }),
  ]);
  await putKpi(db, { week: '2026-11-23', kpi: 'followers', value: 3, time: NOW - 1 });
  before = await dumpAll(db);
});
afterAll(async () => {
  await closeDb();
});

describe('fuzzing the background router', () => {
  test(`${RUNS} random and malformed messages: all rejected, nothing written, no crash`, async () => {
    let malformed = 0;
    let wrongSenders = 0;
    await fc.assert(
      fc.asyncProperty(cases, async ({ message, sender, forced }) => {
        const parsed = parseMessage(message);
        // A random value that happens to be a valid message (rare) is not what this test is for.
        fc.pre(forced || !parsed.ok);
        if (forced) wrongSenders++;
        else malformed++;
        const snapshot = { ...touched };
        let reply: Awaited<ReturnType<typeof handle>>;
        try {
          reply = await handle(message, sender, deps);
        } catch (e) {
          throw new Error(`handle threw: ${String(e)}`);
        }
        expect(reply.ok).toBe(false);
        expect(typeof (reply as { error: string }).error).toBe('string');
        // Rejected at the door: the database and the settings were never even opened.
        expect(touched).toEqual(snapshot);
      }),
      { numRuns: RUNS, seed: 6_2026, maxSkipsPerRun: 100 },
    );
    expect(malformed + wrongSenders).toBe(RUNS);
    expect(malformed).toBeGreaterThan(RUNS * 0.75);
    expect(wrongSenders).toBeGreaterThan(RUNS * 0.05);
    // Nothing was written, nothing staged: the history is as it was, no import is pending.
    expect(await dumpAll(await openDb())).toEqual(before);
    const commit = await handle(VALID['import/commit'], PAGE, deps);
    expect(commit.ok).toBe(false);
    expect((commit as { error: string }).error).toMatch(/lost/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // And the router still works.
    expect(await handle(VALID['post/sent'], CONTENT, deps)).toEqual({ ok: true, value: { added: true } });
    expect((await dumpAll(await openDb())).posts).toHaveLength(before.posts.length + 1);
    console.log(`fuzz-messages: ${malformed} malformed + ${wrongSenders} from wrong senders, all rejected`);
  });

  test('every mutation kind really breaks a valid message (the generator is not vacuous)', () => {
    // Each valid message parses; its emptied form does not.
    for (const t of TYPES) {
      expect(parseMessage(VALID[t]).ok, t).toBe(true);
      expect(parseMessage({ ...VALID[t], type: `${t}!` }).ok).toBe(false);
    }
  });
});
