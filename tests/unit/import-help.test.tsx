// @vitest-environment happy-dom
// The import section's help for a new owner: how to get each archive, what a failure means in
// their language, and the choice before posts older than the retention window are dropped.
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { bytesSource, readArchive } from '../../src/import/index';
import { parseCsv } from '../../src/import/linkedin';
import { parseJson } from '../../src/import/text';
import { ARCHIVE_PLATFORMS, ArchiveHelp } from '../../src/options/ArchiveHelp';
import { ImportErrorMessage } from '../../src/options/ImportErrorMessage';
import { importErrorKind } from '../../src/options/import-errors';
import { olderThanRetention } from '../../src/options/retention';
import { I18nContext, makeI18n } from '../../src/ui/i18n';
import { makeBrowser } from './background-mock';
import { catalog } from './catalogs';

const mock = makeBrowser();
vi.mock('webextension-polyfill', () => ({ default: mock.browser }));
// On a loaded two-core machine a render can take more than the default second: wait on the
// condition longer (nothing here asserts how long anything takes).
configure({ asyncUtilTimeout: 10_000 });
const { useRetentionPrompt } = await import('../../src/options/RetentionPrompt');

const EN = catalog('en');
const BN = catalog('bn');
const wrap = (lang: 'en' | 'bn', node: preact.ComponentChildren) => (
  <I18nContext.Provider value={makeI18n(lang, lang === 'en' ? EN : BN, 'UTC')}>{node}</I18nContext.Provider>
);
afterEach(cleanup);

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 1);

/** The error a real parser throws for `run`. */
async function thrown(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (e) {
    return e;
  }
  throw new Error('expected the parser to throw');
}
const bytes = (s: string) => new TextEncoder().encode(s);

describe('how to get your archive', () => {
  test('six platforms, each with where to ask, which file and how long, in both languages', () => {
    for (const [lang, c] of [
      ['en', EN],
      ['bn', BN],
    ] as const) {
      render(wrap(lang, <ArchiveHelp />));
      const items = document.querySelectorAll('details[data-archive]');
      expect([...items].map((d) => d.getAttribute('data-archive'))).toEqual([...ARCHIVE_PLATFORMS]);
      for (const d of items) {
        const dd = [...d.querySelectorAll('dd')].map((x) => x.textContent ?? '');
        expect(dd).toHaveLength(3);
        for (const text of dd) expect(text.length).toBeGreaterThan(10);
        expect(d.querySelector('a')!.getAttribute('href')).toMatch(/^https:\/\//);
      }
      // The Bengali is a translation, not the English again.
      const p = 'linkedin';
      if (lang === 'bn') expect(c[`archive_${p}_wait`]!.message).not.toBe(EN[`archive_${p}_wait`]!.message);
      cleanup();
    }
    render(wrap('en', <ArchiveHelp />));
    expect(document.querySelector('[data-archive="facebook"]')!.textContent).toContain('your_posts_1.json');
    expect(document.querySelector('[data-archive="instagram"]')!.textContent).toContain('posts_1.json');
    expect(document.querySelector('[data-archive="bluesky"]')!.textContent).toContain('.car');
  });
});

describe('import errors in the owner’s words', () => {
  test('real parser failures map to the kind that says what to do', async () => {
    // Written out: each real failure and the kind the owner should see.
    expect(
      importErrorKind(await thrown(() => parseCsv('Date,ShareCommentary\n1,"never closed', 'Shares.csv'))),
    ).toBe('truncated');
    expect(importErrorKind(await thrown(() => parseJson('[{"a": 1}, {"b', 'posts_1.json')))).toBe(
      'truncated',
    );
    expect(
      importErrorKind(await thrown(() => readArchive(bytesSource('notes.txt', bytes('Shopping list'))))),
    ).toBe('wrongFile');
    expect(
      importErrorKind(await thrown(() => readArchive(bytesSource('empty.json', new Uint8Array())))),
    ).toBe('empty');
    expect(
      importErrorKind(
        await thrown(() => readArchive(bytesSource('like.js', bytes('window.YTD.like.part0 = []')))),
      ),
    ).toBe('wrongPart');
    // A zip cut short: the signature of a local header, then nothing.
    const cut = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]);
    expect(importErrorKind(await thrown(() => readArchive(bytesSource('archive.zip', cut))))).toBe(
      'truncated',
    );
    expect(importErrorKind(new Error('something nobody anticipated'))).toBe('unknown');
    // A parser's own code wins over its wording.
    expect(importErrorKind(Object.assign(new Error('cut short'), { code: 'encrypted' }))).toBe('encrypted');
  });

  test('the message is in the page’s language; the technical place stays in the details', async () => {
    const error = await thrown(() => readArchive(bytesSource('notes.txt', bytes('Shopping list'))));
    render(wrap('bn', <ImportErrorMessage error={error} fallback="" />));
    const alert = screen.getByRole('alert');
    const shown = alert.querySelector('p')!.textContent!;
    expect(shown).toContain('এটি এমন কোনো প্ল্যাটফর্ম আর্কাইভ নয়');
    expect(shown).toContain('কিছুই লেখা হয়নি');
    expect(shown).not.toMatch(/byte|notes\.txt/);
    expect(alert.querySelector('details')!.textContent).toContain('notes.txt, byte 0');
    cleanup();
    const cutShort = await thrown(() => parseJson('[{"text": "Eid sale', 'posts_1.json'));
    render(wrap('en', <ImportErrorMessage error={cutShort} fallback="" />));
    expect(screen.getByRole('alert').querySelector('p')!.textContent).toBe(
      'This file could not be imported. The file ends in the middle of a post — was the download interrupted? Download the archive again and choose the new file. Nothing was written to your history.',
    );
  });
});

/** Asks like the import section does and shows the answer. */
function Harness({
  save,
  times,
  days,
}: {
  save: (p: { retentionDays: number }) => Promise<void>;
  times: number[];
  days: number;
}) {
  const prompt = useRetentionPrompt(save as never, () => NOW);
  const [answer, setAnswer] = useState('');
  return (
    <div>
      <button type="button" onClick={() => void prompt.ask(times, days).then((k) => setAnswer(String(k)))}>
        import
      </button>
      {prompt.element}
      <output>{answer}</output>
    </div>
  );
}

describe('posts older than the retention window', () => {
  test('counted against the same cutoff as the background, with the shortest choice that keeps them', () => {
    const times = [NOW - 10 * DAY, NOW - 400 * DAY, NOW - 500 * DAY, NOW - 365 * DAY];
    // 365 days: 400 and 500 days old are too old (365 exactly is kept); 730 keeps both.
    expect(olderThanRetention(times, 365, NOW)).toEqual({ count: 2, oldest: NOW - 500 * DAY, keepWith: 730 });
    // 90 days: three are too old, the oldest 500 days: 730 is the shortest that keeps it.
    expect(olderThanRetention(times, 90, NOW)).toMatchObject({ count: 3, keepWith: 730 });
    // Older than any choice: only "forever" (0) keeps it.
    expect(olderThanRetention([NOW - 1000 * DAY], 365, NOW)).toMatchObject({ count: 1, keepWith: 0 });
    // Forever already: nothing is too old.
    expect(olderThanRetention(times, 0, NOW)).toEqual({ count: 0, oldest: null, keepWith: 0 });
  });

  test('the owner is asked how many and chooses: keep (retention saved first) or skip', async () => {
    const save = vi.fn(async () => undefined);
    const times = [NOW - 10 * DAY, NOW - 400 * DAY, NOW - 500 * DAY];
    render(wrap('en', <Harness save={save} times={times} days={365} />));
    fireEvent.click(screen.getByRole('button', { name: 'import' }));
    const prompt = await screen.findByTestId('retention-prompt');
    expect(prompt.textContent).toContain('2 of these posts are older than the 365 days your history keeps');
    expect(prompt.textContent).toContain('(the oldest is from 19 Jul 2025)');
    fireEvent.click(screen.getByRole('button', { name: 'Keep them: keep history for 730 days' }));
    await waitFor(() => expect(document.querySelector('output')!.textContent).toBe('true'));
    expect(save).toHaveBeenCalledWith({ retentionDays: 730 });
    expect(screen.queryByTestId('retention-prompt')).toBeNull();
    cleanup();

    save.mockClear();
    render(wrap('bn', <Harness save={save} times={times} days={365} />));
    fireEvent.click(screen.getByRole('button', { name: 'import' }));
    await screen.findByTestId('retention-prompt');
    fireEvent.click(screen.getByRole('button', { name: 'এই ২টি বাদ দিন' }));
    await waitFor(() => expect(document.querySelector('output')!.textContent).toBe('false'));
    expect(save).not.toHaveBeenCalled();
  });

  test('nothing too old: no question at all', async () => {
    const save = vi.fn(async () => undefined);
    render(wrap('en', <Harness save={save} times={[NOW - DAY]} days={365} />));
    fireEvent.click(screen.getByRole('button', { name: 'import' }));
    await waitFor(() => expect(document.querySelector('output')!.textContent).toBe('true'));
    expect(screen.queryByTestId('retention-prompt')).toBeNull();
  });
});
