// One watcher per page: a single MutationObserver finds composers as the page renders them
// (single-page navigation, re-rendered feeds, dialogs, open shadow roots), and tears down the
// sessions whose composer left the page. Everything is bound to one AbortSignal.
//
// Composers are found eagerly but coached lazily: a composer is only a
// reference in `composers` until the user focuses it, or it holds text on screen; only then does
// it get a Session (a pill host, a shadow root, observers). Sends are seen through trusted clicks
// and keys only, resolved with `composedPath()` so that a control inside a shadow root counts.
import type { OwnerFinding } from '../core/personal';
import type { Language } from '../core/types';
import { containsDeep, deepActiveElement, openShadowRoots } from '../sites/dom';
import type { SiteAdapter } from '../sites/types';
import { classifyClick } from './detect';
import type { Format } from './pill/i18n';
import { PILL_TAG } from './pill/pill';
import { Session } from './session';
import { record } from './stats';

const SCAN_DELAY_MS = 120;
/** Added subtrees kept for the next scan's shadow-root search; past this, one full walk. */
const MAX_ADDED = 500;

export interface WatcherEnv {
  /** The language a draft (`detectLanguage` of it; none: an empty draft) is coached in. */
  lang(draft?: Language | null): Language;
  format(draft?: Language | null): Format;
  disabledRules(): Set<string>;
  ownerFindings?(): readonly OwnerFinding[];
  muteRule(rule: string): void;
}

export class Watcher {
  /** Composers with a session (and a pill). */
  readonly sessions = new Map<Element, Session>();
  /** Every composer on the page, coached or not. */
  readonly composers = new Set<Element>();
  /** Open shadow roots observed for composers (LinkedIn's #interop-outlet, Reddit's elements). */
  private readonly roots = new Set<ShadowRoot>();
  private readonly sent = new Set<string>();
  /** When the last post from this page was recorded (ms since the epoch); 0: none. */
  lastSentAt = 0;
  private scanTimer = 0;
  private layoutFrame = 0;
  private readonly mo: MutationObserver;
  private observing = true;
  private added: Node[] = [];
  private fullWalk = true;

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
    // The user's focus creates a composer's session; the page's own `focus()` calls fire trusted
    // events too, but only ever show a pill with nothing in it for the page to read.
    document.addEventListener('focusin', (e) => this.onFocus(e), opts);
    // Send detection: the site's own controls, observed, never intercepted.
    document.addEventListener('click', (e) => this.onClick(e), opts);
    document.addEventListener('submit', (e) => this.onSubmit(e), opts);
    signal.addEventListener('abort', () => this.stop(), { once: true });
    this.scan();
    // The engine loads, and warms up, with the first session (./load-coach.ts).
  }

  private onMutations(records: MutationRecord[]): void {
    let changed = false;
    for (const r of records) {
      // Typing inside a coached composer changes its DOM: that is not a page change.
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
        changed = true;
        // Only what was added is searched for new shadow roots, never the whole page.
        for (const n of r.addedNodes) {
          if (n.nodeType !== 1) continue;
          if (this.added.length < MAX_ADDED) this.added.push(n);
          else this.fullWalk = true;
        }
      }
    }
    if (changed) this.requestScan();
  }

  /**
   * While the user types, the page-wide observer rests: otherwise every keystroke's DOM change in
   * the editor would enter this script once more. Composers that appear meanwhile are found by
   * the scan that `wake` runs at the next pause (with one walk for shadow roots).
   */
  private rest(): void {
    if (!this.observing) return;
    this.mo.disconnect();
    this.observing = false;
  }

  private wake(): void {
    if (this.observing || this.signal.aborted) return;
    this.observeAll();
    this.observing = true;
    this.fullWalk = true;
    this.requestScan();
  }

  private observeAll(): void {
    this.mo.observe(document.documentElement, { childList: true, subtree: true });
    for (const root of this.roots) this.observeRoot(root, false);
  }

  private observeRoot(root: ShadowRoot, listen: boolean): void {
    this.mo.observe(root, { childList: true, subtree: true });
    if (listen) this.listenIn(root);
  }

  /**
   * Events that stop at a shadow root: `submit` is not composed, and a focus move between two
   * elements of one shadow tree (or of nested ones) stops where target and relatedTarget
   * retarget to the same host (DOM Standard, "dispatch": relatedTarget retargeting).
   */
  private listenIn(root: ShadowRoot): void {
    const opts = { passive: true, capture: true, signal: this.signal };
    root.addEventListener('submit', (e) => this.onSubmit(e), opts);
    root.addEventListener('focusin', (e) => this.onFocus(e), opts);
  }

  requestScan(): void {
    if (this.scanTimer !== 0 || this.signal.aborted) return;
    this.scanTimer = window.setTimeout(() => {
      this.scanTimer = 0;
      this.scan();
    }, SCAN_DELAY_MS);
  }

  /** New open shadow roots: the whole page at start and after a rest, else the added subtrees. */
  private findRoots(): void {
    const found: ShadowRoot[] = [];
    if (this.fullWalk) openShadowRoots(document.documentElement, found);
    else for (const n of this.added) if (n.isConnected) openShadowRoots(n, found);
    this.fullWalk = false;
    this.added = [];
    for (const root of this.roots) if (!root.host.isConnected) this.roots.delete(root);
    for (const root of found) {
      if (this.roots.has(root) || root.host.closest(PILL_TAG)) continue;
      this.roots.add(root);
      if (this.observing) this.observeRoot(root, true);
      else this.listenIn(root);
    }
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
    this.findRoots();
    this.composers.clear();
    for (const el of this.adapter.findComposers(document)) this.composers.add(el);
    for (const root of this.roots) for (const el of this.adapter.findComposers(root)) this.composers.add(el);
    const focused = deepActiveElement();
    for (const el of this.composers) {
      if (this.sessions.has(el)) continue;
      // Focused now, or holding text on screen (a restored draft): coached at once.
      const isFocused = focused !== null && (focused === el || el.contains(focused));
      if (isFocused || this.holdsVisibleText(el)) this.attach(el);
    }
    this.requestLayout();
    record('scan', performance.now() - t0);
  }

  /** Cheap first: most composers are empty, and only those with text are measured. */
  private holdsVisibleText(el: Element): boolean {
    const has =
      el instanceof HTMLTextAreaElement
        ? el.value.trim().length > 0
        : (el.textContent ?? '').trim().length > 0;
    if (!has) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight;
  }

  private attach(el: Element): Session {
    const s = new Session(el, {
      adapter: this.adapter,
      lang: this.env.lang,
      format: this.env.format,
      disabledRules: this.env.disabledRules,
      ...(this.env.ownerFindings ? { ownerFindings: this.env.ownerFindings } : {}),
      muteRule: this.env.muteRule,
      requestLayout: () => this.requestLayout(),
      typing: () => this.rest(),
      paused: () => this.wake(),
      sent: this.sent,
      recorded: (time) => {
        this.lastSentAt = time;
      },
    });
    this.sessions.set(el, s);
    this.requestLayout();
    return s;
  }

  /** The composer an event's composed path goes through, among the known ones. */
  private composerOn(path: readonly EventTarget[]): Element | null {
    for (const t of path) if (t instanceof Element && this.composers.has(t)) return t;
    return null;
  }

  private onFocus(e: Event): void {
    if (!e.isTrusted) return;
    const path = e.composedPath();
    let el = this.composerOn(path);
    if (!el) {
      // Focus in a composer that appeared since the last scan: look now, not later.
      const target = path[0];
      const editable =
        target instanceof HTMLTextAreaElement || (target instanceof HTMLElement && target.isContentEditable);
      if (!editable) return;
      this.scan();
      el = this.composerOn(path);
      if (!el) return;
    }
    if (!this.sessions.has(el)) this.attach(el);
  }

  requestLayout(): void {
    if (this.layoutFrame !== 0 || this.signal.aborted) return;
    this.layoutFrame = requestAnimationFrame(() => {
      this.layoutFrame = 0;
      for (const s of this.sessions.values()) s.layout();
    });
  }

  private onClick(e: Event): void {
    if (!e.isTrusted) return; // a page's `element.click()` or dispatched event is never a send
    const path = e.composedPath();
    for (const t of path) if (t instanceof Element && t.localName === PILL_TAG) return;
    const now = performance.now();
    const focused = deepActiveElement();
    for (const s of this.sessions.values()) {
      if (!s.holdsText()) continue;
      const strength = classifyClick(path, s.el, this.adapter, this.composers);
      if (strength) s.sendAttempt(strength);
      // After the send decision: the user's click in (or while in) the composer, such as placing
      // the caret or picking a mention from the site's list, vouches for the edit it causes.
      if (!strength || (focused && (focused === s.el || s.el.contains(focused))))
        s.provenance.trustedInput(now);
    }
  }

  private onSubmit(e: Event): void {
    if (!e.isTrusted) return; // `form.requestSubmit()` from the page is not the user's
    const form = e.composedPath()[0];
    if (!(form instanceof Element)) return;
    for (const s of this.sessions.values())
      if (containsDeep(form, s.el) && s.holdsText()) s.sendAttempt('sure');
  }

  /** The composer the user is in, or the one used last, or the first on screen. */
  current(): Session | null {
    const focused = deepActiveElement();
    let best: Session | null = null;
    for (const s of this.sessions.values()) {
      if (focused && (s.el === focused || s.el.contains(focused))) return s;
      if (!best || s.lastActive > best.lastActive) best = s;
    }
    return best;
  }

  /** The composer the popup asks about, given a session if there is none yet (the keyboard command). */
  currentOrFirst(): Session | null {
    const s = this.current();
    if (s) return s;
    const first = this.composers.values().next().value;
    return first ? this.attach(first) : null;
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
    this.composers.clear();
    this.roots.clear();
  }
}
