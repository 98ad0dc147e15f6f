// Reading the counts under the owner's own posts (issue 14), only where the owner switched it on
// for this site (options, "Read my posts' counts") and only on the owner's own pages (profile,
// a post's own page, as src/sites/<site>/counts.ts tells them). The page is never scanned whole
// on a mutation: changed nodes are collected, and at an idle moment only the posts around them
// are read. A post by anyone else is left before its text or counts are read. What changed goes
// to the background in one `counts/read` message; the background checks consent again, matches
// the posts to the history and keeps only the numbers.
import type { CountsReadMessage } from '../messages';
import { COUNT_READERS } from '../sites/count-readers';
import { type CountReader, postsIn, type ReadPost, readPost } from '../sites/counts';
import { ext } from './ext';

const KEYS = ['readCounts', 'ownerHandles', 'sites'];
/** The most posts one message carries (the background's schema allows 100). */
export const COUNTS_BATCH = 50;
/** Time for the page to settle (counters animate in) before a batch is read. */
const SETTLE_MS = 1500;
const IDLE_TIMEOUT_MS = 3000;
/** Past this many changed nodes one query over the document is cheaper than one per node. */
const MANY_NODES = 200;

interface CountSettings {
  on: boolean;
  owner: string;
}

function settingsFor(raw: Record<string, unknown>, site: string, host: string): CountSettings {
  const obj = (v: unknown) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {});
  const owner = obj(raw.ownerHandles)[site];
  const sites = obj(raw.sites);
  const on = obj(raw.readCounts)[site] === true && sites[site] !== false && sites[host] !== false;
  return { on, owner: typeof owner === 'string' ? owner.trim() : '' };
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

/** Starts the count reader of `site` when it has one; it follows the settings as they change. */
export function startCounts(site: string, signal: AbortSignal): void {
  const reader = COUNT_READERS[site];
  if (!reader) return;
  const watcher = new CountsWatcher(reader, signal, (msg) => {
    try {
      ext.runtime.sendMessage(msg).catch(() => undefined);
    } catch {
      // The extension was reloaded under this page: index.ts goes quietly.
    }
  });
  const load = () =>
    ext.storage.local.get(KEYS).then(
      (raw) => watcher.apply(settingsFor(raw, site, location.hostname)),
      () => undefined,
    );
  void load();
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEYS.some((k) => k in changes)) void load();
  };
  ext.storage.onChanged.addListener(listener);
  signal.addEventListener(
    'abort',
    () => {
      try {
        ext.storage.onChanged.removeListener(listener);
      } catch {}
    },
    { once: true },
  );
}
