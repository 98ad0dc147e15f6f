// One watcher per page: a single MutationObserver finds composers as the page renders them
// (single-page navigation, re-rendered feeds, dialogs), attaches one Session to each, and tears
// down sessions whose composer left the page. Everything is bound to one AbortSignal.
import { analyze } from '../core/analyze';
import type { Language } from '../core/types';
import type { SiteAdapter } from '../sites/types';
import type { Format } from './pill/i18n';
import { PILL_TAG } from './pill/pill';
import { Session } from './session';
import { record } from './stats';

const SCAN_DELAY_MS = 120;

export interface WatcherEnv {
  lang(): Language;
  format(): Format;
  disabledRules(): Set<string>;
  muteRule(rule: string): void;
}

export class Watcher {
  readonly sessions = new Map<Element, Session>();
  private readonly sent = new Set<string>();
  private scanTimer = 0;
  private layoutFrame = 0;
  private readonly mo: MutationObserver;
  private observing = true;

  constructor(
    readonly adapter: SiteAdapter,
    private readonly env: WatcherEnv,
    private readonly signal: AbortSignal,
  ) {
    this.mo = new MutationObserver((records) => this.onMutations(records));
    this.mo.observe(document.documentElement, { childList: true, subtree: true });
    const opts = { passive: true, capture: true, signal };
    const layout = () => this.requestLayout();
    window.addEventListener('scroll', layout, opts);
    window.addEventListener('resize', layout, { passive: true, signal });
    window.addEventListener('popstate', () => this.requestScan(), { passive: true, signal });
    // Send detection: the site's own controls, observed, never intercepted.
    document.addEventListener('click', (e) => this.onClick(e), opts);
    document.addEventListener('submit', (e) => this.onSubmit(e), opts);
    signal.addEventListener('abort', () => this.stop(), { once: true });
    this.scan();
    // The engine's first run compiles it and builds its lexicon tables (tens of ms on a slow
    // machine): do it while the page is idle, not at the user's first pause in typing.
    const warm = () => {
      if (signal.aborted) return;
      const t0 = performance.now();
      analyze('Warm up: thank you all! What do you think? Order now, 20% off.', {
        platform: adapter.id,
        kind: 'post',
      });
      record('warmup', performance.now() - t0);
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 5000 });
    else setTimeout(warm, 1000);
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.scanTimer !== 0) return;
    for (const r of records) {
      // Typing inside a known composer changes its DOM: that is not a page change.
      const target = r.target;
      let inside = false;
      for (const el of this.sessions.keys()) {
        if (el === target || el.contains(target)) {
          inside = true;
          break;
        }
      }
      if (inside) continue;
      if ((r.target as Element).closest?.(PILL_TAG)) continue;
      if (r.addedNodes.length || r.removedNodes.length) {
        this.requestScan();
        return;
      }
    }
  }

  /**
   * While the user types, the page-wide observer rests: otherwise every keystroke's DOM change in
   * the editor would enter this script once more. Composers that appear meanwhile are found by
   * the scan that `wake` runs at the next pause.
   */
  private rest(): void {
    if (!this.observing) return;
    this.mo.disconnect();
    this.observing = false;
  }

  private wake(): void {
    if (this.observing || this.signal.aborted) return;
    this.mo.observe(document.documentElement, { childList: true, subtree: true });
    this.observing = true;
    this.requestScan();
  }

  requestScan(): void {
    if (this.scanTimer !== 0 || this.signal.aborted) return;
    this.scanTimer = window.setTimeout(() => {
      this.scanTimer = 0;
      this.scan();
    }, SCAN_DELAY_MS);
  }

  scan(): void {
    if (this.signal.aborted) return;
    const t0 = performance.now();
    for (const [el, s] of this.sessions) {
      if (!el.isConnected) {
        s.destroy();
        this.sessions.delete(el);
      }
    }
    for (const el of this.adapter.findComposers(document)) {
      if (this.sessions.has(el)) continue;
      this.sessions.set(
        el,
        new Session(el, {
          adapter: this.adapter,
          lang: this.env.lang,
          format: this.env.format,
          disabledRules: this.env.disabledRules,
          muteRule: this.env.muteRule,
          requestLayout: () => this.requestLayout(),
          typing: () => this.rest(),
          paused: () => this.wake(),
          sent: this.sent,
        }),
      );
    }
    this.requestLayout();
    record('scan', performance.now() - t0);
  }

  requestLayout(): void {
    if (this.layoutFrame !== 0 || this.signal.aborted) return;
    this.layoutFrame = requestAnimationFrame(() => {
      this.layoutFrame = 0;
      for (const s of this.sessions.values()) s.layout();
    });
  }

  private onClick(e: Event): void {
    const target = e.target;
    if (!(target instanceof Element)) return;
    if (target.closest(PILL_TAG)) return;
    for (const s of this.sessions.values()) {
      if (s.ownsSubmit(target)) {
        s.sendAttempt();
        return;
      }
    }
  }

  private onSubmit(e: Event): void {
    const form = e.target;
    if (!(form instanceof Element)) return;
    for (const s of this.sessions.values()) if (s.ownsForm(form)) s.sendAttempt();
  }

  /** The composer the user is in, or the one used last, or the first on screen. */
  current(): Session | null {
    let best: Session | null = null;
    for (const s of this.sessions.values()) {
      if (s.el === document.activeElement || s.el.contains(document.activeElement)) return s;
      if (!best || s.lastActive > best.lastActive) best = s;
    }
    return best;
  }

  rerender(): void {
    for (const s of this.sessions.values()) s.render();
  }

  private stop(): void {
    this.mo.disconnect();
    clearTimeout(this.scanTimer);
    cancelAnimationFrame(this.layoutFrame);
    for (const s of this.sessions.values()) s.destroy();
    this.sessions.clear();
  }
}
