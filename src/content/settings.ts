// What the content script needs of the user's settings, read from the same `storage.local` keys
// that src/storage/settings.ts owns (`disabledRules`, `sites`, `language`). The content script
// writes only `disabledRules` ("don't show this rule again"), the same way setRuleEnabled does.
import type { Language } from '../core/types';
import { ext } from './ext';

export interface ContentSettings {
  disabledRules: string[];
  /** Per-site switches by site id or host; missing = on. */
  sites: Record<string, boolean>;
  language: 'auto' | Language;
}

const KEYS = ['disabledRules', 'sites', 'language'];

function normalize(raw: Record<string, unknown>): ContentSettings {
  const rules = Array.isArray(raw.disabledRules)
    ? raw.disabledRules.filter((r) => typeof r === 'string')
    : [];
  const sites: Record<string, boolean> = {};
  if (raw.sites && typeof raw.sites === 'object') {
    for (const [k, v] of Object.entries(raw.sites)) if (typeof v === 'boolean') sites[k] = v;
  }
  const language = raw.language === 'en' || raw.language === 'bn' ? raw.language : 'auto';
  return { disabledRules: rules, sites, language };
}

export async function loadContentSettings(): Promise<ContentSettings> {
  return normalize(await ext.storage.local.get(KEYS));
}

export function onContentSettingsChanged(cb: (s: ContentSettings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEYS.some((k) => k in changes))
      void loadContentSettings().then(cb, () => undefined);
  };
  ext.storage.onChanged.addListener(listener);
  return () => ext.storage.onChanged.removeListener(listener);
}

/** Switches one rule off for good, keeping the others (the options page can turn it back on). */
export async function disableRule(rule: string): Promise<void> {
  const { disabledRules } = await loadContentSettings();
  await ext.storage.local.set({ disabledRules: [...new Set([...disabledRules, rule])].sort() });
}

export const siteOn = (s: ContentSettings, site: string): boolean => s.sites[site] !== false;
