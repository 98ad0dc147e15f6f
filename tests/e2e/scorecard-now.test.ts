// The popup's Now card with a real content script: a draft typed into the X fixture (Draft.js)
// appears in the real toolbar popup (opened with `chrome.action.openPopup()`), nudges as text.
//   node --import tsx --test tests/e2e/scorecard-now.test.ts
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { type Browser, buildExtension, type Fixtures, launch, ROOT, serveFixtures } from './harness';

// biome-ignore lint/suspicious/noExplicitAny: the chrome namespace has no types in this project
declare const chrome: any;

/** Screenshots go to test-results/screenshots/; `POSTCOACH_SCREENSHOTS=docs` refreshes docs/. */
const SHOTS = join(ROOT, process.env.POSTCOACH_SCREENSHOTS === 'docs' ? 'docs' : 'test-results/screenshots');

const DRAFT =
  'FLASH SALE TODAY ONLY!!! 50% off every candle, use code <b>GLOW50</b> at checkout. Shop now, link in bio! #candles #sale #handmade #shoplocal #gifts #cozy';

describe('popup Now card with a real draft', () => {
  let fx: Fixtures;
  let b: Browser;
  let site: Page;

  before(async () => {
    buildExtension();
    fx = await serveFixtures();
    b = await launch(fx.port);
    site = await b.context.newPage();
    await site.goto(`https://x.com/home?t=${Date.now()}`);
    await site.waitForFunction(
      () => (window as unknown as { __fixtureReady?: boolean }).__fixtureReady === true,
    );
  });

  after(async () => {
    await b?.close();
    await fx?.close();
  });

  it('shows the draft in the active tab with its score, intent and nudges', async () => {
    await site.locator('[data-fixture="main"] [contenteditable="true"]').first().click();
    await site.keyboard.type(DRAFT);
    await site
      .waitForFunction(
        () => document.querySelector('postcoach-pill[data-intent="selling"]') !== null,
        undefined,
        {
          timeout: 5000,
        },
      )
      .catch(async (e) => {
        console.log(
          await site.evaluate(() => document.querySelector('postcoach-pill')?.outerHTML ?? 'no pill'),
        );
        throw e;
      });
    const pill = await site.$eval('postcoach-pill', (el) => ({
      score: el.getAttribute('data-score'),
      nudges: Number(el.getAttribute('data-nudges')),
    }));
    // The real toolbar popup is not a page Playwright can drive, so the popup page is opened in a
    // tab of its own for the site's tab (`?tab=ID`): the same code asks that tab for its draft.
    const url = site.url();
    const tabId = await b.worker!.evaluate(async (url) => {
      const tabs: { id?: number; url?: string; active?: boolean }[] = await chrome.tabs.query({});
      // Without the `tabs` permission URLs are hidden: the site's page is the only (active) tab.
      return (tabs.find((t) => t.url === url) ?? tabs.find((t) => t.active))?.id;
    }, url);
    assert.ok(tabId, 'the site tab is found');
    const popup = await b.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${b.extensionId}/src/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('section.now[data-draft="yes"]', { timeout: 10_000 });
    const now = await popup.$eval('section.now', (el) => ({
      score: el.querySelector('.score')?.getAttribute('data-score'),
      intent: el.querySelector('.intent')?.textContent,
      rules: [...el.querySelectorAll('[data-rule]')].map((li) => li.getAttribute('data-rule')),
      html: el.querySelectorAll('b, script').length,
      text: el.textContent,
    }));
    assert.equal(now.score, pill.score);
    assert.equal(now.intent, 'Selling');
    assert.equal(now.rules.length, pill.nudges);
    assert.ok(now.rules.includes('selling'), now.rules.join());
    assert.equal(now.html, 0);
    await popup.waitForSelector('body[data-scorecard="ready"]');
    mkdirSync(SHOTS, { recursive: true });
    await popup.screenshot({ path: join(SHOTS, 'popup-now-en-light.png'), fullPage: true });
    await popup.close();
  });
});
