// The pill's findings are learnt again when counts are written (issue 14): after a `counts/read`
// that wrote readings (at most once a minute) and after an import that added counts, not only
// when the popup asks `outcomes/get`. The finding's ratio is written out: (103 + 1) / (13 + 1), replies + reposts + likes of each group.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { REFRESH_EVERY_MS } from '../../src/background/owner-refresh';
import { handle, type RouterDeps } from '../../src/background/router';
import { DEFAULT_SETTINGS, type PostRecord, type Settings } from '../../src/core/model';
import type { OwnerFinding } from '../../src/core/owner-findings';
import { closeDb, openDb } from '../../src/storage/db';
import { post } from './habits-fixtures';

const EXT = 'ext-id';
const ORIGIN = `chrome-extension://${EXT}/`;
const CONTENT = { id: EXT, url: 'https://x.com/hollowbakery', tab: { id: 7 } };
const OPTIONS = { id: EXT, url: `${ORIGIN}src/options/index.html` };
const NOW = Date.UTC(2026, 10, 26, 12);
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 9, 1, 9);

let settings: Settings;
let clock = NOW;
let saved: OwnerFinding[][] = [];
let deps: RouterDeps;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  settings = {
    ...structuredClone(DEFAULT_SETTINGS),
    readCounts: { x: true },
    ownerHandles: { x: 'hollowbakery' },
  };
  clock = NOW;
  saved = [];
  // One saver per test: the refresh's once-a-minute memory is the saver's.
  deps = {
    db: openDb,
    settings: async () => settings,
    clearSettings: async () => undefined,
    extensionId: EXT,
    origin: ORIGIN,
    now: () => clock,
    saveOwnerFindings: async (f) => void saved.push(f),
  };
});
afterEach(closeDb);

// 24 posts a day apart: the 12 that ask a question got 100 likes, the others 10.
const texts = Array.from({ length: 24 }, (_, i) =>
  i % 2 === 0
    ? `Which loaf should we bake for the weekend market number ${i}?`
    : `Fresh sourdough loaves are out of the oven for market number ${i}.`,
);
const records: PostRecord[] = texts.map((text, i) =>
  post({ id: `p${i}`, time: T0 + i * DAY, text, platform: 'x' }),
);
const seenAll = texts.map((text, i) => ({
  text,
  time: T0 + i * DAY + 30_000,
  replies: 2,
  reposts: 1,
  likes: i % 2 === 0 ? 100 : 10,
}));
const read = (posts: typeof seenAll) =>
  handle({ type: 'counts/read', platform: 'x', handle: 'hollowbakery', posts }, CONTENT, deps);

const stranger = [{ ...seenAll[0]!, text: 'A post the history does not hold at all' }];

async function store() {
  expect((await handle({ type: 'posts/put', records }, OPTIONS, deps)).ok).toBe(true);
}

describe('the pill’s findings follow the counts', () => {
  test('a counts/read that writes readings stores the findings, in the owner’s words', async () => {
    await store();
    expect(saved).toEqual([]);
    expect(await read(seenAll)).toEqual({ ok: true, value: { matched: 24, unmatched: 0 } });
    expect(saved).toHaveLength(1);
    const question = saved[0]!.find((f) => f.feature === 'question' && f.value === 'true');
    expect(question).toEqual({ feature: 'question', value: 'true', ratio: 104 / 14, n: 12, others: 12 });
  });

  test('at most once a minute after readings; a reading after the minute catches up, even if it wrote nothing', async () => {
    await store();
    await read(seenAll.slice(0, 4));
    expect(saved).toEqual([[]]); // four posts with counts: too few to claim anything
    clock = NOW + 1000;
    await read(seenAll.slice(4)); // written, but within the minute: not learnt yet
    expect(saved).toHaveLength(1);
    clock = NOW + 1000 + REFRESH_EVERY_MS;
    await read(stranger); // nothing written, but the earlier readings are still to learn from
    expect(saved).toHaveLength(2);
    expect(saved[1]!.find((f) => f.feature === 'question')).toMatchObject({ ratio: 104 / 14, n: 12 });
    clock += REFRESH_EVERY_MS;
    await read(stranger); // nothing new since: nothing learnt
    expect(saved).toHaveLength(2);
  });

  test('a reading that matches nothing learns nothing', async () => {
    await store();
    await read(stranger);
    expect(saved).toEqual([]);
  });

  test('an import that adds counts stores the findings; one without counts does not', async () => {
    const commit = async (id: string, rs: PostRecord[]) => {
      for (const m of [
        { type: 'import/stage', importId: id, seq: 0, records: rs },
        { type: 'import/commit', importId: id, count: rs.length },
      ])
        expect((await handle(m, OPTIONS, deps)).ok).toBe(true);
    };
    const imported = (rs: PostRecord[], withCounts: boolean) =>
      rs.map((r, i) => ({
        ...r,
        id: `${r.id}${withCounts ? 'c' : 'n'}`,
        source: 'import' as const,
        ...(withCounts
          ? { engagement: { replies: 2, reposts: 1, likes: i % 2 === 0 ? 100 : 10, readAt: NOW } }
          : {}),
      }));
    settings = { ...settings, retentionDays: 0 };
    await commit('plain', imported(records, false));
    expect(saved).toEqual([]);
    await commit('counted', imported(records, true));
    expect(saved).toHaveLength(1);
    expect(saved[0]!.find((f) => f.feature === 'question' && f.value === 'true')).toMatchObject({
      ratio: 104 / 14,
      n: 12,
    });
  });
});
