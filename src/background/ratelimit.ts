// How many sends the background records per tab: a page can script its own
// composer and send button, so the background does not take every `post/sent` at its word. A
// person does not post more than a few times a minute: each tab has a bucket of SEND_BURST sends
// that refills one every SEND_REFILL_MS. A refused send gets a typed reply (PostSentReply) and
// writes nothing. The buckets live in `storage.session` (Chrome 102+, Firefox 115+; not readable
// by content scripts by default, cleared when the browser closes), so a stopped service worker
// forgets nothing; where it is missing they go to `storage.local`, which only errs on the strict
// side (a bucket outlives the browser session).

/**
 * Ten in a row, then one every six seconds (ten a minute, sustained). Ten lets a prepared thread
 * go out at once (X's thread composer posts every part with one click) and a person post, fix
 * and repost; a forged storm (89 a second for 15 s: 1,340 records) leaves 12.
 * The content script's trusted-input checks are the first line; this bounds what gets past them.
 */
export const SEND_BURST = 10;
export const SEND_REFILL_MS = 6_000;

/**
 * Count readings per tab: the content script sends at most one batch per idle pause
 * after the page changed, so scrolling a profile makes a few a minute. Twenty in a row, then one
 * every three seconds; a page forging readings gets no further than that.
 */
export const COUNTS_BUCKET = { prefix: 'countsLimit:tab:', burst: 20, refillMs: 3_000 };

export interface Bucket {
  tokens: number;
  /** When `tokens` was last computed, ms since the epoch. */
  at: number;
}

export interface Take {
  bucket: Bucket;
  allowed: boolean;
  /** When refused: how long until one send is allowed again. */
  retryMs: number;
}

const isBucket = (v: unknown): v is Bucket =>
  typeof v === 'object' &&
  v !== null &&
  Number.isFinite((v as Bucket).tokens) &&
  Number.isFinite((v as Bucket).at);

/** Token bucket: refill by the time passed (never by a clock that went back), then take one. */
export function takeToken(stored: unknown, now: number, burst: number, refillMs: number): Take {
  const prev = isBucket(stored) ? stored : { tokens: burst, at: now };
  const elapsed = Math.max(0, now - prev.at);
  const tokens = Math.min(burst, Math.max(0, prev.tokens) + elapsed / refillMs);
  if (tokens >= 1) return { bucket: { tokens: tokens - 1, at: now }, allowed: true, retryMs: 0 };
  return { bucket: { tokens, at: now }, allowed: false, retryMs: Math.ceil((1 - tokens) * refillMs) };
}

/** The slice of `browser.storage.session` (or `.local`) the limiter needs. */
export interface BucketStore {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export type SendLimiter = (
  tabId: number | undefined,
  now: number,
) => Promise<{ allowed: boolean; retryMs: number }>;

const SEND_BUCKET = { prefix: 'sendLimit:tab:', burst: SEND_BURST, refillMs: SEND_REFILL_MS };

/**
 * A limiter over `store`. Calls are serialised (two sends arriving together read and write the
 * bucket one after the other), so a burst of forged sends cannot all read a full bucket.
 */
export function sendLimiter(store: BucketStore, { prefix, burst, refillMs } = SEND_BUCKET): SendLimiter {
  let queue: Promise<unknown> = Promise.resolve();
  return (tabId, now) => {
    const run = queue.then(async () => {
      const key = `${prefix}${tabId ?? 'none'}`;
      const got = await store.get([key]);
      const take = takeToken(got[key], now, burst, refillMs);
      await store.set({ [key]: take.bucket });
      return { allowed: take.allowed, retryMs: take.retryMs };
    });
    queue = run.catch(() => undefined);
    return run;
  };
}
