// The user's language and theme for the extension's pages, without Preact: the practice page
// (src/practice/) renders plain DOM and imports these alone; src/ui/i18n.ts re-exports them.
import type { Catalog } from '../core/i18n';
import type { LanguageSetting } from '../core/model';
import type { Language } from '../core/types';

const loaders: Record<Language, () => Promise<{ default: Catalog }>> = {
  en: () => import('../../public/_locales/en/messages.json'),
  bn: () => import('../../public/_locales/bn/messages.json'),
};

export function resolveLanguage(setting: LanguageSetting, uiLanguage: string): Language {
  if (setting !== 'auto') return setting;
  return uiLanguage.toLowerCase().startsWith('bn') ? 'bn' : 'en';
}

export async function loadCatalog(lang: Language): Promise<Catalog> {
  return (await loaders[lang]()).default;
}

/** Applies the theme setting to the page: `auto` follows `prefers-color-scheme`. */
export function applyTheme(theme: 'auto' | 'light' | 'dark', lang: Language): void {
  const root = document.documentElement;
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
  root.lang = lang;
}
