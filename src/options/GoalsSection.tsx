// Goals: posts per week, the selling rule, focus platforms, KPIs, the week's first day; on the
// first run it ends with "Save and start" and then the next step (NextStep.tsx).
import { useEffect, useState } from 'preact/hooks';
import { QUALITY_GOALS, SELLING_RULES, type Settings, type WeekDay } from '../core/model';
import { median, OWN_QUALITY_DAYS, OWN_QUALITY_MIN_POSTS } from '../core/summary/summary';
import { PLATFORMS, type Platform } from '../core/types';
import { useI18n } from '../ui/i18n';
import { NextStep } from './NextStep';
import { Section, type SectionProps, useSectionStatus } from './section';

export const SITES = PLATFORMS.filter((p) => p !== 'generic');

export function GoalsSection({ s, update }: SectionProps) {
  const i = useI18n();
  const { t } = i;
  const [status, run] = useSectionStatus();
  const [newKpi, setNewKpi] = useState('');
  // Shown once "Save and start" was pressed on this page (not on later visits).
  const [started, setStarted] = useState(false);
  const goals = (patch: Partial<Settings['goals']>) => run(update({ goals: { ...s.goals, ...patch } }));
  const togglePlatform = (p: Platform, on: boolean) =>
    goals({
      focusPlatforms: on ? [...s.goals.focusPlatforms, p] : s.goals.focusPlatforms.filter((x) => x !== p),
    });
  const addKpi = (e: Event) => {
    e.preventDefault();
    const k = newKpi.trim().slice(0, 60);
    if (!k || s.goals.kpis.includes(k) || s.goals.kpis.length >= 8) return;
    setNewKpi('');
    void goals({ kpis: [...s.goals.kpis, k] });
  };
  const history = useQualityHistory();
  const start = async () => {
    if (await run(update({ setupDone: true }))) setStarted(true);
  };
  return (
    <Section id="goals" title={t('options_goals')} status={status}>
      <div class="field">
        <label for="ppw">{t('options_posts_per_week')}</label>
        <input
          id="ppw"
          type="number"
          min={1}
          max={100}
          value={s.goals.postsPerWeek}
          aria-describedby="ppw-help"
          onChange={(e) => {
            const v = Math.round(Number((e.target as HTMLInputElement).value));
            if (v >= 1 && v <= 100) void goals({ postsPerWeek: v });
          }}
        />
        <p id="ppw-help" class="help">
          {t('options_posts_per_week_help')}
        </p>
      </div>
      <fieldset class="field">
        <legend>{t('options_selling_rule')}</legend>
        {SELLING_RULES.map((r) => {
          const key = r.replace(/-/g, '_');
          return (
            <label key={r} class="choice">
              <input
                type="radio"
                name="rule"
                value={r}
                checked={s.goals.sellingRule === r}
                onChange={() => void goals({ sellingRule: r })}
              />
              <span>
                <strong>{t(`rule_${key}`)}</strong> <span class="help">{t(`options_rule_desc_${key}`)}</span>
              </span>
            </label>
          );
        })}
      </fieldset>
      <fieldset class="field">
        <legend>{t('options_focus')}</legend>
        <div class="checks">
          {SITES.map((p) => (
            <label key={p} class="check">
              <input
                type="checkbox"
                checked={s.goals.focusPlatforms.includes(p)}
                onChange={(e) => togglePlatform(p, (e.target as HTMLInputElement).checked)}
              />
              {t(`platform_${p}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset class="field">
        <legend>{t('options_kpis')}</legend>
        <p class="help">{t('options_kpis_help')}</p>
        <ul class="kpi-list">
          {s.goals.kpis.map((k) => (
            <li key={k}>
              <span>{k}</span>
              <button
                type="button"
                aria-label={t('options_kpi_remove', [k])}
                onClick={() => void goals({ kpis: s.goals.kpis.filter((x) => x !== k) })}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
        <form class="row" onSubmit={addKpi}>
          <input
            type="text"
            aria-label={t('options_kpi_new')}
            placeholder={t('options_kpi_new')}
            maxLength={60}
            value={newKpi}
            onInput={(e) => setNewKpi((e.target as HTMLInputElement).value)}
          />
          <button type="submit">{t('options_kpi_add')}</button>
        </form>
      </fieldset>
      <fieldset class="field" data-testid="quality-goal">
        <legend>{t('options_quality_goal')}</legend>
        {QUALITY_GOALS.map((q) => (
          <label key={q} class="choice">
            <input
              type="radio"
              name="quality-goal"
              value={q}
              checked={(s.goals.qualityGoal ?? 'own') === q}
              onChange={() => void goals({ qualityGoal: q })}
            />
            <span>{t(`options_quality_goal_${q}`)}</span>
          </label>
        ))}
        {history ? (
          <p class="help" data-testid="quality-goal-now">
            {history.length >= OWN_QUALITY_MIN_POSTS
              ? t('options_quality_goal_now', [i.num(Math.round(median(history)!)), i.num(history.length)])
              : t('options_quality_goal_nodata', [i.num(history.length), i.num(OWN_QUALITY_MIN_POSTS)])}
          </p>
        ) : null}
      </fieldset>
      <div class="field">
        <label for="ws">{t('options_week_start')}</label>
        <select
          id="ws"
          value={String(s.goals.weekStart)}
          onChange={(e) =>
            void goals({ weekStart: Number((e.target as HTMLSelectElement).value) as WeekDay })
          }
        >
          {[1, 2, 3, 4, 5, 6, 0].map((d) => (
            <option key={d} value={String(d)}>
              {i.weekday(d)}
            </option>
          ))}
        </select>
      </div>
      {!s.setupDone ? (
        <button type="button" class="primary" onClick={() => void start()}>
          {t('options_setup_done')}
        </button>
      ) : null}
      {started ? <NextStep s={s} /> : null}
    </Section>
  );
}

/**
 * The qualities of the posts of the last OWN_QUALITY_DAYS (what the own goal is the median of);
 * null while loading or where the history cannot be read (the choice still works).
 */
function useQualityHistory(): number[] | null {
  const [history, setHistory] = useState<number[] | null>(null);
  useEffect(() => {
    const now = Date.now();
    void Promise.all([import('../storage/db'), import('../storage/read')])
      .then(async ([{ openDb }, { postsBetween }]) =>
        postsBetween(await openDb(), now - OWN_QUALITY_DAYS * 86_400_000, now + 86_400_000),
      )
      .then(
        (posts) => setHistory(posts.map((p) => p.quality)),
        () => undefined,
      );
  }, []);
  return history;
}
