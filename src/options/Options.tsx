// The options page: the settings in one place and a section per subject, each in its own file
// (GoalsSection, GeneralSection, CoachingSection, PrivacySection with ImportSection and
// DeleteData). Every change is saved at once; each section shows its own "Saved.".
import { useState } from 'preact/hooks';
import type { Settings } from '../core/model';
import { saveSettings } from '../storage/settings';
import { useI18n } from '../ui/i18n';
import { send } from '../ui/messaging';
import { CoachingSection } from './CoachingSection';
import { CountsSection } from './CountsSection';
import { GeneralSection } from './GeneralSection';
import { GoalsSection } from './GoalsSection';
import { PrivacySection } from './PrivacySection';
import type { RuleInfo } from './rules';
import type { Update } from './section';

// One host check for what the user types here and what a restored backup holds (src/storage/goals.ts).
export { siteHost } from '../storage/goals';

export interface OptionsProps {
  initial: Settings;
  rules: RuleInfo[];
  /** Injected by tests. */
  save?: (patch: Partial<Settings>) => Promise<void>;
}

export function Options(props: OptionsProps) {
  const { t } = useI18n();
  const [s, setS] = useState<Settings>(props.initial);
  const save = props.save ?? saveSettings;
  const update: Update = async (patch, apply = false) => {
    setS((prev) => ({ ...prev, ...patch }));
    await save(patch);
    if (apply) await send({ type: 'data/applySettings' });
  };
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
      {/* First run: the owner chooses before "Save and start" (GoalsSection); later, beside privacy. */}
      {!s.setupDone ? <CountsSection s={s} update={update} /> : null}
      <GoalsSection s={s} update={update} />
      <GeneralSection s={s} update={update} />
      <CoachingSection s={s} update={update} rules={props.rules} />
      {s.setupDone ? <CountsSection s={s} update={update} /> : null}
      <PrivacySection s={s} update={update} />
    </main>
  );
}
