// Language and theme: both reload the page so that every word and colour follows at once.
import type { Settings } from '../core/model';
import { useI18n } from '../ui/i18n';
import { Section, type SectionProps, useSectionStatus } from './section';

export function GeneralSection({ s, update }: SectionProps) {
  const { t } = useI18n();
  const [status, run] = useSectionStatus();
  const change = async (patch: Partial<Settings>) => {
    if (await run(update(patch))) location.reload();
  };
  return (
    <Section id="general" title={t('options_general')} status={status}>
      <div class="field two">
        <label for="lang">{t('options_language')}</label>
        <select
          id="lang"
          value={s.language}
          onChange={(e) =>
            void change({ language: (e.target as HTMLSelectElement).value as Settings['language'] })
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
          onChange={(e) => void change({ theme: (e.target as HTMLSelectElement).value as Settings['theme'] })}
        >
          {(['auto', 'light', 'dark'] as const).map((x) => (
            <option key={x} value={x}>
              {t(`options_theme_${x}`)}
            </option>
          ))}
        </select>
      </div>
    </Section>
  );
}
