// Where Postcoach coaches (the eight sites and the ones the owner added) and which rules it
// uses. A new site's host permission is asked for in the click itself (browsers grant it only
// during a user gesture); src/background/sites.ts then registers the content script there.
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { ruleLabel } from '../core/export/common';
import { REASONS } from '../core/types';
import { siteEnabled, siteHost } from '../storage/goals';
import { useI18n } from '../ui/i18n';
import { SITES } from './GoalsSection';
import type { RuleInfo } from './rules';
import { Section, type SectionProps, useSectionStatus } from './section';

export function CoachingSection({ s, update, rules: known }: SectionProps & { rules: RuleInfo[] }) {
  const { t } = useI18n();
  const [status, run, setStatus] = useSectionStatus();
  const [newSite, setNewSite] = useState('');
  const isBuiltIn = (site: string) => (SITES as string[]).includes(site);

  const addSite = (e: Event) => {
    e.preventDefault();
    const host = siteHost(newSite);
    if (!host) {
      setStatus(t('options_site_invalid'));
      return;
    }
    if (s.customSites.includes(host) || isBuiltIn(host)) return;
    void browser.permissions.request({ origins: [`https://${host}/*`] }).then(
      (granted) => {
        if (!granted) {
          setStatus(t('options_site_denied', [host]));
          return;
        }
        setNewSite('');
        void run(update({ customSites: [...s.customSites, host] }));
      },
      (err) => setStatus(String(err)),
    );
  };
  const removeSite = async (host: string) => {
    const sites = { ...s.sites };
    delete sites[host];
    await run(update({ customSites: s.customSites.filter((h) => h !== host), sites }));
    await browser.permissions.remove({ origins: [`https://${host}/*`] }).catch(() => false);
  };
  const setRule = (rule: string, on: boolean) => {
    const next = new Set(s.disabledRules);
    if (on) next.delete(rule);
    else next.add(rule);
    void run(update({ disabledRules: [...next].sort() }));
  };
  // Rules known to the engine plus any switched off that it no longer lists.
  const rules: RuleInfo[] = [
    ...known,
    ...s.disabledRules
      .filter((r) => !known.some((k) => k.id === r))
      .map((id) => ({ id, reason: 'content' as const })),
  ];

  return (
    <Section id="coaching" title={t('options_coaching')} status={status}>
      <fieldset class="field">
        <legend>{t('options_sites')}</legend>
        <p class="help">{t('options_sites_help')}</p>
        <div class="checks">
          {[...SITES, ...s.customSites].map((site) => (
            <span key={site} class="check">
              <label class="check">
                <input
                  type="checkbox"
                  data-site={site}
                  checked={siteEnabled(s, site)}
                  onChange={(e) =>
                    void run(
                      update({ sites: { ...s.sites, [site]: (e.target as HTMLInputElement).checked } }),
                    )
                  }
                />
                {isBuiltIn(site) ? t(`platform_${site}`) : site}
              </label>
              {isBuiltIn(site) ? null : (
                <button
                  type="button"
                  class="small"
                  aria-label={t('options_site_remove', [site])}
                  onClick={() => void removeSite(site)}
                >
                  ✕
                </button>
              )}
            </span>
          ))}
        </div>
        <form class="row" onSubmit={addSite}>
          <input
            type="text"
            inputMode="url"
            aria-label={t('options_site_new')}
            placeholder={t('options_site_placeholder')}
            value={newSite}
            onInput={(e) => setNewSite((e.target as HTMLInputElement).value)}
          />
          <button type="submit">{t('options_site_add')}</button>
        </form>
        <p class="help">{t('options_site_help')}</p>
      </fieldset>
      <fieldset class="field">
        <legend>{t('options_rules')}</legend>
        <p class="help">{t('options_rules_help')}</p>
        {rules.length === 0 ? <p class="help">{t('options_rules_none')}</p> : null}
        {REASONS.map((reason) => {
          const list = rules.filter((r) => r.reason === reason);
          if (!list.length) return null;
          return (
            <div key={reason} class="rule-group">
              <h3>{t(`reason_${reason}`)}</h3>
              <div class="checks">
                {list.map((r) => (
                  <label key={r.id} class="check">
                    <input
                      type="checkbox"
                      data-rule={r.id}
                      checked={!s.disabledRules.includes(r.id)}
                      onChange={(e) => setRule(r.id, (e.target as HTMLInputElement).checked)}
                    />
                    {ruleLabel(r.id, t)}
                  </label>
                ))}
              </div>
            </div>
          );
        })}
      </fieldset>
    </Section>
  );
}
