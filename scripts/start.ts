// `npm start`: builds the extension and opens Chromium with Postcoach loaded on the fixture pages
// (the eight sites' composers, built with their real editor libraries, served locally at the
// real host names), so anyone can try it without a social account. Headed where there is a
// display; otherwise headless, and it writes a screenshot of the pill and its open panel.
//   npm start                  open the fixture pages (Ctrl+C to quit)
//   npm start -- --screenshot  also (re)take docs/screenshot-pill.png
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildExtension, HOSTS, launch, ROOT, serveFixtures } from '../tests/e2e/harness';

const DEMO =
  'We are excited to announce our revolutionary new autumn candle range!!! Best quality in town. ' +
  'FLASH SALE: 30% off everything this weekend only, use code GLOW30. Order now, link in bio.\n' +
  '#candles #handmade #shoplocal #autumn #gifts #cozy';

async function showOff(page: Page): Promise<void> {
  const editor = page
    .locator('[data-fixture="main"] [contenteditable="true"], [data-fixture="main"] textarea')
    .first();
  await editor.click();
  await page.keyboard.type(DEMO, { delay: 2 });
  await page.waitForSelector('postcoach-pill[data-score]');
  await page.waitForTimeout(400);
  await page.locator('postcoach-pill:not([hidden]) >> .pill').first().click();
  await page.waitForTimeout(300);
}

async function screenshot(page: Page, path: string): Promise<void> {
  // Frame the composer and the open panel together.
  const box = await page.evaluate(() => {
    const pill = [...document.querySelectorAll('postcoach-pill')].find((p) =>
      p.shadowRoot?.querySelector('.panel'),
    );
    const panel = pill?.shadowRoot?.querySelector('.panel')?.getBoundingClientRect();
    const composer = document
      .querySelector('[data-fixture="main"]')
      ?.closest('.card')
      ?.getBoundingClientRect();
    if (!panel || !composer) return null;
    const left = Math.min(panel.left, composer.left) - 16;
    const top = Math.min(panel.top, composer.top) - 16;
    return {
      x: Math.max(0, left),
      y: Math.max(0, top),
      width: Math.max(panel.right, composer.right) + 16 - Math.max(0, left),
      height: Math.max(panel.bottom, composer.bottom) + 16 - Math.max(0, top),
    };
  });
  await page.screenshot({ path, ...(box ? { clip: box } : { fullPage: false }) });
}

async function main(): Promise<void> {
  const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');
  const wantShot = process.argv.includes('--screenshot') || !headed;
  buildExtension();
  const fixtures = await serveFixtures();
  const browser = await launch(fixtures.port, { headless: !headed });
  const pages: Page[] = [];
  for (const host of Object.keys(HOSTS).filter((h) => !h.endsWith('.example.org'))) {
    const page = await browser.context.newPage();
    await page.goto(`https://${host}/`);
    pages.push(page);
  }
  for (const p of browser.context.pages()) if (!pages.includes(p)) await p.close().catch(() => undefined);
  console.log(`Postcoach is loaded (extension ${browser.extensionId}) on:`);
  for (const p of pages) console.log(`  ${p.url()}`);
  if (wantShot) {
    const page = pages.find((p) => p.url().includes('linkedin')) ?? pages[0]!;
    await page.bringToFront();
    await page.setViewportSize({ width: 980, height: 900 });
    await showOff(page);
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    const dark = join(ROOT, 'docs', 'screenshot-pill-dark.png');
    const light = join(ROOT, 'docs', 'screenshot-pill.png');
    await screenshot(page, light);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(100);
    await screenshot(page, dark);
    await page.emulateMedia({ colorScheme: null });
    console.log(`Screenshots: ${light}\n             ${dark}`);
  }
  if (!headed) {
    await browser.close();
    await fixtures.close();
    return;
  }
  console.log('Type in any composer to see the pill; Alt+Shift+P opens the panel. Ctrl+C to quit.');
  const stop = async () => {
    await browser.close().catch(() => undefined);
    await fixtures.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  browser.context.on('close', () => void stop());
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
