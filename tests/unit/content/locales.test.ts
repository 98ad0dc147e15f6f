// Chrome refuses to load an extension whose messages.json has a key outside [A-Za-z0-9_] (or an
// `@@` prefix); the content script's pill_* words must exist in every language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const load = (lang: string) =>
  JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string; placeholders?: Record<string, { content: string }> }
  >;

describe('_locales', () => {
  for (const lang of ['en', 'bn']) {
    it(`${lang}: every key and placeholder name is one Chrome accepts`, () => {
      const catalog = load(lang);
      for (const [key, entry] of Object.entries(catalog)) {
        expect(key, key).toMatch(/^[A-Za-z0-9_]+$/);
        expect(typeof entry.message, key).toBe('string');
        for (const name of Object.keys(entry.placeholders ?? {}))
          expect(name, `${key}.${name}`).toMatch(/^[A-Za-z0-9_]+$/);
      }
    });
  }

  it('the pill and panel have their words in both languages, with the same placeholders', () => {
    const en = load('en');
    const bn = load('bn');
    const pill = Object.keys(en).filter((k) => k.startsWith('pill_'));
    expect(pill.length).toBeGreaterThan(10);
    for (const k of pill) {
      expect(bn[k], k).toBeDefined();
      expect(Object.keys(bn[k]!.placeholders ?? {}).sort(), k).toEqual(
        Object.keys(en[k]!.placeholders ?? {}).sort(),
      );
    }
    for (const k of ['reason_plan', 'intent_selling', 'severity_warn', 'platform_x']) {
      expect(en[k], k).toBeDefined();
      expect(bn[k], k).toBeDefined();
    }
  });
});
