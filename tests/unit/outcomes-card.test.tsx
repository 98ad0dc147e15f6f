// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import type { Catalog } from '../../src/core/i18n';
import { findingOf, type GroupEffect, publishedTimes, type WhatWorks } from '../../src/core/outcomes';
import { WhatWorksCard } from '../../src/popup/WhatWorksCard';
import { I18nContext, makeI18n } from '../../src/ui/i18n';

const catalog = (lang: 'en' | 'bn') =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8'),
  ) as Catalog;

const effect = (over: Partial<GroupEffect>): GroupEffect => ({
  feature: 'question',
  value: 'true',
  n: 12,
  others: 31,
  median: 20,
  othersMedian: 9,
  ratio: 2.1,
  vsOverall: 1.8,
  low: 1.4,
  high: 3.2,
  p: 0.004,
  clear: true,
  ...over,
});

const ok = (effects: GroupEffect[]): WhatWorks => ({
  status: 'ok',
  posts: 43,
  minPosts: 20,
  overallMedian: 10,
  effects,
  findings: effects.map(findingOf),
});

function show(w: WhatWorks, lang: 'en' | 'bn' = 'en', times = publishedTimes('x')) {
  return render(
    <I18nContext.Provider value={makeI18n(lang, catalog(lang), 'UTC')}>
      <WhatWorksCard whatWorks={w} times={times} />
    </I18nContext.Provider>,
  );
}

afterEach(cleanup);

describe('the "What works for you" card', () => {
  test('with too little data it says so and claims nothing', () => {
    show({ status: 'too-few', posts: 12, minPosts: 20, overallMedian: 3, effects: [], findings: [] });
    expect(
      screen.getByText('Not enough posts with counts yet: 12 of 20. Until then, nothing is claimed.'),
    ).toBeTruthy();
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });

  test('with data but nothing clear, it says nothing stands out', () => {
    show({ ...ok([]), posts: 25 });
    expect(screen.getByText(/Nothing stands out yet in your 25 posts with counts/)).toBeTruthy();
  });

  test('findings read as sentences with their group sizes', () => {
    show(
      ok([
        effect({}),
        effect({ feature: 'link', value: 'true', ratio: 1 / 3, n: 9, others: 34 }),
        effect({ feature: 'weekday', value: '2', ratio: 1.6, n: 8, others: 35 }),
      ]),
    );
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Your posts that ask a question get 2.1× the replies, reposts and likes — 12 posts against 31',
      'Your posts with a link get 1/3 of the replies, reposts and likes — 9 posts against 34',
      'Your posts on Tuesday get 1.6× the replies, reposts and likes — 8 posts against 35',
    ]);
  });

  test('in Bengali, with Bengali digits', () => {
    show(ok([effect({})]), 'bn');
    expect(screen.getByRole('listitem').textContent).toBe(
      'আপনার যে পোস্টগুলোতে প্রশ্ন থাকে বাকিগুলোর চেয়ে ২.১ গুণ উত্তর, রিপোস্ট ও লাইক পায় — ১২টি পোস্ট বনাম ৩১টি',
    );
  });

  test('best times: published figures before, the owner’s own after', () => {
    const { unmount } = show(ok([]));
    expect(screen.getByText(/Until you have enough posts of your own: Wednesday, 9:00–15:00/)).toBeTruthy();
    unmount();
    show(ok([]), 'en', { source: 'own', posts: 48, days: [6, 0], hours: [6, 12] });
    expect(screen.getByText('Best times from your own 48 posts: Saturday, Sunday, 6:00–12:00')).toBeTruthy();
  });
});
