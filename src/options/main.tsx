import { render } from 'preact';
import browser from 'webextension-polyfill';
import { loadSettings } from '../storage/settings';
import { applyTheme, I18nContext, loadCatalog, makeI18n, resolveLanguage, systemTimeZone } from '../ui/i18n';
import '../ui/theme.css';
import './options.css';
import { Options } from './Options';
import { knownRules } from './rules';

async function start() {
  const settings = await loadSettings();
  const lang = resolveLanguage(settings.language, browser.i18n.getUILanguage());
  const catalog = await loadCatalog(lang);
  applyTheme(settings.theme, lang);
  const i18n = makeI18n(lang, catalog, systemTimeZone());
  document.title = i18n.t('options_title');
  render(
    <I18nContext.Provider value={i18n}>
      <Options initial={settings} rules={knownRules()} />
    </I18nContext.Provider>,
    document.getElementById('app')!,
  );
}

void start();
