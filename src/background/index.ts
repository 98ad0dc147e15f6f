// Service worker: the typed message router and the only writer of the history database.
// It may be stopped at any moment: everything it must remember is in storage, except the chunks of
// an import or restore being staged (src/background/import.ts), which a restart drops — the
// commit then says so and nothing is written.
import browser from 'webextension-polyfill';
import { OWNER_FINDINGS_KEY } from '../core/owner-findings';
import type { Message, Reply } from '../messages';
import { openDb } from '../storage/db';
import { STORAGE_PROBLEM_KEY, storageProblem } from '../storage/problem';
import { COUNTS_LAST_READ, clearSettings, loadSettings, saveSettings } from '../storage/settings';
import { installCommands } from './commands';
import { type BucketStore, COUNTS_BUCKET, sendLimiter } from './ratelimit';
import { installReinject } from './reinject-install';
import { handle, type RouterDeps } from './router';
import { installSites } from './sites';

// storage.session where the browser has it (Chrome 102+, Firefox 115+); storage.local otherwise.
const buckets: BucketStore = (browser.storage as { session?: BucketStore }).session ?? browser.storage.local;

const deps: RouterDeps = {
  db: openDb,
  settings: loadSettings,
  clearSettings,
  saveSettings,
  extensionId: browser.runtime.id,
  origin: browser.runtime.getURL(''),
  sendLimiter: sendLimiter(buckets),
  countsLimiter: sendLimiter(buckets, COUNTS_BUCKET),
  countsRead: noteCountsRead,
  saveOwnerFindings: (findings) => browser.storage.local.set({ [OWNER_FINDINGS_KEY]: findings }),
};

/** `countsLastRead` (site id → ms): read by the popup's Now tab; delete-all clears it with the rest. */
async function noteCountsRead(site: string, time: number): Promise<void> {
  const got = await browser.storage.local.get(COUNTS_LAST_READ);
  const prev = got[COUNTS_LAST_READ];
  const last = typeof prev === 'object' && prev !== null ? (prev as Record<string, number>) : {};
  await browser.storage.local.set({ [COUNTS_LAST_READ]: { ...last, [site]: time } });
}

// Content scripts' own messages (src/messages.ts `ToCS`) go by `tabs.sendMessage` and never reach
// this listener; anything else that is not a `Message` gets the door's error.
browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) =>
  handle(raw, sender, deps).then((reply) => noteStorage(raw, reply)),
);

const WRITES = new Set<string>([
  'post/sent',
  'posts/put',
  'kpi/put',
  'data/restore',
  'import/commit',
] satisfies Message['type'][]);

/**
 * A write the database refused (out of quota, not opening) is noted for the popup, which says so
 * (src/popup/StorageAlert.tsx); the next write that succeeds clears the note.
 */
function noteStorage(raw: unknown, reply: Reply): Reply {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !WRITES.has(type)) return reply;
  const kind = reply.ok ? null : storageProblem(reply.error);
  if (kind)
    void browser.storage.local
      .set({ [STORAGE_PROBLEM_KEY]: { kind, time: Date.now() } })
      .catch(() => undefined);
  else if (reply.ok) void browser.storage.local.remove(STORAGE_PROBLEM_KEY).catch(() => undefined);
  return reply;
}

async function housekeeping(): Promise<void> {
  await handle({ type: 'data/applySettings' }, { id: deps.extensionId, url: deps.origin }, deps);
}

browser.runtime.onStartup.addListener(() => void housekeeping());
browser.runtime.onInstalled.addListener((details: browser.Runtime.OnInstalledDetailsType) => {
  void housekeeping();
  if (details.reason === 'install') void browser.runtime.openOptionsPage();
});

// The content-script side: the open-panel shortcut and the sites the user added.
installCommands();
installSites();
// Open tabs of the enabled sites get the content script back after an update.
installReinject();
