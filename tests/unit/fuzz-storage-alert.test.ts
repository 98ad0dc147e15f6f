// @vitest-environment happy-dom
// The popup says clearly when the history database cannot be used (issue 6, Reliability): out of
// quota (noted by the background after a refused write, or the database refusing to open), held
// open by an older version in another tab (blocked), saved by a newer version; in both languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { h } from 'preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Catalog } from '../../src/core/i18n';
import type { DB } from '../../src/storage/db';
import { DB_BLOCKED_EVENT, STORAGE_PROBLEM_KEY, storageProblem } from '../../src/storage/problem';
import { I18nContext, makeI18n } from '../../src/ui/i18n';

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
const local: Record<string, unknown> = {};
const listeners = new Set<Listener>();
const browser = {
  storage: {
    local: {
      async get(key: string) {
        return key in local ? { [key]: local[key] } : {};
      },
    },
    onChanged: {
      addListener: (l: Listener) => listeners.add(l),
      removeListener: (l: Listener) => listeners.delete(l),
    },
  },
};
function setLocal(key: string, value: unknown) {
  if (value === undefined) delete local[key];
  else local[key] = value;
  for (const l of listeners) l({ [key]: { newValue: value } }, 'local');
}
vi.mock('webextension-polyfill', () => ({ default: browser }));
const { StorageAlert } = await import('../../src/popup/StorageAlert');

const catalog = (lang: 'en' | 'bn') =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8'),
  ) as Catalog;
const CATALOGS = { en: catalog('en'), bn: catalog('bn') };

function show(db: () => Promise<DB>, lang: 'en' | 'bn' = 'en') {
  return render(
    h(I18nContext.Provider, { value: makeI18n(lang, CATALOGS[lang], 'UTC') }, h(StorageAlert, { db })),
  );
}
const never = () => new Promise<DB>(() => undefined);
const opened = () => Promise.resolve({} as DB);
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

afterEach(() => {
  cleanup();
  for (const k of Object.keys(local)) delete local[k];
  listeners.clear();
});

describe('storage problems in the popup', () => {
  test('the kinds behind errors and reply texts', () => {
    expect(storageProblem(quota())).toBe('quota');
    expect(storageProblem('QuotaExceededError: The quota has been exceeded.')).toBe('quota');
    expect(storageProblem(new DOMException('x', 'VersionError'))).toBe('version');
    expect(storageProblem(new DOMException('Internal error opening backing store', 'UnknownError'))).toBe(
      'unavailable',
    );
    expect(storageProblem(new Error('invalid message at type'))).toBeNull();
    expect(storageProblem('sender not allowed for post/sent')).toBeNull();
  });

  for (const lang of ['en', 'bn'] as const) {
    test(`${lang}: a database that refuses to open for lack of space`, async () => {
      show(() => Promise.reject(quota()), lang);
      const alert = await screen.findByRole('alert');
      expect(alert.dataset.storageProblem).toBe('quota');
      expect(alert.textContent).toBe(CATALOGS[lang].popup_storage_quota!.message);
    });
  }

  test('a post the background could not save while the popup was closed; cleared by the next good write', async () => {
    local[STORAGE_PROBLEM_KEY] = { kind: 'quota', time: 1 };
    show(opened);
    expect((await screen.findByRole('alert')).dataset.storageProblem).toBe('quota');
    setLocal(STORAGE_PROBLEM_KEY, undefined);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    // And noted while the popup is open.
    setLocal(STORAGE_PROBLEM_KEY, { kind: 'quota', time: 2 });
    expect((await screen.findByRole('alert')).dataset.storageProblem).toBe('quota');
  });

  test('blocked by an older version open elsewhere: said while it waits, gone once the database opens', async () => {
    let open!: (db: DB) => void;
    const pending = new Promise<DB>((ok) => {
      open = ok;
    });
    show(() => pending, 'bn');
    expect(screen.queryByRole('alert')).toBeNull();
    globalThis.dispatchEvent(new Event(DB_BLOCKED_EVENT));
    const alert = await screen.findByRole('alert');
    expect(alert.dataset.storageProblem).toBe('blocked');
    expect(alert.textContent).toBe(CATALOGS.bn.popup_storage_blocked!.message);
    open({} as DB);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  test('saved by a newer version; any other failure to open says what happened', async () => {
    show(() =>
      Promise.reject(
        new DOMException('The requested version (2) is less than the existing version (3).', 'VersionError'),
      ),
    );
    expect((await screen.findByRole('alert')).dataset.storageProblem).toBe('version');
    cleanup();
    show(() => Promise.reject(new Error('boom')));
    const alert = await screen.findByRole('alert');
    expect(alert.dataset.storageProblem).toBe('unavailable');
    expect(alert.textContent).toContain('boom');
  });

  test('nothing to say when the database opens', async () => {
    show(opened);
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('alert')).toBeNull();
    show(never);
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
