import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { RULE_MIX } from '../core/model';
import type { OwnerOutcomes } from '../core/summary/outcome-words';
import type { WeeklySummary } from '../core/summary/summary';
import type { Tile } from '../core/summary/tiles';
import { BarChart, MixChart, TrendChart } from '../ui/Charts';
import { type I18n, useI18n } from '../ui/i18n';
import { send } from '../ui/messaging';
import { StatusBadge } from '../ui/Status';
import { loadOutcomes, loadScorecard, type ScorecardData } from './data';
import type { PopupProps } from './Popup';
import { WhatWorksCard } from './WhatWorksCard';

const signed = (n: number | null, num: (n: number) => string) =>
  n === null ? '—' : n > 0 ? `+${num(n)}` : n < 0 ? `−${num(-n)}` : num(0);

/** This week's figure and the goal it is held against, for one tile. */
export function tileText(
  tile: Tile,
  s: WeeklySummary,
  setupDone: boolean,
  i: I18n,
): { figure: string[]; goal: string } {
  const { t, num, pct } = i;
  const g = s.goals;
  const none = t('popup_no_figure');
  switch (tile.reason) {
    case 'plan': {
      const logged = s.kpis.filter((k) => k.value !== null).length;
      return {
        figure: [
          !setupDone
            ? t('popup_plan_figure_nogoals')
            : g.kpis.length
              ? t('popup_plan_figure', [logged, g.kpis.length])
              : t('popup_plan_figure_nokpi'),
        ],
        goal: t('popup_plan_goal'),
      };
    }
    case 'content':
      return {
        figure: [
          s.qualityMedian === null ? none : t('popup_content_figure', [s.qualityMedian]),
          ...(s.change.qualityMedian === null
            ? []
            : [t('popup_trend', [signed(s.change.qualityMedian, num)])]),
        ],
        goal:
          s.quality.source === 'own'
            ? t('popup_content_goal_own', [num(s.quality.target), num(s.quality.posts)])
            : t('popup_content_goal', [num(s.quality.target)]),
      };
    case 'audience':
      return {
        figure: [s.focusShare === null ? none : t('popup_audience_figure', [pct(s.focusShare)])],
        goal: g.focusPlatforms.length
          ? t('popup_audience_goal', [pct(0.8), g.focusPlatforms.map((p) => t(`platform_${p}`)).join(', ')])
          : t('popup_audience_nofocus'),
      };
    case 'voice':
      return {
        figure: [
          s.voiceMedian === null ? none : t('popup_voice_figure', [s.voiceMedian]),
          ...(s.change.voiceMedian === null ? [] : [t('popup_trend', [signed(s.change.voiceMedian, num)])]),
        ],
        goal: t('popup_voice_goal', [70]),
      };
    case 'listening':
      return {
        figure: [
          t('popup_listening_figure', [
            s.selling.share === null ? none : pct(s.selling.share),
            s.conversations,
          ]),
        ],
        goal: t('popup_listening_goal', [
          pct(RULE_MIX[g.sellingRule].sellingMax),
          t(`rule_${g.sellingRule.replace(/-/g, '_')}`),
        ]),
      };
    case 'commitment':
      // Before setup there is no post goal to count against: the posts, not "0 of 3".
      if (!setupDone)
        return {
          figure: [
            t('popup_commitment_figure_unset', [s.posts.length, i.tn('count_active_days', s.activeDays)]),
          ],
          goal: '',
        };
      return {
        figure: [
          t('popup_commitment_figure', [
            s.posts.length,
            g.postsPerWeek,
            i.tn('count_active_days', s.activeDays),
          ]),
          t('popup_commitment_extra', [s.streak, Math.round(s.composeMs / 60000)]),
        ],
        goal: t('popup_commitment_goal', [g.postsPerWeek]),
      };
  }
}

function Kpis({ s, onSaved }: { s: WeeklySummary; onSaved: () => void }) {
  const { t } = useI18n();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(s.kpis.map((k) => [k.kpi, k.value === null ? '' : String(k.value)])),
  );
  const [msg, setMsg] = useState('');
  if (!s.goals.kpis.length) return null;
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      for (const k of s.goals.kpis) {
        const raw = (values[k] ?? '').trim();
        const value = raw === '' ? null : Number(raw);
        if (value !== null && !Number.isFinite(value)) continue;
        await send({ type: 'kpi/put', week: s.week.startDate, kpi: k, value });
      }
      setMsg(t('popup_kpi_saved'));
      onSaved();
    } catch (err) {
      setMsg(t('popup_error', [String(err)]));
    }
  };
  return (
    <form class="card kpis" onSubmit={save}>
      <h3>{t('popup_kpi_title')}</h3>
      <div class="kpi-grid">
        {s.goals.kpis.map((k, idx) => (
          <label key={k} for={`kpi-${idx}`}>
            <span>{k}</span>
            <input
              id={`kpi-${idx}`}
              type="number"
              inputMode="decimal"
              value={values[k] ?? ''}
              onInput={(e) => setValues({ ...values, [k]: (e.target as HTMLInputElement).value })}
            />
          </label>
        ))}
      </div>
      <div class="row">
        <button type="submit" class="primary">
          {t('popup_kpi_save')}
        </button>
        <span role="status" class="muted">
          {msg}
        </span>
      </div>
    </form>
  );
}

export function Scorecard(props: PopupProps) {
  const i = useI18n();
  const { t } = i;
  const [data, setData] = useState<ScorecardData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: loads once per reload; props are fixed for the page
  useEffect(() => {
    const now = (props.now ?? Date.now)();
    const pending =
      reload === 0 && props.scorecard
        ? props.scorecard
        : props.db().then((db) => loadScorecard(db, props.settings, now, i.timeZone));
    pending.then(setData, (e) => setError(String(e)));
  }, [reload]);
  useEffect(() => {
    if (!data) return;
    performance.mark('postcoach:scorecard-complete');
    document.body.dataset.scorecard = 'ready';
  }, [data]);
  // What works is learned after the scorecard is on screen (the background analyses every post
  // with counts; the tiles need not wait for it). A failure leaves the card out, never the scorecard.
  const [outcomes, setOutcomes] = useState<OwnerOutcomes | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once the scorecard is shown; props are fixed for the page
  useEffect(() => {
    if (!data || outcomes) return;
    loadOutcomes(i.timeZone).then(setOutcomes, () => undefined);
  }, [data]);
  if (error) return <p role="alert">{t('popup_error', [error])}</p>;
  if (!data)
    return (
      <p class="muted" aria-busy="true">
        {t('popup_loading')}
      </p>
    );
  const s = data.summary;
  const openOptions = () => void browser.runtime.openOptionsPage();
  const weekTick = new Set(data.weeks.slice(-4).map((w) => w.week));
  return (
    <div class="scorecard">
      <p class="week muted">{t('popup_week_range', [i.day(s.week.start), i.day(s.week.days[6]!)])}</p>
      <ul class="tiles">
        {data.tiles.map((tile) => {
          const text = tileText(tile, s, props.settings.setupDone, i);
          return (
            <li
              key={tile.reason}
              class={`tile tile-${tile.status}`}
              data-reason={tile.reason}
              data-status={tile.status}
            >
              <div class="tile-head">
                <h3>{t(`reason_${tile.reason}`)}</h3>
                <StatusBadge status={tile.status} />
              </div>
              {text.figure.map((f) => (
                <p key={f} class="figure">
                  {f}
                </p>
              ))}
              {tile.status === 'unset' ? (
                <button type="button" class="link set-goals" onClick={openOptions}>
                  {t('popup_set_goals')}
                </button>
              ) : (
                <p class="goal muted">{t('popup_goal', [text.goal])}</p>
              )}
            </li>
          );
        })}
      </ul>
      <Kpis s={s} onSaved={() => setReload((n) => n + 1)} />
      {outcomes ? <WhatWorksCard whatWorks={outcomes.whatWorks} times={outcomes.times} /> : null}
      <BarChart
        title={t('popup_chart_per_day')}
        head={[t('popup_chart_day'), t('popup_chart_posts')]}
        data={data.perDay.map((d) => ({
          label: i.day(d.start),
          value: d.count,
          ...(weekTick.has(d.day) ? { tick: i.day(d.start) } : {}),
        }))}
      />
      <MixChart
        title={t('popup_chart_mix')}
        head={[t('popup_chart_week'), t('intent_selling'), t('intent_listening'), t('intent_sharing')]}
        data={data.weeks.slice(-4).map((w) => ({ label: i.ymd(w.week), mix: w.mix }))}
      />
      <TrendChart
        title={t('popup_chart_quality')}
        head={[t('popup_chart_week'), t('popup_chart_quality_col')]}
        data={data.weeks.map((w) => ({ label: i.ymd(w.week), value: w.qualityMedian }))}
        goal={s.quality.target}
      />
    </div>
  );
}
