// The background's side of an archive import: the options page sends the analysed
// records in chunks (`import/stage`), then `import/commit` writes them all in ONE transaction
// (ids already stored are skipped, never overwritten, except that a newer reading of their
// counts replaces the stored one). Until the commit nothing is written; an abort, an error or a
// restarted service worker drops the staged chunks and the history stays as it was. Called by
// the router (src/background/router.ts) for the `import/*` messages.

import type { Settings } from '../core/model';
import { keepText, type PostRecord } from '../core/model';
import type { ImportAbortMessage, ImportCommitMessage, ImportStageMessage, Replies } from '../messages';
import type { DB } from '../storage/db';
import { putPosts } from '../storage/write';

export interface ImportDeps {
  db: () => Promise<DB>;
  settings: () => Promise<Settings>;
  /** Called once after the commit added or updated counts: the pill's findings are learnt again. */
  countsChanged?: () => Promise<unknown>;
}

interface Stage {
  /** An archive import (records from `import` only) or a backup's posts for `data/restore`. */
  purpose: 'import' | 'restore';
  chunks: PostRecord[][];
  /** When the last chunk arrived; stages left alone for STAGE_TTL_MS are dropped. */
  touched: number;
  size: number;
}

const STAGE_TTL_MS = 10 * 60_000;
const MAX_STAGED = 1_000_000;
/** In memory only: a service worker restart loses it, and the commit then says so. */
const stages = new Map<string, Stage>();

/** Holds one chunk until `import/commit` (or, with `restore`, until `data/restore`). */
export function stageImport(msg: ImportStageMessage, now: number): Replies['import/stage'] {
  dropIdle(now);
  const purpose = msg.restore ? 'restore' : 'import';
  if (purpose === 'import' && msg.records.some((r) => r.source !== 'import'))
    throw new Error('import/stage takes only import records');
  const stage = stages.get(msg.importId) ?? { purpose, chunks: [], touched: now, size: 0 };
  if (stage.purpose !== purpose) {
    stages.delete(msg.importId);
    throw new Error('an import and a restore cannot share their staged chunks; nothing was written');
  }
  if (msg.seq !== stage.chunks.length) {
    stages.delete(msg.importId);
    throw new Error(
      `import chunk ${msg.seq} arrived out of order (expected ${stage.chunks.length}); nothing was written`,
    );
  }
  if (stage.size + msg.records.length > MAX_STAGED) {
    stages.delete(msg.importId);
    throw new Error(`an import may hold at most ${MAX_STAGED} posts; nothing was written`);
  }
  stage.chunks.push(msg.records);
  stage.size += msg.records.length;
  stage.touched = now;
  stages.set(msg.importId, stage);
  return { staged: stage.size };
}

/** Writes every staged record of the import in one transaction. */
export async function commitImport(
  msg: ImportCommitMessage,
  deps: ImportDeps,
  now: number,
): Promise<Replies['import/commit']> {
  dropIdle(now);
  const stage = takeStaged(msg.importId, msg.count, 'import');
  if (!stage) return { added: 0, skipped: 0, updated: 0, expired: 0 };
  const [db, settings] = await Promise.all([deps.db(), deps.settings()]);
  // Posts older than the retention period would be deleted at once: they are not written.
  const cutoff = settings.retentionDays ? now - settings.retentionDays * 86_400_000 : -Infinity;
  let expired = 0;
  const records: PostRecord[] = [];
  for (const chunk of stage.chunks) {
    for (const r of chunk) {
      if (r.time < cutoff) {
        expired++;
        continue;
      }
      const text = r.text === undefined ? undefined : keepText(r.text, settings.privacy);
      const next = { ...r };
      if (text === undefined) delete next.text;
      else next.text = text;
      records.push(next);
    }
  }
  const started = performance.now();
  const { added, skipped, updated } = await putPosts(db, records);
  const writeMs = Math.round(performance.now() - started);
  if (updated > 0 || (added > 0 && records.some((r) => r.engagement))) await deps.countsChanged?.();
  return { added, skipped, updated, expired, writeMs };
}

export function abortImport(msg: ImportAbortMessage, now: number): Replies['import/abort'] {
  dropIdle(now);
  stages.delete(msg.importId);
  return null;
}

function dropIdle(now: number): void {
  for (const [id, s] of stages) if (now - s.touched > STAGE_TTL_MS) stages.delete(id);
}

/**
 * Takes the staged chunks of `importId` out (they are dropped whatever happens next); null when
 * none were staged and none were expected. Throws, saying nothing was written, when the chunks
 * were lost (a restarted service worker), incomplete, or staged for the other purpose.
 */
export function takeStaged(importId: string, count: number, purpose: Stage['purpose']): Stage | null {
  const stage = stages.get(importId);
  stages.delete(importId);
  if (!stage) {
    if (count === 0) return null;
    throw new Error(
      `the staged ${purpose} was lost (the background restarted); nothing was written, please ${purpose} again`,
    );
  }
  if (stage.purpose !== purpose)
    throw new Error(
      `these chunks were staged for ${stage.purpose === 'import' ? 'an import' : 'a restore'}; nothing was written`,
    );
  if (stage.size !== count) {
    throw new Error(`the background received ${stage.size} of ${count} posts; nothing was written`);
  }
  return stage;
}

/** For tests: how many imports are staged. */
export function stagedImports(): number {
  return stages.size;
}
