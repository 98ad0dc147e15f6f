// What is kept and for how long: the privacy mode, the retention, the archive import (its own
// section, ImportSection.tsx) and deleting everything (DeleteData.tsx).
import browser from 'webextension-polyfill';
import { RETENTION_CHOICES } from '../core/model';
import { useI18n } from '../ui/i18n';
import { DeleteData } from './DeleteData';
import { ImportSection } from './ImportSection';
import { Section, type SectionProps, useSectionStatus } from './section';

const STRICTNESS = { full: 0, excerpt: 1, metrics: 2 } as const;

export function PrivacySection({ s, update }: SectionProps) {
  const { t } = useI18n();
  const [status, run] = useSectionStatus();
  return (
    <Section id="privacy" title={t('options_privacy')} status={status}>
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
              onChange={() => void run(update({ privacy: m }, STRICTNESS[m] > STRICTNESS[s.privacy]))}
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
            void run(update({ retentionDays: v }, v !== 0 && (s.retentionDays === 0 || v < s.retentionDays)));
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
      <DeleteData />
    </Section>
  );
}
