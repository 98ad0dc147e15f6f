// A clear message when the history database cannot be used: out of quota (a post the background
// could not save, or a write from this popup), held open by an older version of Postcoach in
// another tab (the open is blocked), saved by a newer version, or not opening at all.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { type DB, dbBlocked } from '../storage/db';
import {
  DB_BLOCKED_EVENT,
  STORAGE_PROBLEM_KEY,
  type StorageProblem,
  storageProblem,
} from '../storage/problem';
import { useI18n } from '../ui/i18n';

const KINDS: StorageProblem[] = ['quota', 'blocked', 'version', 'unavailable'];

export function StorageAlert({ db }: { db: () => Promise<DB> }) {
  const { t } = useI18n();
  const [problem, setProblem] = useState<{ kind: StorageProblem; detail: string } | null>(() =>
    dbBlocked() ? { kind: 'blocked', detail: '' } : null,
  );
  useEffect(() => {
    let live = true;
    const set = (p: { kind: StorageProblem; detail: string } | null) => {
      if (live) setProblem(p);
    };
    const onBlocked = () => set({ kind: 'blocked', detail: '' });
    globalThis.addEventListener(DB_BLOCKED_EVENT, onBlocked);
    if (dbBlocked()) onBlocked(); // blocked between the first render and now
    db().then(
      () => setProblem((p) => (live && p?.kind === 'blocked' ? null : p)),
      (e: unknown) => set({ kind: storageProblem(e) ?? 'unavailable', detail: String(e) }),
    );
    const onChanged = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      if (area !== 'local' || !(STORAGE_PROBLEM_KEY in changes)) return;
      const v = changes[STORAGE_PROBLEM_KEY]!.newValue as { kind?: StorageProblem } | undefined;
      setProblem((p) =>
        !live
          ? p
          : v?.kind && KINDS.includes(v.kind)
            ? { kind: v.kind, detail: '' }
            : p?.kind === 'quota'
              ? null
              : p,
      );
    };
    browser.storage.onChanged.addListener(onChanged);
    browser.storage.local
      .get(STORAGE_PROBLEM_KEY)
      .then((r) => {
        const v = r[STORAGE_PROBLEM_KEY] as { kind?: StorageProblem } | undefined;
        if (v?.kind && KINDS.includes(v.kind))
          setProblem((p) => (live ? (p ?? { kind: v.kind!, detail: '' }) : p));
      })
      .catch(() => undefined);
    return () => {
      live = false;
      globalThis.removeEventListener(DB_BLOCKED_EVENT, onBlocked);
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [db]);
  if (!problem) return null;
  return (
    <p class="card storage-problem" role="alert" data-storage-problem={problem.kind}>
      {t(`popup_storage_${problem.kind}`, problem.kind === 'unavailable' ? [problem.detail] : [])}
    </p>
  );
}
