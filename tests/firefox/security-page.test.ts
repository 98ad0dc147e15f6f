// The hostile page in real Firefox ESR (issue 12 findings 1 and 2: "same in Firefox"), with the
// production build dist/firefox: forged sends store nothing, and the pill has a closed shadow root
// and no data-* state. The Chromium suite (tests/e2e/security-page.test.ts) has the full list;
// docs/security-page.md says what each attack is.
//   npx vite build --logLevel warn && POSTCOACH_SKIP_BUILD=1 node --import tsx --test tests/firefox/security-page.test.ts

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { GECKO_ID } from '../../scripts/targets';
import { buildExtension, DIST_FIREFOX, type Fixtures, serveFixtures } from '../e2e/harness';
import { readStoredPosts } from '../e2e/stored-posts';
import { launchFirefox } from './launch';

/** Fixed so that the test knows the extension's origin (see tests/firefox/firefox.test.ts). */
const UUID = '6b1d7e24-0c5f-4e8a-b3d2-91a7c4f0e5d8';
const HOST = 'mastodon.social';

let fx: Fixtures;
let browser: Browser;
let ext: Page;

before(async () => {
  buildExtension();
  fx = await serveFixtures({ [HOST]: 'security/hostile' });
  browser = await launchFirefox(UUID);
  assert.equal(await browser.installExtension(DIST_FIREFOX), GECKO_ID);
  ext = await browser.newPage();
  const url = `moz-extension://${UUID}/src/popup/index.html`;
  void ext.goto(url, { timeout: 0 }).catch(() => undefined);
  await ext.waitForFunction(
    (u) => location.href.startsWith(u) && document.readyState === 'complete',
    {},
    url,
  );
});

after(async () => {
  await browser?.close();
  await fx?.close();
});

async function open(scene: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`https://${HOST}:${fx.port}/?scene=${scene}`);
  await page.waitForFunction(() => (window as { __fixtureReady?: boolean }).__fixtureReady === true);
  return page;
}

describe('Firefox ESR, production build: the hostile page', () => {
  it('0 records from 60 forged sends; the real one after is the only record; a closed root with no data-*', async () => {
    const page = await open('forge');
    const earlier = new Set((await ext.evaluate(readStoredPosts)).map((p) => p.id));
    const tries = await page.evaluate(() =>
      (window as unknown as { __attack(n: number): Promise<number> }).__attack(6),
    );
    assert.equal(tries, 60);
    await page.click('[data-id="rich"]');
    await page.keyboard.type('A real post from Firefox.');
    await page.click('[data-send="rich"]');
    let added: Array<Record<string, unknown>> = [];
    const until = Date.now() + 8000;
    while (added.length === 0 && Date.now() < until) {
      added = (await ext.evaluate(readStoredPosts)).filter((p) => !earlier.has(p.id));
      if (added.length === 0) await new Promise((r) => setTimeout(r, 100));
    }
    assert.deepEqual(
      added.map((p) => [p.text, p.source]),
      [['A real post from Firefox.', 'live']],
    );
    const seen = await page.evaluate(() => {
      const hosts = [...document.querySelectorAll('postcoach-pill')];
      return {
        hosts: hosts.length,
        openRoots: hosts.filter((h) => h.shadowRoot !== null).length,
        attributes: [...new Set(hosts.flatMap((h) => h.getAttributeNames()))].filter(
          (a) => a !== 'style' && a !== 'hidden',
        ),
        reached: (window as unknown as { __drivePill(): number }).__drivePill(),
      };
    });
    assert.ok(seen.hosts >= 1, 'the pill is there (the user focused the composer)');
    assert.deepEqual({ ...seen, hosts: 0 }, { hosts: 0, openRoots: 0, attributes: [], reached: 0 });
    await page.close();
  });
});
