// The glossary (docs/glossary.md) is the rule for every Bengali string: each term's Bengali
// appears in the keys the glossary lists for it, and the words it rejects appear nowhere.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
const bn = JSON.parse(readFileSync(join(root, 'public/_locales/bn/messages.json'), 'utf8')) as Record<
  string,
  { message: string }
>;
const en = JSON.parse(readFileSync(join(root, 'public/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string }
>;

interface Term {
  english: string;
  bengali: string;
  keys: string[];
  not: string[];
  note: string;
}

function terms(): Term[] {
  const md = readFileSync(join(root, 'docs/glossary.md'), 'utf8');
  const rows = md
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| ---') && !l.startsWith('| English'));
  return rows.map((l) => {
    const [english, bengali, keys, not, note] = l
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    const list = (c: string | undefined) =>
      c
        ? c
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean)
        : [];
    return { english: english!, bengali: bengali!, keys: list(keys), not: list(not), note: note ?? '' };
  });
}

/** The Bengali words a key's message must contain one of: alternatives split, brackets dropped. */
const pieces = (bengali: string) =>
  bengali
    .split(' / ')
    .flatMap((alt) => alt.replace(/\([^)]*\)/g, '').split('…'))
    .map((p) => p.trim())
    .filter(Boolean);

const BENGALI_LETTER = '[\\u0980-\\u09FF\\u200c\\u200d]';
const wholeWord = (word: string) =>
  new RegExp(`(^|[^\\u0980-\\u09FF\\u200c\\u200d])${word}(?!${BENGALI_LETTER})`);

describe('the Bengali glossary', () => {
  const all = terms();

  test('the table is read: at least 25 terms, each with a note or a key', () => {
    expect(all.length).toBeGreaterThanOrEqual(25);
    expect(all.find((t) => t.english === 'Voice')).toMatchObject({ bengali: 'সুর' });
    for (const t of all) expect(t.keys.length + t.note.length, t.english).toBeGreaterThan(0);
  });

  test('every listed key exists in both catalogs and its Bengali uses the glossary word', () => {
    for (const t of all) {
      for (const key of t.keys) {
        expect(en[key], `${key} in en`).toBeDefined();
        expect(bn[key], `${key} in bn`).toBeDefined();
        const message = bn[key]!.message;
        expect(
          pieces(t.bengali).some((p) => message.includes(p)),
          `${key} (“${message}”) should say ${t.bengali}`,
        ).toBe(true);
      }
    }
  });

  test('no rejected word appears in any Bengali string', () => {
    const bad: string[] = [];
    for (const t of all)
      for (const word of t.not)
        for (const [key, { message }] of Object.entries(bn))
          if (wholeWord(word).test(message)) bad.push(`${key}: “${word}” in “${message}”`);
    expect(bad).toEqual([]);
  });

  test('the whole-word check is not fooled by a longer word (শোনায় is not শোনা)', () => {
    expect(wholeWord('শোনা').test('চিৎকারের মতো শোনায়।')).toBe(false);
    expect(wholeWord('শোনা').test('বিক্রি / শোনা / শেয়ার')).toBe(true);
  });
});
