// Issue 12 in Firefox ESR (dist/firefox, puppeteer-core over WebDriver BiDi): the file and backup
// attacks of tests/e2e/security-files.test.ts that differ by browser. A crafted X archive and a
// crafted Bluesky repository import through the options page with a message naming each skipped
// record; a backup over Chrome's 64 MiB message limit restores; a backup's settings cannot add a
// second content script for x.com. Times are printed, not asserted.
//   npx vite build --logLevel warn && POSTCOACH_SKIP_BUILD=1 node --import tsx --test tests/firefox/security-files.test.ts
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../scripts/targets';
import { analyze } from '../../src/core/analyze';
import { DEFAULT_SETTINGS, type PostRecord, toRecord } from '../../src/core/model';
import { makeBackup, serializeBackup } from '../../src/import/backup';
import { buildExtension, DIST_FIREFOX } from '../e2e/harness';
import { readStoredPosts } from '../e2e/stored-posts';
import { blueskyCar, xEntityBomb } from '../unit/import-crafted';
import { openPage } from './launch';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const UUID = '7b1d2e44-5c3a-4f8e-9a61-0d2c3b4a5e6f';
const EXT = `moz-extension://${UUID}`;
const tmp = mkdtempSync(join(tmpdir(), 'postcoach-ff-security-'));

let browser: Browser;
let options: Page;

async function openOptions(): Promise<Page> {
  const page = await openPage(browser, `${EXT}/src/options/index.html`);
  await page.waitForSelector('[data-testid="import-section"]', { timeout: 10_000 });
  return page;
}

async function choose(testid: string, name: string, content: string | Uint8Array): Promise<void> {
  const path = join(tmp, name);
  writeFileSync(path, content);
  const input = (await options.waitForSelector(
    `[data-testid="${testid}"]`,
  )) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
}

async function importReport(name: string, content: string | Uint8Array): Promise<string> {
  await options.close();
  options = await openOptions();
  await choose('import-file', name, content);
  await options.waitForSelector(
    '[data-testid="import-status"] .import-report, [data-testid="import-error"]',
    {
      timeout: 60_000,
    },
  );
  return options.$$eval('[data-testid="import-status"], [data-testid="import-error"]', (els) =>
    els.map((e) => e.textContent ?? '').join(' '),
  );
}

describe('Firefox: files and backups (issue 12)', () => {
  before(async () => {
    buildExtension();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: !process.env.HEADED,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
    });
    assert.equal(await browser.installExtension(DIST_FIREFOX), GECKO_ID);
    options = await openOptions();
    // Keep every post whatever its date: the crafted archives are from 2023 and 2024.
    await options.evaluate(() =>
      (
        globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void> } } } }
      ).browser.storage.local.set({
        retentionDays: 0,
      }),
    );
  });
  after(async () => {
    await browser?.close();
  });

  it('crafted archives import what they can and name every skipped record', async () => {
    let started = performance.now();
    const x = await importReport('tweets.js', xEntityBomb(40));
    const xMs = performance.now() - started;
    assert.match(x, /^1 post, 0 replies imported/);
    const car = await blueskyCar({
      '3fffffffffff1': { text: 'Fresh bread today', createdAt: '2024-03-01T08:00:00.000Z' },
      '3fffffffffff2': { text: 'From the future', createdAt: '2099-01-01T00:00:00.000Z' },
    });
    started = performance.now();
    const bs = await importReport('crafted.car', car);
    const bsMs = performance.now() - started;
    assert.match(bs, /^1 post, 0 replies imported; 1 items with a missing or unreadable field skipped/);
    assert.ok(
      bs.includes(
        'crafted.car, record app.bsky.feed.post/3fffffffffff2: field "time": the date 2099-01-01 is before 2000 or in the future',
      ),
      bs,
    );
    assert.equal((await options.evaluate(readStoredPosts)).length, 2);
    console.log(
      `# Firefox, crafted archives through the options page: X ${xMs.toFixed(0)} ms, Bluesky ${bsMs.toFixed(0)} ms`,
    );
  });

  it('a backup over 64 MiB restores; its settings cannot add a second script for x.com', async () => {
    await options.close();
    options = await openOptions();
    const base = toRecord(analyze('Fresh bread today, come early!', { platform: 'x', kind: 'post' }), {
      id: 'x',
      time: Date.UTC(2025, 0, 1),
      composeMs: null,
      source: 'import',
    });
    const filler = 'Fresh sourdough and cardamom buns every Friday morning, come early. '.repeat(1500);
    const posts: PostRecord[] = Array.from({ length: 700 }, (_, i) => ({
      ...base,
      id: `x:${2_000_000 + i}`,
      time: base.time + i * 60_000,
      text: `${i} ${filler}`.slice(0, 100_000),
    }));
    const text = serializeBackup(
      makeBackup({
        posts,
        kpis: [],
        settings: {
          ...DEFAULT_SETTINGS,
          retentionDays: 0,
          customSites: ['x.com/../', 'x.com', 'fosstodon.org'],
        },
      }),
    );
    assert.ok(Buffer.byteLength(text) > 64 * 1024 * 1024);
    await choose('backup-file', 'big-backup.json', text);
    const restore = await options.waitForSelector('[data-testid="backup-restore"]', { timeout: 120_000 });
    const started = performance.now();
    await restore!.click();
    await options.waitForFunction(
      () => /\S/.test(document.querySelector('[data-testid="backup-status"]')?.textContent ?? ''),
      { polling: 200, timeout: 600_000 },
    );
    const ms = performance.now() - started;
    const status = await options.$eval('[data-testid="backup-status"]', (e) => e.textContent);
    assert.equal(status, 'Restored 700 posts and 0 KPI entries.');
    assert.equal((await options.evaluate(readStoredPosts)).length, 700);
    const sites = await options.evaluate(() =>
      (
        globalThis as unknown as {
          browser: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
        }
      ).browser.storage.local.get('customSites'),
    );
    assert.deepEqual(sites.customSites, ['fosstodon.org']);
    console.log(
      `# Firefox, ${(Buffer.byteLength(text) / 1e6).toFixed(0)} MB backup restored in ${ms.toFixed(0)} ms`,
    );
  });
});
