// Words for the pill and panel, from `_locales` (the finding messages and the pill_* keys). The
// language the browser serves through `i18n.getMessage` costs no bytes in the content script;
// only when the user picked the other language in options is that catalog loaded (a lazy chunk).

import { type Catalog, formatMessage, formatNumber, pluralId } from '../../core/i18n';
import type { Language, Message } from '../../core/types';
import { ext } from '../ext';

export type Format = (id: string, ...params: (string | number)[]) => string;

/** The language `i18n.getMessage` answers in (the browser's UI language, else the default en). */
export function servedLanguage(): Language {
  return ext.i18n.getMessage('@@ui_locale').toLowerCase().startsWith('bn') ? 'bn' : 'en';
}

const loaded: Partial<Record<Language, Catalog>> = {};

/** Loads the catalog of a language the browser does not serve; resolves when it is there. */
export async function loadCatalog(lang: Language): Promise<void> {
  if (loaded[lang]) return;
  const mod =
    lang === 'bn'
      ? await import('../../../public/_locales/bn/messages.json')
      : await import('../../../public/_locales/en/messages.json');
  loaded[lang] = (mod.default ?? mod) as Catalog;
}

/** A formatter for `lang`: the loaded catalog where there is one, else the browser's i18n. */
export function formatter(lang: Language): Format {
  const catalog = lang === servedLanguage() ? undefined : loaded[lang];
  const served = catalog ? lang : servedLanguage();
  return (id, ...params) => {
    if (catalog) return formatMessage({ id, params }, catalog, lang);
    const subs = params.map((p) => (typeof p === 'number' ? formatNumber(p, served) : p));
    return ext.i18n.getMessage(id, subs) || id;
  };
}

/**
 * One formatter per language, made once: a language the browser does not serve answers in the
 * served one until its catalog has loaded (a lazy chunk), then `loaded` is called to re-render.
 */
export function formatters(wrap: (f: Format) => Format, loaded: () => void): (lang: Language) => Format {
  const made: Partial<Record<Language, Format>> = {};
  return (lang) => {
    const have = made[lang];
    if (have) return have;
    made[lang] = wrap(formatter(lang));
    if (lang !== servedLanguage())
      loadCatalog(lang)
        .then(() => {
          made[lang] = wrap(formatter(lang));
          loaded();
        })
        .catch(() => undefined);
    return made[lang];
  };
}

export const formatMsg = (f: Format, m: Message): string => f(m.id, ...(m.params ?? []));

/** A counted phrase (`<id>_one`, `<id>_other`, …, by the language's plural rules): "1 nudge". */
export const formatCount = (f: Format, lang: Language, id: string, count: number): string =>
  f(
    pluralId(id, count, lang, (k) => f(k) !== k),
    count,
  );
