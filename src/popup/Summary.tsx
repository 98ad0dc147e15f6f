import { useEffect, useState } from 'preact/hooks';
import { shiftWeek, weekOf } from '../core/calendar';
import { VERDICT_KEYS } from '../core/export/common';
import type { Verdict } from '../core/summary/verdict';
import { INTENTS, PLATFORMS } from '../core/types';
import { useI18n } from '../ui/i18n';
import { loadWeek, type WeekData } from './data';
import { copy, download, type ExportFormat } from './exporting';
import { ruleName } from './History';
import type { PopupProps } from './Popup';
import { WhatWorksCard } from './WhatWorksCard';

const FORMATS: { id: ExportFormat; label: string }[] = [
  { id: 'md', label: 'Markdown' },
  { id: 'csv', label: 'CSV' },
  { id: 'json', label: 'JSON' },
  { id: 'html', label: 'HTML' },
];

const VERDICT_ICONS: Record<Verdict, string> = {
  met: '✓',
  pending: '…',
  missed: '✕',
  nodata: '–',
  unset: '–',
};

export function Summary(props: PopupProps) {
  const i = useI18n();
  const { t, num, pct } = i;
  const now = (props.now ?? Date.now)();
  const [offset, setOffset] = useState(0);
  const [data, setData] = useState<WeekData | null>(null);
  const [note, setNote] = useState('');
  const [csvTexts, setCsvTexts] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: loads once per key; props and words are fixed for the page
  useEffect(() => {
    const current = weekOf(now, props.settings.goals.weekStart, i.timeZone);
    const at = shiftWeek(current, offset).start;
    props
      .db()
      .then((db) => loadWeek(db, props.settings, at, now, i.timeZone))
      .then(setData, (e) => setNote(t('popup_error', [String(e)])));
  }, [offset]);
  const s = data?.summary;
  const doCopy = async (f: ExportFormat) => {
    if (!s) return;
    try {
      await copy(s, f, i, { texts: csvTexts });
      setNote(t('popup_summary_copied'));
    } catch (e) {
      setNote(t('popup_error', [String(e)]));
    }
  };
  const signed = (n: number | null) =>
    n === null ? '—' : n > 0 ? `+${num(n)}` : n < 0 ? `−${num(-n)}` : num(0);
  return (
    <div class="summary">
      <div class="week-nav row">
        <button type="button" aria-label={t('popup_summary_prev')} onClick={() => setOffset(offset - 1)}>
          ‹
        </button>
        <h2 aria-live="polite">
          {s ? t('popup_week_range', [i.ymd(s.week.startDate), i.ymd(s.week.endDate)]) : ''}
        </h2>
        <button
          type="button"
          aria-label={t('popup_summary_next')}
          disabled={offset >= 0}
          onClick={() => setOffset(Math.min(0, offset + 1))}
        >
          ›
        </button>
      </div>
      {!s ? (
        <p class="muted">{t('popup_loading')}</p>
      ) : (
        <>
          <dl class="facts">
            <div>
              <dt>{t('summary_posts')}</dt>
              <dd data-fact="posts">
                {num(s.posts.length)} <small class="muted">({signed(s.change.posts)})</small>
              </dd>
            </div>
            <div>
              <dt>{t('summary_selling_share')}</dt>
              <dd data-fact="selling">
                {s.selling.share === null ? '—' : pct(s.selling.share)}{' '}
                <small class="muted">≤ {pct(s.selling.max)}</small>
              </dd>
            </div>
            <div>
              <dt>{t('summary_quality_median')}</dt>
              <dd data-fact="quality">
                {s.qualityMedian === null ? '—' : num(s.qualityMedian)}{' '}
                <small class="muted">({signed(s.change.qualityMedian)})</small>
              </dd>
            </div>
            <div>
              <dt>{t('summary_voice_median')}</dt>
              <dd data-fact="voice">{s.voiceMedian === null ? '—' : num(s.voiceMedian)}</dd>
            </div>
            <div>
              <dt>{t('summary_active_days')}</dt>
              <dd>
                {num(s.activeDays)}/{num(7)}
              </dd>
            </div>
            <div>
              <dt>{t('summary_streak')}</dt>
              <dd data-fact="streak">{num(s.streak)}</dd>
            </div>
          </dl>
          <h3>{t('summary_by_platform')}</h3>
          <p>
            {PLATFORMS.filter((p) => s.byPlatform[p])
              .map((p) => `${t(`platform_${p}`)} ${num(s.byPlatform[p]!)}`)
              .join(' · ') || t('summary_none')}
          </p>
          <h3>{t('summary_by_intent')}</h3>
          <p>{INTENTS.map((x) => `${t(`intent_${x}`)} ${num(s.byIntent[x])}`).join(' · ')}</p>
          <h3>{t('summary_goals')}</h3>
          <ul class="goals">
            {s.goalResults.map((g) => (
              <li key={g.id} data-goal={g.id} data-verdict={g.verdict}>
                <span aria-hidden="true">{VERDICT_ICONS[g.verdict]}</span> {t(`summary_goal_${g.id}`)} —{' '}
                {t(VERDICT_KEYS[g.verdict])}
              </li>
            ))}
          </ul>
          <h3>{t('summary_top_nudges')}</h3>
          {s.topNudges.length ? (
            <ol>
              {s.topNudges.map((n) => (
                <li key={n.rule}>
                  {ruleName(n.rule, t)} — {t(`reason_${n.reason}`)} ({num(n.count)})
                </li>
              ))}
            </ol>
          ) : (
            <p class="muted">{t('summary_none')}</p>
          )}
          {s.outcomes ? <WhatWorksCard whatWorks={s.outcomes.whatWorks} times={s.outcomes.times} /> : null}
          <div class="card focus">
            <h3>{t('summary_focus_next')}</h3>
            <p>
              <strong>{t(`reason_${s.focus}`)}</strong> — {t(`summary_focus_${s.focus}`)}
            </p>
          </div>
          <h3>{t('popup_summary_export')}</h3>
          <label class="check">
            <input
              type="checkbox"
              data-csv-texts
              checked={csvTexts}
              onChange={(e) => setCsvTexts((e.target as HTMLInputElement).checked)}
            />{' '}
            {t('popup_summary_csv_texts')}
          </label>
          <div class="exports">
            {FORMATS.map((f) => (
              <div key={f.id} class="export-row">
                <button
                  type="button"
                  data-export={f.id}
                  onClick={() => download(s, f.id, i, { texts: csvTexts })}
                >
                  ⤓ {t('popup_summary_download', [f.label])}
                </button>
                {f.id !== 'html' ? (
                  <button type="button" data-copy={f.id} onClick={() => void doCopy(f.id)}>
                    ⧉ {t('popup_summary_copy', [f.label])}
                  </button>
                ) : null}
              </div>
            ))}
          </div>
        </>
      )}
      <p role="status" class="muted">
        {note}
      </p>
    </div>
  );
}
