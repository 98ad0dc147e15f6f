// Why the history database cannot be written or opened, in words the popup can show
// (src/popup/StorageAlert.tsx). The background notes a failed write under STORAGE_PROBLEM_KEY in
// `storage.local` (a post recorded while the popup was closed) and clears it at the next write
// that succeeds; the popup also notices by itself when it cannot open the database.

export type StorageProblem = 'quota' | 'blocked' | 'version' | 'unavailable';

/** `storage.local` key: `{ kind: StorageProblem, time: number }`. */
export const STORAGE_PROBLEM_KEY = 'storageProblem';

/** Dispatched on `globalThis` when opening the database waits for an older version to close. */
export const DB_BLOCKED_EVENT = 'postcoach:db-blocked';

/** The kind of storage problem behind an error (a DOMException, or a Reply's error text). */
export function storageProblem(e: unknown): StorageProblem | null {
  const text =
    e instanceof Error || (typeof DOMException !== 'undefined' && e instanceof DOMException)
      ? `${(e as Error).name}: ${(e as Error).message}`
      : String(e);
  if (/^QuotaExceededError\b|quota/i.test(text)) return 'quota';
  if (/^VersionError\b/.test(text)) return 'version';
  if (/^(UnknownError|InvalidStateError)\b|backing store/i.test(text)) return 'unavailable';
  return null;
}
