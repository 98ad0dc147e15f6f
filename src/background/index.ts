// Service worker: the typed message router and the only writer of the history database.
// It keeps no state in memory that is not also in storage: it may be stopped at any moment.
import browser from 'webextension-polyfill';
import { openDb } from '../storage/db';
import { clearSettings, loadSettings } from '../storage/settings';
import { installCommands } from './commands';
import { handle, type RouterDeps } from './router';
import { installSites } from './sites';

const deps: RouterDeps = {
  db: openDb,
  settings: loadSettings,
  clearSettings,
  extensionId: browser.runtime.id,
  origin: browser.runtime.getURL(''),
};

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  // Only answer what is addressed to the background; `draft/get` goes to content scripts.
  if (typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === 'draft/get')
    return undefined;
  return handle(raw, sender, deps);
});

async function housekeeping(): Promise<void> {
  await handle({ type: 'data/applySettings' }, { id: deps.extensionId, url: deps.origin }, deps);
}

browser.runtime.onStartup.addListener(() => void housekeeping());
browser.runtime.onInstalled.addListener((details: browser.Runtime.OnInstalledDetailsType) => {
  void housekeeping();
  if (details.reason === 'install') void browser.runtime.openOptionsPage();
});

// The content-script side (issue 3): the open-panel shortcut and the sites the user added.
installCommands();
installSites();
