// Reliability in real Chromium with the production build (issue 6): the service worker stopped
// in the middle of use, and the extension reloaded under an open site tab.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CDPSession, Page } from 'playwright-core';
import { type Browser, buildExtension, type Fixtures, launch, serveFixtures } from './harness';

// biome-ignore lint/suspicious/noExplicitAny: the chrome namespace has no types in this project
declare const chrome: any;

const EDITOR = '[data-fixture="main"] [contenteditable="true"], [data-fixture="main"] textarea';
const SEND = '[data-fixture="main"] [data-fixture-send]';

let fx: Fixtures;
let b: Browser;
/** An extension page (same origin as the database) that reads what was stored. */
let reader: Page;
let cdp: CDPSession;
let workerStatus = 'unknown';
/** How many times the worker was seen stopped (a message may wake it again at once). */
let stops = 0;

interface Stored {
  id: string;
  text?: string;
}

/** Every stored post, read from the extension's origin (never creating the database). */
function stored(): Promise<Stored[]> {
  return reader.evaluate(async () => {
    const dbs = await indexedDB.databases();
    if (!dbs.some((d) => d.name === 'postcoach')) return [];
    return new Promise<Stored[]>((ok, fail) => {
      const req = indexedDB.open('postcoach');
      req.onerror = () => fail(req.error);
      req.onsuccess = () => {
        const db = req.result;
        const all = db.transaction('posts').objectStore('posts').getAll();
        all.onsuccess = () => {
          db.close();
          ok(all.result as Stored[]);
        };
        all.onerror = () => fail(all.error);
      };
    });
  });
}

async function waitForCount(n: number, timeout = 5000): Promise<Stored[]> {
  const until = Date.now() + timeout;
  let posts = await stored();
  while (posts.length < n && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    posts = await stored();
  }
  return posts;
}

/** Stops every service worker (ours is the only one) and waits until it is really stopped. */
async function stopWorker(): Promise<void> {
  if (workerStatus === 'stopped') return;
  const seen = stops;
  await cdp.send('ServiceWorker.stopAllWorkers');
  const until = Date.now() + 5000;
  while (stops === seen && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
  assert.ok(stops > seen, 'the service worker stopped');
}

async function openSite(host: string, errors: string[]): Promise<Page> {
  const page = await b.context.newPage();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()} @ ${m.location().url}`);
  });
  await page.goto(`https://${host}/?t=${Math.random().toString(36).slice(2)}`);
  await page.waitForFunction(
    () => (window as unknown as { __fixtureReady?: boolean }).__fixtureReady === true,
  );
  return page;
}

/** Types a post into the main composer and clicks the site's send button (no waiting for it). */
async function typeAndClickSend(page: Page, text: string): Promise<void> {
  await page.locator(EDITOR).first().click();
  await page.keyboard.type(text);
  await page.locator(SEND).first().click();
}

async function composerEmpty(page: Page): Promise<void> {
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    return el && (el instanceof HTMLTextAreaElement ? el.value : el.textContent)?.trim() === '';
  }, EDITOR);
}

before(async () => {
  buildExtension();
  fx = await serveFixtures();
  b = await launch(fx.port);
  reader = await b.context.newPage();
  await reader.goto(`chrome-extension://${b.extensionId}/manifest.json`);
  cdp = await b.context.newCDPSession(reader);
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) {
      if (!v.scriptURL.startsWith(`chrome-extension://${b.extensionId}/`)) continue;
      if (v.runningStatus === 'stopped' && workerStatus !== 'stopped') stops++;
      workerStatus = v.runningStatus;
    }
  });
  await cdp.send('ServiceWorker.enable');
});

after(async () => {
  await b?.close();
  await fx?.close();
});

describe('service worker stopped in the middle of use', () => {
  it('wakes on the next post; posts sent before, after and around each stop are stored exactly once', async () => {
    const errors: string[] = [];
    const page = await openSite('x.com', errors);
    const texts: string[] = [];
    const send = async (text: string) => {
      texts.push(text);
      await typeAndClickSend(page, text);
      await composerEmpty(page);
    };

    await send('Before the stop: thank you all for coming to the market on Saturday!');
    assert.equal((await waitForCount(1)).length, 1);

    // Stopped while idle: the next post wakes it.
    await stopWorker();
    await send('While it was stopped: what should we bake for the holidays?');
    assert.equal((await waitForCount(2)).length, 2, 'the post sent to a stopped worker is stored');
    assert.notEqual(workerStatus, 'stopped', 'the message woke the worker');

    // Stopped around a send: before the message leaves, while it is in flight, right after.
    for (const delay of [0, 40, 90, 130, 200, 350]) {
      const text = `Stop ${delay} ms after the click: new sourdough every Friday, come taste it.`;
      texts.push(text);
      await typeAndClickSend(page, text);
      await new Promise((r) => setTimeout(r, delay));
      await stopWorker();
      await composerEmpty(page);
      await new Promise((r) => setTimeout(r, 250));
    }
    // A storm of stops while posts are in flight: the worker is stopped every 10 ms for the
    // 300 ms after each click, so messages reach it as it starts, runs and stops.
    for (let i = 0; i < 2; i++) {
      const text = `Storm ${i}: thank you for a wonderful week, what should we try next?`;
      texts.push(text);
      await typeAndClickSend(page, text);
      const until = Date.now() + 300;
      while (Date.now() < until) {
        await cdp.send('ServiceWorker.stopAllWorkers');
        await new Promise((r) => setTimeout(r, 10));
      }
      await composerEmpty(page);
    }
    // Unanswered tries during the storm each take a token of the rate limit; a post it then
    // refuses is sent again once a token is back (one every 6 s): wait that long.
    const posts = await waitForCount(texts.length, 20_000);
    await new Promise((r) => setTimeout(r, 500));
    const final = await stored();
    assert.equal(
      final.length,
      texts.length,
      `exactly ${texts.length} records (${posts.length} seen); missing: ${JSON.stringify(texts.filter((t) => !final.some((p) => p.text === t)))}`,
    );
    assert.deepEqual(final.map((p) => p.text).sort(), [...texts].sort(), 'each post once, none lost');
    assert.equal(new Set(final.map((p) => p.id)).size, final.length);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('the next post typed the moment the composer empties: both posts stored', async () => {
    const errors: string[] = [];
    const page = await openSite('x.com', errors);
    const before = (await stored()).length;
    const first = 'Quick one: our doors open at eight tomorrow, see you there!';
    const second = 'And a question for you: which bread should we bake on Sunday?';
    await typeAndClickSend(page, first);
    await composerEmpty(page);
    // No pause: the content script has not looked at the emptied composer yet.
    await typeAndClickSend(page, second);
    await composerEmpty(page);
    const texts = (await waitForCount(before + 2)).map((p) => p.text);
    assert.ok(texts.includes(first), 'the first post is stored');
    assert.ok(texts.includes(second), 'the second post is stored');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('an extension page talking to a stopped worker wakes it (popup KPI write, then a read-back)', async () => {
    await stopWorker();
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/src/popup/index.html`);
    const reply = await popup.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'kpi/put', week: '2026-11-23', kpi: 'followers', value: 7 }),
    );
    assert.deepEqual(reply, { ok: true, value: null });
    await stopWorker();
    const again = await popup.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'kpi/put', week: '2026-11-23', kpi: 'followers', value: 8 }),
    );
    assert.deepEqual(again, { ok: true, value: null });
    const kpis = await reader.evaluate(
      () =>
        new Promise<unknown[]>((ok) => {
          const req = indexedDB.open('postcoach');
          req.onsuccess = () => {
            const all = req.result.transaction('kpis').objectStore('kpis').getAll();
            all.onsuccess = () => {
              req.result.close();
              ok(all.result);
            };
          };
        }),
    );
    assert.equal(kpis.length, 1, 'one KPI entry, overwritten, not duplicated');
    assert.equal((kpis[0] as { value: number }).value, 8);
    await popup.close();
  });
});

describe('database blocked by another open version', () => {
  it('the popup says so while it waits, then opens the history once the old connection closes', async () => {
    // An older Postcoach page holding version 1 open and ignoring the request to close: the
    // database is deleted (the worker steps aside) and reopened at version 1, kept open.
    await reader.evaluate(
      () =>
        new Promise<void>((ok, fail) => {
          const del = indexedDB.deleteDatabase('postcoach');
          del.onsuccess = () => {
            const req = indexedDB.open('postcoach', 1);
            req.onupgradeneeded = () =>
              req.result.createObjectStore('posts', { keyPath: 'id' }).createIndex('time', 'time');
            req.onsuccess = () => {
              (globalThis as unknown as { __old: IDBDatabase }).__old = req.result;
              ok();
            };
            req.onerror = () => fail(req.error);
          };
          del.onerror = () => fail(del.error);
        }),
    );
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/src/popup/index.html`);
    const alert = popup.locator('[role="alert"][data-storage-problem="blocked"]');
    await alert.waitFor({ timeout: 5000 });
    assert.match((await alert.textContent()) ?? '', /Close the other Postcoach tabs/);
    // The old page goes away: the popup's open goes on, the message goes, the scorecard shows.
    await reader.evaluate(() => (globalThis as unknown as { __old: IDBDatabase }).__old.close());
    await popup.waitForSelector('body[data-scorecard="ready"]', { timeout: 10_000 });
    await alert.waitFor({ state: 'detached', timeout: 5000 });
    await popup.close();
  });
});

describe('extension reloaded while a site tab is open', () => {
  it('the orphaned content script removes its pill and throws nothing into the page', async () => {
    const errors: string[] = [];
    const page = await openSite('x.com', errors);
    await page.locator(EDITOR).first().click();
    await page.keyboard.type('FLASH SALE today only!!! Everything must go, buy now');
    await page.waitForFunction(
      () => document.querySelector('postcoach-pill[data-score]:not([hidden])') !== null,
    );
    // Reload from an extension page, as an update does.
    const ext = await b.context.newPage();
    await ext.goto(`chrome-extension://${b.extensionId}/manifest.json`);
    await ext.evaluate(() => {
      setTimeout(() => chrome.runtime.reload(), 10);
    });
    // The orphan notices on its own (no typing needed) and takes its pills away.
    await page.waitForFunction(() => document.querySelectorAll('postcoach-pill').length === 0, undefined, {
      timeout: 5000,
    });
    // Typing, waiting past the pause and the screen-reader announcement, and sending: all quiet.
    await page.bringToFront();
    await page.locator(EDITOR).first().click();
    await page.keyboard.type(' Still typing after the update.');
    await new Promise((r) => setTimeout(r, 1800));
    await page.locator(SEND).first().click();
    await composerEmpty(page);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await page.locator('postcoach-pill').count(), 0, 'no pill left behind');
    assert.deepEqual(errors, [], 'nothing thrown into the page');
    await page.close();
  });
});
