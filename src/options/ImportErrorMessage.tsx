// The import's failure as the owner reads it: what happened and what to do, in the page's
// language; the parser's exact words stay one click away for a bug report.
import { useI18n } from '../ui/i18n';
import { importErrorKey, importErrorKind } from './import-errors';

export function ImportErrorMessage({ error, fallback }: { error: unknown; fallback: string }) {
  const { t } = useI18n();
  const kind = importErrorKind(error ?? fallback);
  const detail = error instanceof Error ? error.message : fallback;
  return (
    <div role="alert" class="import-error" data-testid="import-error" data-kind={kind}>
      <p>
        <strong>{t('import_error_title')}</strong> {t(importErrorKey(kind))} {t('import_error_nothing')}
      </p>
      <details>
        <summary>{t('import_error_details')}</summary>
        <p class="help" lang="en">
          {detail}
        </p>
      </details>
    </div>
  );
}
