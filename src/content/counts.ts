// Reading the counts under the owner's own posts, loaded (a lazy chunk, by
// src/content/counts-start.ts) only where the owner switched it on for this site, and reading
// only on the owner's own pages (profile, a post's own page, as src/sites/<site>/counts.ts tells
// them). It imports nothing the rest of the content script shares (a lazy chunk imports no other
// chunk: scripts/targets.ts), so the browser API comes in as `send`. The page is never scanned whole
// on a mutation: changed nodes are collected, and at an idle moment only the posts around them
// are read. A post by anyone else is left before its text or counts are read. What changed goes
// to the background in one `counts/read` message; the background checks consent again, matches
// the posts to the history and keeps only the numbers.
import type { CountsReadMessage } from '../messages';
import { COUNT_READERS } from '../sites/count-readers';
import type { CountSite } from '../sites/count-sites';
import { type CountReader, postsIn, type ReadPost, readPost } from '../sites/counts';

/** The most posts one message carries (the background's schema allows 100). */
export const COUNTS_BATCH = 50;
/** Time for the page to settle (counters animate in) before a batch is read. */
const SETTLE_MS = 1500;
const IDLE_TIMEOUT_MS = 3000;
/** Past this many changed nodes one query over the document is cheaper than one per node. */
const MANY_NODES = 200;

export interface CountSettings {
  on: boolean;
  owner: string;
}

const idle = (f: () => void): void => {
  const w = window as Window & { requestIdleCallback?: (f: () => void, o: { timeout: number }) => number };
  if (w.requestIdleCallback) w.requestIdleCallback(f, { timeout: IDLE_TIMEOUT_MS });
  else window.setTimeout(f, 0);
};

const signature = (p: ReadPost) => `${p.replies}|${p.reposts}|${p.likes}|${p.views ?? ''}`;

/** Watches the owner's posts on this page while consent is on; everything stops with `signal`. */
export class CountsWatcher {
  private readonly sent = new WeakMap<Element, string>();
  private readonly pending = new Set<Element>();
  private mo: MutationObserver | null = null;
  private timer = 0;
  private settings: CountSettings = { on: false, owner: '' };

  constructor(
    private readonly reader: CountReader,
    private readonly signal: AbortSignal,
    private readonly send: (msg: CountsReadMessage) => void,
  ) {
    signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  apply(s: CountSettings): void {
    this.settings = s;
    if (this.signal.aborted) return;
    if (s.on && s.owner && !this.mo) {
      this.mo = new MutationObserver((records) => this.changed(records));
      // Counters re-render as text; X also relabels the button with the exact number.
      this.mo.observe(document.documentElement, {
        childList: true,
        subtree: true,
        characterData: true,
        attributeFilter: ['aria-label'],
      });
      this.pending.add(document.documentElement);
      this.schedule();
    } else if ((!s.on || !s.owner) && this.mo) this.stop();
  }

  private stop(): void {
    this.mo?.disconnect();
    this.mo = null;
    this.pending.clear();
    window.clearTimeout(this.timer);
    this.timer = 0;
  }

  private changed(records: MutationRecord[]): void {
    for (const r of records) {
      const el = r.target instanceof Element ? r.target : r.target.parentElement;
      if (el) this.pending.add(el);
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = window.setTimeout(() => idle(() => this.flush()), SETTLE_MS);
  }

  /** Reads the posts around the nodes that changed since the last flush; sends what changed. */
  flush(): void {
    this.timer = 0;
    const { owner } = this.settings;
    const nodes = this.pending.size > MANY_NODES ? [document.documentElement] : [...this.pending];
    this.pending.clear();
    if (!this.mo || !owner || !this.reader.ownPage(location, owner)) return;
    const seen = new Set<Element>();
    const posts: ReadPost[] = [];
    for (const node of nodes) {
      if (!node.isConnected) continue;
      for (const el of postsIn(this.reader, node)) {
        if (seen.has(el)) continue;
        seen.add(el);
        const post = readPost(this.reader, el, owner, location.hostname);
        if (!post || this.sent.get(el) === signature(post)) continue;
        this.sent.set(el, signature(post));
        posts.push(post);
      }
    }
    for (let i = 0; i < posts.length; i += COUNTS_BATCH) {
      this.send({
        type: 'counts/read',
        platform: this.reader.site,
        handle: owner,
        posts: posts.slice(i, i + COUNTS_BATCH),
      });
    }
  }
}

/** The watcher of `site`'s count reader (what counts-start.ts loads). */
export const watchCounts = (
  site: CountSite,
  signal: AbortSignal,
  send: (msg: CountsReadMessage) => void,
): CountsWatcher => new CountsWatcher(COUNT_READERS[site], signal, send);
