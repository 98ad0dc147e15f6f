// The typed settings: goals in `storage.sync` (they follow the user's browser profile), the
// rest in `storage.local`, one key per setting so that writers (options page, the content
// script's "don't show this rule again") never overwrite each other's changes.
import browser from 'webextension-polyfill';
import type { Settings } from '../core/model';
import { normalizeSettings } from './goals';

export * from './goals';

type LocalKey = Exclude<keyof Settings, 'goals'>;
const LOCAL_KEYS: LocalKey[] = [
  'language',
  'theme',
  'disabledRules',
  'sites',
  'customSites',
  'privacy',
  'retentionDays',
  'setupDone',
  'readCounts',
  'ownerHandles',
];

/** storage.local key: site id → when counts were last read there (ms); written by the background. */
export const COUNTS_LAST_READ = 'countsLastRead';
const SYNC_KEY = 'goals';

export async function loadSettings(): Promise<Settings> {
  const [local, sync] = await Promise.all([
    browser.storage.local.get([...LOCAL_KEYS, SYNC_KEY]),
    browser.storage.sync.get(SYNC_KEY).catch(() => ({}) as Record<string, unknown>),
  ]);
  // Where sync storage is unavailable (Firefox without an add-on id, sync disabled by policy)
  // the goals live in local storage instead.
  return normalizeSettings(local, SYNC_KEY in sync ? sync : { [SYNC_KEY]: local[SYNC_KEY] });
}

/** Writes only the given settings; goals go to `storage.sync`. */
export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  const { goals, ...rest } = patch;
  const writes: Promise<void>[] = [];
  if (goals) {
    writes.push(
      browser.storage.sync
        .set({ [SYNC_KEY]: goals })
        .catch(() => browser.storage.local.set({ [SYNC_KEY]: goals })),
    );
  }
  if (Object.keys(rest).length) writes.push(browser.storage.local.set(rest));
  await Promise.all(writes);
}

/** Switches one rule off (or back on) without touching the other settings. */
export async function setRuleEnabled(rule: string, enabled: boolean): Promise<void> {
  const { disabledRules } = await loadSettings();
  const next = new Set(disabledRules);
  if (enabled) next.delete(rule);
  else next.add(rule);
  await browser.storage.local.set({ disabledRules: [...next].sort() });
}

/** Calls back with fresh settings whenever any of them changes (in any page or the content script). */
export function onSettingsChanged(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' ? SYNC_KEY in changes : [...LOCAL_KEYS, SYNC_KEY].some((k) => k in changes)) {
      void loadSettings().then(cb);
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Removes every setting (part of "delete all data"). */
export async function clearSettings(): Promise<void> {
  await Promise.all([browser.storage.local.clear(), browser.storage.sync.clear().catch(() => undefined)]);
}
