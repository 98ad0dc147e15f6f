// Deleting every post, KPI and setting, after typing DELETE.
import { useEffect, useState } from 'preact/hooks';
import { openDb } from '../storage/db';
import { countBetween } from '../storage/read';
import { useI18n } from '../ui/i18n';
import { send } from '../ui/messaging';
import { SectionStatus, useSectionStatus } from './section';

export function DeleteData() {
  const { t, num } = useI18n();
  const [status, run] = useSectionStatus();
  const [confirm, setConfirm] = useState(false);
  const [typed, setTyped] = useState('');
  const [stored, setStored] = useState<number | null>(null);
  const refreshCount = () =>
    void openDb()
      .then((db) => countBetween(db, 0, Number.MAX_SAFE_INTEGER))
      .then(setStored, () => setStored(null));
  useEffect(refreshCount, []);
  const cancel = () => {
    setConfirm(false);
    setTyped('');
  };
  const deleteAll = async () => {
    if (await run(send({ type: 'data/deleteAll' }), t('options_deleted'))) {
      cancel();
      refreshCount();
    }
  };
  return (
    <div class="field danger-zone">
      <h3>{t('options_delete_all')}</h3>
      <p class="help">
        {t('options_delete_help')} {stored !== null ? `(${t('options_stored', [num(stored)])})` : ''}
      </p>
      {confirm ? (
        <fieldset class="confirm" aria-labelledby="confirm-text">
          <p id="confirm-text">{t('options_delete_confirm')}</p>
          <div class="row">
            <input
              type="text"
              aria-labelledby="confirm-text"
              value={typed}
              onInput={(e) => setTyped((e.target as HTMLInputElement).value)}
            />
            <button
              type="button"
              class="danger"
              disabled={typed.trim() !== 'DELETE'}
              onClick={() => void deleteAll()}
            >
              {t('options_delete_yes')}
            </button>
            <button type="button" onClick={cancel}>
              {t('options_delete_cancel')}
            </button>
          </div>
        </fieldset>
      ) : (
        <button type="button" class="danger" onClick={() => setConfirm(true)}>
          {t('options_delete_all')}
        </button>
      )}
      <SectionStatus text={status} />
    </div>
  );
}
