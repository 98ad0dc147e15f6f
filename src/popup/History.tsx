import { useEffect, useRef, useState } from 'preact/hooks';
import { ruleLabel } from '../core/export/common';
import type { PostRecord } from '../core/model';
import { INTENTS, type Intent, PLATFORMS, type Platform, REASONS } from '../core/types';
import { recentPosts } from '../storage/read';
import { useI18n } from '../ui/i18n';
import { send } from '../ui/messaging';
import type { PopupProps } from './Popup';

const PAGE = 30;

/** A rule's name in the user's language (see `ruleLabel`). */
export const ruleName = (rule: string, t: (id: string) => string) => ruleLabel(rule, t);

function Detail({
  post,
  onBack,
  onDeleted,
}: {
  post: PostRecord;
  onBack: () => void;
  onDeleted: () => void;
}) {
  const i = useI18n();
  const { t } = i;
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState('');
  const backRef = useRef<HTMLButtonElement>(null);
  useEffect(() => backRef.current?.focus(), []);
  const del = async () => {
    try {
      await send({ type: 'post/delete', id: post.id });
      onDeleted();
    } catch (e) {
      setError(t('popup_error', [String(e)]));
    }
  };
  const groups = REASONS.map((r) => ({ r, list: post.findings.filter((f) => f.reason === r) })).filter(
    (g) => g.list.length,
  );
  return (
    <article class="detail" data-post={post.id}>
      <button type="button" class="link" ref={backRef} onClick={onBack}>
        ← {t('popup_history_back')}
      </button>
      <p class="meta">
        <strong>{t(`platform_${post.platform}`)}</strong> · {t(`kind_${post.kind}`)} · {i.dateTime(post.time)}
      </p>
      <p class="meta">
        <span class={`intent intent-${post.intent}`}>{t(`intent_${post.intent}`)}</span> ·{' '}
        {t('popup_history_quality', [post.quality])} · {t('popup_history_voice', [post.voice])}
      </p>
      {post.text !== undefined ? (
        <blockquote class="post-text">{post.text}</blockquote>
      ) : (
        <p class="muted">{t('popup_history_no_text')}</p>
      )}
      <h3>{t('popup_history_nudges')}</h3>
      {groups.length === 0 ? <p class="muted">{t('popup_history_no_nudges')}</p> : null}
      {groups.map((g) => (
        <div key={g.r}>
          <h4>{t(`reason_${g.r}`)}</h4>
          <ul>
            {g.list.map((f) => (
              <li key={f.rule} data-rule={f.rule} data-reason={f.reason} class={`sev-${f.severity}`}>
                {ruleName(f.rule, t)}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <div class="row delete-row">
        {confirming ? (
          <>
            <span role="alert">{t('popup_history_delete_confirm')}</span>
            <button type="button" class="danger" onClick={del}>
              {t('popup_history_delete_yes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('popup_history_cancel')}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            🗑 {t('popup_history_delete')}
          </button>
        )}
      </div>
      {error ? <p role="alert">{error}</p> : null}
    </article>
  );
}

export function History(props: PopupProps) {
  const i = useI18n();
  const { t } = i;
  const [platform, setPlatform] = useState<Platform | ''>('');
  const [intent, setIntent] = useState<Intent | ''>('');
  const [posts, setPosts] = useState<PostRecord[] | null>(null);
  const [more, setMore] = useState(false);
  const [open, setOpen] = useState<PostRecord | null>(null);
  const [reload, setReload] = useState(0);
  const load = async (shownSoFar?: PostRecord[]) => {
    const db = await props.db();
    const last = shownSoFar?.[shownSoFar.length - 1];
    const page = await recentPosts(db, {
      limit: PAGE + 1,
      ...(platform ? { platform } : {}),
      ...(intent ? { intent } : {}),
      ...(last
        ? { before: last.time, shown: shownSoFar!.filter((p) => p.time === last.time).map((p) => p.id) }
        : {}),
    });
    const before = last?.time;
    setMore(page.length > PAGE);
    const rows = page.slice(0, PAGE);
    setPosts((prev) => (before !== undefined && prev ? [...prev, ...rows] : rows));
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: loads once per key; props and words are fixed for the page
  useEffect(() => {
    void load();
  }, [platform, intent, reload]);
  if (open) {
    return (
      <Detail
        post={open}
        onBack={() => setOpen(null)}
        onDeleted={() => {
          setOpen(null);
          setReload((n) => n + 1);
        }}
      />
    );
  }
  return (
    <div class="history">
      <div class="filters row">
        <label>
          {t('popup_filter_platform')}{' '}
          <select
            value={platform}
            onChange={(e) => setPlatform((e.target as HTMLSelectElement).value as Platform | '')}
          >
            <option value="">{t('popup_filter_all')}</option>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {t(`platform_${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('popup_filter_intent')}{' '}
          <select
            value={intent}
            onChange={(e) => setIntent((e.target as HTMLSelectElement).value as Intent | '')}
          >
            <option value="">{t('popup_filter_all')}</option>
            {INTENTS.map((x) => (
              <option key={x} value={x}>
                {t(`intent_${x}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {posts === null ? <p class="muted">{t('popup_loading')}</p> : null}
      {posts?.length === 0 ? <p class="muted empty">{t('popup_history_empty')}</p> : null}
      <ul class="posts">
        {posts?.map((p) => (
          <li key={p.id}>
            <button type="button" class="post-row" data-post={p.id} onClick={() => setOpen(p)}>
              <span class="post-top">
                <span class="platform">{t(`platform_${p.platform}`)}</span>
                <span class={`intent intent-${p.intent}`}>{t(`intent_${p.intent}`)}</span>
                <span class="muted when">{i.dateTime(p.time)}</span>
              </span>
              <span class="post-text-line">{p.text ?? t('popup_history_no_text')}</span>
              <span class="post-scores muted">
                {t('popup_history_quality', [p.quality])} · {t('popup_history_voice', [p.voice])}
                {p.kind !== 'post' ? ` · ${t(`kind_${p.kind}`)}` : ''}
                {p.source === 'import' ? ` · ${t('popup_history_source_import')}` : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {more && posts?.length ? (
        <button type="button" onClick={() => void load(posts)}>
          {t('popup_history_more')}
        </button>
      ) : null}
    </div>
  );
}
