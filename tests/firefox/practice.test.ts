// The practice composer (src/practice/) in real Firefox ESR: the page of dist/e2e/firefox mounts
// the pill on its own box, coaches a hostile reply there (the hostile rule's error caps the score
// at 60, src/core/score.ts) and keeps nothing in the history.
//   npx vite build --mode e2e --logLevel warn
//   POSTCOACH_SKIP_BUILD=1 node --import tsx --test tests/firefox/practice.test.ts
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { GECKO_ID } from '../../scripts/targets';
import { buildExtension, DIST_E2E_FIREFOX } from '../e2e/harness';
import { readStoredPosts } from '../e2e/stored-posts';
import { launchFirefox, openPage } from './launch';

const UUID = '6b1e2d7a-04c3-4f58-a9e2-31d7c85f0b94';
const PAGE = `moz-extension://${UUID}/src/practice/index.html`;
const HOSTILE_REPLY = "You're an idiot. Nobody asked for your stupid opinion, go away.";

describe('Firefox ESR: the practice composer', () => {
  let browser: Browser;
  let page: Page;

  before(async () => {
    buildExtension();
    browser = await launchFirefox(UUID);
    assert.equal(await browser.installExtension(DIST_E2E_FIREFOX), GECKO_ID);
    page = await openPage(browser, PAGE, {
      ready: () =>
        document.querySelectorAll('#platform option').length === 8 &&
        !!document.querySelector('postcoach-pill'),
    });
  });

  after(async () => {
    await browser?.close();
  });

  it('coaches a hostile reply on X: an error, a score of 60 or less, the whole draft counted', async () => {
    await page.select('#platform', 'x');
    await page.select('#kind', 'reply');
    await page.click('#draft');
    await page.keyboard.type(HOSTILE_REPLY);
    await page.waitForFunction(
      (n) => document.querySelector('postcoach-pill')?.getAttribute('data-count') === n,
      { polling: 50, timeout: 10_000 },
      String(HOSTILE_REPLY.length),
    );
    const pill = await page.$eval('postcoach-pill', (h) => ({ ...(h as HTMLElement).dataset }));
    assert.equal(pill.platform, 'x');
    assert.equal(pill.severity, 'error');
    assert.ok(Number(pill.score) <= 60, `score ${pill.score}`);
  });

  it('keeps nothing: the history is empty after typing and the send keys', async () => {
    await page.keyboard.down('Control');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Control');
    assert.deepEqual(await page.evaluate(readStoredPosts), []);
  });
});
