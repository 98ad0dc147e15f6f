// The options page's side of an import: read and analyse in a worker (or, where a worker cannot
// start, on the page in chunks that yield), then hand the records to the background in staged
// chunks that it commits in ONE transaction at the end. Nothing is written unless every step
// succeeded; the history that was there is never touched except by adding new ids.
import type { PostRecord } from '../storage/record';
import { ImportError, readArchive } from './index';
import { analyzePosts, type ImportSummary, nothingReadable, summarize } from './pipeline';
import type { Source } from './types';

export type Phase = 'reading' | 'analysing' | 'saving';
export type WorkerIn = { file: Blob & { name: string } };
export type WorkerOut =
  | { type: 'progress'; phase: Phase; done: number; total: number }
  | { type: 'records'; records: PostRecord[] }
  /** `records` holds what was not sent before in `records` messages (nothing, from our worker). */
  | { type: 'done'; records: PostRecord[]; summary: ImportSummary }
  | { type: 'error'; message: string };

export function blobSource(file: Blob & { name: string }): Source {
  return {
    name: file.name,
    size: file.size,
    read: async (offset, length) => new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()),
  };
}

export interface Progress {
  phase: Phase;
  done: number;
  total: number;
}

/** Reads and analyses `file`; in a worker where possible. Rejects with the clear message. */
export function analyseFile(
  file: Blob & { name: string },
  onProgress: (p: Progress) => void,
): Promise<{ records: PostRecord[]; summary: ImportSummary }> {
  let worker: Worker | undefined;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = undefined;
  }
  if (!worker) return analyseOnPage(file, onProgress);
  const w = worker;
  return new Promise((resolve, reject) => {
    const received: PostRecord[] = [];
    w.onmessage = (event: MessageEvent<WorkerOut>) => {
      const m = event.data;
      if (m.type === 'progress') onProgress({ phase: m.phase, done: m.done, total: m.total });
      else if (m.type === 'records') {
        for (const r of m.records) received.push(r);
      } else {
        w.terminate();
        if (m.type === 'done') {
          for (const r of m.records) received.push(r);
          resolve({ records: received, summary: m.summary });
        } else reject(new Error(m.message));
      }
    };
    w.onerror = (event) => {
      w.terminate();
      // The worker could not load (a restrictive environment): do the work on the page instead.
      event.preventDefault();
      analyseOnPage(file, onProgress).then(resolve, reject);
    };
    w.postMessage({ file } satisfies WorkerIn);
  });
}

async function analyseOnPage(file: Blob & { name: string }, onProgress: (p: Progress) => void) {
  onProgress({ phase: 'reading', done: 0, total: 0 });
  const parsed = await readArchive(blobSource(file));
  const records = await analyzePosts(parsed, {
    chunk: 250,
    yieldBetweenChunks: true,
    onProgress: (done, total) => onProgress({ phase: 'analysing', done, total }),
  });
  const nothing = nothingReadable(parsed, records);
  if (nothing) throw new ImportError(nothing, { file: file.name });
  return { records, summary: summarize(parsed, records) };
}

/** What the page needs to commit: the background's staging messages (see src/background/import.ts). */
export interface Committer {
  stage(importId: string, seq: number, records: PostRecord[]): Promise<void>;
  commit(importId: string, count: number): Promise<CommitResult>;
  abort(importId: string): Promise<void>;
}

export const STAGE_CHUNK = 2000;

export interface CommitResult {
  added: number;
  skipped: number;
  /** Older than the retention period: not written. */
  expired: number;
  /** How long the one write transaction took (diagnostics). */
  writeMs?: number;
}

/** Sends the records in chunks, then commits them all in one transaction. */
export async function commitRecords(
  records: PostRecord[],
  committer: Committer,
  onProgress: (p: Progress) => void,
): Promise<CommitResult> {
  const importId = `import-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  try {
    for (let i = 0, seq = 0; i < records.length; i += STAGE_CHUNK, seq++) {
      onProgress({ phase: 'saving', done: i, total: records.length });
      await committer.stage(importId, seq, records.slice(i, i + STAGE_CHUNK));
    }
    onProgress({ phase: 'saving', done: records.length, total: records.length });
    return await committer.commit(importId, records.length);
  } catch (error) {
    await committer.abort(importId).catch(() => undefined);
    throw error;
  }
}
