import type { Language, Message } from './types';

/** The shape of a `_locales/<lang>/messages.json` file (Chrome's i18n format). */
export type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const numberFormats: Partial<Record<Language, Intl.NumberFormat>> = {};

/** Formats numbers in the language's own digits (Bengali: ০১২৩…). */
export function formatNumber(n: number, lang: Language): string {
  numberFormats[lang] ??= new Intl.NumberFormat(lang === 'bn' ? 'bn-BD' : 'en-US', {
    maximumFractionDigits: 1,
  });
  return numberFormats[lang].format(n);
}

/**
 * Resolves a message the way `browser.i18n.getMessage` does (named `$placeholder$`s whose
 * content is `$1`…`$9`), so core, the CLI and the extension pages show the same words without
 * depending on the browser's UI language. Unknown ids fall back to the id itself, never throw.
 */
export function formatMessage(msg: Message, catalog: Catalog, lang: Language): string {
  const entry = catalog[msg.id];
  if (!entry) return msg.id;
  const params = (msg.params ?? []).map((p) => (typeof p === 'number' ? formatNumber(p, lang) : p));
  const positional = (s: string) => s.replace(/\$(\d)/g, (_, d: string) => params[Number(d) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const ph = entry.placeholders?.[name.toLowerCase()] ?? entry.placeholders?.[name];
      return ph ? positional(ph.content) : whole;
    })
    .replace(/\$\$/g, '$');
}

const pluralRules: Partial<Record<Language, Intl.PluralRules>> = {};

/**
 * The catalog id for a count: `<id>_<CLDR category>` (`_one`, `_other`, …) chosen by
 * `Intl.PluralRules` for the language, else `<id>_other`, else `id` itself. Bengali's "one"
 * covers 0 and 1 (CLDR), and its counted nouns do not change, so bn entries may be the same.
 */
export function pluralId(id: string, count: number, lang: Language, has: (id: string) => boolean): string {
  pluralRules[lang] ??= new Intl.PluralRules(lang === 'bn' ? 'bn-BD' : 'en-US');
  const exact = `${id}_${pluralRules[lang].select(count)}`;
  if (has(exact)) return exact;
  return has(`${id}_other`) ? `${id}_other` : id;
}

/** `formatMessage` for a counted phrase: the count is `$1`, then `params`. */
export function formatPlural(
  id: string,
  count: number,
  catalog: Catalog,
  lang: Language,
  params: (string | number)[] = [],
): string {
  const chosen = pluralId(id, count, lang, (k) => k in catalog);
  return formatMessage({ id: chosen, params: [count, ...params] }, catalog, lang);
}

/**
 * The language a draft's nudges speak. The owner's choice in the options wins; on "automatic"
 * a draft is coached in its own language (a Bengali draft gets Bengali nudges even when the
 * browser is in English), and an empty draft, which has none, in the browser's.
 * Called by the content script each time a draft is analysed (src/content/index.ts, where the
 * pill's catalog is chosen); `draft` is `detectLanguage(text)` or null for an empty draft.
 */
export function coachingLanguage(
  setting: 'auto' | Language,
  draft: Language | null,
  browser: Language,
): Language {
  if (setting !== 'auto') return setting;
  return draft ?? browser;
}
