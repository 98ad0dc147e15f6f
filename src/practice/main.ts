// The practice composer: an extension page with a box to write in, where the pill and panel the
// sites get coach the draft. Content scripts cannot run on extension pages (match patterns take
// only http(s), file, ftp and urn schemes), so this page mounts the pill itself through its
// public entry (src/content/pill/pill.ts: `new Pill`, `update`, `place`, `setVisible`,
// `announce`, `openPanel`, `open`, `destroy`). It never sends a message to the background and
// never opens the database: nothing typed here reaches the history (biome.json keeps
// src/practice/ away from storage/write, storage/db, storage/read and the message protocol).
import browser from 'webextension-polyfill';
import { Pill } from '../content/pill/pill';
import { type Catalog, formatMessage } from '../core/i18n';
import type { Kind, Language } from '../core/types';
import { KINDS } from '../core/types';
import { loadSettings, onSettingsChanged, setRuleEnabled } from '../storage/settings';
import { applyTheme, loadCatalog, resolveLanguage } from '../ui/locale';
import '../ui/theme.css';
import './practice.css';
import {
  type Coached,
  coachDraft,
  initialChoice,
  nudgeLanguage,
  PRACTICE_PLATFORMS,
  type PracticeChoice,
} from './coach';

/** Pause before analysing, the same as beside a site's composer (DESIGN: about 300 ms). */
const PAUSE_MS = 300;
/** A further quiet spell before the screen-reader summary is spoken (as src/content/session.ts). */
const ANNOUNCE_MS = 1500;

const catalogs: Partial<Record<Language, Catalog>> = {};
const loading = new Set<Language>();

/** Loads a language's catalog once; `ready` runs when it is there. */
function ensureCatalog(lang: Language, ready: () => void): void {
  if (catalogs[lang] || loading.has(lang)) return;
  loading.add(lang);
  loadCatalog(lang).then(
    (c) => {
      catalogs[lang] = c;
      ready();
    },
    () => loading.delete(lang),
  );
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function fillSelect(
  select: HTMLSelectElement,
  values: readonly string[],
  label: (v: string) => string,
): void {
  const chosen = select.value;
  select.replaceChildren(
    ...values.map((v) => {
      const o = document.createElement('option');
      o.value = v;
      o.textContent = label(v);
      return o;
    }),
  );
  if (chosen) select.value = chosen;
}

async function start(): Promise<void> {
  let settings = await loadSettings();
  const ui = browser.i18n.getUILanguage();
  const browserLanguage = resolveLanguage('auto', ui);
  const box = byId<HTMLTextAreaElement>('draft');
  const platformSelect = byId<HTMLSelectElement>('platform');
  const kindSelect = byId<HTMLSelectElement>('kind');
  let choice: PracticeChoice = initialChoice(location.search, settings.goals.focusPlatforms);
  let muted = new Set(settings.disabledRules);
  const dismissed = new Set<string>();
  let coached: Coached = { analysis: null, findings: [] };
  let pill: Pill;

  const pageLanguage = () => resolveLanguage(settings.language, ui);
  const pageWords = async () => {
    const lang = pageLanguage();
    catalogs[lang] ??= await loadCatalog(lang);
    const t = (id: string) => formatMessage({ id }, catalogs[lang]!, lang);
    applyTheme(settings.theme, lang);
    document.title = `${t('practice_title')} · Postcoach`;
    for (const e of document.querySelectorAll<HTMLElement>('[data-t]')) e.textContent = t(e.dataset.t!);
    box.placeholder = t('practice_placeholder');
    fillSelect(platformSelect, PRACTICE_PLATFORMS, (p) => t(`platform_${p}`));
    fillSelect(kindSelect, KINDS, (k) => t(`kind_${k}`));
    platformSelect.value = choice.platform;
    kindSelect.value = choice.kind;
  };

  const layout = () => pill.place(box.getBoundingClientRect(), []);
  let frame = 0;
  const requestLayout = () => {
    if (frame === 0)
      frame = requestAnimationFrame(() => {
        frame = 0;
        layout();
      });
  };

  const render = () => {
    const wanted = nudgeLanguage(settings.language, coached, browserLanguage);
    ensureCatalog(wanted, render);
    // Until a draft's own language has loaded (a moment), the page's language speaks.
    const lang = catalogs[wanted] ? wanted : pageLanguage();
    const catalog = catalogs[lang] ?? {};
    pill.update({
      ...coached,
      lang,
      format: (id, ...params) => formatMessage({ id, params }, catalog, lang),
    });
    requestLayout();
  };

  const recoach = () => {
    if (!box.value.trim()) dismissed.clear();
    coached = coachDraft(box.value, choice, muted, dismissed);
    render();
  };

  // One pill per site: its panel names the site it was made for.
  const mountPill = () => {
    const open = pill?.open ?? false;
    pill?.destroy();
    pill = new Pill({
      platform: choice.platform,
      parent: document.body,
      onDismiss: (rule) => {
        dismissed.add(rule);
        recoach();
      },
      onMute: (rule) => {
        // "Don't show this again" is a setting, the same one the sites' pill writes.
        muted = new Set(muted).add(rule);
        recoach();
        setRuleEnabled(rule, false).catch(() => undefined);
      },
    });
    pill.setVisible(true);
    recoach();
    layout();
    if (open) pill.openPanel();
  };

  await pageWords();
  mountPill();

  let timer = 0;
  let announceTimer = 0;
  box.addEventListener('input', () => {
    clearTimeout(timer);
    clearTimeout(announceTimer);
    timer = window.setTimeout(recoach, PAUSE_MS);
    announceTimer = window.setTimeout(() => pill.announce(), ANNOUNCE_MS);
  });
  platformSelect.addEventListener('change', () => {
    choice = { ...choice, platform: platformSelect.value as PracticeChoice['platform'] };
    mountPill();
  });
  kindSelect.addEventListener('change', () => {
    choice = { ...choice, kind: kindSelect.value as Kind };
    recoach();
  });
  new ResizeObserver(requestLayout).observe(box);
  window.addEventListener('resize', requestLayout, { passive: true });
  window.addEventListener('scroll', requestLayout, { passive: true, capture: true });
  onSettingsChanged((s) => {
    settings = s;
    muted = new Set(s.disabledRules);
    void pageWords().then(recoach);
  });
  box.focus();
}

void start();
