// The owner's findings for the pill, learnt again from every post with counts and kept under
// `ownerFindings` (src/core/owner-findings.ts). One function for the three ways counts change or
// are asked for: the popup's `outcomes/get` (in the popup's time zone), a `counts/read` that
// wrote readings and an `import/commit` that added or updated counts (in the background's own
// time zone, which is the owner's: the browser runs on their machine).

import { ownerFindings } from '../core/owner-findings';
import type { OwnerOutcomes } from '../core/summary/outcome-words';
import { MAX_OUTCOME_POSTS, ownerOutcomes } from '../core/summary/outcomes';
import { postsWithCounts } from '../storage/read';
import type { RouterDeps } from './router';

/**
 * A profile page sends a reading per batch of posts scrolled into view; learning reads up to
 * MAX_OUTCOME_POSTS records, so after a reading it runs at most once a minute. A reading
 * arriving sooner leaves the findings stale ("dirty") until the next reading after the minute.
 */
export const REFRESH_EVERY_MS = 60_000;

interface State {
  last: number;
  dirty: boolean;
}
/** Per saver (one per background; each test's deps its own), so no state leaks between them. */
const states = new WeakMap<object, State>();

/** The background's time zone: the owner's, since the extension runs on their machine. */
export const ownTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Learns the owner's outcomes from every post with counts and stores the clear findings. */
export async function refreshOwnerFindings(
  deps: Pick<RouterDeps, 'db' | 'settings' | 'saveOwnerFindings'>,
  timeZone: string,
): Promise<OwnerOutcomes> {
  const [db, settings] = await Promise.all([deps.db(), deps.settings()]);
  const records = await postsWithCounts(db, MAX_OUTCOME_POSTS);
  const outcomes = ownerOutcomes(records, { timeZone, goals: settings.goals });
  await deps.saveOwnerFindings?.(ownerFindings(outcomes.whatWorks));
  return outcomes;
}

/**
 * After counts were written (`wrote`) or earlier ones are still to learn from: refreshes unless
 * it ran less than REFRESH_EVERY_MS ago (`force`: an import, rare and asked for, always does).
 * A failure leaves the stored findings as they were and the next call tries again; the readings
 * themselves are already written. Returns whether it refreshed.
 */
export async function afterCountsWritten(
  deps: Pick<RouterDeps, 'db' | 'settings' | 'saveOwnerFindings'>,
  now: number,
  wrote: boolean,
  force = false,
): Promise<boolean> {
  const save = deps.saveOwnerFindings;
  if (!save) return false;
  const state = states.get(save) ?? { last: Number.NEGATIVE_INFINITY, dirty: false };
  states.set(save, state);
  if (wrote) state.dirty = true;
  if (!state.dirty || (!force && now - state.last < REFRESH_EVERY_MS)) return false;
  try {
    await refreshOwnerFindings(deps, ownTimeZone());
  } catch {
    return false;
  }
  state.last = now;
  state.dirty = false;
  return true;
}

/** For `outcomes/get`: a refresh in any time zone counts as the latest one. */
export function noteRefreshed(deps: Pick<RouterDeps, 'saveOwnerFindings'>, now: number): void {
  if (deps.saveOwnerFindings) states.set(deps.saveOwnerFindings, { last: now, dirty: false });
}
