// The whole import path without a browser: parse → analyse → stage in chunks through the
// router → one commit. Importing twice adds nothing; a failed or abandoned import writes nothing.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stagedImports } from '../../src/background/import';
import { handle, type RouterDeps } from '../../src/background/router';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/model';
import { bytesSource, readArchive } from '../../src/import/index';
import { analyzePosts } from '../../src/import/pipeline';
import { type Committer, commitRecords } from '../../src/import/run';
import type { Message } from '../../src/messages';
import { closeDb, type DB, openDb } from '../../src/storage/db';
import { countBetween, postsBetween } from '../../src/storage/read';
import { putPosts } from '../../src/storage/write';

const dir = join(__dirname, '../fixtures/archives');
const ORIGIN = 'chrome-extension://testid/';
const NOW = Date.UTC(2023, 5, 1);
let settings: Settings;

const deps: RouterDeps = {
  db: openDb,
  settings: async () => settings,
  clearSettings: async () => undefined,
  extensionId: 'testid',
  origin: ORIGIN,
  now: () => NOW,
};
const sender = { id: 'testid', url: `${ORIGIN}src/options/index.html` };

async function send<T>(msg: Message): Promise<T> {
  const reply = await handle(msg, sender, deps);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
}

const committer: Committer = {
  stage: (importId, seq, records) => send({ type: 'import/stage', importId, seq, records }),
  commit: (importId, count) => send({ type: 'import/commit', importId, count }),
  abort: (importId) => send({ type: 'import/abort', importId }),
};

async function records(file: string) {
  const bytes = new Uint8Array(readFileSync(join(dir, file)));
  return analyzePosts(await readArchive(bytesSource(file.split('/').pop()!, bytes)));
}

async function all(db: DB) {
  return postsBetween(db, 0, Number.MAX_SAFE_INTEGER);
}

beforeEach(async () => {
  settings = { ...DEFAULT_SETTINGS, retentionDays: 0 };
  await closeDb();
  indexedDB.deleteDatabase('postcoach');
});
afterEach(closeDb);

describe('import commit', () => {
  it('writes an archive in one commit; importing it again adds nothing', async () => {
    const rs = await records('x/twitter-archive.zip');
    const first = await commitRecords(rs, committer, () => undefined);
    expect(first).toMatchObject({ added: 5, skipped: 0, expired: 0 });
    const db = await openDb();
    const stored = await all(db);
    expect(stored.map((r) => r.id).sort()).toEqual(rs.map((r) => r.id).sort());
    expect(stored.every((r) => r.source === 'import')).toBe(true);
    const again = await commitRecords(await records('x/twitter-archive.zip'), committer, () => undefined);
    expect(again).toMatchObject({ added: 0, skipped: 5, expired: 0 });
    expect(await countBetween(db, 0, Number.MAX_SAFE_INTEGER)).toBe(5);
    expect(stagedImports()).toBe(0);
  });

  it('stages in chunks and reports progress; history already there is untouched', async () => {
    const db = await openDb();
    const existing = (await records('mastodon/outbox.json')).map((r) => ({
      ...r,
      source: 'live' as const,
      id: `live-${r.id}`,
    }));
    await putPosts(db, existing);
    const many = Array.from({ length: 4500 }, (_, i) => ({
      ...existing[0]!,
      source: 'import' as const,
      id: `x:${9_000_000 + i}`,
      time: NOW - i * 60_000,
    }));
    const seen: number[] = [];
    const result = await commitRecords(many, committer, (p) => seen.push(p.done));
    expect(result.added).toBe(4500);
    expect(seen).toEqual([0, 2000, 4000, 4500]);
    const stored = await all(db);
    expect(stored.filter((r) => r.source === 'live')).toEqual(
      expect.arrayContaining(existing.map((r) => expect.objectContaining({ id: r.id, text: r.text }))),
    );
  });

  it('a failed stage writes nothing and drops the staged chunks', async () => {
    const rs = await records('linkedin/Shares.csv');
    const broken = [...rs, { ...rs[0]!, id: 'linkedin:bad', quality: 500 }];
    await expect(commitRecords(broken, committer, () => undefined)).rejects.toThrow(
      /invalid message at records\.3\.quality/,
    );
    expect(await countBetween(await openDb(), 0, Number.MAX_SAFE_INTEGER)).toBe(0);
    expect(stagedImports()).toBe(0);
  });

  it('a commit without its stage (a restarted service worker) says so and writes nothing', async () => {
    await expect(send({ type: 'import/commit', importId: 'gone', count: 3 })).rejects.toThrow(
      /staged import was lost .* nothing was written/,
    );
  });

  it('applies the privacy setting and does not write posts older than the retention period', async () => {
    settings = { ...DEFAULT_SETTINGS, privacy: 'metrics', retentionDays: 180 };
    const rs = await records('mastodon/outbox.json'); // March 2023; NOW is June 2023
    const old = { ...rs[0]!, id: 'mastodon:old', time: NOW - 400 * 86_400_000 };
    const result = await commitRecords([...rs, old], committer, () => undefined);
    expect(result).toMatchObject({ added: rs.length, skipped: 0, expired: 1 });
    const stored = await all(await openDb());
    expect(stored.some((r) => 'text' in r)).toBe(false);
  });

  it('refuses live records and out-of-order chunks', async () => {
    const rs = await records('x/tweets.js');
    await expect(
      send({ type: 'import/stage', importId: 'a', seq: 0, records: [{ ...rs[0]!, source: 'live' }] }),
    ).rejects.toThrow(/only import records/);
    await expect(send({ type: 'import/stage', importId: 'b', seq: 1, records: rs })).rejects.toThrow(
      /out of order/,
    );
    // and not from a web page
    const reply = await handle(
      { type: 'import/abort', importId: 'b' },
      { id: 'testid', url: 'https://x.com/', tab: { id: 1 } },
      deps,
    );
    expect(reply.ok).toBe(false);
  });
});
