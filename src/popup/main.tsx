import { render } from 'preact';
import browser from 'webextension-polyfill';
import { openDb } from '../storage/db';
import { loadSettings } from '../storage/settings';
import { applyTheme, I18nContext, loadCatalog, makeI18n, resolveLanguage, systemTimeZone } from '../ui/i18n';
import '../ui/theme.css';
import './popup.css';
import { Popup } from './Popup';

async function start() {
  // Settings first (they choose the language), then the catalog and the database in parallel.
  const settings = await loadSettings();
  const lang = resolveLanguage(settings.language, browser.i18n.getUILanguage());
  const [catalog] = await Promise.all([loadCatalog(lang)]);
  applyTheme(settings.theme, lang);
  const i18n = makeI18n(lang, catalog, systemTimeZone());
  document.title = i18n.t('popup_title');
  render(
    <I18nContext.Provider value={i18n}>
      <Popup settings={settings} db={openDb} />
    </I18nContext.Provider>,
    document.getElementById('app')!,
  );
  performance.mark('postcoach:first-content');
}

void start();
