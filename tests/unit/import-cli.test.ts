import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runImport } from '../../src/cli/import';
import { bytesSource, readArchive } from '../../src/import/index';
import { analyzePosts, median, reportLine, summarize } from '../../src/import/pipeline';

const dir = join(__dirname, '../fixtures/archives');

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  try {
    const code = await runImport(args);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('npm run coach -- import', () => {
  it('--json prints exactly one object with the agreed keys', async () => {
    const { code, out } = await run([join(dir, 'x/twitter-archive.zip'), '--json']);
    expect(code).toBe(0);
    expect(out.split('\n')).toHaveLength(1);
    const o = JSON.parse(out);
    expect(Object.keys(o)).toEqual([
      'format',
      'posts',
      'replies',
      'skipped',
      'first',
      'last',
      'intent',
      'quality_median',
      'errors',
    ]);
    expect(o).toMatchObject({
      format: 'x',
      posts: 3,
      replies: 2,
      skipped: 1,
      first: '2022-03-07T08:00:00.000Z',
      last: '2023-02-24T06:58:32.000Z',
      errors: [],
    });
    expect(Object.keys(o.intent)).toEqual(['selling', 'listening', 'sharing']);
    expect(o.intent.selling + o.intent.listening + o.intent.sharing).toBe(5);
    expect(typeof o.quality_median).toBe('number');
  });

  it('prints a readable report for every fixture', async () => {
    for (const f of [
      'x/tweets.js',
      'mastodon/archive.zip',
      'bluesky/repo.car',
      'linkedin/Shares-2017-utf16.csv',
      'meta/posts_1.json',
    ]) {
      const { code, out } = await run([join(dir, f)]);
      expect(code, f).toBe(0);
      expect(out).toMatch(/posts +\d+/);
      expect(out).toMatch(/nothing was written/);
    }
    const { out } = await run([join(dir, 'mastodon/outbox.json')]);
    expect(out).toMatch(/1 reposts? without your own text|1 +reposts without your own text/);
    expect(out).toMatch(/direct messages \(never imported\)/);
  });

  it('a malformed file exits non-zero with the clear message (and in --json, in errors)', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'pc-import-'));
    const cut = join(tmp, 'tweets.js');
    writeFileSync(cut, readFileSync(join(dir, 'x/tweets.js')).subarray(0, 1500));
    const human = await run([cut]);
    expect(human.code).toBe(1);
    expect(human.err).toMatch(
      /^postcoach import: tweets\.js, line \d+, column \d+: the file ends in the middle/,
    );
    const json = await run([cut, '--json']);
    expect(json.code).toBe(1);
    const o = JSON.parse(json.out);
    expect(o.format).toBeNull();
    expect(o.errors[0]).toMatch(/^tweets\.js, line \d+/);
    const unknown = join(tmp, 'notes.txt');
    writeFileSync(unknown, 'just some notes');
    expect((await run([unknown])).code).toBe(1);
    expect((await run([join(tmp, 'missing.zip')])).err).toMatch(/missing\.zip: no such file/);
  });

  it('bad arguments exit 2', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['a', 'b'])).code).toBe(2);
    expect((await run(['a', '--frobnicate'])).code).toBe(2);
  });
});

describe('pipeline', () => {
  it('analyses into import records with stable ids; a second run gives identical records', async () => {
    const bytes = new Uint8Array(readFileSync(join(dir, 'mastodon/outbox.json')));
    const parsed = await readArchive(bytesSource('outbox.json', bytes));
    const progress: number[] = [];
    const a = await analyzePosts(parsed, { chunk: 2, onProgress: (d) => progress.push(d) });
    expect(progress).toEqual([2, 4]);
    expect(a.every((r) => r.source === 'import' && r.composeMs === null && r.platform === 'mastodon')).toBe(
      true,
    );
    const b = await analyzePosts(await readArchive(bytesSource('outbox.json', bytes)));
    expect(b).toEqual(a);
    const s = summarize(parsed, a);
    expect(reportLine(s)).toBe(
      '3 posts, 1 reply imported; 1 repost, 1 direct messages (never imported) skipped',
    );
  });

  it('keeps only what the privacy setting allows', async () => {
    const parsed = await readArchive(
      bytesSource('x.js', new Uint8Array(readFileSync(join(dir, 'x/tweets.js')))),
    );
    const none = await analyzePosts(parsed, { keepText: () => undefined });
    expect(none.every((r) => !('text' in r))).toBe(true);
  });

  it('median', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});
