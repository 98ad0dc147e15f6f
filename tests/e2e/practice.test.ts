// The practice composer (src/practice/, issue 13 "After Save and start"): an extension page where
// the sites' pill and panel coach a draft, in the user's language and theme, keeping nothing.
// Opened by extension id, as the popup and options pages are; the pill's state is read through the
// end-to-end build's test hooks (an open shadow root and data-* on the host).
//   npx vite build --mode e2e --logLevel warn
//   POSTCOACH_SKIP_BUILD=1 node --import tsx --test tests/e2e/practice.test.ts
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { type Browser, buildExtension, launch, ROOT, storedPosts } from './harness';

// biome-ignore lint/suspicious/noExplicitAny: the chrome namespace has no types in this project
declare const chrome: any;

// A reply that calls the customer names: the hostile rule's error, which caps the score at 60
// (src/core/score.ts ERROR_CAP) and colours the pill red.
const HOSTILE_REPLY = "You're an idiot. Nobody asked for your stupid opinion, go away.";
const SELLING_POST =
  'FLASH SALE TODAY ONLY! 50% off every candle, use code GLOW50 at checkout. Shop now, link in bio!';

/** Screenshots go to test-results/screenshots/; `POSTCOACH_SCREENSHOTS=docs` refreshes docs/. */
const SHOTS = join(ROOT, process.env.POSTCOACH_SCREENSHOTS === 'docs' ? 'docs' : 'test-results/screenshots');
mkdirSync(SHOTS, { recursive: true });

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical findings on the whole page, the open pill panel included. */
async function seriousA11yIssues(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected above
    const r = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return (r.violations as { id: string; impact: string; nodes: { target: unknown }[] }[])
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

interface PillState {
  score: number | null;
  intent: string | null;
  severity: string | null;
  platform: string | null;
  nudges: number;
  label: string | null;
}

const readPill = (page: Page): Promise<PillState> =>
  page.$eval('postcoach-pill', (h) => ({
    score: h.hasAttribute('data-score') ? Number(h.getAttribute('data-score')) : null,
    intent: h.getAttribute('data-intent'),
    severity: h.getAttribute('data-severity'),
    platform: h.getAttribute('data-platform'),
    nudges: Number(h.getAttribute('data-nudges')),
    label: h.shadowRoot?.querySelector('button.pill')?.getAttribute('aria-label') ?? null,
  }));

/** Waits until the pill has coached `text` (its count is the draft's and it has a score). */
async function waitCoached(page: Page, intent?: string): Promise<PillState> {
  await page.waitForFunction(
    (intent) => {
      const h = document.querySelector('postcoach-pill');
      return !!h?.hasAttribute('data-score') && (!intent || h.getAttribute('data-intent') === intent);
    },
    intent,
    { timeout: 10_000 },
  );
  return readPill(page);
}

async function write(page: Page, platform: string, kind: string, text: string): Promise<void> {
  await page.selectOption('#platform', platform);
  await page.selectOption('#kind', kind);
  await page.fill('#draft', '');
  await page.waitForFunction(() => !document.querySelector('postcoach-pill')?.hasAttribute('data-score'));
  await page.click('#draft');
  await page.keyboard.type(text);
}

/** The panel's words: the header line, the cap, the intent chip, the site row and the nudges. */
async function openPanel(page: Page) {
  await page.locator('postcoach-pill button.pill').click();
  await page.locator('postcoach-pill .panel').waitFor();
  return page.$eval('postcoach-pill', (h) => {
    const p = h.shadowRoot!.querySelector('.panel')!;
    return {
      score: p.querySelector('.score')?.textContent ?? null,
      cap: p.querySelector('.sub.cap')?.textContent ?? null,
      intent: p.querySelector('.chip')?.textContent ?? null,
      site: p.querySelectorAll('.facts dt')[1]?.textContent ?? null,
      count: p.querySelectorAll('.facts dd')[1]?.textContent ?? null,
      rules: [...p.querySelectorAll('li.nudge')].map((li) => li.getAttribute('data-rule')),
    };
  });
}

describe('practice composer', () => {
  let b: Browser;
  let page: Page;
  let url: string;

  before(async () => {
    buildExtension();
    // No site is visited: the fixture server is not needed, the port only fills the host rules.
    b = await launch(9);
    url = `chrome-extension://${b.extensionId}/src/practice/index.html`;
    page = await b.context.newPage();
    await page.goto(url);
    await page.waitForSelector('postcoach-pill');
  });

  after(async () => {
    await b?.close();
  });

  it('is labelled, offers the eight sites and three kinds, and says nothing is kept', async () => {
    const form = await page.evaluate(() => ({
      title: document.querySelector('h1')?.textContent?.trim(),
      draftLabel: (document.getElementById('draft') as HTMLTextAreaElement).labels?.[0]?.textContent,
      platforms: [...document.querySelectorAll('#platform option')].map((o) => o.textContent),
      kinds: [...document.querySelectorAll('#kind option')].map((o) => (o as HTMLOptionElement).value),
      note: document.querySelector('.private')?.textContent,
    }));
    assert.equal(form.title, 'Practice composer');
    assert.equal(form.draftLabel, 'Your draft');
    assert.deepEqual(form.platforms, [
      'X',
      'LinkedIn',
      'Facebook',
      'Instagram',
      'Threads',
      'Mastodon',
      'Bluesky',
      'Reddit',
    ]);
    assert.deepEqual(form.kinds, ['post', 'reply', 'comment']);
    assert.equal(
      form.note,
      'Nothing you type here is kept: it is not added to your history and it never leaves this page.',
    );
    const idle = await readPill(page);
    assert.equal(idle.score, null);
    assert.equal(idle.label, 'Postcoach: start writing to get nudges.');
  });

  it('a hostile reply on X: an error, the score capped at 60 or less, the hostile nudge', async () => {
    await write(page, 'x', 'reply', HOSTILE_REPLY);
    const pill = await waitCoached(page);
    assert.equal(pill.platform, 'x');
    assert.equal(pill.severity, 'error');
    assert.ok(pill.score !== null && pill.score <= 60, `score ${pill.score}`);
    assert.match(pill.label ?? '', new RegExp(`^Postcoach: score ${pill.score}, \\d+ nudges?, `));
    const panel = await openPanel(page);
    assert.equal(panel.score, String(pill.score));
    assert.equal(panel.cap, 'An error holds the score at 60 or below: fix it first.');
    assert.equal(panel.site, 'X');
    // X counts against 280 (src/core/platforms.ts); the reply is 63 characters long.
    assert.equal(panel.count, `${HOSTILE_REPLY.length} of 280`);
    assert.ok(panel.rules.includes('hostile'), panel.rules.join());
    assert.deepEqual(await seriousA11yIssues(page), []);
    await page.screenshot({ path: join(SHOTS, 'practice-en-light.png') });
    // Its one nudge dismissed, nothing is left to say: 100, the all-clear band (src/core/score.ts).
    assert.deepEqual(panel.rules, ['hostile']);
    await page.locator('postcoach-pill li.nudge[data-rule="hostile"] [data-action="dismiss"]').click();
    await page.waitForFunction(
      () => document.querySelector('postcoach-pill')?.getAttribute('data-nudges') === '0',
    );
    const after = await readPill(page);
    assert.equal(after.score, 100);
    assert.equal(after.severity, 'none');
    await page.keyboard.press('Escape');
  });

  it('a selling post on LinkedIn: Selling, with its selling nudge', async () => {
    await write(page, 'linkedin', 'post', SELLING_POST);
    const pill = await waitCoached(page, 'selling');
    assert.equal(pill.platform, 'linkedin');
    const panel = await openPanel(page);
    assert.equal(panel.intent, 'Selling');
    assert.equal(panel.site, 'LinkedIn');
    // Coached as a LinkedIn post: LinkedIn's 3,000-character limit, not X's 280.
    assert.equal(panel.count, `${SELLING_POST.length} of 3,000`);
    assert.ok(panel.rules.includes('selling'), panel.rules.join());
    assert.equal(panel.cap, null);
    // "Don't show this rule again" is the same setting the sites' pill writes.
    await page.locator('postcoach-pill li.nudge[data-rule="selling"] [data-action="mute"]').click();
    await page.waitForFunction(
      () =>
        !document.querySelector('postcoach-pill')?.shadowRoot?.querySelector('li.nudge[data-rule="selling"]'),
    );
    const { disabledRules } = await b.worker!.evaluate(() => chrome.storage.local.get('disabledRules'));
    assert.deepEqual(disabledRules, ['selling']);
    await b.worker!.evaluate(() => chrome.storage.local.set({ disabledRules: [] }));
    await page.keyboard.press('Escape');
  });

  it('follows the language and theme settings: Bengali words, dark pill', async () => {
    await b.worker!.evaluate(() => chrome.storage.local.set({ language: 'bn', theme: 'dark' }));
    await page.reload();
    await page.waitForSelector('postcoach-pill');
    const words = await page.evaluate(() => ({
      title: document.querySelector('h1')?.textContent?.trim(),
      theme: document.documentElement.dataset.theme,
      lang: document.documentElement.lang,
      // The pill's own background colour variable on its host (src/content/pill/styles.ts names).
      pillBg: getComputedStyle(document.querySelector('postcoach-pill')!).getPropertyValue('--bg').trim(),
    }));
    assert.equal(words.title, 'লেখার প্র্যাকটিস');
    assert.equal(words.theme, 'dark');
    assert.equal(words.lang, 'bn');
    assert.equal(words.pillBg, '#1c2128');
    await write(page, 'facebook', 'comment', HOSTILE_REPLY);
    const pill = await waitCoached(page);
    assert.ok(pill.score !== null && pill.score <= 60, `score ${pill.score}`);
    // The owner chose Bengali: an English draft's nudges speak Bengali too, in Bengali digits.
    assert.match(pill.label ?? '', /^Postcoach: স্কোর [০-৯]+, /);
    const panel = await openPanel(page);
    assert.equal(panel.cap, 'ত্রুটি থাকলে স্কোর ৬০-এর বেশি হয় না: আগে ত্রুটিটি ঠিক করুন।');
    assert.deepEqual(await seriousA11yIssues(page), []);
    await page.screenshot({ path: join(SHOTS, 'practice-bn-dark.png') });
    await page.keyboard.press('Escape');
    await b.worker!.evaluate(() => chrome.storage.local.set({ language: 'auto', theme: 'auto' }));
  });

  it('the popup, on a tab that is not a coached site, links to it', async () => {
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/src/popup/index.html`);
    const link = popup.locator('.now-practice a');
    await link.waitFor({ timeout: 10_000 });
    assert.equal(await link.textContent(), 'No post to write yet? Try the practice composer');
    const [opened] = await Promise.all([b.context.waitForEvent('page'), link.click()]);
    await opened.waitForLoadState();
    assert.equal(opened.url(), url);
    await opened.close();
    await popup.close();
  });

  // Last: every draft above, and the send keys of every site, have had their chance to be kept.
  it('keeps nothing: no post in the history after all that typing and the send keys', async () => {
    await page.click('#draft');
    await page.keyboard.press('Control+Enter');
    await page.keyboard.press('Meta+Enter');
    await page.keyboard.press('Enter');
    // The history is read where the background keeps it (the extension's IndexedDB).
    assert.deepEqual(await storedPosts(b), []);
    const local = await b.worker!.evaluate(() => chrome.storage.local.get(null));
    assert.equal(JSON.stringify(local).includes('GLOW50'), false);
  });
});
