// Issue 12, findings 3, 6 and 9 (settings): a restore goes through the staged path in chunks
// bounded by bytes, is all or nothing across history and settings, applies the privacy mode to
// every restored record, and keeps only settings the options page's schema allows.
import 'fake-indexeddb/auto';
import { IDBObjectStore as FDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stagedImports } from '../../src/background/import';
import { handle, type RouterDeps } from '../../src/background/router';
import { analyze } from '../../src/core/analyze';
import {
  DEFAULT_SETTINGS,
  EXCERPT_LENGTH,
  type KpiEntry,
  type PostRecord,
  type Settings,
  toRecord,
} from '../../src/core/model';
import { backupSettings, makeBackup, parseBackup, serializeBackup } from '../../src/import/backup';
import { chunkByBytes, commitRecords, type RestoreSender, restoreRecords } from '../../src/import/run';
import type { Message } from '../../src/messages';
import { closeDb, openDb } from '../../src/storage/db';
import { normalizeSettings } from '../../src/storage/goals';
import { dumpAll } from '../../src/storage/read';
import { putPosts } from '../../src/storage/write';

const ORIGIN = 'chrome-extension://testid/';
const PAGE = { id: 'testid', url: `${ORIGIN}src/options/index.html` };
const NOW = Date.UTC(2026, 10, 20);
const LONG = 'Our new autumn menu is out, with soup, bread and cake. '.repeat(20);

function post(id: string, text: string | undefined, i = 0): PostRecord {
  return toRecord(analyze(text ?? 'x', { platform: 'x', kind: 'post' }), {
    id,
    time: NOW - (i + 1) * 3_600_000,
    composeMs: null,
    source: i % 2 ? 'live' : 'import',
    ...(text === undefined ? {} : { text }),
  });
}

/** Settings storage like browser.storage: local and sync, with a failure to inject. */
let local: Record<string, unknown>;
let sync: Record<string, unknown>;
let failSave: Error | null;
const deps: RouterDeps = {
  db: openDb,
  settings: async () => normalizeSettings(local, sync),
  clearSettings: async () => undefined,
  saveSettings: async (s: Settings) => {
    const { goals, ...rest } = structuredClone(s);
    sync.goals = goals;
    if (failSave) throw failSave; // goals written, the rest refused: a partial write
    Object.assign(local, rest);
  },
  extensionId: 'testid',
  origin: ORIGIN,
  now: () => NOW,
};

const sent: Message[] = [];
const sender: RestoreSender = {
  stage: async (importId, seq, records) =>
    call({ type: 'import/stage', importId, seq, records, restore: true }),
  restore: async (m) => call({ type: 'data/restore', posts: [], ...m, settings: { ...m.settings } }),
  abort: async (importId) => call({ type: 'import/abort', importId }),
};
async function call<T>(msg: Message): Promise<T> {
  sent.push(msg);
  const reply = await handle(msg, PAGE, deps);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
}

const OLD_SETTINGS: Settings = { ...DEFAULT_SETTINGS, language: 'bn', customSites: ['old.example'] };
const oldPosts = [post('x:1', 'the old history')];
const kpis: KpiEntry[] = [{ week: '2026-11-16', kpi: 'followers', value: 10, time: NOW - 86_400_000 }];

beforeEach(async () => {
  failSave = null;
  sent.length = 0;
  const { goals, ...rest } = structuredClone(OLD_SETTINGS);
  local = rest;
  sync = { goals };
  await putPosts(await openDb(), oldPosts);
});
afterEach(async () => {
  await closeDb();
  indexedDB.deleteDatabase('postcoach');
});

function backupOf(posts: PostRecord[], settings: Partial<Settings> = {}) {
  const b = makeBackup({ posts, kpis, settings: { ...DEFAULT_SETTINGS, ...settings } }, NOW);
  return parseBackup(serializeBackup(b));
}

describe('restore through staged chunks (finding 3)', () => {
  it('sends the posts as import/stage chunks, then one data/restore; the history is the backup', async () => {
    const posts = Array.from({ length: 30 }, (_, i) => post(`p-${i}`, `${LONG}${i}`, i));
    const b = backupOf(posts);
    await restoreRecords({ posts: b.posts, kpis: b.kpis, settings: backupSettings(b) }, sender);
    expect(sent.map((m) => m.type)).toEqual(['import/stage', 'data/restore']);
    const restore = sent[1] as Extract<Message, { type: 'data/restore' }>;
    expect(restore.posts).toEqual([]);
    expect(restore.count).toBe(30);
    const after = await dumpAll(await openDb());
    expect(after.posts.map((p) => p.id).sort()).toEqual(posts.map((p) => p.id).sort());
    expect(after.posts.find((p) => p.id === 'p-3')?.text).toBe(`${LONG}3`);
    expect(after.kpis).toEqual(kpis);
  });

  it('chunks stay under their byte budget, even for texts of control characters, and keep order', () => {
    const posts = [
      ...Array.from({ length: 12 }, (_, i) => post(`a-${i}`, 'ব'.repeat(20_000), i)),
      ...Array.from({ length: 12 }, (_, i) => post(`c-${i}`, '\u0001'.repeat(20_000), i)),
      post('none', undefined),
    ];
    const budget = 300_000;
    const chunks = chunkByBytes(posts, budget, 2000);
    expect(chunks.length).toBeGreaterThan(3);
    for (const c of chunks)
      expect(new TextEncoder().encode(JSON.stringify(c)).length).toBeLessThanOrEqual(budget);
    expect(chunks.flat()).toEqual(posts);
  });

  it('a restore whose staged chunks were lost (worker restarted) writes nothing and says so', async () => {
    const b = backupOf([post('p-1', 'new')]);
    const reply = await handle(
      { type: 'data/restore', posts: [], kpis: [], importId: 'gone', count: 1, settings: { ...b.settings } },
      PAGE,
      deps,
    );
    expect(reply).toEqual({
      ok: false,
      error:
        'Error: the staged restore was lost (the background restarted); nothing was written, please restore again',
    });
    expect((await dumpAll(await openDb())).posts).toEqual(oldPosts);
    expect(await deps.settings()).toEqual(OLD_SETTINGS);
  });
});

describe('all or nothing, with the privacy mode (finding 6)', () => {
  it('settings refused by storage: the history and the settings stay as they were', async () => {
    failSave = new Error('QUOTA_BYTES quota exceeded');
    const b = backupOf([post('p-1', 'new history')], { language: 'en', theme: 'dark' });
    await expect(
      restoreRecords({ posts: b.posts, kpis: b.kpis, settings: backupSettings(b) }, sender),
    ).rejects.toThrow(
      "the backup's settings could not be saved (Error: QUOTA_BYTES quota exceeded); nothing was changed",
    );
    failSave = null;
    expect((await dumpAll(await openDb())).posts).toEqual(oldPosts);
    expect(await deps.settings()).toEqual(OLD_SETTINGS);
  });

  it('the history refused by the database: the old settings are put back', async () => {
    const proto = FDBObjectStore.prototype as unknown as { put: (...a: unknown[]) => unknown };
    const put = proto.put;
    proto.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const b = backupOf([post('p-1', 'new history')], { language: 'en' });
    try {
      await expect(
        restoreRecords({ posts: b.posts, kpis: b.kpis, settings: backupSettings(b) }, sender),
      ).rejects.toThrow(/^QuotaExceededError/);
    } finally {
      proto.put = put;
    }
    expect((await dumpAll(await openDb())).posts).toEqual(oldPosts);
    expect(await deps.settings()).toEqual(OLD_SETTINGS);
  });

  for (const [mode, expected] of [
    [
      'excerpt',
      `${Array.from(LONG)
        .slice(0, EXCERPT_LENGTH - 1)
        .join('')}…`,
    ],
    ['metrics', undefined],
  ] as const) {
    it(`restoring full texts under the ${mode} mode keeps only what ${mode} allows`, async () => {
      local.privacy = mode;
      const b = backupOf([post('p-1', LONG), post('p-2', 'short one', 1)], { privacy: 'full' });
      await restoreRecords({ posts: b.posts, kpis: b.kpis, settings: backupSettings(b) }, sender);
      const after = await dumpAll(await openDb());
      expect(after.posts.find((p) => p.id === 'p-1')?.text).toBe(expected);
      expect(after.posts.find((p) => p.id === 'p-2')?.text).toBe(
        mode === 'metrics' ? undefined : 'short one',
      );
      // The stricter mode stays the setting: the restored settings do not loosen it.
      expect((await deps.settings()).privacy).toBe(mode);
    });
  }

  it("a backup made under 'metrics' restored into 'full' keeps metrics: the backup's choice holds", async () => {
    const b = backupOf([post('p-1', LONG)], { privacy: 'metrics' });
    await restoreRecords({ posts: b.posts, kpis: b.kpis, settings: backupSettings(b) }, sender);
    expect((await dumpAll(await openDb())).posts[0]!.text).toBeUndefined();
    expect((await deps.settings()).privacy).toBe('metrics');
  });
});

describe('restored settings go through the options page schema (finding 9)', () => {
  it('hosts, platforms, KPIs and switches the options page would not store are dropped or capped', async () => {
    const crafted = {
      ...DEFAULT_SETTINGS,
      customSites: [
        'x.com/../',
        'x.com',
        'FOSSTODON.org',
        'fosstodon.org',
        'javascript:alert(1)',
        'a b.example',
      ],
      sites: { 'fosstodon.org': false, reddit: false, 'evil.example': true },
      disabledRules: ['content.hashtags', 'x'.repeat(500)],
      goals: {
        ...DEFAULT_SETTINGS.goals,
        focusPlatforms: ['x', 'x', 'myspace', 'linkedin'],
        kpis: [...Array.from({ length: 20 }, (_, i) => `  kpi ${i} ${'k'.repeat(80)}`), 7],
      },
    };
    const reply = await handle(
      { type: 'data/restore', posts: [], kpis: [], settings: crafted as unknown as Record<string, unknown> },
      PAGE,
      deps,
    );
    expect(reply.ok).toBe(true);
    const s = await deps.settings();
    expect(s.customSites).toEqual(['fosstodon.org']);
    expect(s.sites).toEqual({ 'fosstodon.org': false, reddit: false });
    expect(s.disabledRules).toEqual(['content.hashtags']);
    expect(s.goals.focusPlatforms).toEqual(['x', 'linkedin']);
    expect(s.goals.kpis).toHaveLength(8);
    expect(s.goals.kpis[0]).toBe(`kpi 0 ${'k'.repeat(54)}`);
  });
});

describe('staged chunks keep to their purpose, and Cancel stops the staging', () => {
  it('an archive import may not stage live records, nor commit a restore’s chunks', async () => {
    const live = post('live-1', 'typed in the composer', 1);
    expect(
      await handle({ type: 'import/stage', importId: 'i1', seq: 0, records: [live] }, PAGE, deps),
    ).toEqual({
      ok: false,
      error: 'Error: import/stage takes only import records',
    });
    await call({ type: 'import/stage', importId: 'r1', seq: 0, records: [live], restore: true });
    expect(await handle({ type: 'import/commit', importId: 'r1', count: 1 }, PAGE, deps)).toEqual({
      ok: false,
      error: 'Error: these chunks were staged for a restore; nothing was written',
    });
    expect((await dumpAll(await openDb())).posts).toEqual(oldPosts);
  });

  it('Cancel between chunks: no further chunk, the staged ones dropped, nothing written', async () => {
    // 60 texts of 100,000 characters: more than one chunk of STAGE_CHUNK_BYTES.
    const posts = Array.from({ length: 60 }, (_, i) => post(`c-${i}`, 'x'.repeat(100_000), 0));
    const cancel = new AbortController();
    const seen: string[] = [];
    const committer = {
      stage: async (importId: string, seq: number, records: PostRecord[]) => {
        seen.push(`stage ${seq}`);
        await call({ type: 'import/stage', importId, seq, records });
        cancel.abort(); // the user clicks Cancel while the first chunk is saved
      },
      commit: async (importId: string, count: number) => {
        seen.push('commit');
        return call<{ added: number; skipped: number; expired: number }>({
          type: 'import/commit',
          importId,
          count,
        });
      },
      abort: async (importId: string) => {
        seen.push('abort');
        await call({ type: 'import/abort', importId });
      },
    };
    await expect(commitRecords(posts, committer, () => undefined, cancel.signal)).rejects.toThrow(
      'the import was cancelled; nothing was written',
    );
    expect(seen).toEqual(['stage 0', 'abort']);
    expect(stagedImports()).toBe(0);
    expect((await dumpAll(await openDb())).posts).toEqual(oldPosts);
  });
});
