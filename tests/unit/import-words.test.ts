// The import and backup section speaks through the one catalog (public/_locales) and `t()`/`tn()`
// (src/ui/i18n.ts), with plural forms by Intl.PluralRules: the phrases as a user reads them,
// written out in both languages.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { makeI18n } from '../../src/ui/i18n';
import { catalog } from './catalogs';

const en = makeI18n('en', catalog('en'), 'UTC');
const bn = makeI18n('bn', catalog('bn'), 'UTC');
const both = (i: typeof en, p: number, k: number) => [i.tn('count_posts', p), i.tn('count_kpi_entries', k)];

describe('import and backup words', () => {
  test('English: one and other forms', () => {
    expect(en.tn('import_added', 1)).toBe('1 new post was added to your history.');
    expect(en.tn('import_added', 2)).toBe('2 new posts were added to your history.');
    expect(en.tn('import_already', 1)).toBe('1 was already in your history and was left as it was.');
    expect(en.tn('import_already', 5)).toBe('5 were already in your history and were left as they were.');
    expect(en.tn('import_expired', 5, [en.tn('count_days', 365)])).toBe(
      '5 are older than your retention period (365 days) and were not kept.',
    );
    expect(en.tn('import_expired', 1, [en.tn('count_days', 1)])).toBe(
      '1 is older than your retention period (1 day) and was not kept.',
    );
    expect(en.tn('import_analysing', 1, [0])).toBe('Analysing 0 of 1 post…');
    expect(en.tn('import_saving', 2500, [1200])).toBe('Saving 1,200 of 2,500 posts…');
    expect(en.t('backup_restored', both(en, 1, 1))).toBe('Restored 1 post and 1 KPI entry.');
    expect(en.t('backup_downloaded', both(en, 12, 0))).toBe('Backup downloaded: 12 posts, 0 KPI entries.');
    expect(en.t('backup_restore_confirm', [...both(en, 3, 2), '26 Nov'])).toBe(
      'Replace your history with the 3 posts and 2 KPI entries from this backup (made 26 Nov), and its goals and settings?',
    );
    expect(en.t('import_reading', ['tweets.js'])).toBe('Reading tweets.js…');
  });

  test('Bengali: Bengali digits, the counted noun unchanged', () => {
    expect(bn.tn('import_added', 1)).toBe('ইতিহাসে ১টি নতুন পোস্ট যোগ হয়েছে।');
    expect(bn.tn('import_added', 12)).toBe('ইতিহাসে ১২টি নতুন পোস্ট যোগ হয়েছে।');
    expect(bn.tn('import_saving', 20, [3])).toBe('২০টির মধ্যে ৩টি পোস্ট সংরক্ষণ হচ্ছে…');
    expect(bn.t('backup_restored', both(bn, 4, 1))).toBe('৪টি পোস্ট ও ১টি KPI ফিরিয়ে আনা হয়েছে।');
    expect(bn.tn('import_expired', 2, [bn.tn('count_days', 30)])).toBe(
      '২টি আপনার সংরক্ষণকালের (৩০ দিন) চেয়ে পুরোনো, তাই রাখা হয়নি।',
    );
  });

  test('the options page has no word table of its own', () => {
    const section = readFileSync(new URL('../../src/options/ImportSection.tsx', import.meta.url), 'utf8');
    expect(section).not.toMatch(/import-strings|\{0\}/);
  });
});
