// Real Firefox ESR through puppeteer-core over WebDriver BiDi, with every host name
// resolved to the local fixture server and the add-on's moz-extension:// host fixed to `uuid`.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../scripts/targets';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function launchFirefox(uuid: string): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: !process.env.HEADED,
    acceptInsecureCerts: true,
    // Lets BiDi navigate a tab to moz-extension:// (the popup; the database reader).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      // Firefox picks a random extension host per profile unless this pref names one.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
    },
  });
}

/**
 * Opens `url` (a moz-extension:// page) in a new tab and waits until `ready` holds there. BiDi
 * reports no load event for moz-extension:// documents, so this polls; a poll that lands while
 * the tab moves from about:blank to the page loses its execution context ("Waiting failed"
 * from puppeteer's waitForFunction, seen once on a loaded machine), so each poll is its own
 * evaluate and a lost context only means asking again.
 */
export async function openPage(
  browser: Browser,
  url: string,
  opts: { ready?: (want: string) => boolean; timeoutMs?: number; onPage?: (page: Page) => void } = {},
): Promise<Page> {
  const ready =
    opts.ready ?? ((want: string) => location.href.startsWith(want) && document.readyState === 'complete');
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const page = await browser.newPage();
  // Before the navigation, so that what the page logs while it loads is seen too.
  opts.onPage?.(page);
  void page.goto(url, { timeout: 0 }).catch(() => undefined);
  const end = Date.now() + timeoutMs;
  for (;;) {
    const ok = await page.evaluate(ready, url).catch(() => false);
    if (ok) return page;
    if (Date.now() > end) throw new Error(`${url} was not ready within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
