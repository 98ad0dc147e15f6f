import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Finding } from '../core/types';
import { REASONS } from '../core/types';
import type { DraftInfo, Reply } from '../messages';
import { useI18n } from '../ui/i18n';

/** Asks the active tab's content script for its draft; null when there is none (or no script). */
export async function askActiveTab(): Promise<DraftInfo | null> {
  // `?tab=ID` opens the popup for a given tab (the popup opened in a tab of its own: tests).
  const forced = Number(new URLSearchParams(location.search).get('tab'));
  const id =
    Number.isInteger(forced) && forced > 0
      ? forced
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return null;
  const reply = (await Promise.race([
    browser.tabs.sendMessage(id, { type: 'draft/get' }),
    new Promise((r) => setTimeout(() => r(undefined), 400)),
  ]).catch(() => undefined)) as Reply<DraftInfo | null> | undefined;
  return reply?.ok && reply.value?.analysis ? reply.value : null;
}

export function Now(props: { getDraft?: (() => Promise<DraftInfo | null>) | undefined }) {
  const i = useI18n();
  const [draft, setDraft] = useState<DraftInfo | null | undefined>(undefined);
  // biome-ignore lint/correctness/useExhaustiveDependencies: loads once per key; props and words are fixed for the page
  useEffect(() => {
    (props.getDraft ?? askActiveTab)().then(setDraft, () => setDraft(null));
  }, []);
  if (draft === undefined) return <section class="now card" aria-busy="true" />;
  if (draft === null) {
    return (
      <section class="now card" aria-labelledby="now-title">
        <h2 id="now-title" class="sr-only">
          {i.t('popup_now_title')}
        </h2>
        <p class="muted invite">✎ {i.t('popup_now_invite')}</p>
      </section>
    );
  }
  const a = draft.analysis;
  // The same draft score the pill shows (src/content/pill/pill.ts `draftScore`): quality and voice.
  const score = Math.round((a.quality + a.voice) / 2);
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
        <span class="muted">{i.t('popup_now_nudges', [a.findings.length])}</span>
      </div>
      <p class="muted now-scores">
        {i.t('popup_history_quality', [a.quality])} · {i.t('popup_history_voice', [a.voice])}
      </p>
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
