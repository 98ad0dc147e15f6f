// Before an import writes posts older than the retention window, the owner decides: keep them
// (and keep history longer) or skip them. Retention exists to forget what the owner no longer
// wants, not to throw away the history they just brought.
import { useState } from 'preact/hooks';
import { saveSettings } from '../storage/settings';
import { useI18n } from '../ui/i18n';
import { olderThanRetention, type TooOld } from './retention';

type Pending = TooOld & { retentionDays: number; resolve: (keep: boolean) => void };

/**
 * `ask(times, retentionDays)` resolves once the owner chose (at once when nothing is too old):
 * true after "keep" (the longer retention is saved first, so the background keeps them), false
 * after "skip". `element` is the prompt, to be placed in the import section.
 */
export function useRetentionPrompt(save: typeof saveSettings = saveSettings, now: () => number = Date.now) {
  const { t, num, lang } = useI18n();
  // A year-old post needs its year: "19 Jul 2025".
  const date = (time: number) =>
    new Intl.DateTimeFormat(lang === 'bn' ? 'bn-BD' : 'en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    }).format(time);
  const [pending, setPending] = useState<Pending | null>(null);
  const ask = (times: number[], retentionDays: number): Promise<boolean> => {
    const tooOld = olderThanRetention(times, retentionDays, now());
    if (!tooOld.count) return Promise.resolve(true);
    return new Promise((resolve) => setPending({ ...tooOld, retentionDays, resolve }));
  };
  const answer = async (keep: boolean) => {
    if (!pending) return;
    setPending(null);
    if (keep) await save({ retentionDays: pending.keepWith });
    pending.resolve(keep);
  };
  const keepLabel =
    pending && pending.keepWith === 0
      ? t('retention_keep_forever')
      : t('retention_keep_days', [pending?.keepWith ?? 0]);
  const element = pending ? (
    <fieldset
      class="confirm retention-prompt"
      aria-labelledby="retention-text"
      data-testid="retention-prompt"
    >
      <p id="retention-text">
        {t('retention_question', [num(pending.count), num(pending.retentionDays), date(pending.oldest!)])}
      </p>
      <div class="row">
        <button type="button" class="primary" data-testid="retention-keep" onClick={() => void answer(true)}>
          {keepLabel}
        </button>
        <button type="button" data-testid="retention-skip" onClick={() => void answer(false)}>
          {t('retention_skip', [num(pending.count)])}
        </button>
      </div>
    </fieldset>
  ) : null;
  return { ask, element };
}
