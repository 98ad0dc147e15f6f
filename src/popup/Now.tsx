import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { draftScore } from '../core/score';
import type { Finding } from '../core/types';
import { REASONS } from '../core/types';
import type { DraftInfo, PageStatus, Reply, TabMessageOf, TabReplies } from '../messages';
import { PRACTICE_PAGE } from '../practice/url';
import { hasCounts } from '../sites/count-sites';
import { COUNTS_LAST_READ } from '../storage/settings';
import { type I18n, useI18n } from '../ui/i18n';

/** Whether counts are read on a site, and when they last were; null: never. */
export interface CountsStatus {
  on: boolean;
  lastRead: number | null;
}

/** From the settings (`readCounts`) and the background's note (`countsLastRead`). */
export async function askCountsStatus(site: string): Promise<CountsStatus> {
  const got = await browser.storage.local.get(['readCounts', COUNTS_LAST_READ]);
  const obj = (v: unknown) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {});
  const last = obj(got[COUNTS_LAST_READ])[site];
  return {
    on: obj(got.readCounts)[site] === true,
    lastRead: typeof last === 'number' && Number.isFinite(last) ? last : null,
  };
}

const HOUR = 3_600_000;

/** "Counts last read 3 days ago" / "… 2 hours ago" / "… less than an hour ago", never / off. */
export function countsLine(i: I18n, c: CountsStatus, now: number): string {
  if (!c.on) return i.t('popup_now_counts_off');
  if (c.lastRead === null) return i.t('popup_now_counts_never');
  const ago = Math.max(0, now - c.lastRead);
  if (ago < HOUR) return i.t('popup_now_counts_recent');
  if (ago < 24 * HOUR) return i.tn('popup_now_counts_hours', Math.floor(ago / HOUR));
  return i.tn('popup_now_counts_days', Math.floor(ago / (24 * HOUR)));
}

function CountsLine(props: { site: string; get: (site: string) => Promise<CountsStatus> }) {
  const i = useI18n();
  const [c, setC] = useState<CountsStatus | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: loads once per site
  useEffect(() => {
    props.get(props.site).then(setC, () => setC(null));
  }, [props.site]);
  if (!c) return null;
  return (
    <p class="muted now-counts" data-counts={c.on ? (c.lastRead === null ? 'never' : 'read') : 'off'}>
      {countsLine(i, c, Date.now())}
    </p>
  );
}

/** Asks the active tab's content script; undefined when there is no tab or no script. */
async function askTab<K extends 'draft/get' | 'page/status'>(
  msg: TabMessageOf<K>,
): Promise<TabReplies[K] | undefined> {
  // `?tab=ID` opens the popup for a given tab (the popup opened in a tab of its own: tests).
  const forced = Number(new URLSearchParams(location.search).get('tab'));
  const id =
    Number.isInteger(forced) && forced > 0
      ? forced
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return undefined;
  const reply = (await Promise.race([
    browser.tabs.sendMessage(id, msg),
    new Promise((r) => setTimeout(() => r(undefined), 400)),
  ]).catch(() => undefined)) as Reply<TabReplies[K]> | undefined;
  return reply?.ok ? reply.value : undefined;
}

/** The active tab's draft; null when there is none (or no script). */
export async function askActiveTab(): Promise<DraftInfo | null> {
  const value = await askTab({ type: 'draft/get' });
  return value?.analysis ? value : null;
}

/** What Postcoach sees in the active tab (say so when a site changed); null: no script. */
export async function askPageStatus(): Promise<PageStatus | null> {
  const value = await askTab({ type: 'page/status' });
  return value && typeof value.composers === 'number' ? value : null;
}

/** The site, the composers seen and the last recorded send: a site redesign shows here as 0. */
function PageLine(props: { status: PageStatus | null; getCounts?: (site: string) => Promise<CountsStatus> }) {
  const i = useI18n();
  const s = props.status;
  if (!s) return null;
  const counted = hasCounts(s.site);
  return (
    <>
      <p class="muted now-page" data-composers={s.composers}>
        {i.t('popup_now_site', [i.t(`platform_${s.site}`), i.num(s.composers)])}
        {' · '}
        {s.lastSentAt ? i.t('popup_now_last_sent', [i.dateTime(s.lastSentAt)]) : i.t('popup_now_no_sent')}
      </p>
      {counted ? <CountsLine site={s.site} get={props.getCounts ?? askCountsStatus} /> : null}
    </>
  );
}

export function Now(props: {
  getDraft?: (() => Promise<DraftInfo | null>) | undefined;
  getStatus?: (() => Promise<PageStatus | null>) | undefined;
  getCounts?: ((site: string) => Promise<CountsStatus>) | undefined;
}) {
  const i = useI18n();
  const [draft, setDraft] = useState<DraftInfo | null | undefined>(undefined);
  // undefined while the tab is asked; null: no content script there (not a coached site).
  const [status, setStatus] = useState<PageStatus | null | undefined>(undefined);
  // biome-ignore lint/correctness/useExhaustiveDependencies: loads once per key; props and words are fixed for the page
  useEffect(() => {
    (props.getDraft ?? askActiveTab)().then(setDraft, () => setDraft(null));
    (props.getStatus ?? askPageStatus)().then(setStatus, () => setStatus(null));
  }, []);
  if (draft === undefined) return <section class="now card" aria-busy="true" />;
  if (draft === null) {
    return (
      <section class="now card" aria-labelledby="now-title">
        <h2 id="now-title" class="sr-only">
          {i.t('popup_now_title')}
        </h2>
        <p class="muted invite">✎ {i.t('popup_now_invite')}</p>
        <PageLine status={status ?? null} {...(props.getCounts ? { getCounts: props.getCounts } : {})} />
        {status === null ? (
          <p class="now-practice">
            <a href={PRACTICE_PAGE} target="_blank" rel="noopener noreferrer">
              {i.t('popup_now_practice')}
            </a>
          </p>
        ) : null}
      </section>
    );
  }
  const a = draft.analysis;
  // The same number the pill shows (src/core/score.ts).
  const score = draftScore(a);
  const catalogT = (m: Finding['message']) => i.t(m.id, m.params);
  const byReason = REASONS.map((r) => ({ r, list: a.findings.filter((f) => f.reason === r) })).filter(
    (g) => g.list.length,
  );
  return (
    <section class="now card" aria-labelledby="now-title" data-draft="yes">
      <div class="now-head">
        <h2 id="now-title">{i.t('popup_now_title')}</h2>
        <span class="score" data-score={score}>
          {i.t('popup_now_score', [score])}
        </span>
        <span class={`intent intent-${a.intent.label}`}>{i.t(`intent_${a.intent.label}`)}</span>
        <span class="muted">{i.tn('count_nudges', a.findings.length)}</span>
      </div>
      <p class="muted now-scores">
        {i.t('popup_history_quality', [a.quality])} · {i.t('popup_history_voice', [a.voice])}
      </p>
      <PageLine status={status ?? null} {...(props.getCounts ? { getCounts: props.getCounts } : {})} />
      {byReason.length === 0 ? <p class="muted">{i.t('popup_now_none')}</p> : null}
      {byReason.map((g) => (
        <div key={g.r} class="now-group">
          <h3>{i.t(`reason_${g.r}`)}</h3>
          <ul>
            {g.list.map((f, k) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: findings have no id of their own
              <li key={k} data-rule={f.rule} data-reason={f.reason}>
                <span>{catalogT(f.message)}</span>
                {f.evidence.length ? (
                  <span class="muted"> — “{f.evidence.map((e) => e.text).join('”, “')}”</span>
                ) : null}
                <div class="suggestion">{catalogT(f.suggestion)}</div>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
