// The options page's side of an import: read and analyse in a worker (or, where a worker cannot
// start, on the page in chunks that yield), then hand the records to the background in staged
// chunks that it commits in ONE transaction at the end. Nothing is written unless every step
// succeeded; the history that was there is never touched except by adding new ids.
import type { KpiEntry, PostRecord, Settings } from '../core/model';
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

/** The rejection of an import the user cancelled (its message is never shown). */
export class ImportCancelled extends Error {
  constructor() {
    super('the import was cancelled; nothing was written');
    this.name = 'ImportCancelled';
  }
}

function throwIfCancelled(signal?: AbortSignal): void {
  if (signal?.aborted) throw new ImportCancelled();
}

/**
 * Reads and analyses `file`; in a worker where possible. Rejects with the clear message, or with
 * ImportCancelled once `signal` aborts (the worker is stopped at once).
 */
export function analyseFile(
  file: Blob & { name: string },
  onProgress: (p: Progress) => void,
  signal?: AbortSignal,
): Promise<{ records: PostRecord[]; summary: ImportSummary }> {
  if (signal?.aborted) return Promise.reject(new ImportCancelled());
  let worker: Worker | undefined;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = undefined;
  }
  if (!worker) return analyseOnPage(file, onProgress, signal);
  const w = worker;
  return new Promise((resolve, reject) => {
    signal?.addEventListener('abort', () => {
      w.terminate();
      reject(new ImportCancelled());
    });
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
      analyseOnPage(file, onProgress, signal).then(resolve, reject);
    };
    w.postMessage({ file } satisfies WorkerIn);
  });
}

async function analyseOnPage(
  file: Blob & { name: string },
  onProgress: (p: Progress) => void,
  signal?: AbortSignal,
) {
  onProgress({ phase: 'reading', done: 0, total: 0 });
  const parsed = await readArchive(blobSource(file));
  throwIfCancelled(signal);
  const records = await analyzePosts(parsed, {
    chunk: 250,
    yieldBetweenChunks: true,
    onProgress: (done, total) => {
      throwIfCancelled(signal);
      onProgress({ phase: 'analysing', done, total });
    },
  });
  const nothing = nothingReadable(parsed, records);
  if (nothing) throw new ImportError(nothing, { file: file.name });
  return { records, summary: summarize(parsed, records) };
}

/** What the page needs to commit: the background's staging messages (see src/background/import.ts). */
export interface Committer {
  stage(importId: string, seq: number, records: PostRecord[]): Promise<unknown>;
  commit(importId: string, count: number): Promise<CommitResult>;
  abort(importId: string): Promise<unknown>;
}

export const STAGE_CHUNK = 2000;

/**
 * Largest staged chunk, in bytes of its JSON: a quarter of Chrome's 64 MiB runtime message limit
 * ("Message exceeded maximum allowed size"), so 2,000 records of 100,000 characters
 * (200 MB) go in many messages instead of one that fails.
 */
export const STAGE_CHUNK_BYTES = 16 * 1024 * 1024;

/**
 * An upper bound of a record's JSON size in bytes, without serialising it: one character of text
 * is at most 6 bytes of JSON (a control character's `\u0001`), the other fields are bounded by
 * the record schema (at most 500 findings of a short rule id).
 */
export function recordBytesBound(r: PostRecord): number {
  return 1024 + r.findings.length * 160 + (r.text?.length ?? 0) * 6;
}

/** Splits records into chunks of at most `maxCount` records and `maxBytes` (by recordBytesBound). */
export function chunkByBytes(
  records: PostRecord[],
  maxBytes = STAGE_CHUNK_BYTES,
  maxCount = STAGE_CHUNK,
): PostRecord[][] {
  const chunks: PostRecord[][] = [];
  let chunk: PostRecord[] = [];
  let bytes = 0;
  for (const r of records) {
    const size = recordBytesBound(r);
    if (chunk.length && (chunk.length >= maxCount || bytes + size > maxBytes)) {
      chunks.push(chunk);
      chunk = [];
      bytes = 0;
    }
    chunk.push(r);
    bytes += size;
  }
  if (chunk.length) chunks.push(chunk);
  return chunks;
}

export interface CommitResult {
  added: number;
  skipped: number;
  /** Already stored, and given the archive's newer counts (a re-imported archive). */
  updated?: number;
  /** Older than the retention period: not written. */
  expired: number;
  /** How long the one write transaction took (diagnostics). */
  writeMs?: number;
}

const newImportId = (kind: string) =>
  `${kind}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * Sends the records in chunks, then commits them all in one transaction. Once `signal` aborts
 * (the Cancel button), no further chunk is sent, the staged ones are dropped and it rejects with
 * ImportCancelled; the commit itself, once sent, is one transaction and finishes.
 */
export async function commitRecords(
  records: PostRecord[],
  committer: Committer,
  onProgress: (p: Progress) => void,
  signal?: AbortSignal,
): Promise<CommitResult> {
  const importId = newImportId('import');
  try {
    let done = 0;
    for (const [seq, chunk] of chunkByBytes(records).entries()) {
      throwIfCancelled(signal);
      onProgress({ phase: 'saving', done, total: records.length });
      await committer.stage(importId, seq, chunk);
      done += chunk.length;
    }
    throwIfCancelled(signal);
    onProgress({ phase: 'saving', done: records.length, total: records.length });
    return await committer.commit(importId, records.length);
  } catch (error) {
    await committer.abort(importId).catch(() => undefined);
    throw error;
  }
}

/** What a restore needs from the page's messaging (src/ui/messaging.ts `send`). */
export interface RestoreSender {
  stage(importId: string, seq: number, records: PostRecord[]): Promise<unknown>;
  restore(msg: {
    importId: string;
    count: number;
    kpis: KpiEntry[];
    settings: Settings;
  }): Promise<{ posts: number; kpis: number }>;
  abort(importId: string): Promise<unknown>;
}

/**
 * Restores a backup through the staged path imports use: the posts in
 * chunks by bytes, then ONE `data/restore` that replaces history and settings all or nothing.
 */
export async function restoreRecords(
  backup: { posts: PostRecord[]; kpis: KpiEntry[]; settings: Settings },
  sender: RestoreSender,
  onProgress: (p: Progress) => void = () => undefined,
): Promise<{ posts: number; kpis: number }> {
  const importId = newImportId('restore');
  try {
    let done = 0;
    for (const [seq, chunk] of chunkByBytes(backup.posts).entries()) {
      onProgress({ phase: 'saving', done, total: backup.posts.length });
      await sender.stage(importId, seq, chunk);
      done += chunk.length;
    }
    return await sender.restore({
      importId,
      count: backup.posts.length,
      kpis: backup.kpis,
      settings: backup.settings,
    });
  } catch (error) {
    await sender.abort(importId).catch(() => undefined);
    throw error;
  }
}
