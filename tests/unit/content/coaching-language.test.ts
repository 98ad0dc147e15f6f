// @vitest-environment happy-dom
// A Bengali draft with the interface language on automatic gets Bengali nudges, even in an
// English browser (issue 13): the content script picks the draft's language and loads the
// Bengali catalog (a lazy chunk) the browser does not serve, then re-renders.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { type Catalog, coachingLanguage } from '../../../src/core/i18n';
import { detectLanguage } from '../../../src/core/text/language';

const en = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8'),
) as Catalog;

// An English browser: `i18n.getMessage` serves the English catalog only.
vi.mock('../../../src/content/ext', () => ({
  ext: {
    i18n: { getMessage: (id: string) => (id === '@@ui_locale' ? 'en_US' : (en[id]?.message ?? '')) },
  },
}));
const { formatters } = await import('../../../src/content/pill/i18n');

describe('the language a draft is coached in', () => {
  const bengaliDraft = 'আজ আমাদের দোকানে নতুন শাড়ি এসেছে, দেখে যান!';

  test('automatic: the draft decides; a choice in the options wins; an empty draft: the browser', () => {
    expect(coachingLanguage('auto', detectLanguage(bengaliDraft), 'en')).toBe('bn');
    expect(coachingLanguage('auto', detectLanguage('New sarees in the shop today'), 'bn')).toBe('en');
    expect(coachingLanguage('en', detectLanguage(bengaliDraft), 'en')).toBe('en');
    expect(coachingLanguage('auto', null, 'en')).toBe('en');
  });

  test('Bengali words once the lazy catalog is in; English meanwhile, never an id', async () => {
    let rerendered = 0;
    let resolve = () => {};
    const promise = new Promise<void>((r) => {
      resolve = r;
    });
    const formatFor = formatters(
      (f) => f,
      () => {
        rerendered++;
        resolve();
      },
    );
    expect(formatFor('bn')('pill_close')).toBe('Close');
    await promise;
    expect(rerendered).toBe(1);
    expect(formatFor('bn')('pill_close')).toBe('বন্ধ করুন');
    expect(formatFor('bn')('pill_dismiss')).toBe('সরান');
    // The served language needs no catalog: no load, no re-render.
    expect(formatFor('en')('pill_close')).toBe('Close');
    expect(formatFor('en')).toBe(formatFor('en'));
    expect(rerendered).toBe(1);
  });
});

describe('a session on automatic, in an English browser', () => {
  test('a Bengali draft renders its pill in Bengali; an English one in English', async () => {
    const { Session } = await import('../../../src/content/session');
    // The engine is a lazy chunk in the extension (src/content/load-coach.ts): loaded up front here.
    await (await import('../../../src/content/load-coach')).loadCoach();
    const { formatMessage } = await import('../../../src/core/i18n');
    const bn = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../public/_locales/bn/messages.json'), 'utf8'),
    ) as Catalog;
    const asked: (string | null | undefined)[] = [];
    const lang = (draft?: 'en' | 'bn' | null) => {
      asked.push(draft);
      return coachingLanguage('auto', draft ?? null, 'en');
    };
    const catalogs = { en, bn };
    const box = document.createElement('textarea');
    document.body.append(box);
    const session = new Session(box, {
      adapter: {
        id: 'facebook',
        isSendKey: () => false,
        kind: () => 'post',
        scope: () => document.body,
      } as never,
      lang,
      format:
        (draft) =>
        (id, ...params) =>
          formatMessage({ id, params }, catalogs[lang(draft)], lang(draft)),
      disabledRules: () => new Set(),
      muteRule: () => undefined,
      requestLayout: () => undefined,
      typing: () => undefined,
      paused: () => undefined,
      sent: new Set(),
      recorded: () => undefined,
    });
    const label = () =>
      document
        .querySelector('postcoach-pill')!
        .shadowRoot!.querySelector('button.pill')!
        .getAttribute('aria-label');
    box.value = 'আজ আমাদের দোকানে নতুন শাড়ি এসেছে, দেখে যান!';
    session.refresh();
    expect(asked.at(-1)).toBe('bn');
    expect(label()).toMatch(/^Postcoach: স্কোর /);
    box.value = 'New sarees in the shop today, come and see!';
    session.refresh();
    expect(asked.at(-1)).toBe('en');
    expect(label()).toMatch(/^Postcoach: score /);
    session.destroy();
  });
});
