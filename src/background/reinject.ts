// After an update (or the first install) Chrome leaves the tabs that were already open without
// the content script: the old one is cut off from the extension and the new one is only injected
// into pages loaded from then on, so coaching stops until the user reloads.
// Here the background injects the content script into the open tabs of the enabled sites. Firefox
// already injects manifest content scripts into open tabs on install and update (as
// webext-inject-on-install documents: "Firefox actually already does this natively"), so
// injecting there would run it twice: it is skipped. Discarded tabs are skipped as well: the
// browser loads them afresh, with the content script, when they are next shown.
// Pure (the browser's side is in reinject-install.ts), so the unit tests drive it with a mock.
import { SITE_MATCHES } from '../sites/matches';

/** The slice of the extension API this needs, so tests pass a mock. */
export interface ReinjectApi {
  getManifest(): { content_scripts?: { js?: string[] }[] };
  registeredMatches(): Promise<string[]>;
  query(urls: string[]): Promise<{ id?: number; url?: string; discarded?: boolean }[]>;
  inject(tabId: number, files: string[]): Promise<unknown>;
  /** Host switches the user turned off (`settings.sites[host] === false`). */
  disabledHosts(): Promise<Set<string>>;
  isFirefox: boolean;
}

/** Injects the content script into open tabs of the enabled sites; returns the tab ids. */
export async function reinjectOpenTabs(api: ReinjectApi): Promise<number[]> {
  if (api.isFirefox) return [];
  const files = api.getManifest().content_scripts?.[0]?.js ?? [];
  if (!files.length) return [];
  const [custom, off] = await Promise.all([api.registeredMatches(), api.disabledHosts()]);
  const tabs = await api.query([...SITE_MATCHES, ...custom]);
  const done: number[] = [];
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || tab.discarded || !tab.url) return;
      let host: string;
      try {
        host = new URL(tab.url).hostname;
      } catch {
        return;
      }
      // The content script checks the per-platform switch itself; a switched-off host is not
      // even injected.
      if (off.has(host)) return;
      // A tab that cannot be scripted (an error page, a policy) is left as it is.
      await api.inject(tab.id, files).then(
        () => done.push(tab.id!),
        () => undefined,
      );
    }),
  );
  return done.sort((a, b) => a - b);
}
