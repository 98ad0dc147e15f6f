// Content script entry: picks the site's adapter, follows the user's settings, and answers the
// background (`panel/open` from the keyboard shortcut) and the popup (`draft/get`).
import browser from 'webextension-polyfill';
import bnCatalog from '../../public/_locales/bn/messages.json';
import enCatalog from '../../public/_locales/en/messages.json';
import type { Catalog } from '../core/i18n';
import type { Language } from '../core/types';
import type { TabMessage } from '../messages';
import { adapterFor } from '../sites/registry';
import {
  loadSettings,
  onSettingsChanged,
  type Settings,
  setRuleEnabled,
  siteEnabled,
} from '../storage/settings';
import { stats } from './stats';
import { Watcher } from './watcher';

const CATALOGS: Record<Language, Catalog> = { en: enCatalog as Catalog, bn: bnCatalog as Catalog };

declare global {
  interface Window {
    __postcoach?: AbortController;
  }
}

function uiLanguage(s: Settings | null): Language {
  if (s && s.language !== 'auto') return s.language;
  return browser.i18n.getUILanguage().toLowerCase().startsWith('bn') ? 'bn' : 'en';
}

function start(): void {
  // Injected twice (an update, a registered script on top of the manifest's)? The newest wins.
  window.__postcoach?.abort();
  const ctrl = new AbortController();
  window.__postcoach = ctrl;
  const adapter = adapterFor(location, document);
  let settings: Settings | null = null;
  let disabled = new Set<string>();
  let watcher: Watcher | null = null;
  let watcherCtrl: AbortController | null = null;
  ctrl.signal.addEventListener('abort', () => watcherCtrl?.abort(), { once: true });

  const env = {
    lang: () => uiLanguage(settings),
    catalog: () => CATALOGS[uiLanguage(settings)],
    disabledRules: () => disabled,
    muteRule: (rule: string) => {
      disabled = new Set(disabled).add(rule);
      setRuleEnabled(rule, false).catch(() => undefined);
    },
  };

  const apply = (s: Settings) => {
    settings = s;
    disabled = new Set(s.disabledRules);
    const on = siteEnabled(s, adapter.id) && siteEnabled(s, location.hostname);
    if (on && !watcher) {
      watcherCtrl = new AbortController();
      watcher = new Watcher(adapter, env, watcherCtrl.signal);
    } else if (!on && watcher) {
      // Switched off for this site: every listener, observer and pill goes with its signal.
      watcherCtrl?.abort();
      watcher = null;
    } else watcher?.rerender();
  };

  loadSettings()
    .then(apply)
    .catch(() => apply({ disabledRules: [], sites: {}, language: 'auto' } as unknown as Settings));
  const off = onSettingsChanged(apply);
  ctrl.signal.addEventListener('abort', off, { once: true });

  const onMessage = (raw: unknown): Promise<unknown> | undefined => {
    // The extension was reloaded or removed: this script is an orphan and goes quietly.
    if (!browser.runtime?.id) {
      ctrl.abort();
      return undefined;
    }
    const msg = raw as TabMessage;
    if (!msg || typeof msg !== 'object') return undefined;
    switch (msg.type) {
      case 'panel/open': {
        watcher?.scan();
        const s = watcher?.current();
        s?.openPanel();
        return Promise.resolve({ ok: true, value: s != null });
      }
      case 'draft/get': {
        const s = watcher?.current();
        s?.refresh();
        return Promise.resolve({ ok: true, value: s?.draft() ?? null });
      }
      case 'stats/get':
        return Promise.resolve({
          ok: true,
          value: { ...stats(msg.reset === true), composers: watcher?.sessions.size ?? 0 },
        });
      default:
        return undefined;
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctrl.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), {
    once: true,
  });
}

start();
