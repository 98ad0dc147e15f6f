// The `open-panel` keyboard command (manifest `commands`): forwarded to the active tab's content
// script, which opens the nudge panel of the composer the user is in. No `tabs` permission is
// needed: only the tab's id is read.
import browser from 'webextension-polyfill';
import type { PanelOpenMessage } from '../messages';

export async function forwardCommand(command: string): Promise<void> {
  if (command !== 'open-panel') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const msg: PanelOpenMessage = { type: 'panel/open' };
  // No content script in that tab (not a supported site): nothing to open, nothing to report.
  await browser.tabs.sendMessage(tab.id, msg).catch(() => undefined);
}

/** Call once, synchronously, at the service worker's top level. */
export function installCommands(): void {
  browser.commands.onCommand.addListener((command: string) => {
    void forwardCommand(command);
  });
}
