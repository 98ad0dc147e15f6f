// @vitest-environment happy-dom
// Issue 14's consent and its trace: the first-run setup and the options page have a per-site
// "Read my posts' counts" switch (off by default) with the owner's handle; the popup's Now tab
// says when counts were last read on this site. English and Bengali.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Catalog } from '../../src/core/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/model';
import type { PageStatus } from '../../src/messages';
import { I18nContext, makeI18n } from '../../src/ui/i18n';
import { makeBrowser } from './background-mock';

const mock = makeBrowser({
  sender: { url: 'chrome-extension://testextensionid/src/options/index.html', tab: { id: 1 } },
});
vi.mock('webextension-polyfill', () => ({ default: mock.browser }));
configure({ asyncUtilTimeout: 10_000 });
const { Options } = await import('../../src/options/Options');
const { knownRules } = await import('../../src/options/rules');
const { loadSettings } = await import('../../src/storage/settings');
const { Now, countsLine } = await import('../../src/popup/Now');

const catalog = (lang: 'en' | 'bn') =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8'),
  ) as Catalog;
const i18n = (lang: 'en' | 'bn') => makeI18n(lang, catalog(lang), 'UTC');

function options(initial: Settings, lang: 'en' | 'bn' = 'en') {
  return render(
    <I18nContext.Provider value={i18n(lang)}>
      <Options initial={initial} rules={knownRules()} />
    </I18nContext.Provider>,
  );
}

beforeEach(async () => {
  await mock.browser.storage.local.clear();
});
afterEach(cleanup);

describe('consent in options', () => {
  test('first run: the section comes before the goals, every site off; a switch and a handle are saved', async () => {
    options(DEFAULT_SETTINGS);
    const heading = screen.getByRole('heading', { name: "Your posts' counts" });
    const goals = screen.getByRole('heading', { name: 'Goals' });
    expect(heading.compareDocumentPosition(goals) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const rows = [...document.querySelectorAll('.counts-site')].map((r) => r.getAttribute('data-site'));
    expect(rows).toEqual(['x', 'bluesky', 'mastodon', 'linkedin']);
    for (const box of document.querySelectorAll<HTMLInputElement>('.counts-site input[type=checkbox]'))
      expect(box.checked).toBe(false);

    fireEvent.click(document.querySelector('[data-site="x"] input[type=checkbox]')!);
    await screen.findByText(/Add your handle so Postcoach knows which posts are yours/);
    const handle = document.querySelector<HTMLInputElement>('#counts-x-handle')!;
    fireEvent.input(handle, { target: { value: '  @hollowbakery ' } });
    fireEvent.change(handle, { target: { value: '  @hollowbakery ' } });
    await waitFor(async () => {
      const s = await loadSettings();
      expect(s.readCounts).toEqual({ x: true });
      expect(s.ownerHandles).toEqual({ x: '@hollowbakery' });
    });
  });

  test('after setup: switching a site off removes its consent, the handle stays', async () => {
    await mock.browser.storage.local.set({
      readCounts: { x: true, linkedin: true },
      ownerHandles: { x: 'a' },
    });
    options(
      {
        ...DEFAULT_SETTINGS,
        setupDone: true,
        readCounts: { x: true, linkedin: true },
        ownerHandles: { x: 'a' },
      },
      'bn',
    );
    expect(screen.getByRole('heading', { name: 'আপনার পোস্টের সাড়া' })).toBeTruthy();
    fireEvent.click(document.querySelector('[data-site="linkedin"] input[type=checkbox]')!);
    await waitFor(async () => expect((await loadSettings()).readCounts).toEqual({ x: true }));
    expect((await loadSettings()).ownerHandles).toEqual({ x: 'a' });
  });
});

describe('the Now tab', () => {
  const NOW = Date.UTC(2026, 11, 2, 12);
  test.each([
    ['en', { on: false, lastRead: null }, "Reading your posts' counts is off on this site."],
    ['en', { on: true, lastRead: null }, 'Counts not read on this site yet.'],
    ['en', { on: true, lastRead: NOW - 20 * 60_000 }, 'Counts last read less than an hour ago.'],
    ['en', { on: true, lastRead: NOW - 1 * 3_600_000 }, 'Counts last read 1 hour ago.'],
    ['en', { on: true, lastRead: NOW - 5 * 3_600_000 }, 'Counts last read 5 hours ago.'],
    ['en', { on: true, lastRead: NOW - 3 * 86_400_000 - 1000 }, 'Counts last read 3 days ago.'],
    ['bn', { on: true, lastRead: NOW - 3 * 86_400_000 }, 'শেষবার সংখ্যা পড়া হয়েছে ৩ দিন আগে।'],
    ['bn', { on: false, lastRead: NOW }, 'এই সাইটে আপনার পোস্টের সংখ্যা পড়া বন্ধ আছে।'],
  ] as const)('%s %j', (lang, status, text) => {
    expect(countsLine(i18n(lang), status, NOW)).toBe(text);
  });

  test('shown under the page line on a site with counts, not on one without', async () => {
    const show = (status: PageStatus) =>
      render(
        <I18nContext.Provider value={i18n('en')}>
          <Now
            getDraft={async () => null}
            getStatus={async () => status}
            getCounts={async (site) => ({ on: site === 'bluesky', lastRead: null })}
          />
        </I18nContext.Provider>,
      );
    show({ site: 'bluesky', composers: 1, lastSentAt: null });
    expect((await screen.findByText('Counts not read on this site yet.')).getAttribute('data-counts')).toBe(
      'never',
    );
    cleanup();
    show({ site: 'reddit', composers: 1, lastSentAt: null });
    await screen.findByText(/Postcoach sees/);
    expect(document.querySelector('.now-counts')).toBeNull();
  });
});
