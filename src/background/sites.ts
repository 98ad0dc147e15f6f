// Sites the user added (a Mastodon server, any other site): the options page requests the
// optional host permission at the moment the user adds one and saves the host in the
// `customSites` setting; this keeps the content script registered (`scripting`) for exactly the
// hosts that are both listed and granted, and switched on. Nothing else is needed from options.
import browser from 'webextension-polyfill';
import { loadSettings, siteEnabled } from '../storage/settings';

const PREFIX = 'postcoach-site:';
const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

/** `https://Fosstodon.org/about` or `fosstodon.org` → `fosstodon.org`; null when not a host. */
export function normalizeHost(input: string): string | null {
  let h = input.trim().toLowerCase();
  h = h
    .replace(/^https?:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '');
  return HOST.test(h) ? h : null;
}

export const originFor = (host: string): string => `https://${host}/*`;

/** The content script's files as the build emitted them (the manifest's own entry). */
function contentScriptFiles(): string[] {
  const cs = browser.runtime.getManifest().content_scripts?.[0];
  return cs?.js ?? [];
}

/** Registers and unregisters the content script so that it runs on exactly the wanted hosts. */
export async function syncSiteScripts(): Promise<string[]> {
  const [settings, perms] = await Promise.all([loadSettings(), browser.permissions.getAll()]);
  const granted = new Set(perms.origins ?? []);
  const wanted = new Map<string, string>();
  for (const raw of settings.customSites) {
    // Settings hold exact hosts only (src/storage/goals.ts, isCustomSite): nothing is repaired here.
    const host = normalizeHost(raw) === raw ? raw : null;
    if (host && granted.has(originFor(host)) && siteEnabled(settings, host)) wanted.set(PREFIX + host, host);
  }
  const registered = await browser.scripting.getRegisteredContentScripts();
  const stale = registered.filter((s) => s.id.startsWith(PREFIX) && !wanted.has(s.id)).map((s) => s.id);
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const have = new Set(registered.map((s) => s.id));
  const js = contentScriptFiles();
  const add = [...wanted].filter(([id]) => !have.has(id));
  if (add.length && js.length) {
    await browser.scripting.registerContentScripts(
      add.map(([id, host]) => ({
        id,
        matches: [originFor(host)],
        js,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      })),
    );
  }
  return [...wanted.values()];
}

/** Call once at the service worker's top level: keeps registrations in step with settings and grants. */
export function installSites(): void {
  const sync = () => void syncSiteScripts().catch(() => undefined);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.storage.onChanged.addListener((changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && ('customSites' in changes || 'sites' in changes)) sync();
  });
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
}
