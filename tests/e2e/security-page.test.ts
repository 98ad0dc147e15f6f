// The hostile page (issue 12 findings 1, 2 and 8; issue 11 items 1, 3 and 6), in real Chromium:
// the production build (dist/chrome) where the question is what the shipped extension lets a page
// do, and the e2e build (dist/e2e/chrome, open shadow root) where the page must be able to reach
// the pill to show that its controls still ignore it. The page is tests/fixtures/security/
// hostile.js served at mastodon.social; every attack is listed in docs/security-page.md.
//
// No fixed sleeps: "nothing was recorded" is shown by a control, a real send by the user made
// after the attack, which must be the only new record (messages from one tab arrive in order).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  type Browser,
  buildExtension,
  DIST,
  type Fixtures,
  launch,
  serveFixtures,
  storedPosts,
  tabMessage,
} from './harness';

// biome-ignore lint/suspicious/noExplicitAny: the chrome namespace has no types in this project
declare const chrome: any;

const HOST = 'mastodon.social';

let fx: Fixtures;
let prod: Browser;
let e2e: Browser;

before(async () => {
  buildExtension();
  fx = await serveFixtures({ [HOST]: 'security/hostile' });
  prod = await launch(fx.port, { dist: DIST });
  e2e = await launch(fx.port);
});

after(async () => {
  await Promise.all([prod?.close(), e2e?.close()]);
  await fx?.close();
});

async function open(b: Browser, scene: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`https://${HOST}/?scene=${scene}&t=${Math.random().toString(36).slice(2)}`);
  await page.waitForFunction(() => (window as { __fixtureReady?: boolean }).__fixtureReady === true);
  return page;
}

/** Posts stored since `before`, waiting until there are `n` of them (or the time is up). */
async function newPosts(b: Browser, before: Array<Record<string, unknown>>, n: number, timeout = 5000) {
  const ids = new Set(before.map((p) => p.id));
  const until = Date.now() + timeout;
  for (;;) {
    const added = (await storedPosts(b)).filter((p) => !ids.has(p.id));
    if (added.length >= n || Date.now() > until) return added;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Everything in the extension's storage.local (the user's settings). */
const settings = (b: Browser) => b.worker!.evaluate(() => chrome.storage.local.get(null));

/** The user's own send: trusted typing and a trusted click. */
async function userSends(page: Page, id: string, text: string) {
  await page.locator(`[data-id="${id}"]`).click();
  await page.keyboard.type(text);
  await page.locator(`[data-send="${id}"]`).click();
}

describe('forged sends (production build)', () => {
  it('0 records from 1,000 forged sends (synthetic click, Ctrl+Enter, requestSubmit, forged input); the real one after is recorded once', async () => {
    const page = await open(prod, 'forge');
    const earlier = await storedPosts(prod);
    const tries = await page.evaluate(() =>
      (window as unknown as { __attack(n: number): Promise<number> }).__attack(100),
    );
    assert.equal(tries, 1000);
    // The attacks "worked" on the site's side: its own send handler saw the forged clicks.
    const siteSent = await page.evaluate(() => (window as { __siteSent?: number }).__siteSent ?? 0);
    assert.ok(siteSent >= 400, `the page's send handler ran for the forged clicks (${siteSent})`);
    await userSends(page, 'rich', 'A real post, typed by the user.');
    const added = await newPosts(prod, earlier, 1);
    assert.deepEqual(
      added.map((p) => [p.text, p.source]),
      [['A real post, typed by the user.', 'live']],
      'only the real post',
    );
    await page.close();
  });

  it("a text the page swapped in after the user's typing is offered, not recorded; only the user's click on the offer adds it", async () => {
    const page = await open(e2e, 'forge');
    const earlier = await storedPosts(e2e);
    await page.locator('[data-id="plain"]').click();
    await page.keyboard.type('My own words about the shop.');
    await page.waitForSelector('postcoach-pill[data-score]');
    // Well after the last keystroke (the page waits for the pill, then for its own timer).
    await page.evaluate(
      () =>
        new Promise<void>((ok) =>
          setTimeout(() => {
            (window as unknown as { __swap(id: string, t: string): void }).__swap(
              'plain',
              'SPAM from the page',
            );
            ok();
          }, 1500),
        ),
    );
    // The user clicks Post without looking: the site sends the swapped text and empties the box.
    await page.locator('[data-send="plain"]').click();
    await page.waitForSelector('postcoach-pill[data-offer="add"]');
    // The page clicks the offer (it can reach it in this build's open root): nothing.
    await page.evaluate(() => {
      for (const h of document.querySelectorAll('postcoach-pill'))
        (h.shadowRoot?.querySelector('[data-action="add-post"]') as HTMLElement | null)?.click();
    });
    assert.equal(await page.locator('postcoach-pill[data-offer="add"]').count(), 1, 'still offered');
    await page.locator('postcoach-pill[data-offer="add"] >> [data-action="add-post"]').click();
    const added = await newPosts(e2e, earlier, 1);
    assert.deepEqual(
      added.map((p) => [p.text, p.source]),
      [['SPAM from the page', 'manual']],
    );
    await page.close();
  });
});

describe('the pill (issue 12 finding 2)', () => {
  it('e2e build, open root: page clicks and keys on every pill control change no setting and open nothing', async () => {
    const page = await open(e2e, 'forge');
    const before = await settings(e2e);
    await page.locator('[data-id="rich"]').click();
    await page.keyboard.type(
      'FLASH SALE TODAY ONLY!!! 50% off, shop now!!! #sale #deal #shop #buy #now #cheap',
    );
    await page.waitForFunction(
      () => Number(document.querySelector('postcoach-pill')?.getAttribute('data-nudges')) > 0,
    );
    const reached = await page.evaluate(() => (window as unknown as { __drivePill(): number }).__drivePill());
    assert.ok(reached >= 1, 'the page reached the pill');
    assert.equal(
      await page.evaluate(
        () => document.querySelector('postcoach-pill')?.shadowRoot?.querySelector('.panel') ?? null,
      ),
      null,
      'the panel stayed closed',
    );
    // The user's own click opens it, and the user's own mute works: the controls are alive.
    await page.locator('postcoach-pill >> .pill').click();
    await page.locator('postcoach-pill >> .panel').waitFor();
    const again = await page.evaluate(() => (window as unknown as { __drivePill(): number }).__drivePill());
    assert.ok(again >= 1);
    assert.deepEqual(await settings(e2e), before, 'no setting changed by the page');
    await page.locator('postcoach-pill >> li[data-rule] button[data-action="mute"]').first().click();
    const until = Date.now() + 3000;
    let after = await settings(e2e);
    while (!(after.disabledRules as string[] | undefined)?.length && Date.now() < until) {
      await page.waitForTimeout(100);
      after = await settings(e2e);
    }
    assert.equal((after.disabledRules as string[]).length, 1, "the user's click mutes one rule");
    await e2e.worker!.evaluate(() => chrome.storage.local.set({ disabledRules: [] }));
    await page.close();
  });

  it('production build: a closed shadow root and no data-* state on the page', async () => {
    const page = await open(prod, 'forge');
    await page.locator('[data-id="rich"]').click();
    await page.keyboard.type('FLASH SALE TODAY ONLY!!! 50% off, shop now!!!');
    await page.waitForSelector('postcoach-pill:not([hidden])', { state: 'attached' });
    const seen = await page.evaluate(() => {
      const hosts = [...document.querySelectorAll('postcoach-pill')];
      return {
        hosts: hosts.length,
        openRoots: hosts.filter((h) => h.shadowRoot !== null).length,
        attributes: [...new Set(hosts.flatMap((h) => h.getAttributeNames()))].sort(),
        reached: (window as unknown as { __drivePill(): number }).__drivePill(),
      };
    });
    assert.ok(seen.hosts >= 1);
    assert.equal(seen.openRoots, 0);
    assert.deepEqual(
      seen.attributes.filter((a) => a !== 'style' && a !== 'hidden'),
      [],
      'only style and hidden on the host',
    );
    assert.equal(seen.reached, 0);
    await page.close();
  });
});

describe('pill placement (issue 11 item 4, e2e build)', () => {
  it('beside the composer, never over its text, and it follows the composer as it grows', async () => {
    const page = await open(e2e, 'forge');
    const editor = page.locator('[data-id="rich"]');
    await editor.click();
    await page.keyboard.type('One line to start with.');
    await page.waitForSelector('postcoach-pill[data-score]:not([hidden])');
    const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
      a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;
    const pillBox = () => page.locator('postcoach-pill[data-score] >> .pill').boundingBox();
    const first = (await pillBox())!;
    assert.equal(overlap(first, (await editor.boundingBox())!), false, 'not over the text');
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Enter');
      await page.keyboard.type(`Line ${i + 2} of a growing post.`);
    }
    const grown = (await editor.boundingBox())!;
    await page.waitForFunction(
      (y0) =>
        (document.querySelector('postcoach-pill[data-score]') as HTMLElement).getBoundingClientRect().y >
        y0 + 20,
      first.y,
    );
    const moved = (await pillBox())!;
    assert.equal(overlap(moved, grown), false, 'still not over the text');
    const send = (await page.locator('[data-send="rich"]').boundingBox())!;
    assert.equal(overlap(moved, send), false, "clear of the site's button");
    await page.close();
  });
});

describe('lazy pills (issue 12 finding 8, production build)', () => {
  it('2,000 editables: every one seen, no pill until the user focuses one, then exactly one', async () => {
    const page = await open(prod, 'many');
    const until = Date.now() + 10000;
    let status: { value: { composers: number } } = { value: { composers: 0 } };
    while (status.value.composers < 2000 && Date.now() < until)
      status = await tabMessage(prod, page, { type: 'stats/get' });
    assert.equal(status.value.composers, 2000, 'every composer is seen');
    assert.equal(await page.locator('postcoach-pill').count(), 0, 'no host before a focus');
    // Forged focus events on all of them create none.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('[data-many]')) {
        el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
        el.dispatchEvent(new FocusEvent('focus'));
      }
    });
    await page.locator('[data-many="t7"]').click();
    await page.waitForSelector('postcoach-pill', { state: 'attached' });
    assert.equal(await page.locator('postcoach-pill').count(), 1);
    await page.close();
  });
});

describe('composers in open shadow roots (issue 11 item 1, e2e build)', () => {
  it('a share box in a shadow root, one in a nested root and one mounted later: each coached, each send recorded once', async () => {
    const page = await open(e2e, 'shadow');
    const earlier = await storedPosts(e2e);
    await userSends(page, 'outer', 'Posted from the shadow root, thanks all!');
    await newPosts(e2e, earlier, 1);
    await userSends(page, 'inner', 'Posted from a nested shadow root.');
    await newPosts(e2e, earlier, 2);
    await page.evaluate(() => (window as unknown as { __mountLate(): void }).__mountLate());
    await page.locator('[data-id="late"]').click();
    await page.keyboard.type('A box that mounted later.');
    await page.waitForSelector('postcoach-pill[data-score]');
    await page.locator('[data-send="late"]').dblclick();
    const added = await newPosts(e2e, earlier, 3);
    // Let a duplicate show itself (a fourth record) if there were one: the deadline is 5 s.
    const settled = await newPosts(e2e, earlier, 4, 1500);
    assert.equal(settled.length, 3, JSON.stringify(settled.map((p) => p.text)));
    assert.deepEqual(added.map((p) => p.text).sort(), [
      'A box that mounted later.',
      'Posted from a nested shadow root.',
      'Posted from the shadow root, thanks all!',
    ]);
    assert.ok(added.every((p) => p.platform === 'mastodon' && p.kind === 'post' && p.source === 'live'));
    await page.close();
  });
});

describe('the send detector (issue 11 item 3, e2e build)', () => {
  it('a dialog with a div[role=button] Post and no form: a failed send (alert, text kept) is not recorded, the next is, once', async () => {
    const page = await open(e2e, 'detector');
    const earlier = await storedPosts(e2e);
    await userSends(page, 'dialog', 'This one will FAIL');
    await page.waitForSelector('[role="dialog"] [role="alert"]');
    await page.locator('[data-id="dialog"]').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Thanks to everyone who came to the market!');
    await page.locator('[data-send="dialog"]').dblclick();
    await page.waitForSelector('[data-dialog]', { state: 'detached' });
    const added = await newPosts(e2e, earlier, 1);
    assert.deepEqual(
      added.map((p) => p.text),
      ['Thanks to everyone who came to the market!'],
    );
    await page.close();
  });

  it("closing the dialog with its header's button is not a send", async () => {
    const page = await open(e2e, 'detector');
    const earlier = await storedPosts(e2e);
    await page.locator('[data-id="dialog"]').click();
    await page.keyboard.type('A draft I gave up on.');
    await page.waitForSelector('postcoach-pill[data-score]');
    await page.locator('[data-close="dialog"]').click();
    await page.waitForSelector('[data-dialog]', { state: 'detached' });
    await userSends(page, 'comment', 'Lovely photo!');
    const added = await newPosts(e2e, earlier, 1);
    assert.deepEqual(
      added.map((p) => [p.text, p.kind]),
      [['Lovely photo!', 'post']],
    );
    await page.close();
  });

  it('a Cancel after the editor that collapses the box with its text kept is not a send', async () => {
    const page = await open(e2e, 'detector');
    const earlier = await storedPosts(e2e);
    await page.locator('[data-id="collapse"]').click();
    await page.keyboard.type('Half a thought I will finish later.');
    await page.waitForSelector('postcoach-pill[data-score]');
    await page.locator('[data-cancel="collapse"]').click();
    await page.locator('[data-id="collapse"]').waitFor({ state: 'hidden' });
    await userSends(page, 'comment', 'Congratulations on the new shop!');
    const added = await newPosts(e2e, earlier, 1);
    assert.deepEqual(
      added.map((p) => p.text),
      ['Congratulations on the new shop!'],
    );
    await page.close();
  });

  it('a composer emptied with an error alert is offered ("Add this post"), not recorded', async () => {
    const page = await open(e2e, 'detector');
    const earlier = await storedPosts(e2e);
    await userSends(page, 'comment', 'Will this FAIL?');
    await page.waitForSelector('postcoach-pill[data-offer="add"]');
    await userSends(page, 'comment', 'Second try, it works.');
    const added = await newPosts(e2e, earlier, 1);
    assert.deepEqual(
      added.map((p) => p.text),
      ['Second try, it works.'],
    );
    await page.close();
  });
});

describe('iframes (production build)', () => {
  it('a composer inside a frame is not coached (all_frames: false); the top one is', async () => {
    const page = await open(prod, 'iframe');
    await page.frameLocator('[data-frame]').locator('[data-id="framed"]').click();
    await page.keyboard.type('Typed inside a frame.');
    await page.locator('[data-id="top"]').click();
    await page.keyboard.type('Typed at the top.');
    await page.waitForSelector('postcoach-pill', { state: 'attached' });
    assert.equal(await page.locator('postcoach-pill').count(), 1);
    const framed = await page
      .frameLocator('[data-frame]')
      .locator('body')
      .evaluate((b) => b.ownerDocument.querySelectorAll('postcoach-pill').length);
    assert.equal(framed, 0);
    await page.close();
  });
});
