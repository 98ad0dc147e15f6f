// Posts an import would bring that are older than the retention window, and the shortest
// retention choice that keeps them all. Pure: the prompt (RetentionPrompt.tsx) asks the owner.
import { RETENTION_CHOICES } from '../core/model';

const DAY = 86_400_000;

export interface TooOld {
  /** How many posts are older than `retentionDays`. */
  count: number;
  /** The oldest post's time, or null when none is too old. */
  oldest: number | null;
  /** The shortest retention (days, 0 = forever) that would keep every one of them. */
  keepWith: number;
}

/** `retentionDays` 0 keeps everything, so nothing is ever too old. */
export function olderThanRetention(times: number[], retentionDays: number, now: number): TooOld {
  if (!retentionDays) return { count: 0, oldest: null, keepWith: 0 };
  // The background's own cutoff (src/background/import.ts): older than `now - days` is dropped.
  const cutoff = now - retentionDays * DAY;
  let count = 0;
  let oldest: number | null = null;
  for (const t of times) {
    if (t >= cutoff) continue;
    count++;
    if (oldest === null || t < oldest) oldest = t;
  }
  if (oldest === null) return { count, oldest, keepWith: retentionDays };
  // Choices longer than today's, shortest first; forever (0) when none reaches back far enough.
  const longer = RETENTION_CHOICES.filter((d) => d > retentionDays).sort((a, b) => a - b);
  const keepWith = longer.find((d) => now - d * DAY <= oldest!) ?? 0;
  return { count, oldest, keepWith };
}
