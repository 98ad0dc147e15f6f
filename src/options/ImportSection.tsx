// Importing past posts from platform archives, and backup/restore. The parsers, the
// engine and the backup code load only when a file is chosen (dynamic import), so the options
// page opens as fast as before; reading and analysing run in a worker with a progress bar.
import { useRef, useState } from 'preact/hooks';
import type { ImportSummary } from '../import/pipeline';
import type { Progress } from '../import/run';
import { useI18n } from '../ui/i18n';
import { send } from '../ui/messaging';
import { ArchiveHelp } from './ArchiveHelp';
import { ImportErrorMessage } from './ImportErrorMessage';
import { useRetentionPrompt } from './RetentionPrompt';
import './import.css';

type State =
  | { step: 'idle' }
  | { step: 'busy'; file: string; progress: Progress }
  | { step: 'done'; report: string; details: string[]; writeMs?: number }
  | { step: 'cancelled' }
  | { step: 'error'; message: string; error?: unknown };

type Restore =
  | { step: 'idle' }
  | { step: 'confirm'; posts: number; kpis: number; made: string; apply: () => Promise<void> };

export function ImportSection(_props: Record<string, never>) {
  const i18n = useI18n();
  const { t, tn } = i18n;
  /** "3 posts and 1 KPI entry", in the page's language. */
  const postsAndKpis = (posts: number, kpis: number) => [
    tn('count_posts', posts),
    tn('count_kpi_entries', kpis),
  ];
  const [state, setState] = useState<State>({ step: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [backupStatus, setBackupStatus] = useState('');
  const [restore, setRestore] = useState<Restore>({ step: 'idle' });
  const retention = useRetentionPrompt();
  // The running import's Cancel: stops the worker or the staging; nothing is written.
  const cancelRef = useRef<AbortController | null>(null);

  const importFile = async (file: File) => {
    const cancel = new AbortController();
    cancelRef.current = cancel;
    setState({ step: 'busy', file: file.name, progress: { phase: 'reading', done: 0, total: 0 } });
    try {
      const [
        { analyseFile, commitRecords },
        { reportLine, FORMATS_WITH_COUNTS, FORMAT_NAMES },
        { loadSettings },
      ] = await Promise.all([
        import('../import/run'),
        import('../import/pipeline'),
        import('../storage/settings'),
      ]);
      const onProgress = (progress: Progress) => {
        if (!cancel.signal.aborted) setState({ step: 'busy', file: file.name, progress });
      };
      const { records, summary } = await analyseFile(file, onProgress, cancel.signal);
      await retention.ask(
        records.map((r) => r.time),
        (await loadSettings()).retentionDays,
      );
      const result = await commitRecords(
        records,
        {
          stage: (importId, seq, chunk) => send({ type: 'import/stage', importId, seq, records: chunk }),
          commit: (importId, count) => send({ type: 'import/commit', importId, count }),
          abort: (importId) => send({ type: 'import/abort', importId }),
        },
        onProgress,
        cancel.signal,
      );
      const settings = await loadSettings();
      const details: string[] = [];
      if (result.skipped) details.push(tn('import_already', result.skipped));
      if (result.added !== records.length) details.push(tn('import_added', result.added));
      if (result.expired)
        details.push(tn('import_expired', result.expired, [tn('count_days', settings.retentionDays)]));
      // Only X's archives carry counts; say so either way.
      if (FORMATS_WITH_COUNTS.includes(summary.format))
        details.push(tn('import_with_counts', summary.withCounts, [records.length]));
      else details.push(t('import_no_counts', [FORMAT_NAMES[summary.format]]));
      if (result.updated) details.push(tn('import_counts_updated', result.updated));
      if (summary.skipped.invalid) details.push(tn('import_invalid_skipped', summary.skipped.invalid));
      for (const w of summary.warnings.slice(0, 5)) details.push(w);
      const verb = result.added === records.length ? 'imported' : 'found';
      setState({
        step: 'done',
        report: localReport(summary, reportLine, i18n.lang, verb),
        details,
        writeMs: result.writeMs,
      });
    } catch (error) {
      if (error instanceof Error && error.name === 'ImportCancelled') setState({ step: 'cancelled' });
      else
        setState({ step: 'error', message: error instanceof Error ? error.message : String(error), error });
    } finally {
      if (cancelRef.current === cancel) cancelRef.current = null;
    }
  };

  const onPick = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void importFile(file);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer?.files?.[0];
    if (file && state.step !== 'busy') void importFile(file);
  };

  const downloadBackup = async () => {
    try {
      const [{ makeBackup, serializeBackup, backupFileName }, { openDb }, { dumpAll }, { loadSettings }] =
        await Promise.all([
          import('../import/backup'),
          import('../storage/db'),
          import('../storage/read'),
          import('../storage/settings'),
        ]);
      const [{ posts, kpis }, settings] = await Promise.all([openDb().then(dumpAll), loadSettings()]);
      const backup = makeBackup({ posts, kpis, settings });
      const url = URL.createObjectURL(new Blob([serializeBackup(backup)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = backupFileName(backup);
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setBackupStatus(t('backup_downloaded', postsAndKpis(posts.length, kpis.length)));
    } catch (error) {
      setBackupStatus(error instanceof Error ? error.message : String(error));
    }
  };

  const pickBackup = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const [{ parseBackup, backupSettings }, { restoreRecords }] = await Promise.all([
        import('../import/backup'),
        import('../import/run'),
      ]);
      const backup = parseBackup(await file.text(), file.name);
      setRestore({
        step: 'confirm',
        posts: backup.posts.length,
        kpis: backup.kpis.length,
        made: backup.exportedAt.slice(0, 10),
        apply: async () => {
          // Staged in chunks, then one all-or-nothing restore of history and settings.
          const settings = backupSettings(backup);
          await restoreRecords(
            { posts: backup.posts, kpis: backup.kpis, settings },
            {
              stage: (importId, seq, records) =>
                send({ type: 'import/stage', importId, seq, records, restore: true }),
              restore: (m) => send({ type: 'data/restore', posts: [], ...m, settings: { ...m.settings } }),
              abort: (importId) => send({ type: 'import/abort', importId }),
            },
          );
          setBackupStatus(t('backup_restored', postsAndKpis(backup.posts.length, backup.kpis.length)));
        },
      });
      setBackupStatus('');
    } catch (error) {
      setBackupStatus(error instanceof Error ? error.message : String(error));
    }
  };

  const busy = state.step === 'busy';
  const p = busy ? state.progress : null;
  const progressText =
    p === null
      ? ''
      : p.phase === 'reading'
        ? t('import_reading', [(state as { file: string }).file])
        : tn(`import_${p.phase}`, p.total, [p.done]);

  return (
    <div class="field import-section" data-testid="import-section">
      <h3 id="import-title">{t('import_title')}</h3>
      <p class="help">{t('import_intro')}</p>
      <p class="help">{t('import_formats')}</p>
      <ArchiveHelp />
      <label
        class={`dropzone${dragging ? ' over' : ''}${busy ? ' busy' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <input
          type="file"
          data-testid="import-file"
          class="sr-only"
          accept=".zip,.js,.json,.csv,.car,.txt"
          disabled={busy}
          onChange={onPick}
          aria-describedby="import-title"
        />
        <span>
          <strong>{t('import_choose')}</strong> {t('import_drop')}
        </span>
      </label>
      {p ? (
        <div class="import-progress" data-testid="import-progress">
          <progress
            max={p.total || 1}
            value={p.phase === 'reading' ? undefined : p.done}
            aria-label={progressText}
          />
          <span>{progressText}</span>
          {p.phase !== 'saving' || p.done < p.total ? (
            <button type="button" data-testid="import-cancel" onClick={() => cancelRef.current?.abort()}>
              {t('import_cancel')}
            </button>
          ) : null}
        </div>
      ) : null}
      {retention.element}
      {state.step === 'cancelled' ? (
        <p role="status" class="help" data-testid="import-cancelled">
          {t('import_cancelled')}
        </p>
      ) : null}
      <div
        role="status"
        aria-live="polite"
        data-testid="import-status"
        data-write-ms={state.step === 'done' ? state.writeMs : undefined}
      >
        {state.step === 'done' ? (
          <>
            <p class="import-report">
              <strong>{state.report}</strong>
            </p>
            {state.details.map((d) => (
              <p key={d} class="help">
                {d}
              </p>
            ))}
          </>
        ) : null}
      </div>
      {state.step === 'error' ? <ImportErrorMessage error={state.error} fallback={state.message} /> : null}

      <h3 id="backup-title">{t('backup_title')}</h3>
      <p class="help">{t('backup_intro')}</p>
      <div class="row">
        <button type="button" data-testid="backup-download" onClick={() => void downloadBackup()}>
          {t('backup_download')}
        </button>
        <label class="button-like">
          {t('backup_restore')}
          <input type="file" accept=".json" data-testid="backup-file" class="sr-only" onChange={pickBackup} />
        </label>
      </div>
      {restore.step === 'confirm' ? (
        <fieldset class="confirm" aria-labelledby="restore-text">
          <p id="restore-text">
            {t('backup_restore_confirm', [...postsAndKpis(restore.posts, restore.kpis), restore.made])}
          </p>
          <div class="row">
            <button
              type="button"
              class="danger"
              data-testid="backup-restore"
              onClick={() => {
                const apply = restore.apply;
                setRestore({ step: 'idle' });
                apply().catch((e: unknown) =>
                  setBackupStatus(
                    `${t('backup_restore_failed')}: ${e instanceof Error ? e.message : String(e)}`,
                  ),
                );
              }}
            >
              {t('backup_restore_yes')}
            </button>
            <button type="button" onClick={() => setRestore({ step: 'idle' })}>
              {t('backup_restore_cancel')}
            </button>
          </div>
        </fieldset>
      ) : null}
      <p role="status" class="help" data-testid="backup-status">
        {backupStatus}
      </p>
    </div>
  );
}

/** The report line, in Bengali digits and words where the page is in Bengali. */
function localReport(
  summary: ImportSummary,
  reportLine: (s: ImportSummary, verb: string) => string,
  lang: string,
  verb: 'imported' | 'found',
): string {
  if (lang !== 'bn') return reportLine(summary, verb);
  const n = (v: number) => v.toLocaleString('bn-BD');
  const skipped = Object.values(summary.skipped).reduce((a, b) => a + b, 0);
  const got = [`${n(summary.posts)}টি পোস্ট`, `${n(summary.replies)}টি উত্তর`];
  if (summary.comments) got.push(`${n(summary.comments)}টি মন্তব্য`);
  return `${got.join(', ')} ${verb === 'imported' ? 'আনা হয়েছে' : 'পাওয়া গেছে'}${skipped ? `; ${n(summary.skipped.repost)}টি রিপোস্টসহ ${n(skipped)}টি বাদ` : ''}`;
}
