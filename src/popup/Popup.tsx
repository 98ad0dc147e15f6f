import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Settings } from '../core/model';
import type { DB } from '../storage/db';
import { useI18n } from '../ui/i18n';
import { History } from './History';
import { Now } from './Now';
import { Scorecard } from './Scorecard';
import { StorageAlert } from './StorageAlert';
import { Summary } from './Summary';

export type TabId = 'scorecard' | 'history' | 'summary';
const TABS: TabId[] = ['scorecard', 'history', 'summary'];

export interface PopupProps {
  settings: Settings;
  db: () => Promise<DB>;
  /** Injected by tests; defaults to the clock. */
  now?: () => number;
  /** The scorecard's data, already being loaded while the page starts (first view only). */
  scorecard?: Promise<import('./data').ScorecardData>;
  /** Injected by tests; defaults to asking the active tab's content script. */
  getDraft?: () => Promise<import('../messages').DraftInfo | null>;
}

export function Popup(props: PopupProps) {
  const { t } = useI18n();
  const [tab, setTab] = useState<TabId>('scorecard');
  const [version, setVersion] = useState(0);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    let j = i;
    if (e.key === 'ArrowRight') j = (i + 1) % TABS.length;
    else if (e.key === 'ArrowLeft') j = (i + TABS.length - 1) % TABS.length;
    else if (e.key === 'Home') j = 0;
    else if (e.key === 'End') j = TABS.length - 1;
    else return;
    e.preventDefault();
    setTab(TABS[j]!);
    tabRefs.current[j]?.focus();
  };
  useEffect(() => {
    // History changes (a post deleted here, one recorded in a tab) refresh the views.
    const bump = () => setVersion((v) => v + 1);
    window.addEventListener('postcoach:changed', bump);
    return () => window.removeEventListener('postcoach:changed', bump);
  }, []);
  const openOptions = () => void browser.runtime.openOptionsPage();
  return (
    <div class="popup">
      <header class="top">
        <h1>
          <img src="/icons/icon-32.png" alt="" width={20} height={20} />
          {t('popup_title')}
        </h1>
        <button type="button" class="link" onClick={openOptions}>
          {t('popup_settings')}
        </button>
      </header>
      <StorageAlert db={props.db} />
      {!props.settings.setupDone ? (
        <div class="card setup" role="note">
          <p>{t('popup_setup_prompt')}</p>
          <button type="button" class="primary" onClick={openOptions}>
            {t('popup_setup_button')}
          </button>
        </div>
      ) : null}
      <Now getDraft={props.getDraft} />
      <div class="tabs" role="tablist" aria-label={t('popup_tabs_label')}>
        {TABS.map((id, i) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-controls={`panel-${id}`}
            aria-selected={tab === id}
            tabIndex={tab === id ? 0 : -1}
            ref={(el) => {
              tabRefs.current[i] = el;
            }}
            onClick={() => setTab(id)}
            onKeyDown={onKey}
          >
            {t(`popup_tab_${id}`)}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} class="panel">
        {tab === 'scorecard' ? <Scorecard key={version} {...props} /> : null}
        {tab === 'history' ? <History key={version} {...props} /> : null}
        {tab === 'summary' ? <Summary key={version} {...props} /> : null}
      </section>
    </div>
  );
}
