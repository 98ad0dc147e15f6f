// @vitest-environment happy-dom
// Issue 14 on the pages: the Scorecard's "What works for you" card fed from the stored records
// with counts (too few, then enough), the content tile's goal set against the owner's own
// median, and the options page's quality goal. Answers worked out by hand from made-up data.
import 'fake-indexeddb/auto';
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS, type PostRecord, type Settings } from '../../src/core/model';
import { closeDb, openDb } from '../../src/storage/db';
import { putPosts } from '../../src/storage/write';
import { I18nContext, makeI18n } from '../../src/ui/i18n';
import { makeBrowser } from './background-mock';
import { catalog } from './catalogs';
import { post } from './habits-fixtures';

const mock = makeBrowser();
vi.mock('webextension-polyfill', () => ({ default: mock.browser }));
configure({ asyncUtilTimeout: 10_000 });

const { Popup } = await import('../../src/popup/Popup');
const { GoalsSection } = await import('../../src/options/GoalsSection');

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 29, 20); // Sunday 29 November 2026
const FIRST = Date.UTC(2026, 3, 7, 10); // Tuesday 7 April 2026, 10:00 UTC
const SETTINGS: Settings = { ...DEFAULT_SETTINGS, setupDone: true };

/** `n` question posts on Tuesdays (2 + 3 + 25 = 30) and `n` plain ones on Thursdays (0 + 1 + 9 = 10). */
function owner(n: number): PostRecord[] {
  const readAt = NOW - DAY;
  return Array.from({ length: n }, (_, i) => [
    {
      ...post({
        id: `q${i}`,
        time: FIRST + i * 7 * DAY,
        platform: 'x',
        text: `Which loaf should we bake next, number ${i}?`,
      }),
      engagement: { replies: 2, reposts: 3, likes: 25, readAt },
    },
    {
      ...post({
        id: `s${i}`,
        time: FIRST + 2 * DAY + i * 7 * DAY,
        platform: 'x',
        text: `Fresh loaves are out this morning, batch ${i}.`,
      }),
      engagement: { replies: 0, reposts: 1, likes: 9, readAt },
    },
  ]).flat();
}

function showPopup(settings = SETTINGS) {
  return render(
    <I18nContext.Provider value={makeI18n('en', catalog('en'), 'UTC')}>
      <Popup settings={settings} db={openDb} now={() => NOW} getDraft={async () => null} />
    </I18nContext.Provider>,
  );
}

const card = () =>
  waitFor(() => document.querySelector('.what-works') ?? Promise.reject(new Error('no card')));

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  delete document.body.dataset.scorecard;
});
afterEach(async () => {
  cleanup();
  await closeDb();
});

describe('the Scorecard’s What works card', () => {
  test('with too little data it says how many posts have counts and claims nothing', async () => {
    // 19 posts with counts, and one without (it does not count).
    await putPosts(await openDb(), [
      ...owner(10).slice(0, 19),
      post({ id: 'plain', time: NOW - DAY, text: 'Hello' }),
    ]);
    showPopup();
    const c = await card();
    expect(c.getAttribute('data-status')).toBe('too-few');
    expect(c.textContent).toContain(
      'Not enough posts with counts yet: 19 of 20. Until then, nothing is claimed.',
    );
    expect(c.querySelectorAll('li')).toHaveLength(0);
    // The published figures for X (Sprout Social: Wednesday 9 a.m.–3 p.m.).
    expect(c.querySelector('.times')!.textContent).toBe(
      "Until you have enough posts of your own: Wednesday, 9:00–15:00 (general figures from Sprout Social's study)",
    );
  });

  test('with enough data: the clearest findings and the owner’s own best times', async () => {
    await putPosts(await openDb(), owner(20));
    showPopup();
    const c = await card();
    expect(c.getAttribute('data-status')).toBe('ok');
    const items = [...c.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toHaveLength(3);
    expect(items[0]).toBe(
      'Your posts that ask a question get 2.8× the replies, reposts and likes — 20 posts against 20',
    );
    expect(items).toContain(
      'Your posts on Tuesday get 2.8× the replies, reposts and likes — 20 posts against 20',
    );
    expect(c.querySelector('.times')!.textContent).toBe(
      'Best times from your own 40 posts: Tuesday, Thursday, 6:00–12:00',
    );
  });
});

describe('the Weekly summary tab', () => {
  test('shows what works with the week, as its exports carry it', async () => {
    await putPosts(await openDb(), owner(20));
    showPopup();
    await waitFor(() => expect(document.body.dataset.scorecard).toBe('ready'));
    fireEvent.click(screen.getByRole('tab', { name: 'Weekly summary' }));
    const c = await waitFor(
      () => document.querySelector('.summary .what-works') ?? Promise.reject(new Error('none')),
    );
    expect(c.querySelector('li')!.textContent).toBe(
      'Your posts that ask a question get 2.8× the replies, reposts and likes — 20 posts against 20',
    );
  });
});

describe('the quality goal', () => {
  /** 24 posts in the 90 days before this week, qualities 50…73 (median 61.5 → 62). */
  const recent = () =>
    Array.from({ length: 24 }, (_, i) =>
      post({ id: `r${i}`, time: NOW - 10 * DAY - i * DAY, quality: 50 + i }),
    );

  test('the content tile holds the week against the owner’s own median', async () => {
    await putPosts(await openDb(), [...recent(), post({ id: 'week', time: NOW - DAY, quality: 64 })]);
    showPopup();
    await waitFor(() => expect(document.body.dataset.scorecard).toBe('ready'));
    const tile = await waitFor(() => document.querySelector('[data-reason="content"]')!);
    expect(tile.textContent).toContain('quality ≥ 62, your own median from 24 posts');
    expect(tile.getAttribute('data-status')).toBe('on'); // 64 ≥ 62 (it would be under the general 70)
  });

  test('the general goal when chosen, and until there is history', async () => {
    await putPosts(await openDb(), [...recent(), post({ id: 'week', time: NOW - DAY, quality: 64 })]);
    showPopup({ ...SETTINGS, goals: { ...SETTINGS.goals, qualityGoal: 'general' } });
    await waitFor(() => expect(document.body.dataset.scorecard).toBe('ready'));
    const tile = await waitFor(() => document.querySelector('[data-reason="content"]')!);
    expect(tile.textContent).toContain('quality ≥ 70');
    expect(tile.getAttribute('data-status')).toBe('attention');
  });

  test('options: the choice, and what the own goal is today', async () => {
    const now = Date.now();
    await putPosts(
      await openDb(),
      Array.from({ length: 21 }, (_, i) => post({ id: `o${i}`, time: now - (i + 1) * DAY, quality: 40 + i })),
    );
    const update = vi.fn(async (_patch: Partial<Settings>) => undefined);
    render(
      <I18nContext.Provider value={makeI18n('en', catalog('en'), 'UTC')}>
        <GoalsSection s={SETTINGS} update={update as never} />
      </I18nContext.Provider>,
    );
    // 21 qualities 40…60: the median is 50.
    await screen.findByText('Your median quality is 50, from 21 posts in the last 90 days.');
    const own = screen.getByLabelText(/Beat my own usual/) as HTMLInputElement;
    expect(own.checked).toBe(true);
    fireEvent.click(screen.getByLabelText(/The general goal: quality 70 or more/));
    await waitFor(() => expect(update).toHaveBeenCalled());
    expect(update.mock.calls[0]![0]).toEqual({ goals: { ...SETTINGS.goals, qualityGoal: 'general' } });
  });

  test('options: too little history says the general goal is used until there is enough', async () => {
    const now = Date.now();
    await putPosts(await openDb(), [post({ id: 'one', time: now - DAY, quality: 40 })]);
    render(
      <I18nContext.Provider value={makeI18n('en', catalog('en'), 'UTC')}>
        <GoalsSection s={SETTINGS} update={(async () => undefined) as never} />
      </I18nContext.Provider>,
    );
    await screen.findByText(
      '1 of 20 posts in the last 90 days: until there are 20, the general goal of 70 is used.',
    );
  });
});
