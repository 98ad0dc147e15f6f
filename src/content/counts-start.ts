// The switch in the content script: follows the owner's per-site consent to read their
// posts' counts (`readCounts`, `ownerHandles`, and the site's own on/off in `sites`), and loads
// the counts reader (src/content/counts.ts, a lazy chunk) only once it is on for this site. On
// every other site, and while it is off, nothing but these settings is read.
import type { CountsReadMessage } from '../messages';
import { hasCounts } from '../sites/count-sites';
import type { CountSettings, CountsWatcher } from './counts';
import { ext } from './ext';

const KEYS = ['readCounts', 'ownerHandles', 'sites'];

export function countSettings(raw: Record<string, unknown>, site: string, host: string): CountSettings {
  const obj = (v: unknown) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {});
  const owner = obj(raw.ownerHandles)[site];
  const sites = obj(raw.sites);
  const on = obj(raw.readCounts)[site] === true && sites[site] !== false && sites[host] !== false;
  return { on, owner: typeof owner === 'string' ? owner.trim() : '' };
}

function send(msg: CountsReadMessage): void {
  try {
    ext.runtime.sendMessage(msg).catch(() => undefined);
  } catch {
    // The extension was reloaded under this page: index.ts goes quietly.
  }
}

/** Follows the settings of `site`; the reader comes (and starts watching) when consent is on. */
export function startCounts(site: string, signal: AbortSignal): void {
  if (!hasCounts(site)) return;
  let watcher: Promise<CountsWatcher> | null = null;
  const apply = (s: CountSettings) => {
    if (!watcher && !(s.on && s.owner)) return;
    watcher ??= import('./counts').then((m) => m.watchCounts(site, signal, send));
    watcher.then(
      (w) => w.apply(s),
      () => undefined,
    );
  };
  const load = () =>
    ext.storage.local.get(KEYS).then(
      (raw) => apply(countSettings(raw, site, location.hostname)),
      () => undefined,
    );
  void load();
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEYS.some((k) => k in changes)) void load();
  };
  ext.storage.onChanged.addListener(listener);
  signal.addEventListener(
    'abort',
    () => {
      try {
        ext.storage.onChanged.removeListener(listener);
      } catch {}
    },
    { once: true },
  );
}
