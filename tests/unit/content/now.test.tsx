// @vitest-environment happy-dom
// The popup's Now tab for the current tab (issue 11 item 6): the site, how many composers
// Postcoach sees there and when the last send from it was recorded, in English and Bengali.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import type { Catalog } from '../../../src/core/i18n';
import type { PageStatus } from '../../../src/messages';
import { I18nContext, makeI18n } from '../../../src/ui/i18n';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { Now } = await import('../../../src/popup/Now');

const catalog = (lang: 'en' | 'bn') =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8'),
  ) as Catalog;

function show(lang: 'en' | 'bn', status: PageStatus | null) {
  return render(
    <I18nContext.Provider value={makeI18n(lang, catalog(lang), 'UTC')}>
      <Now getDraft={async () => null} getStatus={async () => status} />
    </I18nContext.Provider>,
  );
}

afterEach(cleanup);

describe('Now: the current tab', () => {
  test('the site, the composers seen and the last recorded send', async () => {
    show('en', { site: 'linkedin', composers: 3, lastSentAt: Date.UTC(2026, 10, 26, 14, 5) });
    const line = await screen.findByText(/Postcoach sees/);
    expect(line.textContent).toBe(
      'LinkedIn: Postcoach sees 3 composers on this page · Last post recorded here: Thu 26 Nov, 14:05',
    );
  });

  test('no composer and no send: a redesign shows as a zero, in Bengali too', async () => {
    show('bn', { site: 'facebook', composers: 0, lastSentAt: null });
    const line = await screen.findByText(/Postcoach/);
    expect(line.textContent).toBe(
      'Facebook: এই পেজে Postcoach ০টি লেখার বক্স দেখছে · এই পেজ থেকে এখনো কোনো পোস্ট রেকর্ড হয়নি।',
    );
  });

  test('no content script on the tab: no line at all', async () => {
    show('en', null);
    await screen.findByText(/Start writing a post/);
    expect(document.querySelector('.now-page')).toBeNull();
  });

  test('not a coached site: a link to the practice composer, in Bengali too (issue 13)', async () => {
    show('en', null);
    const link = (await screen.findByRole('link')) as HTMLAnchorElement;
    expect(link.textContent).toBe('No post to write yet? Try the practice composer');
    expect(link.getAttribute('href')).toBe('/src/practice/index.html');
    expect(link.target).toBe('_blank');
    cleanup();
    show('bn', null);
    expect((await screen.findByRole('link')).textContent).toBe(
      'এখনই লেখার মতো পোস্ট নেই? প্র্যাকটিসের বক্সে লিখে দেখুন',
    );
  });

  test('a coached site: its line, and no practice link', async () => {
    show('en', { site: 'x', composers: 1, lastSentAt: null });
    await screen.findByText(/Postcoach sees/);
    expect(screen.queryByRole('link')).toBeNull();
  });

  test('one nudge is "1 nudge", two are "2 nudges" (issue 13)', async () => {
    const a = analyze('We are open today.', { platform: 'facebook', kind: 'post' });
    const one = { ...a, findings: a.findings.slice(0, 1) };
    expect(one.findings).toHaveLength(1);
    render(
      <I18nContext.Provider value={makeI18n('en', catalog('en'), 'UTC')}>
        <Now getDraft={async () => ({ analysis: one })} getStatus={async () => null} />
      </I18nContext.Provider>,
    );
    expect((await screen.findByText(/nudge/)).textContent).toBe('1 nudge');
    cleanup();
    const two = { ...a, findings: [a.findings[0]!, { ...a.findings[0]!, rule: 'other' }] };
    render(
      <I18nContext.Provider value={makeI18n('en', catalog('en'), 'UTC')}>
        <Now getDraft={async () => ({ analysis: two })} getStatus={async () => null} />
      </I18nContext.Provider>,
    );
    expect((await screen.findByText(/nudges/)).textContent).toBe('2 nudges');
  });
});
