// "Read my posts' counts": per site, off until the owner switches it on, with the
// owner's handle there so that only their own posts are read. Shown in the first-run setup and
// in the options page. What is read and kept is said in docs/privacy.md.
import { useState } from 'preact/hooks';
import { COUNT_SITES } from '../sites/count-sites';
import { SETTINGS_LIMITS } from '../storage/goals';
import { useI18n } from '../ui/i18n';
import { Section, type SectionProps, useSectionStatus } from './section';

function SiteRow({
  site,
  s,
  update,
  run,
}: SectionProps & { site: string; run: ReturnType<typeof useSectionStatus>[1] }) {
  const { t } = useI18n();
  const [handle, setHandle] = useState(s.ownerHandles[site] ?? '');
  const on = s.readCounts[site] === true;
  const saveHandle = () => {
    const h = handle.trim();
    if (h === (s.ownerHandles[site] ?? '')) return;
    const next = { ...s.ownerHandles };
    if (h) next[site] = h;
    else delete next[site];
    void run(update({ ownerHandles: next }));
  };
  return (
    <div class="field counts-site" data-site={site}>
      <label class="check">
        <input
          type="checkbox"
          checked={on}
          aria-describedby={`counts-${site}-help`}
          onChange={(e) => {
            const next = { ...s.readCounts };
            if ((e.target as HTMLInputElement).checked) next[site] = true;
            else delete next[site];
            void run(update({ readCounts: next }));
          }}
        />
        <span>
          <strong>{t(`platform_${site}`)}</strong> · {t('options_counts_switch')}
        </span>
      </label>
      <label for={`counts-${site}-handle`}>{t('options_counts_handle')}</label>
      <input
        id={`counts-${site}-handle`}
        type="text"
        maxLength={SETTINGS_LIMITS.ownerHandleLength}
        value={handle}
        placeholder={t(`options_counts_handle_${site}`)}
        autocomplete="off"
        spellcheck={false}
        onInput={(e) => setHandle((e.target as HTMLInputElement).value)}
        onChange={saveHandle}
        onBlur={saveHandle}
      />
      <p id={`counts-${site}-help`} class="help">
        {on && !(s.ownerHandles[site] ?? '').trim() ? t('options_counts_need_handle') : ''}
      </p>
    </div>
  );
}

export function CountsSection({ s, update }: SectionProps) {
  const { t } = useI18n();
  const [status, run] = useSectionStatus();
  return (
    <Section id="counts" title={t('options_counts')} status={status}>
      <p class="help">{t('options_counts_intro')}</p>
      {COUNT_SITES.map((site) => (
        <SiteRow key={site} site={site} s={s} update={update} run={run} />
      ))}
    </Section>
  );
}
