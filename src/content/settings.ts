// What the content script needs of the user's settings, read from the same `storage.local` keys
// that src/storage/settings.ts owns (`disabledRules`, `sites`, `language`). The content script
// writes only `disabledRules` ("don't show this rule again"), the same way setRuleEnabled does.

import { FEATURES } from '../core/outcomes/types';
import { OWNER_FINDINGS_KEY, type OwnerFinding } from '../core/owner-findings';
import type { Language } from '../core/types';
import { ext } from './ext';

export interface ContentSettings {
  disabledRules: string[];
  /** Per-site switches by site id or host; missing = on. */
  sites: Record<string, boolean>;
  language: 'auto' | Language;
  /** The owner's clear findings from their own counts (`ownerFindings`, written by the popup). */
  ownerFindings?: OwnerFinding[];
}

const KEYS = ['disabledRules', 'sites', 'language', OWNER_FINDINGS_KEY];

/** Only well-formed findings: the page cannot write this storage, but an older version could. */
function findingsOf(raw: unknown): OwnerFinding[] {
  if (!Array.isArray(raw)) return [];
  const ok = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n >= 0;
  return raw
    .filter(
      (f): f is OwnerFinding =>
        !!f &&
        typeof f === 'object' &&
        (FEATURES as readonly unknown[]).includes(f.feature) &&
        typeof f.value === 'string' &&
        ok(f.ratio) &&
        ok(f.n) &&
        ok(f.others),
    )
    .slice(0, 12)
    .map((f) => ({ feature: f.feature, value: f.value, ratio: f.ratio, n: f.n, others: f.others }));
}

function normalize(raw: Record<string, unknown>): ContentSettings {
  const rules = Array.isArray(raw.disabledRules)
    ? raw.disabledRules.filter((r) => typeof r === 'string')
    : [];
  const sites: Record<string, boolean> = {};
  if (raw.sites && typeof raw.sites === 'object') {
    for (const [k, v] of Object.entries(raw.sites)) if (typeof v === 'boolean') sites[k] = v;
  }
  const language = raw.language === 'en' || raw.language === 'bn' ? raw.language : 'auto';
  return { disabledRules: rules, sites, language, ownerFindings: findingsOf(raw[OWNER_FINDINGS_KEY]) };
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
