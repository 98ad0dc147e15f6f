// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { analyze } from '../../src/core/analyze';
import type { PostRecord } from '../../src/core/model';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/model';
import { closeDb, openDb } from '../../src/storage/db';
import { dumpAll } from '../../src/storage/read';
import { putKpi, putPosts } from '../../src/storage/write';
import { I18nContext, makeI18n } from '../../src/ui/i18n';
import { makeBrowser } from './background-mock';
import { catalog } from './catalogs';
import { history, post } from './habits-fixtures';

const mock = makeBrowser();
vi.mock('webextension-polyfill', () => ({ default: mock.browser }));
// On a loaded two-core machine a render can take more than the default second: wait on the
// condition longer (nothing here asserts how long anything takes).
configure({ asyncUtilTimeout: 10_000 });

const { Popup } = await import('../../src/popup/Popup');

const EN = catalog('en');
const BN = catalog('bn');
const END = Date.UTC(2026, 10, 30); // Monday
const NOW = END - 3_600_000; // Sunday 23:00 UTC, the last hour of the week

const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  setupDone: true,
  goals: {
    ...DEFAULT_SETTINGS.goals,
    postsPerWeek: 4,
    focusPlatforms: ['linkedin', 'mastodon'],
    kpis: ['followers', 'enquiries'],
  },
};

function show(
  settings = SETTINGS,
  lang: 'en' | 'bn' = 'en',
  getDraft: () => Promise<unknown> = async () => null,
) {
  return render(
    <I18nContext.Provider value={makeI18n(lang, lang === 'en' ? EN : BN, 'UTC')}>
      <Popup settings={settings} db={openDb} now={() => NOW} getDraft={getDraft as never} />
    </I18nContext.Provider>,
  );
}

/** The first view's scorecard finished loading (tests wait for it before switching views). */
// A loaded two-core machine can take more than waitFor's default second: wait longer, assert nothing about time.
const ready = () => waitFor(() => expect(document.body.dataset.scorecard).toBe('ready'), { timeout: 10_000 });

const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script> & <b>bold</b>';

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  const db = await openDb();
  const posts: PostRecord[] = [
    ...history('listener', END),
    post({
      id: 'hostile',
      time: NOW - 60_000,
      platform: 'linkedin',
      intent: 'selling',
      text: HOSTILE,
      findings: [
        { rule: 'hook', reason: 'content', severity: 'warn' },
        { rule: 'buzzwords', reason: 'voice', severity: 'tip' },
      ],
    }),
  ];
  await putPosts(db, posts);
});
afterEach(async () => {
  cleanup();
  await closeDb();
  document.body.removeAttribute('data-scorecard');
});

describe('scorecard', () => {
  test('six tiles with statuses and figures computed from the records', async () => {
    show();
    await waitFor(() => expect(document.body.dataset.scorecard).toBe('ready'));
    const tiles = document.querySelectorAll('.tile');
    expect([...tiles].map((t) => t.getAttribute('data-reason'))).toEqual([
      'plan',
      'content',
      'audience',
      'voice',
      'listening',
      'commitment',
    ]);
    // An independent count of this week's posts (Mon 23 – Sun 29 Nov, UTC).
    const all = (await dumpAll(await openDb())).posts;
    const week = all.filter((p) => p.time >= END - 7 * 86_400_000 && p.time < END);
    const commitment = document.querySelector('[data-reason="commitment"]')!;
    expect(commitment.textContent).toContain(`${week.length} of 4 posts`);
    expect(commitment.getAttribute('data-status')).toBe('on');
    const plan = document.querySelector('[data-reason="plan"]')!;
    expect(plan.textContent).toContain('0 of 2 KPIs logged');
    expect(plan.getAttribute('data-status')).toBe('attention');
    // Every status has words and an icon, not only a colour.
    for (const t of tiles) expect(t.querySelector('.status')!.textContent!.length).toBeGreaterThan(2);
    // Charts are images with text alternatives and a data table.
    const charts = document.querySelectorAll('svg[role="img"]');
    expect(charts).toHaveLength(3);
    for (const c of charts) expect(c.getAttribute('aria-label')!.length).toBeGreaterThan(20);
    expect(document.querySelectorAll('details.data table')).toHaveLength(3);
    // The quality chart's goal line is the Content tile's goal, not a fixed 70.
    const content = document.querySelector('[data-reason="content"]')!.textContent!;
    const goal = /quality ≥ (\d+)/.exec(content)?.[1];
    expect(goal).toBeDefined();
    const trend = [...charts].at(-1)!;
    expect(trend.textContent).toContain(`goal ${goal}`);
  });

  test('KPIs typed in the popup are saved through the background and count for the plan tile', async () => {
    show();
    await waitFor(() => expect(document.body.dataset.scorecard).toBe('ready'));
    fireEvent.input(screen.getByLabelText('followers'), { target: { value: '420' } });
    fireEvent.input(screen.getByLabelText('enquiries'), { target: { value: '7' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save numbers' }));
    await waitFor(() =>
      expect(document.querySelector('[data-reason="plan"]')!.getAttribute('data-status')).toBe('on'),
    );
    const kpis = (await dumpAll(await openDb())).kpis;
    expect(kpis.map((k) => [k.week, k.kpi, k.value])).toEqual([
      ['2026-11-23', 'enquiries', 7],
      ['2026-11-23', 'followers', 420],
    ]);
  });

  test('Bengali: words from the bn catalog and Bengali digits', async () => {
    await putKpi(await openDb(), { week: '2026-11-23', kpi: 'followers', value: 1, time: NOW });
    show(SETTINGS, 'bn');
    await waitFor(() => expect(document.body.dataset.scorecard).toBe('ready'));
    expect(screen.getByRole('tab', { name: 'স্কোরকার্ড' })).toBeTruthy();
    const plan = document.querySelector('[data-reason="plan"]')!;
    expect(plan.textContent).toContain('২টির মধ্যে ১টি KPI লেখা');
    expect(document.querySelector('.week')!.textContent).toMatch(/[০-৯]/);
    expect(document.querySelector('.week')!.textContent).not.toMatch(/[0-9]/);
  });
});

describe('a brand-new owner', () => {
  /** An empty history instead of the listener's. */
  const empty = async () => {
    await closeDb();
    globalThis.indexedDB = new IDBFactory();
  };
  test('no goals and no posts: neutral "Not set" tiles with a link to set goals, nothing red', async () => {
    await empty();
    show(DEFAULT_SETTINGS);
    await ready();
    const tiles = [...document.querySelectorAll('.tile')];
    expect(tiles.map((t) => t.getAttribute('data-status'))).toEqual(tiles.map(() => 'unset'));
    expect(document.body.textContent).not.toContain('Off track');
    expect(document.querySelector('[data-reason="plan"]')!.textContent).toContain('Not set');
    expect(document.querySelector('[data-reason="plan"]')!.textContent).toContain('No goals yet');
    // Not held to the default three posts a week before any goal was set.
    const commitment = document.querySelector('[data-reason="commitment"]')!.textContent!;
    expect(commitment).toContain('0 posts · 0 active days');
    expect(commitment).not.toMatch(/of 3|3 posts a week/);
    const links = screen.getAllByRole('button', { name: 'Set your goals →' });
    expect(links).toHaveLength(6);
    fireEvent.click(links[0]!);
    expect(mock.browser.runtime.openOptionsPage).toHaveBeenCalled();
    // The Weekly summary tab says the same: not set, never missed.
    fireEvent.click(screen.getByRole('tab', { name: 'Weekly summary' }));
    await screen.findByText('Week of 23 Nov – 29 Nov');
    const verdicts = [...document.querySelectorAll('[data-goal]')].map((li) =>
      li.getAttribute('data-verdict'),
    );
    expect(verdicts.length).toBeGreaterThan(3);
    expect(new Set(verdicts)).toEqual(new Set(['unset']));
    expect(document.querySelector('[data-fact="streak"]')!.textContent).toBe('0');
  });

  test('goals set, no posts this week: "No posts yet" rather than a verdict on 0% and median 0', async () => {
    await empty();
    show({ ...SETTINGS, goals: { ...SETTINGS.goals, kpis: [] } });
    await ready();
    const status = (r: string) => document.querySelector(`[data-reason="${r}"]`)!.getAttribute('data-status');
    expect([status('content'), status('voice'), status('listening'), status('audience')]).toEqual([
      'empty',
      'empty',
      'empty',
      'empty',
    ]);
    expect(document.querySelector('[data-reason="content"]')!.textContent).toContain('No posts yet');
  });

  test('one active day reads "1 active day" (plural rules), two read "2 active days"', async () => {
    await empty();
    const db = await openDb();
    await putPosts(db, [post({ id: 'one', time: NOW - 60_000 }), post({ id: 'two', time: NOW - 120_000 })]);
    show();
    await ready();
    const c = document.querySelector('[data-reason="commitment"]')!.textContent!;
    expect(c).toContain('2 of 4 posts · 1 active day');
    expect(c).not.toContain('1 active days');
    cleanup();
    document.body.removeAttribute('data-scorecard');
    await putPosts(db, [post({ id: 'three', time: NOW - 86_400_000 })]);
    show();
    await ready();
    expect(document.querySelector('[data-reason="commitment"]')!.textContent).toContain(
      '3 of 4 posts · 2 active days',
    );
  });
});

describe('now', () => {
  test('an invitation when no draft is open', async () => {
    show();
    await screen.findByText(/Start writing a post/);
    await ready();
  });

  test('the draft from the active tab, its nudges as text', async () => {
    const text = 'BUY NOW!!! <script>alert(1)</script>';
    const analysis = analyze(text, { platform: 'x', kind: 'post' });
    analysis.findings.push({
      rule: 'shouting',
      reason: 'content',
      severity: 'warn',
      message: { id: 'f_shouting', params: [] },
      evidence: [{ start: 0, end: 7, text: '<b>BUY NOW</b>' }],
      suggestion: { id: 's_shouting', params: [] },
      penalty: 5,
      score: 'quality',
    });
    show(SETTINGS, 'en', async () => ({ analysis }));
    const now = await screen.findByRole('heading', { name: 'Now' });
    const section = now.closest('section')!;
    expect(section.querySelector('[data-rule="shouting"]')).toBeTruthy();
    expect(section.textContent).toContain('<b>BUY NOW</b>');
    expect(section.querySelector('b')).toBeNull();
    await ready();
  });
});

describe('history', () => {
  test('HTML-looking text is shown as text; open one to see its nudges; delete it', async () => {
    show();
    await ready();
    const tab = screen.getByRole('tab', { name: 'History' });
    // Keyboard: arrow right from the Scorecard tab moves to History.
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Scorecard' }), { key: 'ArrowRight' });
    await waitFor(() => expect(tab.getAttribute('aria-selected')).toBe('true'));
    const row = await waitFor(() => {
      const r = document.querySelector('[data-post="hostile"]');
      if (!r) throw new Error('not yet');
      return r as HTMLElement;
    });
    expect(row.textContent).toContain(HOSTILE);
    expect(document.querySelector('.history img, .history script, .history b')).toBeNull();
    fireEvent.click(row);
    const detail = await waitFor(() => document.querySelector('article.detail') as HTMLElement);
    expect(within(detail).getByText(HOSTILE)).toBeTruthy();
    expect(detail.querySelector('img, script, b')).toBeNull();
    expect(detail.querySelector('[data-rule="hook"]')!.textContent).toBe('First line (hook)');
    expect(detail.querySelector('[data-rule="buzzwords"]')!.textContent).toBe('Buzzwords');
    fireEvent.click(within(detail).getByRole('button', { name: /Delete this post/ }));
    fireEvent.click(within(detail).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(document.querySelector('article.detail')).toBeNull());
    expect(await (await openDb()).get('posts', 'hostile')).toBeUndefined();
    await waitFor(() => expect(document.querySelector('[data-post="hostile"]')).toBeNull());
    expect(document.querySelectorAll('.post-row').length).toBe(30);
  });

  test('shows older posts page by page, newest first, none twice', async () => {
    show();
    await ready();
    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    await waitFor(() => expect(document.querySelectorAll('.post-row').length).toBe(30));
    const all = (await dumpAll(await openDb())).posts.sort(
      (a, b) => b.time - a.time || (a.id < b.id ? 1 : -1),
    );
    expect(all.length).toBeGreaterThan(30);
    expect(all.length).toBeLessThan(60);
    fireEvent.click(screen.getByRole('button', { name: 'Show older posts' }));
    await waitFor(() => expect(document.querySelectorAll('.post-row').length).toBe(all.length));
    const ids = [...document.querySelectorAll('.post-row')].map((r) => r.getAttribute('data-post'));
    expect(ids).toEqual(all.map((p) => p.id));
    // Everything is shown: no more button.
    expect(screen.queryByRole('button', { name: 'Show older posts' })).toBeNull();
  });

  test('filters by platform and intent', async () => {
    show();
    await ready();
    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    await waitFor(() => expect(document.querySelectorAll('.post-row').length).toBe(30));
    fireEvent.change(screen.getByLabelText(/Platform/), { target: { value: 'mastodon' } });
    fireEvent.change(screen.getByLabelText(/Intent/), { target: { value: 'listening' } });
    const all = (await dumpAll(await openDb())).posts;
    const expected = all
      .filter((p) => p.platform === 'mastodon' && p.intent === 'listening')
      .sort((a, b) => b.time - a.time)
      .slice(0, 30)
      .map((p) => p.id);
    await waitFor(() =>
      expect([...document.querySelectorAll('.post-row')].map((r) => r.getAttribute('data-post'))).toEqual(
        expected,
      ),
    );
  });
});

describe('weekly summary', () => {
  test('shows the week and exports each format (download and copy)', async () => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (s: string) => void copied.push(s) },
      configurable: true,
    });
    show();
    await ready();
    fireEvent.click(screen.getByRole('tab', { name: 'Weekly summary' }));
    await screen.findByText('Week of 23 Nov – 29 Nov');
    for (const f of ['md', 'csv', 'json', 'html'])
      fireEvent.click(document.querySelector(`[data-export="${f}"]`)!);
    expect(names).toEqual(['md', 'csv', 'json', 'html'].map((f) => `postcoach-week-2026-11-23.${f}`));
    // One verdict per goal, the same words the exports print. The week is in its last hour: the
    // listener met every goal except the KPIs (none logged), which are "not yet".
    const verdicts = Object.fromEntries(
      [...document.querySelectorAll('[data-goal]')].map((li) => [
        li.getAttribute('data-goal'),
        li.getAttribute('data-verdict'),
      ]),
    );
    expect(verdicts).toMatchObject({ posts: 'met', kpis: 'pending' });
    expect(document.querySelector('[data-goal="kpis"]')!.textContent).toContain('not yet');
    const texts = await Promise.all(blobs.map((b) => b.text()));
    expect(texts[0]).toContain('# Weekly summary 2026-11-23 – 2026-11-29');
    expect(texts[1]).toContain('hostile,2026-11-29,22:59,linkedin');
    // The CSV leaves the post texts out until the owner asks for them.
    expect(texts[1]).not.toContain('onerror');
    fireEvent.click(screen.getByLabelText('Include each post’s text in the CSV'));
    fireEvent.click(document.querySelector('[data-export="csv"]')!);
    expect(await blobs[4]!.text()).toContain('onerror');
    expect(JSON.parse(texts[2]!).format).toBe('postcoach.weekly-summary');
    expect(texts[3]).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    fireEvent.click(document.querySelector('[data-copy="json"]')!);
    await screen.findByText('Copied to the clipboard.');
    expect(JSON.parse(copied[0]!).week.startDate).toBe('2026-11-23');
    // The previous week.
    fireEvent.click(screen.getByRole('button', { name: 'Previous week' }));
    await screen.findByText('Week of 16 Nov – 22 Nov');
    click.mockRestore();
  });
});
