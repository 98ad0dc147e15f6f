import { render } from 'preact';
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, type WeekDay } from '../core/model';
import type { Language } from '../core/types';
import { openDb } from '../storage/db';
import { loadSettings } from '../storage/settings';
import { applyTheme, I18nContext, loadCatalog, makeI18n, resolveLanguage, systemTimeZone } from '../ui/i18n';
import '../ui/theme.css';
import './popup.css';
import { scorecardFrom, scorecardPosts, weeklyCounts } from './data';
import { Popup } from './Popup';

// Everything starts at once: settings, the database and (once the settings say which) the
// language catalog and the scorecard's query. The HTML already painted the app's frame.
const mark = (name: string) => performance.mark(`postcoach:${name}`);
const HINT = 'postcoach:hint';
const now = Date.now();
const tz = systemTimeZone();
const db = openDb();
const posts = db.then((d) => scorecardPosts(d, now));
const settingsLoaded = loadSettings();
// What the last popup learnt from the settings (a hint in localStorage) starts the language
// catalog and the streak's weekly counts while the settings load; a changed setting redoes them.
let hint: { lang: Language; weekStart: WeekDay } = { lang: 'en', weekStart: 1 };
try {
  hint = { ...hint, ...JSON.parse(localStorage.getItem(HINT) ?? '{}') };
} catch {}
const hintedCatalog = loadCatalog(hint.lang === 'bn' ? 'bn' : 'en');
const hintedCounts = db.then((d) =>
  weeklyCounts(
    d,
    { ...DEFAULT_SETTINGS, goals: { ...DEFAULT_SETTINGS.goals, weekStart: hint.weekStart } },
    now,
    tz,
  ),
);

async function start() {
  const settings = await settingsLoaded;
  mark('settings');
  const lang = resolveLanguage(settings.language, browser.i18n.getUILanguage());
  const weekStart = settings.goals.weekStart;
  if (lang !== hint.lang || weekStart !== hint.weekStart)
    localStorage.setItem(HINT, JSON.stringify({ lang, weekStart }));
  const counts =
    weekStart === hint.weekStart ? hintedCounts : db.then((d) => weeklyCounts(d, settings, now, tz));
  const scorecard = Promise.all([db, posts, counts]).then(([d, p, c]) =>
    scorecardFrom(p, d, settings, now, tz, c),
  );
  const catalog = await (lang === hint.lang ? hintedCatalog : loadCatalog(lang));
  mark('catalog');
  applyTheme(settings.theme, lang);
  const i18n = makeI18n(lang, catalog, tz);
  document.title = i18n.t('popup_title');
  const root = document.getElementById('app')!;
  root.textContent = '';
  render(
    <I18nContext.Provider value={i18n}>
      <Popup settings={settings} db={() => db} scorecard={scorecard} now={() => now} />
    </I18nContext.Provider>,
    root,
  );
  mark('first-content');
}

void start();
