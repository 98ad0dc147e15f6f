// Content script entry: picks the site's adapter, follows the user's settings, and answers the
// background (`panel/open` from the keyboard shortcut), the popup (`draft/get`) and the E2E suite
// (`stats/get`).
import { coachingLanguage } from '../core/i18n';
import type { OwnerFinding } from '../core/personal';
import type { Language } from '../core/types';
import type { PageStatus, TabReplies, ToCS } from '../messages';
import { adapterFor } from '../sites/registry';
import { startCounts } from './counts-start';
import { alive, ext } from './ext';
import { type Format, formatters, servedLanguage } from './pill/i18n';
import {
  type ContentSettings,
  disableRule,
  loadContentSettings,
  onContentSettingsChanged,
  siteOn,
} from './settings';
import { stats } from './stats';
import { Watcher } from './watcher';

declare global {
  interface Window {
    __postcoach?: AbortController;
  }
}

/** How often an idle script checks that its extension is still there (one property read). */
const ORPHAN_CHECK_MS = 2000;

function start(): void {
  // Injected twice (an update, a registered script on top of the manifest's)? The newest wins.
  window.__postcoach?.abort();
  const ctrl = new AbortController();
  window.__postcoach = ctrl;
  const adapter = adapterFor(location, document);
  let disabled = new Set<string>();
  let owner: readonly OwnerFinding[] = [];
  let watcher: Watcher | null = null;
  let watcherCtrl: AbortController | null = null;
  const browserLanguage = servedLanguage();
  let setting: 'auto' | Language = 'auto';
  ctrl.signal.addEventListener('abort', () => watcherCtrl?.abort(), { once: true });

  // The extension reloaded, updated or removed under this page leaves this script an orphan whose
  // every browser call throws ("Extension context invalidated"). It goes quietly: a slow check
  // and any failing call abort everything (pills, listeners, timers); nothing reaches the page.
  const orphaned = (): boolean => {
    if (alive()) return false;
    ctrl.abort();
    return true;
  };
  const check = window.setInterval(orphaned, ORPHAN_CHECK_MS);
  ctrl.signal.addEventListener('abort', () => clearInterval(check), { once: true });
  const guarded =
    (f: Format): Format =>
    (id, ...params) => {
      try {
        return f(id, ...params);
      } catch {
        if (!alive()) queueMicrotask(orphaned);
        return id;
      }
    };
  const formatFor = formatters(guarded, () => watcher?.rerender());
  // The owner's choice wins; on "automatic" a Bengali draft is coached in Bengali.
  const langFor = (draft?: Language | null) => coachingLanguage(setting, draft ?? null, browserLanguage);

  const env = {
    lang: langFor,
    format: (draft?: Language | null) => formatFor(langFor(draft)),
    disabledRules: () => disabled,
    ownerFindings: () => owner,
    muteRule: (rule: string) => {
      disabled = new Set(disabled).add(rule);
      disableRule(rule).catch(() => undefined);
    },
  };

  const apply = (s: ContentSettings) => {
    disabled = new Set(s.disabledRules);
    owner = s.ownerFindings ?? [];
    setting = s.language;
    const on = siteOn(s, adapter.id) && siteOn(s, location.hostname);
    if (on && !watcher) {
      watcherCtrl = new AbortController();
      watcher = new Watcher(adapter, env, watcherCtrl.signal);
    } else if (!on && watcher) {
      // Switched off for this site: every listener, observer and pill goes with its signal.
      watcherCtrl?.abort();
      watcher = null;
    } else watcher?.rerender();
  };

  // The owner's own counts, where they allowed it: its own settings and observer.
  startCounts(adapter.id, ctrl.signal);

  loadContentSettings()
    .then(apply)
    .catch(() => apply({ disabledRules: [], sites: {}, language: 'auto' }));
  const off = onContentSettingsChanged(apply);
  ctrl.signal.addEventListener('abort', () => quietly(off), { once: true });

  // Synchronous replies through sendResponse: the same in Chrome and Firefox, no polyfill needed.
  const onMessage = (raw: unknown, _sender: unknown, reply: (r: unknown) => void): false => {
    if (!alive()) {
      ctrl.abort(); // the extension was reloaded or removed: this script goes quietly
      return false;
    }
    const msg = raw as ToCS | null;
    /** The reply's type follows from the message's (src/messages.ts `TabReplies`). */
    const answer = <K extends ToCS['type']>(_type: K, value: TabReplies[K]) => reply({ ok: true, value });
    switch (msg && typeof msg === 'object' ? msg.type : undefined) {
      case 'panel/open': {
        watcher?.scan();
        const s = watcher?.currentOrFirst() ?? null;
        s?.openPanel();
        answer('panel/open', s !== null);
        break;
      }
      case 'draft/get': {
        const s = watcher?.current() ?? null;
        s?.refresh();
        answer('draft/get', s?.draft() ?? null);
        break;
      }
      case 'stats/get':
        answer('stats/get', {
          ...stats((msg as { reset?: boolean }).reset === true),
          composers: watcher?.composers.size ?? 0,
          pills: watcher?.sessions.size ?? 0,
        });
        break;
      case 'page/status': {
        const status: PageStatus = {
          site: adapter.id,
          composers: watcher?.composers.size ?? 0,
          lastSentAt: watcher?.lastSentAt || null,
        };
        answer('page/status', status);
        break;
      }
    }
    return false;
  };
  // biome-ignore lint/suspicious/noExplicitAny: the native onMessage signature differs from the polyfill's types
  const onMessageEvent = ext.runtime.onMessage as any;
  onMessageEvent.addListener(onMessage);
  ctrl.signal.addEventListener('abort', () => quietly(() => onMessageEvent.removeListener(onMessage)), {
    once: true,
  });
}

/** Runs a browser call that throws in an orphaned script (its listeners are gone anyway). */
function quietly(f: () => void): void {
  try {
    f();
  } catch {}
}

start();
