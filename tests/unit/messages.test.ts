// Every message a rule can produce exists in both languages with the same placeholders.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { type Catalog, formatMessage } from '../../src/core/i18n';
import { RULES } from '../../src/core/rules';
import { REASONS } from '../../src/core/types';

const load = (lang: string): Catalog =>
  JSON.parse(readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'));
const en = load('en');
const bn = load('bn');

describe('locales', () => {
  it('en and bn have the same keys and the same placeholders', () => {
    expect(Object.keys(bn).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries(en)) {
      expect(Object.keys(bn[k]!.placeholders ?? {}).sort(), k).toEqual(
        Object.keys(v.placeholders ?? {}).sort(),
      );
    }
  });

  it('every rule message and suggestion in source exists in both languages', () => {
    const ids = new Set<string>();
    for (const file of RULES.map((r) => r.id)) {
      const src = readFileSync(new URL(`../../src/core/rules/${file}.ts`, import.meta.url), 'utf8');
      for (const m of src.matchAll(/'([fs]_[a-z_]+)'/g)) ids.add(m[1]!);
    }
    expect(ids.size).toBeGreaterThan(40);
    for (const id of ids) {
      expect(en[id], `en ${id}`).toBeDefined();
      expect(bn[id], `bn ${id}`).toBeDefined();
    }
    for (const r of REASONS) expect(en[`reason_${r}`]).toBeDefined();
  });

  it('formats parameters with Bengali digits in Bengali', () => {
    const a = analyze('#a #b #c #d #e #f #g new scarves', { platform: 'instagram', kind: 'post' });
    const f = a.findings.find((x) => x.message.id === 'f_tags_many')!;
    expect(formatMessage(f.message, en, 'en')).toBe('7 hashtags where 5 is the most that helps here.');
    expect(formatMessage(f.message, bn, 'bn')).toContain('৭টি হ্যাশট্যাগ');
    expect(formatMessage({ id: 'no_such_id' }, en, 'en')).toBe('no_such_id');
  });
});
