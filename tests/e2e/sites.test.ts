// The content script on the eight sites, in real Chromium with the production build, against
// fixture pages built with each site's real editor library and served at the real host names.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  type Browser,
  buildExtension,
  type Fixtures,
  launch,
  ROOT,
  serveFixtures,
  storedPosts,
  tabMessage,
  writeJson,
} from './harness';
import { bundleSizes } from './sizes';

interface SiteCase {
  host: string;
  platform: string;
  /** Kind recorded for the page's composers (tests/fixtures/sites/<site>.js default layout). */
  kinds: { main: string; reply?: string; dialog?: string };
}

// The default page of each fixture (its "main", "reply" and "dialog" scenarios; every flow is in
// real-sites.test.ts). Threads is there only: its Post is a text-only div[role=button] in a dialog,
// which only the content script's generic send detector can confirm.
const SITES: SiteCase[] = [
  { host: 'x.com', platform: 'x', kinds: { main: 'post', reply: 'reply', dialog: 'post' } },
  // Legacy post page: the comment box and a reply under a comment.
  { host: 'www.linkedin.com', platform: 'linkedin', kinds: { main: 'comment', reply: 'reply' } },
  {
    host: 'www.facebook.com',
    platform: 'facebook',
    kinds: { main: 'comment', reply: 'reply', dialog: 'post' },
  },
  { host: 'www.instagram.com', platform: 'instagram', kinds: { main: 'comment', dialog: 'post' } },
  // The composer is a dialog ("main" opens it again after each send).
  { host: 'bsky.app', platform: 'bluesky', kinds: { main: 'post', reply: 'reply' } },
  { host: 'www.reddit.com', platform: 'reddit', kinds: { main: 'comment', reply: 'reply' } },
  { host: 'mastodon.social', platform: 'mastodon', kinds: { main: 'post', reply: 'reply' } },
];
const only = process.env.POSTCOACH_SITES?.split(',');
const CASES = only ? SITES.filter((s) => only.includes(s.platform)) : SITES;

const FLASH_SALE =
  'FLASH SALE TODAY ONLY!!! 50% off every candle, use code GLOW50 at checkout. Shop now, link in bio! #candles #sale #handmade #shoplocal #gifts #cozy';
const THANKS = 'Thank you so much for coming by, it made our week! What should we bake next?';

const editorIn = (part: string) =>
  `[data-fixture="${part}"] [contenteditable="true"], [data-fixture="${part}"] textarea`;
const sendIn = (part: string) => `[data-fixture="${part}"] [data-fixture-send]`;

/** The editor of a part, after opening its dialog or box when the page has it closed. */
async function editorOf(page: Page, part: string) {
  const editor = page.locator(editorIn(part)).first();
  const opener = page.locator(`[data-fixture-open="${part}"]`);
  if ((await editor.count()) === 0 && (await opener.count()) > 0) {
    // One composer dialog at a time (Bluesky): close another one first, as a person would.
    if ((await page.locator('[data-fixture][role="dialog"]').count()) > 0)
      await page.keyboard.press('Escape');
    await opener.first().click();
  }
  await editor.waitFor({ state: 'visible' });
  return editor;
}

/** Everything about the pills on the page, read through their open shadow roots. */
async function pills(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('postcoach-pill')].map((p) => {
      const host = p as HTMLElement;
      const root = host.shadowRoot!;
      return {
        hidden: host.hidden,
        score: host.dataset.score,
        intent: host.dataset.intent,
        nudges: Number(host.dataset.nudges ?? 0),
        platform: host.dataset.platform,
        count: host.dataset.count,
        open: root.querySelector('.panel') !== null,
        items: [...root.querySelectorAll('li[data-rule]')].map((li) => ({
          rule: (li as HTMLElement).dataset.rule,
          reason: (li as HTMLElement).dataset.reason,
        })),
        rect: host.getBoundingClientRect().toJSON() as DOMRect,
        inDialog: host.closest('[role="dialog"]') !== null,
      };
    }),
  );
}

async function visiblePill(page: Page, timeout = 3000) {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('postcoach-pill')].some(
        (p) => !(p as HTMLElement).hidden && p.hasAttribute('data-score'),
      ),
    undefined,
    { timeout },
  );
  return (await pills(page)).filter((p) => !p.hidden && p.score !== undefined);
}

async function editorText(page: Page, part: string): Promise<string> {
  return page
    .locator(editorIn(part))
    .first()
    .evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? '')));
}

async function clearEditor(page: Page, part: string) {
  await (await editorOf(page, part)).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
}

async function waitForPosts(b: Browser, n: number, timeout = 3000) {
  const until = Date.now() + timeout;
  let posts = await storedPosts(b);
  while (posts.length < n && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    posts = await storedPosts(b);
  }
  return posts;
}

/** The posts stored since `before` (a list of earlier records), newest last. */
async function newPosts(b: Browser, before: Array<Record<string, unknown>>, n: number) {
  const ids = new Set(before.map((p) => p.id));
  const all = await waitForPosts(b, before.length + n);
  return all.filter((p) => !ids.has(p.id)).sort((x, y) => Number(x.time) - Number(y.time));
}

let fx: Fixtures;
let b: Browser;
let plain: Browser;
const metrics: { typing: Record<string, unknown>; paste60k: Record<string, unknown>; [k: string]: unknown } =
  {
    typing: {},
    paste60k: {},
  };
const extensionErrors: string[] = [];

function watchConsole(page: Page) {
  page.on('console', (m) => {
    if (m.type() !== 'error' && m.type() !== 'warning') return;
    const where = m.location().url ?? '';
    if (where.startsWith('chrome-extension://') || /postcoach/i.test(m.text()))
      extensionErrors.push(`${m.type()}: ${m.text()} @ ${where}`);
  });
  page.on('pageerror', (e) => {
    if (/chrome-extension:\/\//.test(e.stack ?? '')) extensionErrors.push(`pageerror: ${e.message}`);
  });
}

async function openSite(browser: Browser, host: string, path = '/') {
  const page = await browser.context.newPage();
  watchConsole(page);
  // A unique query makes the tab easy to find from the service worker (tabMessage matches URLs).
  await page.goto(`https://${host}${path}?t=${Math.random().toString(36).slice(2)}`);
  await page.waitForFunction(
    () => (window as unknown as { __fixtureReady?: boolean }).__fixtureReady === true,
  );
  return page;
}

before(async () => {
  buildExtension();
  fx = await serveFixtures();
  [b, plain] = await Promise.all([launch(fx.port), launch(fx.port, { extension: false })]);
});

after(async () => {
  metrics.sizes = bundleSizes();
  metrics.strayRequests = b?.strayRequests ?? [];
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeJson(join(ROOT, 'test-results', 'e2e-metrics.json'), metrics);
  console.log(`\nE2E metrics (test-results/e2e-metrics.json):\n${JSON.stringify(metrics, null, 2)}`);
  await Promise.all([b?.close(), plain?.close()]);
  await fx?.close();
});

for (const site of CASES) {
  describe(site.platform, () => {
    let page: Page;
    before(async () => {
      page = await openSite(b, site.host);
    });
    after(async () => {
      await page?.close();
    });

    it('typing shows the pill with the right intent and nudges', async () => {
      await (await editorOf(page, 'main')).click();
      await page.keyboard.type(FLASH_SALE);
      const [pill] = await visiblePill(page);
      assert.equal(pill!.platform, site.platform);
      await page.waitForFunction(
        () => document.querySelector('postcoach-pill[data-intent="selling"]') !== null,
        undefined,
        {
          timeout: 2000,
        },
      );
      const shown = (await pills(page)).find((p) => p.intent === 'selling')!;
      assert.ok(shown.nudges >= 1, 'a flash-sale draft gets at least one nudge');
      assert.ok(Number(shown.score) >= 0 && Number(shown.score) <= 100);
    });

    it('the pill does not cover the send button and the panel lists nudges with rule and reason', async () => {
      const send = await page.locator(sendIn('main')).first().boundingBox();
      const shown = (await pills(page)).find((p) => !p.hidden && p.score)!;
      const r = shown.rect;
      const overlaps =
        send &&
        r.x < send.x + send.width &&
        r.x + r.width > send.x &&
        r.y < send.y + send.height &&
        r.y + r.height > send.y;
      assert.ok(!overlaps, 'pill overlaps the send button');
      await page.locator('postcoach-pill:not([hidden]) >> .pill').first().click();
      const open = (await pills(page)).find((p) => p.open)!;
      assert.equal(open.items.length, open.nudges);
      for (const item of open.items) {
        assert.ok(item.rule);
        assert.ok(['plan', 'content', 'audience', 'voice', 'listening', 'commitment'].includes(item.reason!));
      }
      await page.keyboard.press('Escape');
      assert.ok(!(await pills(page)).some((p) => p.open));
    });

    it('the panel works by keyboard (shortcut command, Tab, Enter, Escape)', async () => {
      await page.bringToFront();
      await (await editorOf(page, 'main')).click();
      await page.waitForTimeout(150); // a person's beat between the click and the shortcut
      const reply = await tabMessage<{ ok: boolean; value: boolean }>(b, page, { type: 'panel/open' });
      assert.equal(reply.value, true);
      const focusInPanel = () =>
        page.evaluate(() => {
          const host = document.activeElement;
          if (host?.tagName !== 'POSTCOACH-PILL') return 'outside';
          const a = host.shadowRoot!.activeElement as HTMLElement | null;
          return a?.closest('.panel') ? 'panel' : a?.classList.contains('pill') ? 'pill' : 'host';
        });
      let where = await focusInPanel();
      for (let i = 0; i < 10 && where !== 'panel'; i++) {
        await page.waitForTimeout(50);
        where = await focusInPanel();
      }
      if (where !== 'panel') {
        const diag = await page.evaluate(() => ({
          hasFocus: document.hasFocus(),
          active: document.activeElement?.tagName,
          url: location.href,
          pills: [...document.querySelectorAll('postcoach-pill')].map((p) => [
            (p as HTMLElement).hidden,
            !!p.shadowRoot?.querySelector('.panel'),
          ]),
        }));
        assert.fail(`focus ${where} after panel/open: ${JSON.stringify(diag)} (page ${page.url()})`);
      }
      const before = (await pills(page)).find((p) => p.open)!.nudges;
      // Tab to the first "Dismiss" and press Enter.
      for (let i = 0; i < 10; i++) {
        await page.keyboard.press('Tab');
        const action = await page.evaluate(
          () =>
            (document.activeElement?.shadowRoot?.activeElement as HTMLElement | null)?.dataset.action ?? '',
        );
        if (action === 'dismiss') break;
      }
      await page.keyboard.press('Enter');
      const afterDismiss = (await pills(page)).find((p) => p.open)!;
      assert.equal(afterDismiss.nudges, before - 1, 'dismiss removes one nudge for this draft');
      assert.equal(await focusInPanel(), 'panel', 'focus stays in the panel');
      await page.keyboard.press('Escape');
      assert.ok(!(await pills(page)).some((p) => p.open));
      assert.equal(await focusInPanel(), 'pill', 'Escape returns focus to the pill, not the editor');
      await page.keyboard.press('Enter');
      assert.ok(
        (await pills(page)).some((p) => p.open),
        'Enter on the pill opens the panel',
      );
      await page.keyboard.press('Escape');
    });

    it('send records exactly one post (double click); a failed send records none', async () => {
      const earlier = await storedPosts(b);
      const before = earlier.length;
      await page.locator(sendIn('main')).first().dblclick();
      await page.waitForFunction((sel) => {
        const el = document.querySelector(sel);
        // Emptied, or gone with its dialog.
        return !el || (el instanceof HTMLTextAreaElement ? el.value : el.textContent)?.trim() === '';
      }, editorIn('main'));
      await newPosts(b, earlier, 1);
      await new Promise((r) => setTimeout(r, 400));
      const added = await newPosts(b, earlier, 1);
      assert.equal(added.length, 1, 'exactly one record');
      const rec = added[0]!;
      assert.ok(String(rec.text ?? '').startsWith('FLASH SALE'));
      assert.ok(rec, 'the sent text is recorded');
      assert.equal(rec.platform, site.platform);
      assert.equal(rec.kind, site.kinds.main);
      assert.equal(rec.source, 'live');
      assert.ok(typeof rec.composeMs === 'number' && rec.composeMs > 0);
      // A failed send: the composer keeps its text.
      await (await editorOf(page, 'main')).click();
      await page.keyboard.type('This one will FAIL to send');
      await page.locator(sendIn('main')).first().click();
      await page.waitForSelector(`[data-fixture="main"] .error`);
      await new Promise((r) => setTimeout(r, 600));
      assert.equal((await storedPosts(b)).length, before + 1, 'a failed send records nothing');
      assert.match(await editorText(page, 'main'), /FAIL/);
      // Fixing the text by hand after a failed send is not a send either.
      await clearEditor(page, 'main');
      await new Promise((r) => setTimeout(r, 400));
      assert.equal((await storedPosts(b)).length, before + 1);
    });

    it(`the reply composer gets its own pill and records a ${site.kinds.reply}`, {
      skip: !site.kinds.reply,
    }, async () => {
      const earlier = await storedPosts(b);
      await (await editorOf(page, 'reply')).click();
      await page.keyboard.type(THANKS);
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('postcoach-pill')].filter((p) => p.hasAttribute('data-score'))
            .length >= 1,
      );
      await new Promise((r) => setTimeout(r, 350));
      // Send with the site's shortcut where it has one, else the button.
      await page.locator(sendIn('reply')).first().click();
      const added = await newPosts(b, earlier, 1);
      assert.equal(added.length, 1);
      const rec = added[0]!;
      assert.equal(rec.text, THANKS);
      assert.equal(rec.kind, site.kinds.reply);
    });

    if (site.kinds.dialog) {
      it('a second composer in a dialog: pill inside the dialog, gone when it closes, one record', async () => {
        const earlier = await storedPosts(b);
        await (await editorOf(page, 'dialog')).click();
        await page.keyboard.type('From the dialog: thanks to our suppliers @greenfarm for the apples.');
        await page.waitForFunction(() =>
          [...document.querySelectorAll('[role="dialog"] postcoach-pill')].some((p) =>
            p.hasAttribute('data-score'),
          ),
        );
        const inDialog = (await pills(page)).filter((p) => p.inDialog);
        assert.equal(inDialog.length, 1);
        await page.locator(sendIn('dialog')).first().click();
        await page.waitForSelector('[data-fixture="dialog"]', { state: 'detached' });
        const added = await newPosts(b, earlier, 1);
        assert.equal(added.length, 1, 'dialog post recorded once, after the dialog closed');
        const rec = added[0]!;
        assert.ok(String(rec.text).startsWith('From the dialog'));
        assert.equal(rec.kind, site.kinds.dialog);
        await new Promise((r) => setTimeout(r, 300));
        // Pills exist only for composers the user focused (issue 12): none left for the dialog's.
        assert.ok(
          (await page.locator('postcoach-pill').count()) <=
            (await page.locator(`${editorIn('main')}, ${editorIn('reply')}, ${editorIn('comment')}`).count()),
        );
      });
    }

    it('single-page navigation re-attaches without duplicates or leaks', async () => {
      for (let i = 0; i < 3; i++) {
        await page.locator('[data-nav]').click();
        await page.waitForTimeout(250);
      }
      const composers = await page
        .locator('[data-fixture] [contenteditable="true"], [data-fixture] textarea')
        .count();
      // Every composer is seen; pills only come with the user's focus (issue 12), so none yet.
      await page.waitForFunction((n) => document.querySelectorAll('postcoach-pill').length === n, 0, {
        timeout: 2000,
      });
      const stats = await tabMessage<{ value: { composers: number } }>(b, page, { type: 'stats/get' });
      assert.equal(stats.value.composers, composers, 'every composer seen once');
      await (await editorOf(page, 'main')).click();
      await page.keyboard.type('After navigating: what do you think of our new opening hours?');
      await visiblePill(page);
      await clearEditor(page, 'main');
    });

    it('typing 500 characters: cost per keystroke, long tasks, pause → pill update', async () => {
      await page.evaluate(() => {
        const w = window as unknown as { __longTasks: number[] };
        w.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longTasks.push(e.duration);
        }).observe({ type: 'longtask' });
      });
      const pre = (
        await tabMessage<{ value: Record<string, { max: number }> }>(b, page, {
          type: 'stats/get',
          reset: true,
        })
      ).value;
      await (await editorOf(page, 'main')).click();
      const text = `${'Our bakery opens at seven. '.repeat(18)}Come early!`.slice(0, 500);
      await page.keyboard.type(text);
      const t0 = Date.now();
      await page.waitForFunction(
        (n) => document.querySelector(`postcoach-pill[data-count="${n}"]`) !== null,
        text.length,
        {
          timeout: 3000,
          polling: 5,
        },
      );
      const observed = Date.now() - t0;
      await page.waitForTimeout(100);
      const s = (
        await tabMessage<{
          value: Record<string, { count: number; sum: number; median: number; p95: number; max: number }>;
        }>(b, page, { type: 'stats/get' })
      ).value;
      const longTasks = await page.evaluate(
        () => (window as unknown as { __longTasks: number[] }).__longTasks,
      );
      const m = {
        keystrokes: text.length,
        handlerMedianMs: +s.keystroke!.median.toFixed(4),
        handlerP95Ms: +s.keystroke!.p95.toFixed(4),
        perKeystrokeMeanMs: +(s.keystroke!.sum / text.length).toFixed(4),
        analysisMaxMs: +s.analysis!.max.toFixed(2),
        scanMaxMs: +s.scan!.max.toFixed(2),
        // The coach loads and warms up once per page, at its first composer session
        // (src/content/load-coach.ts): in this run or in an earlier test on the same page.
        engineWarmupMs: +Math.max(pre.warmup?.max ?? 0, s.warmup?.max ?? 0).toFixed(1),
        pauseToUpdateMs: +s.pauseToUpdate!.median.toFixed(1),
        pauseToPillObservedMs: observed,
        pageLongTasks: longTasks.length,
        pageLongTaskMaxMs: Math.round(Math.max(0, ...longTasks)),
      };
      metrics.typing[site.platform] = m;
      // Speed is reported (test-results/e2e-metrics.json, `npm run bench:e2e`), never asserted: on a
      // loaded 2-core machine any bound fails some day. What is asserted: typing and the analysis
      // after the pause were measured.
      assert.ok(s.keystroke!.count > 0 && s.analysis!.count > 0, 'typing and its analysis were measured');
      await clearEditor(page, 'main');
    });

    it('pasting 60,000 characters keeps the page responsive', async () => {
      await tabMessage(b, page, { type: 'stats/get', reset: true });
      await (await editorOf(page, 'main')).click();
      const big = 'Fresh bread and good coffee make a morning. '.repeat(1400).slice(0, 60000);
      const t0 = Date.now();
      await page.keyboard.insertText(big);
      const insertMs = Date.now() - t0;
      await page.waitForFunction(
        () => document.querySelector('postcoach-pill[data-count]')?.getAttribute('data-count') !== null,
      );
      await page.waitForTimeout(700);
      const t1 = Date.now();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      const frameMs = Date.now() - t1;
      const s = (
        await tabMessage<{ value: Record<string, { max: number; count: number }> }>(b, page, {
          type: 'stats/get',
        })
      ).value;
      metrics.paste60k[site.platform] = {
        siteInsertMs: insertMs,
        extensionAnalysisMaxMs: +s.analysis!.max.toFixed(1),
        extensionReadMaxMs: +(s.read?.max ?? 0).toFixed(1),
        extensionHandlerMaxMs: +s.keystroke!.max.toFixed(2),
        nextFrameMs: frameMs,
      };
      // The page paints again (the frame resolved); its time is reported, not asserted.
      assert.ok(s.analysis!.count >= 1, 'the pasted draft was analysed');
      await clearEditor(page, 'main');
    });
  });
}

describe('panel details', () => {
  const site = CASES[CASES.length - 1]!;
  let page: Page;
  const setLocal = (v: Record<string, unknown>) =>
    b.worker!.evaluate(
      (v) =>
        (
          globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }
        ).chrome.storage.local.set(v),
      v,
    );
  const getLocal = (k: string) =>
    b.worker!.evaluate(
      (k) =>
        (
          globalThis as unknown as {
            chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
          }
        ).chrome.storage.local.get(k),
      k,
    );
  before(async () => {
    page = await openSite(b, site.host);
  });
  after(async () => {
    await setLocal({ language: 'auto', disabledRules: [] });
    await page?.close();
  });

  it('the screen-reader summary waits for a real pause instead of chattering', async () => {
    const live = () =>
      page.evaluate(
        () =>
          document
            .querySelector('postcoach-pill[data-score]')
            ?.shadowRoot?.querySelector('[aria-live="polite"]')?.textContent ?? '',
      );
    await (await editorOf(page, 'main')).click();
    await page.keyboard.type(FLASH_SALE.slice(0, 60), { delay: 20 });
    await page.waitForTimeout(500); // analysed (pill updated) but not yet announced
    assert.equal(await live(), '');
    await page.waitForTimeout(1400);
    assert.match(await live(), /\d/);
  });

  it('"don\'t show this rule again" persists the rule in disabledRules and hides it', async () => {
    await page.keyboard.type(FLASH_SALE.slice(60));
    await page.waitForTimeout(700); // the pause: the whole draft is analysed
    await page.waitForFunction(
      () => Number(document.querySelector('postcoach-pill[data-score]')?.getAttribute('data-nudges')) > 0,
    );
    await page.locator('postcoach-pill[data-score] >> .pill').click();
    const rule = await page
      .locator('postcoach-pill[data-score] >> li[data-rule]')
      .first()
      .getAttribute('data-rule');
    const n = Number(await page.locator('postcoach-pill[data-score]').getAttribute('data-nudges'));
    await page
      .locator(`postcoach-pill[data-score] >> li[data-rule="${rule}"] button[data-action="mute"]`)
      .click();
    assert.equal(Number(await page.locator('postcoach-pill[data-score]').getAttribute('data-nudges')), n - 1);
    // The write is asynchronous (storage.local): wait for it.
    let stored = await getLocal('disabledRules');
    for (let i = 0; i < 20 && !Array.isArray(stored.disabledRules); i++) {
      await page.waitForTimeout(100);
      stored = await getLocal('disabledRules');
    }
    assert.deepEqual(stored.disabledRules, [rule]);
    await setLocal({ disabledRules: [] });
    await page.waitForFunction(
      (n) => Number(document.querySelector('postcoach-pill[data-score]')?.getAttribute('data-nudges')) === n,
      n,
    );
  });

  it('speaks Bengali when the user picks it (the catalog loads lazily) and follows a dark page theme', async () => {
    await setLocal({ language: 'bn' });
    // Words, not any Bengali character: the digits turn Bengali before the lazy catalog is in.
    await page.waitForFunction(() =>
      /পরামর্শ|কেন|উদ্দেশ্য/.test(
        document.querySelector('postcoach-pill[data-score]')?.shadowRoot?.querySelector('.panel')
          ?.textContent ?? '',
      ),
    );
    const text = await page.locator('postcoach-pill[data-score] >> .panel').textContent();
    assert.match(text!, /পরামর্শ|কেন|উদ্দেশ্য/);
    await page.emulateMedia({ colorScheme: 'dark' });
    const bg = await page
      .locator('postcoach-pill[data-score] >> .panel')
      .evaluate((p) => getComputedStyle(p).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const bgLight = await page
      .locator('postcoach-pill[data-score] >> .panel')
      .evaluate((p) => getComputedStyle(p).backgroundColor);
    assert.notEqual(bg, bgLight);
    const lum = (c: string) => (c.match(/\d+/g) ?? []).slice(0, 3).reduce((n, v) => n + Number(v), 0);
    assert.ok(lum(bg) < lum(bgLight), `dark ${bg} vs light ${bgLight}`);
    await setLocal({ language: 'auto' });
    await page.keyboard.press('Escape');
  });

  it("Mastodon: the server's own limit is used", async () => {
    if (site.platform !== 'mastodon') return;
    const d = await tabMessage<{ value: { analysis: { counts: { limit: number } } } | null }>(b, page, {
      type: 'draft/get',
    });
    assert.equal(d.value?.analysis.counts.limit, 1000);
  });
});

describe('the editor is untouched', () => {
  for (const site of CASES) {
    it(`${site.platform}: text, selection and DOM identical with and without the extension`, async () => {
      const snap = async (browser: Browser) => {
        const page = await openSite(browser, site.host);
        await (await editorOf(page, 'main')).click();
        await page.keyboard.type('Hello @maria, our sale starts at 9 https://shop.example/sale');
        await page.keyboard.press('Shift+Enter');
        await page.keyboard.type('Second line #local');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('Shift+ArrowLeft');
        await page.waitForTimeout(700); // past the pause: the extension has read and analysed
        const state = await page.evaluate((sel) => {
          const el = document.querySelector(sel)!;
          const path = (n: Node | null) => {
            const out: number[] = [];
            while (n && n !== el) {
              out.unshift([...(n.parentNode?.childNodes ?? [])].indexOf(n as ChildNode));
              n = n.parentNode;
            }
            return out.join('/');
          };
          const sel2 = getSelection()!;
          const html = (el.outerHTML as string).replace(
            /(data-offset-key|data-editor|aria-describedby|aria-owns|aria-controls)="[^"]*"/g,
            '$1=""',
          );
          return {
            html,
            value: el instanceof HTMLTextAreaElement ? [el.value, el.selectionStart, el.selectionEnd] : null,
            selection: [path(sel2.anchorNode), sel2.anchorOffset, path(sel2.focusNode), sel2.focusOffset],
            focused: document.activeElement === el || el.contains(document.activeElement),
          };
        }, editorIn('main'));
        await page.close();
        return state;
      };
      const [withExt, without] = await Promise.all([snap(b), snap(plain)]);
      assert.deepEqual(withExt, without);
    });
  }
});

describe('scripting time per keystroke, Chrome DevTools Protocol (extension on − off)', () => {
  for (const site of CASES.filter((c) => ['x', 'mastodon', 'facebook'].includes(c.platform))) {
    it(`${site.platform}: ScriptDuration while typing 300 characters`, async () => {
      const text = 'Thanks for visiting the shop today, come back soon! '.repeat(6).slice(0, 300);
      const run = async (browser: Browser) => {
        const page = await openSite(browser, site.host);
        const cdp = await browser.context.newCDPSession(page);
        await cdp.send('Performance.enable');
        await (await editorOf(page, 'main')).click();
        // Warm up (first analysis compiles the engine), then start from an empty editor.
        await page.keyboard.type('Warm up the engine first. ');
        await page.waitForTimeout(600);
        await page.keyboard.press('ControlOrMeta+a');
        await page.keyboard.press('Backspace');
        await page.waitForTimeout(600);
        const metric = async () =>
          (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')!.value;
        const before = await metric();
        await page.keyboard.type(text);
        await page.waitForTimeout(700); // includes the one analysis after the pause
        const after = await metric();
        await page.close();
        return (after - before) * 1000;
      };
      // One pair per run of the suite; `npm run bench:e2e` takes the median of five pairs.
      const reps = process.env.POSTCOACH_BENCH ? 5 : 1;
      const ons: number[] = [];
      const offs: number[] = [];
      for (let i = 0; i < reps; i++) {
        ons.push(await run(b));
        offs.push(await run(plain));
      }
      const median = (v: number[]) => [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)]!;
      const on = median(ons);
      const off = median(offs);
      const perKeystroke = (on - off) / text.length;
      metrics.cdpScripting ??= {};
      (metrics.cdpScripting as Record<string, unknown>)[site.platform] = {
        scriptMsWithExtension: +on.toFixed(1),
        scriptMsWithout: +off.toFixed(1),
        extensionMsPerKeystroke: +perKeystroke.toFixed(4),
      };
      // Reported, not asserted (CDP totals include the page's own editor work and the machine's load).
      assert.ok(on > 0 && off > 0, 'both runs executed script');
    });
  }
});

describe('extension hygiene', () => {
  it('no console errors from the extension and no network requests', () => {
    assert.deepEqual(extensionErrors, []);
    assert.deepEqual(b.strayRequests, []);
  });

  it('bundle sizes within budget', () => {
    const s = bundleSizes();
    // Ceilings against growth at today's sizes (`npx vite build` then tests/e2e/sizes.ts, 2026-12-02):
    // the first load is 15.1 KB gzip (site detection, the watcher, sessions and the pill's button;
    // it was 50.6 KB with the engine and the panel in it; the bar is 40, the goal 30). The coach
    // (engine with its learned n-gram tables, and the open panel: src/content/coach.ts) is 44.9 KB,
    // loaded at the first composer the user works in; the other language's catalog 16.6 (en) /
    // 18.6 (bn) KB, only when the user picked the language the browser does not serve; the
    // owner's counts reader 3.4 KB, only on a site where the owner switched it on.
    assert.ok(s.contentScriptGzip <= 17 * 1024, `content script first load ${s.contentScriptGzip} B gzip`);
    const lazy = Object.entries(s.lazyChunksGzip);
    const coach = lazy.filter(([f]) => /\/coach-/.test(f));
    const catalogs = lazy.filter(([f]) => /\/messages-/.test(f));
    const counts = lazy.filter(([f]) => /\/counts-/.test(f));
    assert.equal(coach.length, 1, `one coach chunk: ${JSON.stringify(s.lazyChunksGzip)}`);
    assert.equal(catalogs.length, 2, `two catalogs: ${JSON.stringify(s.lazyChunksGzip)}`);
    assert.equal(counts.length, 1, `one counts reader: ${JSON.stringify(s.lazyChunksGzip)}`);
    assert.equal(lazy.length, 4, `nothing else loads lazily: ${JSON.stringify(s.lazyChunksGzip)}`);
    assert.ok(coach[0]![1] <= 47 * 1024, `coach ${coach[0]![1]} B gzip`);
    for (const [f, n] of catalogs) assert.ok(n <= 20 * 1024, `${f} ${n} B gzip`);
    assert.ok(counts[0]![1] <= 5 * 1024, `counts reader ${counts[0]![1]} B gzip`);
    // The package: 354.7 KB (the budget was 250): the engine ships in the coach, the pages' shared
    // chunk, the background (it learns what works from the owner's counts) and the import worker,
    // and the catalogs twice (as _locales for the pages, as lazy chunks for the content script).
    assert.ok(s.packagedZip <= 365 * 1024, `package ${s.packagedZip} B`);
  });
});
