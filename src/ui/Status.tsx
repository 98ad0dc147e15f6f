import type { Status } from '../core/summary/tiles';
import { useI18n } from './i18n';

const ICON: Record<Status, string> = { on: '✓', attention: '!', off: '✕', empty: '–', unset: '–' };

/** A status pill: colour plus an icon plus words, so colour is never the only signal. */
export function StatusBadge({ status }: { status: Status }) {
  const { t } = useI18n();
  return (
    <span class={`status status-${status}`} data-status={status}>
      <span aria-hidden="true">{ICON[status]}</span>
      {t(`status_${status}`)}
    </span>
  );
}
