// Issue 14: an X archive's counts (`favorite_count`, `retweet_count`) are kept on the imported
// records; other archives say they carry none; re-importing an archive refreshes the counts of
// posts already stored (the latest reading wins). Expected values are read off the fixtures by hand.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handle, type RouterDeps } from '../../src/background/router';
import { runImport } from '../../src/cli/import';
import { DEFAULT_SETTINGS, type PostRecord } from '../../src/core/model';
import type { OwnerOutcomes } from '../../src/core/summary/outcome-words';
import { bytesSource, readArchive } from '../../src/import/index';
import { analyzePosts, countsLine, summarize } from '../../src/import/pipeline';
import { type Committer, commitRecords } from '../../src/import/run';
import type { Message } from '../../src/messages';
import { closeDb, openDb } from '../../src/storage/db';
import { postsBetween, postsWithCounts } from '../../src/storage/read';

const dir = join(__dirname, '../fixtures/archives');
const IMPORTED_AT = Date.UTC(2026, 10, 20, 12, 0);
/** data/manifest.js of the fixture zip: archiveInfo.generationDate "2024-01-05T09:30:00.000Z". */
const MADE = Date.UTC(2024, 0, 5, 9, 30);

const source = (file: string) =>
  bytesSource(file.split('/').pop()!, new Uint8Array(readFileSync(join(dir, file))));
const bytesOf = (name: string, text: string) => bytesSource(name, new TextEncoder().encode(text));
const byId = (rs: PostRecord[]) => Object.fromEntries(rs.map((r) => [r.id, r.engagement]));

describe('X archive counts', () => {
  it('the whole archive: likes and reposts from tweets.js, dated by the manifest, no reply count', async () => {
    const parsed = await readArchive(source('x/twitter-archive.zip'));
    expect(parsed.madeAt).toBe(MADE);
    const records = await analyzePosts(parsed, { now: IMPORTED_AT });
    expect(byId(records)).toEqual({
      'x:1629001000000000003': { replies: 0, reposts: 2, likes: 12, readAt: MADE },
      'x:1628990000000000002': { replies: 0, reposts: 0, likes: 1, readAt: MADE },
      'x:1620000000000000005': { replies: 0, reposts: 4, likes: 30, readAt: MADE },
      'x:1621000000000000006': { replies: 0, reposts: 0, likes: 0, readAt: MADE },
      // tweets-part1.js's tweet carries no counts: no reading, rather than a made-up zero.
      'x:1500000000000000010': undefined,
    });
    const summary = summarize(parsed, records);
    expect(summary.withCounts).toBe(4);
    expect(countsLine(summary)).toBe(
      '4 of 5 posts carry their likes and reposts from the archive (X archives hold no reply counts)',
    );
  });

  it('a lone tweets.js has no manifest: the counts are dated by the import', async () => {
    const records = await analyzePosts(await readArchive(source('x/tweet-2019.js')), { now: IMPORTED_AT });
    expect(byId(records)).toEqual({
      'x:1100000000000000001': { replies: 0, reposts: 0, likes: 3, readAt: IMPORTED_AT },
      'x:1090000000000000002': undefined,
    });
  });

  it('unreadable counts give no reading and lose no post; a manifest older than the post is not used', async () => {
    const tweet = (id: string, fav: unknown, rt: unknown) =>
      JSON.stringify({
        tweet: {
          id_str: id,
          created_at: 'Mon Mar 07 08:00:00 +0000 2022',
          full_text: `Morning bake number ${id} 🍞`,
          favorite_count: fav,
          retweet_count: rt,
        },
      });
    const text = `window.YTD.tweets.part0 = [${[
      tweet('1', '7', '1'),
      tweet('2', '12abc', '1'),
      tweet('3', '-4', '0'),
      tweet('4', '5', undefined),
      tweet('5', 9, 2), // numbers, as in hand-edited files
      tweet('6', '99999999999999', '0'),
    ].join(',')}]`;
    const parsed = await readArchive(bytesOf('tweets.js', text));
    parsed.madeAt = Date.UTC(2020, 0, 1); // before the posts: it cannot have counted them
    const records = await analyzePosts(parsed, { now: IMPORTED_AT });
    expect(records).toHaveLength(6);
    expect(byId(records)).toEqual({
      'x:1': { replies: 0, reposts: 1, likes: 7, readAt: IMPORTED_AT },
      'x:2': undefined,
      'x:3': undefined,
      'x:4': undefined,
      'x:5': { replies: 0, reposts: 2, likes: 9, readAt: IMPORTED_AT },
      'x:6': undefined,
    });
  });

  it('a damaged manifest dates nothing and stops nothing', async () => {
    const { zipSync } = await import('fflate');
    const enc = new TextEncoder();
    const zip = zipSync({
      'data/manifest.js': enc.encode('window.__THAR_CONFIG = {"archiveInfo":{"generationDate":'),
      'data/tweets.js': readFileSync(join(dir, 'x/tweets.js')),
    });
    const parsed = await readArchive(bytesSource('x.zip', zip));
    expect(parsed.madeAt).toBeUndefined();
    const records = await analyzePosts(parsed, { now: IMPORTED_AT });
    expect(records).toHaveLength(4);
    expect(records.find((r) => r.id === 'x:1620000000000000005')!.engagement?.readAt).toBe(IMPORTED_AT);
  });
});

describe('other archives carry no counts', () => {
  it.each([
    ['linkedin/Shares.csv', 'LinkedIn'],
    ['mastodon/outbox.json', 'Mastodon'],
    ['bluesky/repo.car', 'Bluesky'],
    ['meta/your_posts_1.json', 'Facebook'],
    ['meta/posts_1.json', 'Instagram'],
  ])('%s: no record has a reading and the report says so', async (file, name) => {
    const parsed = await readArchive(source(file));
    const records = await analyzePosts(parsed, { now: IMPORTED_AT });
    expect(records.length).toBeGreaterThan(0);
    expect(records.filter((r) => r.engagement)).toEqual([]);
    expect(countsLine(summarize(parsed, records))).toBe(
      `${name} archives carry no counts of replies, reposts or likes: these posts have none yet`,
    );
  });

  it('the CLI prints the counts line', async () => {
    const out: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
    try {
      expect(await runImport([join(dir, 'linkedin/Shares.csv')])).toBe(0);
      expect(await runImport([join(dir, 'x/twitter-archive.zip')])).toBe(0);
    } finally {
      log.mockRestore();
    }
    const text = out.join('\n');
    expect(text).toContain(
      '  counts    LinkedIn archives carry no counts of replies, reposts or likes: these posts have none yet',
    );
    expect(text).toContain(
      '  counts    4 of 5 posts carry their likes and reposts from the archive (X archives hold no reply counts)',
    );
  });
});

describe('re-importing refreshes the counts', () => {
  const ORIGIN = 'chrome-extension://testid/';
  const deps: RouterDeps = {
    db: openDb,
    settings: async () => ({ ...DEFAULT_SETTINGS, retentionDays: 0 }),
    clearSettings: async () => undefined,
    extensionId: 'testid',
    origin: ORIGIN,
    now: () => IMPORTED_AT,
  };
  const sender = { id: 'testid', url: `${ORIGIN}src/options/index.html` };
  const send = async <T>(msg: Message): Promise<T> => {
    const reply = await handle(msg, sender, deps);
    if (!reply.ok) throw new Error(reply.error);
    return reply.value as T;
  };
  const committer: Committer = {
    stage: (importId, seq, records) => send({ type: 'import/stage', importId, seq, records }),
    commit: (importId, count) => send({ type: 'import/commit', importId, count }),
    abort: (importId) => send({ type: 'import/abort', importId }),
  };
  beforeEach(async () => {
    await closeDb();
    indexedDB.deleteDatabase('postcoach');
  });
  afterEach(closeDb);

  /** The fixture archive's records as a later archive would hold them: more likes, a later date. */
  const later = (rs: PostRecord[], readAt: number) =>
    rs.map((r) =>
      r.engagement
        ? { ...r, quality: 1, engagement: { ...r.engagement, likes: r.engagement.likes + 10, readAt } }
        : r,
    );

  it('a newer archive updates the stored readings, and nothing else; an older one changes nothing', async () => {
    const first = await analyzePosts(await readArchive(source('x/twitter-archive.zip')), {
      now: IMPORTED_AT,
    });
    expect(await commitRecords(first, committer, () => undefined)).toMatchObject({ added: 5, updated: 0 });
    const NEWER = Date.UTC(2025, 5, 1);
    const again = await commitRecords(later(first, NEWER), committer, () => undefined);
    expect(again).toMatchObject({ added: 0, skipped: 5, updated: 4 });
    const db = await openDb();
    const stored = Object.fromEntries(
      (await postsBetween(db, 0, Number.MAX_SAFE_INTEGER)).map((r) => [r.id, r]),
    );
    expect(stored['x:1629001000000000003']!.engagement).toEqual({
      replies: 0,
      reposts: 2,
      likes: 22,
      readAt: NEWER,
    });
    expect(stored['x:1620000000000000005']!.engagement).toEqual({
      replies: 0,
      reposts: 4,
      likes: 40,
      readAt: NEWER,
    });
    expect(stored['x:1500000000000000010']!.engagement).toBeUndefined();
    // Only the reading changed: the stored analysis is the first import's.
    const firstQuality = first.find((r) => r.id === 'x:1629001000000000003')!.quality;
    expect(stored['x:1629001000000000003']!.quality).toBe(firstQuality);
    // The first archive again (older counts): the newer readings stay.
    expect(await commitRecords(first, committer, () => undefined)).toMatchObject({ updated: 0 });
    const after = await postsBetween(db, 0, Number.MAX_SAFE_INTEGER);
    expect(after.find((r) => r.id === 'x:1629001000000000003')!.engagement!.likes).toBe(22);
  });

  it('outcomes/get: the background learns from the stored counts and keeps the findings for the pill', async () => {
    const rs = await analyzePosts(await readArchive(source('x/twitter-archive.zip')), { now: IMPORTED_AT });
    await commitRecords(rs, committer, () => undefined);
    const saved: unknown[] = [];
    const reply = await handle({ type: 'outcomes/get', timeZone: 'Asia/Dhaka' }, sender, {
      ...deps,
      saveOwnerFindings: async (f) => void saved.push(f),
    });
    expect(reply.ok).toBe(true);
    const o = (reply as { value: OwnerOutcomes }).value;
    // Four posts with counts: too few to claim anything; X's published times.
    expect(o.whatWorks).toMatchObject({ status: 'too-few', posts: 4, minPosts: 20, findings: [] });
    expect(o.times).toEqual({ source: 'published', posts: 0, days: [3], hours: [9, 15] });
    expect(saved).toEqual([[]]);
    // Only the extension's pages may ask; a content script (a tab on a site) may not.
    const fromSite = await handle(
      { type: 'outcomes/get', timeZone: 'UTC' },
      { id: 'testid', url: 'https://x.com/home', tab: { id: 3 } },
      deps,
    );
    expect(fromSite).toEqual({ ok: false, error: 'sender not allowed for outcomes/get' });
    const badZone = await handle({ type: 'outcomes/get', timeZone: 'Mars/Olympus' }, sender, deps);
    expect(badZone.ok).toBe(false);
  });

  it('delete-all removes every kept count', async () => {
    const rs = await analyzePosts(await readArchive(source('x/twitter-archive.zip')), { now: IMPORTED_AT });
    await commitRecords(rs, committer, () => undefined);
    const db = await openDb();
    expect(await postsWithCounts(db, 100)).toHaveLength(4);
    await send({ type: 'data/deleteAll' });
    expect(await postsWithCounts(db, 100)).toEqual([]);
    expect(await postsBetween(db, 0, Number.MAX_SAFE_INTEGER)).toEqual([]);
  });
});
