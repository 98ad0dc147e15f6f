import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Every labelled set is split in two by a hash of its text: the *tuning* half may be read, tuned
 * and trained on; the *report* half is only ever scored, and its misses are never read. The hash
 * (first byte of SHA-256 of the trimmed text, low bit) makes the split the same on every machine
 * and independent of row order, so a row cannot move between halves when a set is re-sorted.
 */
export type Half = 'tune' | 'report';

export function halfOf(text: string): Half {
  return (createHash('sha256').update(text.trim(), 'utf8').digest()[0]! & 1) === 0 ? 'tune' : 'report';
}

export const DATA = resolve(import.meta.dirname, '../../tests/fixtures/data');

/** Reads `tests/fixtures/data/<group>/<set>/items.jsonl` (copies of `shared/data`, see SOURCES.md). */
export function readSet<T extends { text: string }>(group: 'intent' | 'voice', set: string): T[] {
  return readFileSync(join(DATA, group, set, 'items.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

/** The rows of one half of a set. */
export function half<T extends { text: string }>(rows: readonly T[], which: Half): T[] {
  return rows.filter((r) => halfOf(r.text) === which);
}
