// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { Catalog } from '../../src/core/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/model';
import { closeDb, openDb } from '../../src/storage/db';
import { dumpAll } from '../../src/storage/read';
import { putPosts } from '../../src/storage/write';
import { I18nContext, makeI18n } from '../../src/ui/i18n';
import { makeBrowser } from './background-mock';
import { post } from './habits-fixtures';

const mock = makeBrowser({
  sender: { url: 'chrome-extension://testextensionid/src/options/index.html', tab: { id: 1 } },
});
vi.mock('webextension-polyfill', () => ({ default: mock.browser }));
// On a loaded two-core machine a render can take more than the default second: wait on the
// condition longer (nothing here asserts how long anything takes).
configure({ asyncUtilTimeout: 10_000 });
const { Options } = await import('../../src/options/Options');
const { knownRules } = await import('../../src/options/rules');
const { loadSettings } = await import('../../src/storage/settings');

const catalog = (lang: 'en' | 'bn') =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8'),
  ) as Catalog;

function show(initial: Settings = DEFAULT_SETTINGS, lang: 'en' | 'bn' = 'en') {
  return render(
    <I18nContext.Provider value={makeI18n(lang, catalog(lang), 'UTC')}>
      <Options initial={initial} rules={knownRules()} />
    </I18nContext.Provider>,
  );
}

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  await mock.browser.storage.local.clear();
  await mock.browser.storage.sync.clear();
  const now = Date.now();
  await putPosts(await openDb(), [
    post({ id: 'a', time: now - 1000, text: 'x'.repeat(400) }),
    post({ id: 'b', time: now - 2000, text: 'short' }),
    post({ id: 'old', time: now - 200 * 86_400_000, text: 'old' }),
  ]);
});
afterEach(async () => {
  cleanup();
  await closeDb();
});

test('first run: the welcome, goals saved to storage.sync, setup completed', async () => {
  show();
  expect(screen.getByRole('heading', { name: 'Welcome to Postcoach' })).toBeTruthy();
  fireEvent.change(screen.getByLabelText('Posts per week'), { target: { value: '5' } });
  fireEvent.click(screen.getByLabelText(/^4-1-1/));
  const focus = within(screen.getByRole('group', { name: /Focus platforms/ }));
  fireEvent.click(focus.getByLabelText('Instagram'));
  fireEvent.click(focus.getByLabelText('Facebook'));
  fireEvent.input(screen.getByLabelText('New number to log'), { target: { value: 'followers' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add' }));
  fireEvent.input(screen.getByLabelText('New number to log'), { target: { value: 'enquiries' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add' }));
  fireEvent.change(screen.getByLabelText('Week starts on'), { target: { value: '0' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save and start' }));
  await waitFor(async () => expect((await loadSettings()).setupDone).toBe(true));
  const s = await loadSettings();
  expect(s.goals).toEqual({
    postsPerWeek: 5,
    sellingRule: '4-1-1',
    focusPlatforms: ['instagram', 'facebook'],
    kpis: ['followers', 'enquiries'],
    weekStart: 0,
  });
  expect(mock.browser.storage.sync.data().goals).toEqual(s.goals);
  expect(screen.queryByRole('heading', { name: 'Welcome to Postcoach' })).toBeNull();
  // Remove a KPI by its named button.
  fireEvent.click(screen.getByRole('button', { name: 'Remove followers' }));
  await waitFor(async () => expect((await loadSettings()).goals.kpis).toEqual(['enquiries']));
});

test('per-rule and per-site switches', async () => {
  show({ ...DEFAULT_SETTINGS, setupDone: true });
  const rules = knownRules();
  expect(rules.length).toBeGreaterThan(5);
  for (const r of rules) expect(document.querySelector(`input[data-rule="${r.id}"]`)).toBeTruthy();
  fireEvent.click(document.querySelector('input[data-rule="hook"]')!);
  fireEvent.click(document.querySelector('input[data-site="reddit"]')!);
  await waitFor(async () => {
    const s = await loadSettings();
    expect(s.disabledRules).toEqual(['hook']);
    expect(s.sites).toEqual({ reddit: false });
  });
  expect(screen.getByLabelText('First line (hook)')).toBeTruthy();
});

test('a stricter privacy setting and a shorter retention apply to what is stored', async () => {
  show({ ...DEFAULT_SETTINGS, setupDone: true });
  fireEvent.click(screen.getByLabelText('A 140-character excerpt'));
  await waitFor(async () => expect((await (await openDb()).get('posts', 'a'))!.text!.length).toBe(140));
  fireEvent.change(screen.getByLabelText('Keep history for'), { target: { value: '90' } });
  await waitFor(async () =>
    expect((await dumpAll(await openDb())).posts.map((p) => p.id).sort()).toEqual(['a', 'b']),
  );
  expect((await loadSettings()).retentionDays).toBe(90);
});

test('delete all data asks for confirmation, then empties the database and the settings', async () => {
  await mock.browser.storage.local.set({ privacy: 'excerpt', setupDone: true });
  show({ ...DEFAULT_SETTINGS, setupDone: true, privacy: 'excerpt' });
  await screen.findByText(/3 posts stored/);
  fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
  const yes = screen.getByRole('button', { name: 'Delete everything' }) as HTMLButtonElement;
  expect(yes.disabled).toBe(true);
  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  expect((await dumpAll(await openDb())).posts).toHaveLength(3);
  fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
  fireEvent.input(screen.getByRole('textbox', { name: /Type DELETE/ }), { target: { value: 'DELETE' } });
  fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
  await screen.findByText('All data deleted.');
  expect(await dumpAll(await openDb())).toEqual({ posts: [], kpis: [] });
  expect(mock.browser.storage.local.data()).toEqual({});
  await screen.findByText(/0 posts stored/);
});

test('Bengali options page', () => {
  show(DEFAULT_SETTINGS, 'bn');
  expect(screen.getByRole('heading', { name: 'Postcoach-এ স্বাগতম' })).toBeTruthy();
  expect(screen.getByLabelText('সপ্তাহে পোস্ট')).toBeTruthy();
  expect(screen.getByRole('option', { name: 'সোমবার' })).toBeTruthy();
});

test('adding a site asks for its host permission, then the content script may run there', async () => {
  const { siteHost } = await import('../../src/options/Options');
  expect(siteHost('https://Fosstodon.org/home')).toBe('fosstodon.org');
  expect(siteHost('social.example.org')).toBe('social.example.org');
  expect(siteHost('http://insecure.example')).toBeNull();
  expect(siteHost('not a host')).toBeNull();
  show({ ...DEFAULT_SETTINGS, setupDone: true });
  const input = screen.getByLabelText(/Add a site/);
  fireEvent.input(input, { target: { value: 'nope' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
  await screen.findByText(/not a site's address/);
  fireEvent.input(input, { target: { value: 'https://Fosstodon.org/home' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
  await waitFor(async () => expect((await loadSettings()).customSites).toEqual(['fosstodon.org']));
  expect(mock.browser.permissions.request).toHaveBeenCalledWith({ origins: ['https://fosstodon.org/*'] });
  expect(document.querySelector('input[data-site="fosstodon.org"]')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Remove fosstodon.org' }));
  await waitFor(async () => expect((await loadSettings()).customSites).toEqual([]));
  expect(mock.browser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://fosstodon.org/*'] });
  // Refused permission: nothing is added.
  mock.browser.permissions.request.mockResolvedValueOnce(false);
  fireEvent.input(input, { target: { value: 'mastodon.example' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
  await screen.findByText('Permission for mastodon.example was not given.');
  expect((await loadSettings()).customSites).toEqual([]);
});

test('"Saved." appears in the section that was changed, in the page flow, not over other text', async () => {
  show({ ...DEFAULT_SETTINGS, setupDone: true });
  const coaching = screen.getByRole('region', { name: 'Coaching' });
  fireEvent.click(document.querySelector('input[data-rule="hook"]')!);
  await within(coaching).findByText('Saved.');
  // Only that section says so; the others' status lines stay empty.
  const lines = [...document.querySelectorAll('.section-status')].map((p) => p.textContent);
  expect(lines.filter((x) => x === 'Saved.')).toHaveLength(1);
  // The status line is part of the section's heading row, not a sticky or fixed overlay.
  const line = within(coaching).getByText('Saved.');
  expect(line.closest('.section-head')).toBeTruthy();
  const css = readFileSync(join(import.meta.dirname, '../../src/options/options.css'), 'utf8');
  const rule = css.slice(
    css.indexOf('.section-status {'),
    css.indexOf('}', css.indexOf('.section-status {')),
  );
  expect(rule).not.toMatch(/position:\s*(sticky|fixed|absolute)/);
});

test('after "Save and start": a next step with a link to each chosen site', async () => {
  show();
  const focus = within(screen.getByRole('group', { name: /Focus platforms/ }));
  fireEvent.click(focus.getByLabelText('Facebook'));
  fireEvent.click(focus.getByLabelText('Instagram'));
  expect(screen.queryByRole('region', { name: 'Next: your first nudge' })).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Save and start' }));
  const next = await screen.findByRole('region', { name: 'Next: your first nudge' });
  const links = within(next).getAllByRole('link') as HTMLAnchorElement[];
  expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
    ['Open Facebook', 'https://www.facebook.com/'],
    ['Open Instagram', 'https://www.instagram.com/'],
    // The practice composer (src/practice/), opened for the first chosen site.
    ['Or try the practice composer', '/src/practice/index.html?platform=facebook'],
  ]);
  for (const a of links) expect(a.target).toBe('_blank');
  // The old "not possible" text is gone; the page says it keeps nothing.
  expect(next.textContent).toContain('nothing you type there is kept');
});

test('no focus platform chosen: the next step lists all eight sites', async () => {
  show();
  fireEvent.click(screen.getByRole('button', { name: 'Save and start' }));
  const next = await screen.findByRole('region', { name: 'Next: your first nudge' });
  const links = within(next).getAllByRole('link') as HTMLAnchorElement[];
  // Eight sites, then the practice composer opened for the first of them (X).
  expect(links).toHaveLength(9);
  expect(links[8]!.getAttribute('href')).toBe('/src/practice/index.html?platform=x');
});
