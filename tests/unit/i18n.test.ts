import { describe, expect, test } from 'vitest';
import { type Catalog, coachingLanguage, formatPlural, pluralId } from '../../src/core/i18n';
import { detectLanguage } from '../../src/core/text/language';
import { catalog } from './catalogs';

const EN = catalog('en');
const BN = catalog('bn');

describe('plural forms (Intl.PluralRules)', () => {
  test('English: one for 1, other for 0, 2, 1.5 and 21', () => {
    expect(formatPlural('count_nudges', 1, EN, 'en')).toBe('1 nudge');
    expect(formatPlural('count_nudges', 0, EN, 'en')).toBe('0 nudges');
    expect(formatPlural('count_nudges', 2, EN, 'en')).toBe('2 nudges');
    expect(formatPlural('count_nudges', 21, EN, 'en')).toBe('21 nudges');
    expect(formatPlural('count_active_days', 1, EN, 'en')).toBe('1 active day');
    expect(formatPlural('count_active_days', 5, EN, 'en')).toBe('5 active days');
  });

  test('Bengali: CLDR "one" covers 0 and 1; Bengali digits', () => {
    const has = (id: string) => id in BN;
    expect(pluralId('count_nudges', 0, 'bn', has)).toBe('count_nudges_one');
    expect(pluralId('count_nudges', 1, 'bn', has)).toBe('count_nudges_one');
    expect(pluralId('count_nudges', 2, 'bn', has)).toBe('count_nudges_other');
    expect(formatPlural('count_nudges', 3, BN, 'bn')).toBe('৩টি পরামর্শ');
    expect(formatPlural('count_active_days', 1, BN, 'bn')).toBe('১ দিন পোস্ট করেছেন');
  });

  test('a missing form falls back to _other, then to the id itself', () => {
    const c: Catalog = { only_other: { message: 'many' }, plain: { message: 'plain' } };
    expect(pluralId('only', 1, 'en', (id) => id in c)).toBe('only_other');
    expect(pluralId('plain', 1, 'en', (id) => id in c)).toBe('plain');
  });

  test('every counted key has both forms in both catalogs', () => {
    for (const c of [EN, BN]) {
      const ones = Object.keys(c).filter((k) => k.endsWith('_one'));
      expect(ones.length).toBeGreaterThanOrEqual(2);
      for (const k of ones) expect(c[`${k.slice(0, -4)}_other`], k).toBeDefined();
    }
  });
});

describe('the language a draft is coached in', () => {
  const bengali = 'আজ আমাদের দোকানে নতুন শাড়ি এসেছে, দেখে যান!';
  const english = 'New sarees arrived at our shop today, come and see!';

  test('on automatic, a Bengali draft gets Bengali nudges in an English browser', () => {
    expect(coachingLanguage('auto', detectLanguage(bengali), 'en')).toBe('bn');
    expect(coachingLanguage('auto', detectLanguage(english), 'bn')).toBe('en');
  });

  test('an empty draft has no language: the browser’s', () => {
    expect(coachingLanguage('auto', null, 'bn')).toBe('bn');
    expect(coachingLanguage('auto', null, 'en')).toBe('en');
  });

  test('the owner’s choice wins over the draft', () => {
    expect(coachingLanguage('en', detectLanguage(bengali), 'bn')).toBe('en');
    expect(coachingLanguage('bn', detectLanguage(english), 'en')).toBe('bn');
  });
});
