// The browser's side of reinject.ts: the real tabs, scripting and settings, and the listener.
import browser from 'webextension-polyfill';
import { loadSettings } from '../storage/settings';
import { type ReinjectApi, reinjectOpenTabs } from './reinject';

const PREFIX = 'postcoach-site:';

export function browserReinjectApi(): ReinjectApi {
  return {
    getManifest: () => browser.runtime.getManifest(),
    registeredMatches: async () =>
      (await browser.scripting.getRegisteredContentScripts())
        .filter((s) => s.id.startsWith(PREFIX))
        .flatMap((s) => s.matches ?? []),
    query: (url) => browser.tabs.query({ url }),
    inject: (tabId, files) => browser.scripting.executeScript({ target: { tabId }, files }),
    disabledHosts: async () => {
      const { sites } = await loadSettings();
      return new Set(Object.entries(sites).flatMap(([k, v]) => (v === false && k.includes('.') ? [k] : [])));
    },
    isFirefox: typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function',
  };
}

/** Call once at the service worker's top level. */
export function installReinject(): void {
  browser.runtime.onInstalled.addListener((details: browser.Runtime.OnInstalledDetailsType) => {
    if (details.reason === 'update' || details.reason === 'install')
      void reinjectOpenTabs(browserReinjectApi()).catch(() => undefined);
  });
}
