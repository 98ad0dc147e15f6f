import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { ruleLabel } from '../core/habits';
import { PLATFORMS, type Platform, REASONS } from '../core/types';
import { countBetween, openDb } from '../storage/db';
import {
  RETENTION_CHOICES,
  SELLING_RULES,
  type Settings,
  siteEnabled,
  siteHost,
  type WeekDay,
} from '../storage/goals';
import { saveSettings } from '../storage/settings';
import { useI18n } from '../ui/i18n';
import { send } from '../ui/messaging';
import { ImportSection } from './ImportSection';
import type { RuleInfo } from './rules';

const SITES = PLATFORMS.filter((p) => p !== 'generic');

// One host check for what the user types here and what a restored backup holds (issue 12).
export { siteHost };

const STRICTNESS = { full: 0, excerpt: 1, metrics: 2 } as const;

export interface OptionsProps {
  initial: Settings;
  rules: RuleInfo[];
  /** Injected by tests. */
  save?: (patch: Partial<Settings>) => Promise<void>;
}

export function Options(props: OptionsProps) {
  const i = useI18n();
  const { t, num } = i;
  const [s, setS] = useState<Settings>(props.initial);
  const [status, setStatus] = useState('');
  const [newKpi, setNewKpi] = useState('');
  const [newSite, setNewSite] = useState('');
  const [confirm, setConfirm] = useState(false);
  const [typed, setTyped] = useState('');
  const [stored, setStored] = useState<number | null>(null);
  const save = props.save ?? saveSettings;

  const refreshCount = () =>
    void openDb()
      .then((db) => countBetween(db, 0, Number.MAX_SAFE_INTEGER))
      .then(setStored, () => setStored(null));
  useEffect(refreshCount, []);

  const update = async (patch: Partial<Settings>, apply = false) => {
    const next = { ...s, ...patch };
    setS(next);
    try {
      await save(patch);
      if (apply) await send({ type: 'data/applySettings' });
      setStatus(t('options_saved'));
      if (patch.language || patch.theme) location.reload();
    } catch (e) {
      setStatus(String(e));
    }
  };
  const goals = (patch: Partial<Settings['goals']>) => update({ goals: { ...s.goals, ...patch } });

  const togglePlatform = (p: Platform, on: boolean) =>
    goals({
      focusPlatforms: on ? [...s.goals.focusPlatforms, p] : s.goals.focusPlatforms.filter((x) => x !== p),
    });
  const addKpi = (e: Event) => {
    e.preventDefault();
    const k = newKpi.trim().slice(0, 60);
    if (!k || s.goals.kpis.includes(k) || s.goals.kpis.length >= 8) return;
    setNewKpi('');
    void goals({ kpis: [...s.goals.kpis, k] });
  };
  // A Mastodon server or any other site: its host permission is asked for right here, in the
  // click (browsers only grant it during a user gesture); src/background/sites.ts then
  // registers the content script there.
  const addSite = (e: Event) => {
    e.preventDefault();
    const host = siteHost(newSite);
    if (!host) {
      setStatus(t('options_site_invalid'));
      return;
    }
    if (s.customSites.includes(host) || (SITES as string[]).includes(host)) return;
    void browser.permissions.request({ origins: [`https://${host}/*`] }).then(
      (granted) => {
        if (!granted) {
          setStatus(t('options_site_denied', [host]));
          return;
        }
        setNewSite('');
        void update({ customSites: [...s.customSites, host] });
      },
      (err) => setStatus(String(err)),
    );
  };
  const removeSite = async (host: string) => {
    const sites = { ...s.sites };
    delete sites[host];
    await update({ customSites: s.customSites.filter((h) => h !== host), sites });
    await browser.permissions.remove({ origins: [`https://${host}/*`] }).catch(() => false);
  };
  const setRule = (rule: string, on: boolean) => {
    const next = new Set(s.disabledRules);
    if (on) next.delete(rule);
    else next.add(rule);
    void update({ disabledRules: [...next].sort() });
  };
  const deleteAll = async () => {
    try {
      await send({ type: 'data/deleteAll' });
      setConfirm(false);
      setTyped('');
      setStatus(t('options_deleted'));
      refreshCount();
    } catch (e) {
      setStatus(String(e));
    }
  };
  // Rules known to the engine plus any switched off that it no longer lists.
  const rules: RuleInfo[] = [
    ...props.rules,
    ...s.disabledRules
      .filter((r) => !props.rules.some((k) => k.id === r))
      .map((id) => ({ id, reason: 'content' as const })),
  ];

  return (
    <main class="options">
      <header class="head">
        <img src="/icons/icon-48.png" alt="" width={40} height={40} />
        <h1>{t('options_title')}</h1>
      </header>
      {!s.setupDone ? (
        <section class="card welcome" aria-labelledby="welcome">
          <h2 id="welcome">{t('options_welcome')}</h2>
          <p>{t('options_welcome_intro')}</p>
        </section>
      ) : null}

      <section class="card" aria-labelledby="goals">
        <h2 id="goals">{t('options_goals')}</h2>
        <div class="field">
          <label for="ppw">{t('options_posts_per_week')}</label>
          <input
            id="ppw"
            type="number"
            min={1}
            max={100}
            value={s.goals.postsPerWeek}
            aria-describedby="ppw-help"
            onChange={(e) => {
              const v = Math.round(Number((e.target as HTMLInputElement).value));
              if (v >= 1 && v <= 100) void goals({ postsPerWeek: v });
            }}
          />
          <p id="ppw-help" class="help">
            {t('options_posts_per_week_help')}
          </p>
        </div>
        <fieldset class="field">
          <legend>{t('options_selling_rule')}</legend>
          {SELLING_RULES.map((r) => {
            const key = r.replace(/-/g, '_');
            return (
              <label key={r} class="choice">
                <input
                  type="radio"
                  name="rule"
                  value={r}
                  checked={s.goals.sellingRule === r}
                  onChange={() => void goals({ sellingRule: r })}
                />
                <span>
                  <strong>{t(`rule_${key}`)}</strong>{' '}
                  <span class="help">{t(`options_rule_desc_${key}`)}</span>
                </span>
              </label>
            );
          })}
        </fieldset>
        <fieldset class="field">
          <legend>{t('options_focus')}</legend>
          <div class="checks">
            {SITES.map((p) => (
              <label key={p} class="check">
                <input
                  type="checkbox"
                  checked={s.goals.focusPlatforms.includes(p)}
                  onChange={(e) => togglePlatform(p, (e.target as HTMLInputElement).checked)}
                />
                {t(`platform_${p}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset class="field">
          <legend>{t('options_kpis')}</legend>
          <p class="help">{t('options_kpis_help')}</p>
          <ul class="kpi-list">
            {s.goals.kpis.map((k) => (
              <li key={k}>
                <span>{k}</span>
                <button
                  type="button"
                  aria-label={t('options_kpi_remove', [k])}
                  onClick={() => void goals({ kpis: s.goals.kpis.filter((x) => x !== k) })}
                >
                  ✕
                </button>
              </li>
            ))}
          </ul>
          <form class="row" onSubmit={addKpi}>
            <input
              type="text"
              aria-label={t('options_kpi_new')}
              placeholder={t('options_kpi_new')}
              maxLength={60}
              value={newKpi}
              onInput={(e) => setNewKpi((e.target as HTMLInputElement).value)}
            />
            <button type="submit">{t('options_kpi_add')}</button>
          </form>
        </fieldset>
        <div class="field">
          <label for="ws">{t('options_week_start')}</label>
          <select
            id="ws"
            value={String(s.goals.weekStart)}
            onChange={(e) =>
              void goals({ weekStart: Number((e.target as HTMLSelectElement).value) as WeekDay })
            }
          >
            {[1, 2, 3, 4, 5, 6, 0].map((d) => (
              <option key={d} value={String(d)}>
                {i.weekday(d)}
              </option>
            ))}
          </select>
        </div>
        {!s.setupDone ? (
          <button type="button" class="primary" onClick={() => void update({ setupDone: true })}>
            {t('options_setup_done')}
          </button>
        ) : null}
      </section>

      <section class="card" aria-labelledby="general">
        <h2 id="general">{t('options_general')}</h2>
        <div class="field two">
          <label for="lang">{t('options_language')}</label>
          <select
            id="lang"
            value={s.language}
            onChange={(e) =>
              void update({ language: (e.target as HTMLSelectElement).value as Settings['language'] })
            }
          >
            <option value="auto">{t('options_language_auto')}</option>
            <option value="en" lang="en">
              English
            </option>
            <option value="bn" lang="bn">
              বাংলা
            </option>
          </select>
          <label for="theme">{t('options_theme')}</label>
          <select
            id="theme"
            value={s.theme}
            onChange={(e) =>
              void update({ theme: (e.target as HTMLSelectElement).value as Settings['theme'] })
            }
          >
            {(['auto', 'light', 'dark'] as const).map((x) => (
              <option key={x} value={x}>
                {t(`options_theme_${x}`)}
              </option>
            ))}
          </select>
        </div>
      </section>

      <section class="card" aria-labelledby="coaching">
        <h2 id="coaching">{t('options_coaching')}</h2>
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
                      void update({ sites: { ...s.sites, [site]: (e.target as HTMLInputElement).checked } })
                    }
                  />
                  {(SITES as string[]).includes(site) ? t(`platform_${site}`) : site}
                </label>
                {(SITES as string[]).includes(site) ? null : (
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
      </section>

      <section class="card" aria-labelledby="privacy">
        <h2 id="privacy">{t('options_privacy')}</h2>
        <p class="help">
          {t('options_privacy_intro')}{' '}
          <a href={browser.runtime.getURL('privacy.html')} target="_blank" rel="noopener">
            {t('options_privacy_doc')}
          </a>
        </p>
        <fieldset class="field">
          <legend>{t('options_privacy_mode')}</legend>
          {(['full', 'excerpt', 'metrics'] as const).map((m) => (
            <label key={m} class="choice">
              <input
                type="radio"
                name="privacy"
                value={m}
                checked={s.privacy === m}
                onChange={() => void update({ privacy: m }, STRICTNESS[m] > STRICTNESS[s.privacy])}
              />
              <span>{t(`options_privacy_${m}`)}</span>
            </label>
          ))}
        </fieldset>
        <div class="field">
          <label for="ret">{t('options_retention')}</label>
          <select
            id="ret"
            value={String(s.retentionDays)}
            aria-describedby="ret-help"
            onChange={(e) => {
              const v = Number((e.target as HTMLSelectElement).value);
              void update({ retentionDays: v }, v !== 0 && (s.retentionDays === 0 || v < s.retentionDays));
            }}
          >
            {RETENTION_CHOICES.map((d) => (
              <option key={d} value={String(d)}>
                {d === 0 ? t('options_retention_forever') : t('options_retention_days', [d])}
              </option>
            ))}
          </select>
          <p id="ret-help" class="help">
            {t('options_apply_note')}
          </p>
        </div>
        <ImportSection />
        <div class="field danger-zone">
          <h3>{t('options_delete_all')}</h3>
          <p class="help">
            {t('options_delete_help')} {stored !== null ? `(${t('options_stored', [num(stored)])})` : ''}
          </p>
          {confirm ? (
            <fieldset class="confirm" aria-labelledby="confirm-text">
              <p id="confirm-text">{t('options_delete_confirm')}</p>
              <div class="row">
                <input
                  type="text"
                  aria-labelledby="confirm-text"
                  value={typed}
                  onInput={(e) => setTyped((e.target as HTMLInputElement).value)}
                />
                <button
                  type="button"
                  class="danger"
                  disabled={typed.trim() !== 'DELETE'}
                  onClick={() => void deleteAll()}
                >
                  {t('options_delete_yes')}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    setConfirm(false);
                    setTyped('');
                  }}
                >
                  {t('options_delete_cancel')}
                </button>
              </div>
            </fieldset>
          ) : (
            <button type="button" class="danger" onClick={() => setConfirm(true)}>
              {t('options_delete_all')}
            </button>
          )}
        </div>
      </section>
      <p class="status-line" role="status">
        {status}
      </p>
    </main>
  );
}
