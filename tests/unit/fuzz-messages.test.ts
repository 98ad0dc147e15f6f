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
import type { PostRecord } from '../../src/core/model';
import { DEFAULT_SETTINGS } from '../../src/core/model';
import { closeDb, openDb } from '../../src/storage/db';
import { dumpAll } from '../../src/storage/read';
import { putKpi, putPosts } from '../../src/storage/write';
import { fuzzRuns } from './fuzz-runs';
import { post } from './habits-fixtures';

const EXT = 'fuzz-ext-id';
const ORIGIN = `chrome-extension://${EXT}/`;
const NOW = Date.UTC(2026, 10, 26, 12);
const RUNS = fuzzRuns(2_000);

const PAGE: SenderLike = { id: EXT, url: `${ORIGIN}src/popup/index.html` };
const CONTENT: SenderLike = { id: EXT, url: 'https://x.com/home', tab: { id: 7 } };
/**
 * Every kind of sender, and who it is, written out: our own page (popup, options: the
 * extension's origin), our own content script (our id, a tab, a web page's URL), or neither.
 */
type Role = 'page' | 'content' | 'neither';
const SENDER_ROLES: [SenderLike, Role][] = [
  [PAGE, 'page'],
  [CONTENT, 'content'],
  // The options page opened in a tab is still our page.
  [{ id: EXT, url: `${ORIGIN}src/options/index.html`, tab: { id: 3 } }, 'page'],
  [{ id: 'another-extension', url: 'chrome-extension://another-extension/x.html' }, 'neither'],
  [{ id: EXT }, 'neither'], // our id, but no URL and no tab
  [{}, 'neither'],
  // Our content script, wherever it runs.
  [{ id: EXT, url: 'https://evil.example/', tab: { id: 9 } }, 'content'],
  // A look-alike origin is not ours: a web page.
  [{ id: EXT, url: `${ORIGIN.slice(0, -1)}.evil.example/`, tab: { id: 9 } }, 'content'],
];
const SENDERS = SENDER_ROLES.map(([s]) => s);
const ROLE = new Map(SENDER_ROLES);

const TYPES = [
  'post/sent',
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

// The oracle: what each field of each message must be, written out here from the message types
// in src/messages.ts and the bounds the protocol sets (ids up to 200 characters, texts up to
// 100,000, counts up to 10 million, times from 2000 to a day ahead) — never asking the
// validator. A case is built invalid by construction (one field of a valid message given a value
// this table rules out, or removed; an unknown type; a required field missing; a valid message
// from a sender that may not send it), so every case must be rejected without asking the
// implementation which ones are bad.
const NOT_STRING: unknown[] = [
  undefined,
  null,
  0,
  1,
  true,
  [],
  {},
  ['x'],
  Symbol('s'),
  () => 'x',
  10n,
  new Date(0),
];
const NOT_NUMBER: unknown[] = [
  undefined,
  null,
  '1',
  '',
  true,
  [],
  {},
  [1],
  Symbol('n'),
  () => 1,
  10n,
  new Date(0),
];
const NOT_FINITE: unknown[] = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
// An array has none of an object's required keys, so it is as wrong as a primitive there.
const NOT_OBJECT: unknown[] = [
  undefined,
  null,
  'x',
  '',
  0,
  1,
  true,
  Symbol('o'),
  () => ({}),
  10n,
  [],
  JSON.parse('{"__proto__": {"polluted": true}}'),
];
const NOT_ARRAY: unknown[] = [undefined, null, 'x', 0, true, {}, { length: 1, 0: {} }, Symbol('a'), 10n];
const noNull = (values: unknown[]) => values.filter((x) => x !== null);

const strings = (...extra: unknown[]) =>
  fc.oneof(fc.constantFrom(...NOT_STRING, ...extra), fc.double(), fc.integer(), fc.object());
const numbers = (values: unknown[]) => fc.oneof(fc.constantFrom(...values), fc.string(), fc.object());
/** No picklist value (platforms, kinds, languages, intents, reasons, severities, sources) has `?` or a capital. */
const notInList = strings('', 'X', 'POST', 'En', ' x', 'not-a-value', 'en-US').chain((x) =>
  fc.oneof(
    fc.constant(x),
    fc.string().map((t) => `${t}?`),
  ),
);

/** Values each kind of field must refuse. */
const INVALID = {
  id: strings('', 'x'.repeat(201)), // 1–200 characters
  shortText: strings('x'.repeat(201)), // at most 200 characters
  text: strings('x'.repeat(100_001)), // at most 100,000 characters
  string: strings(),
  pick: notInList,
  // 0 to 10,000,000, finite
  count: fc.oneof(
    numbers([...NOT_NUMBER, ...NOT_FINITE, -1, -0.001, 10_000_001, 1e300]),
    fc.integer({ min: 10_000_001 }),
    fc.double({ max: -1e-9, noNaN: true }),
  ),
  // 0 to 100
  score: fc.oneof(
    numbers([...NOT_NUMBER, ...NOT_FINITE, -1, -0.5, 100.5, 101, 1e300]),
    fc.double({ min: 100.0001, noNaN: true }),
  ),
  // a whole number of milliseconds, from 2000-01-01 to a day from now
  time: numbers([
    ...NOT_NUMBER,
    ...NOT_FINITE,
    0,
    -1,
    Date.UTC(2000, 0, 1) - 1,
    NOW + 0.5,
    Date.now() + 3 * 86_400_000,
    Date.now() * 10,
  ]),
  // 0 to 366 days, finite
  composeMs: numbers([...NOT_NUMBER, ...NOT_FINITE, -1, 366 * 86_400_000 + 1]),
  composeMsOrNull: numbers([...noNull(NOT_NUMBER), ...NOT_FINITE, -1, 366 * 86_400_000 + 1]),
  // a whole number, 0 to 10,000
  seq: numbers([...NOT_NUMBER, ...NOT_FINITE, -1, 0.5, 10_001]),
  version: numbers([...NOT_NUMBER, ...NOT_FINITE, 0, 2, 1.5]), // the literal 1
  finite: numbers([...NOT_NUMBER, ...NOT_FINITE]),
  number: numbers(NOT_NUMBER),
  week: strings('', '2026-11-2', '26-11-2026', '2026/11/23', 'week 48'), // YYYY-MM-DD
  kpiName: strings('', '   ', 'x'.repeat(61)), // 1–60 characters once trimmed
  kpiValue: numbers([...noNull(NOT_NUMBER), ...NOT_FINITE, 1e13, -1e13]), // null, or within ±1e12
  type: strings(
    '',
    'POST/SENT',
    ' post/sent',
    'post/sent ',
    'post/sent!',
    'posts/get',
    'draft',
    'data/deleteall',
  ),
} satisfies Record<string, fc.Arbitrary<unknown>>;

type Kind = keyof typeof INVALID;
type Shape = Kind | [Shape] | { [key: string]: Shape };

const RANGE = { start: 'count', end: 'count' } as const;
const ENTITY = { ...RANGE, text: 'text' } as const;
const ANALYSIS: Shape = {
  version: 'version',
  language: 'pick',
  platform: 'pick',
  kind: 'pick',
  counts: Object.fromEntries(
    ['characters', 'graphemes', 'words', 'sentences', 'weighted', 'limit', 'over'].map((k) => [k, 'count']),
  ) as Record<string, Shape>,
  entities: { hashtags: [ENTITY], mentions: [ENTITY], urls: [ENTITY], cashtags: [ENTITY], emoji: [ENTITY] },
  intent: {
    label: 'pick',
    scores: { selling: 'count', listening: 'count', sharing: 'count' },
    evidence: [{ ...RANGE, text: 'string', intent: 'pick', cue: 'string', weight: 'number' }],
  },
  quality: 'score',
  voice: 'score',
  findings: [
    {
      rule: 'id',
      reason: 'pick',
      severity: 'pick',
      message: { id: 'shortText' },
      evidence: [ENTITY],
      suggestion: { id: 'shortText' },
      penalty: 'finite',
      score: 'pick',
    },
  ],
};
const RECORD: Shape = {
  id: 'id',
  v: 'version',
  time: 'time',
  platform: 'pick',
  kind: 'pick',
  language: 'pick',
  intent: 'pick',
  intentScores: { selling: 'count', listening: 'count', sharing: 'count' },
  quality: 'score',
  voice: 'score',
  findings: [{ rule: 'id', reason: 'pick', severity: 'pick' }],
  characters: 'count',
  composeMs: 'composeMsOrNull',
  source: 'pick',
};
const KPI: Shape = { week: 'week', kpi: 'kpiName', value: 'finite', time: 'time' };

/** Every field of every message type (all required: the optional ones are left out). */
const SHAPES: Record<(typeof TYPES)[number], Record<string, Shape>> = {
  'post/sent': {
    type: 'type',
    draftId: 'id',
    platform: 'pick',
    kind: 'pick',
    time: 'time',
    composeMs: 'composeMs',
    text: 'text',
    analysis: ANALYSIS,
  },
  'post/delete': { type: 'type', id: 'id' },
  'posts/put': { type: 'type', records: [RECORD] },
  'kpi/put': { type: 'type', week: 'week', kpi: 'kpiName', value: 'kpiValue' },
  'data/deleteAll': { type: 'type' },
  'data/restore': { type: 'type', posts: [RECORD], kpis: [KPI] },
  'data/applySettings': { type: 'type' },
  'import/stage': { type: 'type', importId: 'id', seq: 'seq', records: [RECORD] },
  'import/commit': { type: 'type', importId: 'id', count: 'count' },
  'import/abort': { type: 'type', importId: 'id' },
};

type Path = (string | number)[];
interface Field {
  path: Path;
  invalid: fc.Arbitrary<unknown>;
  /** An object's key (may be deleted); an array's element is not (fewer elements is still valid). */
  key: boolean;
}

/** The fields of `value` that `shape` describes: its keys, and the first element of each array. */
function fields(shape: Shape, value: unknown, path: Path, key: boolean, out: Field[]): Field[] {
  if (typeof shape === 'string') out.push({ path, invalid: INVALID[shape], key });
  else if (Array.isArray(shape)) {
    out.push({ path, invalid: fc.constantFrom(...NOT_ARRAY), key });
    if (Array.isArray(value) && value.length > 0) fields(shape[0], value[0], [...path, 0], false, out);
  } else {
    if (path.length) out.push({ path, invalid: fc.constantFrom(...NOT_OBJECT), key });
    for (const [k, s] of Object.entries(shape))
      fields(s, (value as Record<string, unknown>)[k], [...path, k], true, out);
  }
  return out;
}

const FIELDS = TYPES.flatMap((type) =>
  fields(SHAPES[type], VALID[type], [], true, []).map((f) => ({ type, ...f })),
);

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
  if (remove) delete o[last];
  else o[last] = value;
  return copy;
}

interface Case {
  message: unknown;
  sender: SenderLike;
  /** Why it must be rejected: 'message' (invalid) or 'sender' (a valid message, the wrong sender). */
  wrong: 'message' | 'sender';
  /** For one edited field: the path the rejection must name. */
  path?: string;
}

/** A valid message with one field given a value the table rules out, or (for a key) removed. */
const mutated = fc
  .constantFrom(...FIELDS)
  .chain((f) =>
    fc.record({
      f: fc.constant(f),
      value: f.invalid,
      remove: f.key ? fc.boolean() : fc.constant(false),
    }),
  )
  .map(({ f, value, remove }) => ({
    message: setAt(VALID[f.type], f.path, value, remove),
    path: f.path.join('.'),
  }));

const isKnownType = (v: unknown) =>
  typeof v === 'object' &&
  v !== null &&
  (TYPES as readonly unknown[]).includes((v as { type?: unknown }).type);

/** Anything at all that is not an object carrying one of the known type strings. */
const notAMessage = fc
  .anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withNullPrototype: true,
    withSparseArray: true,
  })
  .filter((v) => !isKnownType(v));

/** A known type with random fields, one of its required fields missing. */
const missingField = fc
  .constantFrom(...TYPES.filter((t) => Object.keys(SHAPES[t]).length > 1))
  .chain((type) =>
    fc.record({
      type: fc.constant(type),
      missing: fc.constantFrom(...Object.keys(SHAPES[type]).filter((k) => k !== 'type')),
      rest: fc.dictionary(fc.string(), fc.anything()),
    }),
  )
  .map(({ type, missing, rest }) => {
    const m: Record<string, unknown> = { ...rest, type };
    delete m[missing];
    return m;
  });

/** Near-miss types and wrong containers. */
const wrongShape = fc.oneof(
  fc.constantFrom(...TYPES).map((t) => ({ ...VALID[t], type: t.toUpperCase() })),
  fc.constantFrom(...TYPES).map((t) => ({ ...VALID[t], type: ` ${t}` })),
  fc.constantFrom(...TYPES).map((t) => [t]),
  fc.constantFrom(...TYPES),
  fc.constantFrom(...TYPES).map((t) => JSON.stringify(VALID[t])),
  fc.constantFrom(...TYPES).map((t) => new Map(Object.entries(VALID[t]))),
  fc
    .string()
    .filter((t) => !(TYPES as readonly string[]).includes(t))
    .map((t) => ({ type: t })),
);

/**
 * Who may send what (src/messages.ts): the content script reports a sent post; the popup and the
 * options page manage the data. (`draft/get` is asked of a content script: no message of the
 * background's protocol, so the door rejects it as an unknown type.)
 */
const MAY_SEND = (type: (typeof TYPES)[number]): Role[] => (type === 'post/sent' ? ['content'] : ['page']);

/** A valid message from a sender that may not send it. */
const wrongSender = fc
  .constantFrom(...TYPES)
  .chain((type) =>
    fc
      .constantFrom(...SENDERS.filter((s) => !MAY_SEND(type).includes(ROLE.get(s)!)))
      .map((sender): Case => ({ message: VALID[type], sender, wrong: 'sender' })),
  );

const invalid = (arb: fc.Arbitrary<unknown>) => arb.map((message) => ({ message }));

const cases: fc.Arbitrary<Case> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .record({
        m: fc.oneof(
          { weight: 3, arbitrary: invalid(notAMessage) },
          { weight: 5, arbitrary: mutated },
          { weight: 2, arbitrary: invalid(missingField) },
          { weight: 1, arbitrary: invalid(wrongShape) },
        ),
        sender: fc.constantFrom(...SENDERS),
      })
      .map(({ m, sender }): Case => ({ ...m, sender, wrong: 'message' })),
  },
  { weight: 1, arbitrary: wrongSender },
);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
    await fc.assert(
      fc.asyncProperty(cases, async ({ message, sender, wrong, path }) => {
        const snapshot = { ...touched };
        let reply: Awaited<ReturnType<typeof handle>>;
        try {
          reply = await handle(message, sender, deps);
        } catch (e) {
          throw new Error(`handle threw: ${String(e)}`);
        }
        expect(reply.ok).toBe(false);
        const error = (reply as { error: string }).error;
        expect(typeof error).toBe('string');
        // Rejected for the reason the case was built with, and a bad field is named by its path.
        if (wrong === 'sender') expect(error).toMatch(/^sender not allowed/);
        else expect(error).toMatch(/^invalid message/);
        if (path !== undefined)
          expect(error).toMatch(new RegExp(`^invalid message at ${escapeRegExp(path)}[.:]`));
        // Rejected at the door: the database and the settings were never even opened.
        expect(touched).toEqual(snapshot);
      }),
      { numRuns: RUNS, seed: 6_2026 },
    );
    // Nothing was written, nothing staged: the history is as it was, no import is pending.
    expect(await dumpAll(await openDb())).toEqual(before);
    const commit = await handle(VALID['import/commit'], PAGE, deps);
    expect(commit.ok).toBe(false);
    expect((commit as { error: string }).error).toMatch(/lost/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // And the router still works.
    expect(await handle(VALID['post/sent'], CONTENT, deps)).toEqual({ ok: true, value: { added: true } });
    expect((await dumpAll(await openDb())).posts).toHaveLength(before.posts.length + 1);
  });

  test('the bases are valid, so the one field a case breaks is what makes it invalid', () => {
    for (const t of TYPES) {
      expect(parseMessage(VALID[t]).ok, t).toBe(true);
      expect(parseMessage({ ...VALID[t], type: `${t}!` }).ok).toBe(false);
    }
  });
});
