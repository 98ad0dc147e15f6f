// Real Firefox ESR through puppeteer-core over WebDriver BiDi (DESIGN.md), with every host name
// resolved to the local fixture server and the add-on's moz-extension:// host fixed to `uuid`.
import puppeteer, { type Browser } from 'puppeteer-core';
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
