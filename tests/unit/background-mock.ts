// A small in-memory stand-in for `webextension-polyfill` in unit tests: storage.local/sync
// with onChanged, runtime.sendMessage routed to the real background router, i18n, tabs.
import { vi } from 'vitest';
import { handle, type RouterDeps } from '../../src/background/router';
import { openDb } from '../../src/storage/db';
import { normalizeSettings } from '../../src/storage/goals';

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

export const EXT_ID = 'testextensionid';
export const ORIGIN = `chrome-extension://${EXT_ID}/`;

function area(name: 'local' | 'sync', listeners: Set<Listener>) {
  let data: Record<string, unknown> = {};
  return {
    data: () => data,
    async get(keys?: string | string[] | null) {
      if (keys === null || keys === undefined) return structuredClone(data);
      const list = typeof keys === 'string' ? [keys] : keys;
      const out: Record<string, unknown> = {};
      for (const k of list) if (k in data) out[k] = structuredClone(data[k]);
      return out;
    },
    async set(items: Record<string, unknown>) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data[k], newValue: v };
        data[k] = structuredClone(v);
      }
      for (const l of listeners) l(changes, name);
    },
    async clear() {
      const changes = Object.fromEntries(Object.keys(data).map((k) => [k, { oldValue: data[k] }]));
      data = {};
      for (const l of listeners) l(changes, name);
    },
  };
}

export function makeBrowser(
  opts: { uiLanguage?: string; sender?: { url: string; tab?: { id: number } } } = {},
) {
  const listeners = new Set<Listener>();
  const local = area('local', listeners);
  const sync = area('sync', listeners);
  const deps: RouterDeps = {
    db: openDb,
    settings: async () => normalizeSettings(local.data(), sync.data()),
    clearSettings: async () => {
      await local.clear();
      await sync.clear();
    },
    extensionId: EXT_ID,
    origin: ORIGIN,
  };
  const sent: unknown[] = [];
  const browser = {
    storage: {
      local,
      sync,
      onChanged: {
        addListener: (l: Listener) => listeners.add(l),
        removeListener: (l: Listener) => listeners.delete(l),
      },
    },
    runtime: {
      id: EXT_ID,
      getURL: (p: string) => ORIGIN + p.replace(/^\//, ''),
      sendMessage: vi.fn(async (msg: unknown) => {
        sent.push(msg);
        return handle(
          msg,
          { id: EXT_ID, ...(opts.sender ?? { url: `${ORIGIN}src/popup/index.html` }) },
          deps,
        );
      }),
      openOptionsPage: vi.fn(async () => undefined),
    },
    i18n: { getUILanguage: () => opts.uiLanguage ?? 'en-US' },
    tabs: { query: vi.fn(async () => []), sendMessage: vi.fn(async () => undefined) },
    permissions: {
      request: vi.fn(async (_p: { origins: string[] }) => true),
      remove: vi.fn(async (_p: { origins: string[] }) => true),
    },
  };
  return { browser, deps, sent };
}
