// `counts/read`: the counts the content script read under the owner's own posts,
// matched to the history and kept as each post's latest reading. Consent is checked here again
// (the content script's copy of the settings may be stale), and the handle too: a reading
// for anyone but the owner is dropped unread. Nothing else about the page is kept.
import { DEFAULT_TOLERANCE_MS, matchReadings, normaliseHandle, type SeenPost } from '../core/outcomes/match';
import type { CountsReadMessage, CountsReadReply } from '../messages';
import { postsBetween } from '../storage/read';
import { putEngagement } from '../storage/write';
import { afterCountsWritten } from './owner-refresh';
import type { RouterDeps } from './router';
import type { SenderLike } from './validate';

export async function handleCounts(
  msg: CountsReadMessage,
  deps: RouterDeps,
  sender: SenderLike,
  now: number,
): Promise<CountsReadReply> {
  const settings = await deps.settings();
  if (settings.readCounts[msg.platform] !== true) return { matched: 0, refused: 'off' };
  const owner = settings.ownerHandles[msg.platform];
  if (!owner || normaliseHandle(owner) !== normaliseHandle(msg.handle))
    return { matched: 0, refused: 'not-owner' };
  const limit = await deps.countsLimiter?.(sender.tab?.id, now);
  if (limit && !limit.allowed) return { matched: 0, refused: 'rate-limited', retryMs: limit.retryMs };

  const seen: SeenPost[] = msg.posts.map((p) => ({
    text: p.text,
    time: p.time,
    handle: msg.handle,
    reading: {
      ...(p.replies !== undefined ? { replies: p.replies } : {}),
      reposts: p.reposts,
      likes: p.likes,
      ...(p.views !== undefined ? { views: p.views } : {}),
      readAt: now,
    },
  }));
  // Posts with a timestamp are looked for around it; one without needs the site's whole history.
  const times = seen.map((s) => s.time);
  const known = times.every((t) => t !== null);
  const from = known ? Math.min(...(times as number[])) - DEFAULT_TOLERANCE_MS : 0;
  const to = known ? Math.max(...(times as number[])) + DEFAULT_TOLERANCE_MS + 1 : Number.MAX_SAFE_INTEGER;
  const db = await deps.db();
  const stored = await postsBetween(db, from, to, msg.platform);
  const result = matchReadings(stored, seen, { ownerHandle: owner });
  const written = result.matched.length ? await putEngagement(db, result.matched) : 0;
  await deps.countsRead?.(msg.platform, now);
  await afterCountsWritten(deps, now, written > 0);
  return { matched: result.matched.length, unmatched: result.unmatched };
}
