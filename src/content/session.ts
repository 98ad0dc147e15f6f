// One composer being watched: schedules analysis on pauses, keeps its pill in place, and
// notices sends. It only reads the editor: no writes, no selection, no focus, no preventDefault.

import { analyze } from '../core/analyze';
import type { Analysis, Finding, Kind, Language } from '../core/types';
import { type EditorKind, editorKind, isEmpty, readText } from '../editors/read';
import type { PostSentMessage } from '../messages';
import type { SiteAdapter } from '../sites/types';
import { ext } from './ext';
import type { Format } from './pill/i18n';
import { Pill } from './pill/pill';
import { record } from './stats';

/** Pause before analysing (DESIGN: about 300 ms). */
export const PAUSE_MS = 300;
/** A further quiet spell before the screen-reader summary is spoken. */
const ANNOUNCE_MS = 1500;
/** How long a send may take to empty or close the composer before it counts as failed. */
const SEND_CONFIRM_MS = 4000;
const SEND_POLL_MS = 100;
/** Deliveries of one sent post to the background, and the pause between them. */
const SEND_TRIES = 4;
const SEND_RETRY_MS = 250;
const MODIFIERS = new Set(['Control', 'Shift', 'Alt', 'Meta', 'AltGraph', 'CapsLock']);

export interface SessionEnv {
  adapter: SiteAdapter;
  lang(): Language;
  format(): Format;
  disabledRules(): Set<string>;
  muteRule(rule: string): void;
  /** Called on every reposition request (scroll, resize, composer resize): batched per frame. */
  requestLayout(): void;
  /** The user started typing: page-wide observation may rest until `paused`. */
  typing(): void;
  /** A pause in typing: page-wide observation resumes (and catches up with one scan). */
  paused(): void;
  /** Draft ids already recorded in this page (one post is recorded once). */
  sent: Set<string>;
}

interface PendingSend {
  draftId: string;
  text: string;
  analysis: Analysis;
  composeMs: number;
  deadline: number;
  at: number;
}

const newId = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/**
 * Sends a post to the background. A service worker stopped while it handled the message leaves
 * no reply: send again (the background stores a draft id once, so a repeat is never a second
 * record). A reply, even a refusal, ends it.
 */
function deliver(msg: PostSentMessage, tries: number): void {
  const retry = () => {
    if (tries > 1) window.setTimeout(() => deliver(msg, tries - 1), SEND_RETRY_MS);
  };
  try {
    ext.runtime.sendMessage(msg).then((reply) => {
      if (reply === undefined) retry();
    }, retry);
  } catch {
    // The extension was reloaded under this page: nothing to send to (index.ts goes quietly).
  }
}

export class Session {
  readonly kind: EditorKind;
  readonly pill: Pill;
  private readonly abort = new AbortController();
  private readonly mo: MutationObserver;
  private readonly ro: ResizeObserver;
  private draftId: string | null = null;
  private startedAt = 0;
  private lastEdit = 0;
  private timer = 0;
  private announceTimer = 0;
  private lastText: string | null = null;
  private analysis: Analysis | null = null;
  private dismissed = new Set<string>();
  private pending: PendingSend | null = null;
  private focused = false;
  lastActive = 0;

  constructor(
    readonly el: Element,
    private readonly env: SessionEnv,
  ) {
    this.kind = editorKind(el);
    const signal = this.abort.signal;
    const onEdit = () => this.onEdit();
    // Per keystroke the page enters this script twice at most (each entry into an isolated world
    // has a cost of its own): the keydown below, and either the textarea's input event or, for
    // contenteditable editors, one batched mutation record (Draft.js renders typed characters
    // itself, with no native input event). Each only notes the time and keeps one timer.
    this.mo = new MutationObserver(onEdit);
    if (this.kind === 'textarea') el.addEventListener('input', onEdit, { passive: true, signal });
    else this.mo.observe(el, { childList: true, characterData: true, subtree: true });
    el.addEventListener(
      'keydown',
      (e) => {
        const k = e as KeyboardEvent;
        if (env.adapter.isSendKey(el, k)) this.sendAttempt();
        else if (this.pending && k.isTrusted && !MODIFIERS.has(k.key)) this.userEdited();
      },
      { passive: true, capture: true, signal },
    );
    el.addEventListener('focusin', () => this.setFocused(true), { passive: true, signal });
    el.addEventListener('focusout', () => this.setFocused(false), { passive: true, signal });
    this.ro = new ResizeObserver(() => env.requestLayout());
    this.ro.observe(el);
    // Inside the composer's dialog (focus traps and "click outside closes" stay happy), never
    // inside the editor or a form of the site's.
    const dialog = el.closest('[role="dialog"], [aria-modal="true"], dialog');
    this.pill = new Pill({
      platform: env.adapter.id,
      parent: dialog && !dialog.closest('form') ? dialog : document.body,
      onDismiss: (rule) => {
        this.dismissed.add(rule);
        this.render();
      },
      onMute: (rule) => {
        env.muteRule(rule);
        this.render();
      },
    });
    this.focused = el === document.activeElement || el.contains(document.activeElement);
    // A composer that already holds text (a restored draft) gets its analysis at once.
    if (!isEmpty(el, this.kind)) this.schedule(0);
    this.updateVisibility();
  }

  get active(): boolean {
    return !this.abort.signal.aborted;
  }

  /** The input listener: O(1), never reads the editor. */
  private onEdit(): void {
    const t0 = performance.now();
    this.lastEdit = t0;
    this.lastActive = t0;
    if (this.draftId === null) {
      this.draftId = newId();
      this.startedAt = Date.now();
    }
    if (this.timer === 0) {
      this.timer = window.setTimeout(this.tick, PAUSE_MS);
      this.env.typing(); // first edit after a pause: the page watcher rests while the user types
    }
    record('keystroke', performance.now() - t0);
  }

  private schedule(delay: number): void {
    if (this.timer !== 0) clearTimeout(this.timer);
    this.timer = window.setTimeout(this.tick, delay);
  }

  private readonly tick = (): void => {
    this.timer = 0;
    if (!this.active) return;
    const quiet = performance.now() - this.lastEdit;
    if (quiet < PAUSE_MS - 5) {
      this.timer = window.setTimeout(this.tick, PAUSE_MS - quiet);
      return;
    }
    this.env.paused();
    this.refresh();
  };

  /** Reads the editor and analyses it (after a pause, or when asked). */
  refresh(): void {
    if (!this.active) return;
    const t0 = performance.now();
    const text = readText(this.el, this.kind);
    record('read', performance.now() - t0);
    if (text !== this.lastText) {
      this.lastText = text;
      this.analysis = text.trim() ? this.analyzeText(text) : null;
      if (!this.analysis && !this.pending) {
        this.draftId = null;
        this.dismissed.clear();
      }
      this.render();
      this.updateVisibility();
      this.env.requestLayout();
      const done = performance.now();
      if (this.lastEdit > 0) record('pauseToUpdate', done - this.lastEdit);
      this.lastEdit = 0;
      record('analysis', done - t0);
      this.scheduleAnnounce();
    }
  }

  private analyzeText(text: string): Analysis {
    const a = this.env.adapter;
    return analyze(text, {
      platform: a.id,
      kind: this.postKind(),
      ...(a.limit ? { limit: a.limit(document) } : {}),
    });
  }

  postKind(): Kind {
    return this.env.adapter.kind(this.el);
  }

  private visibleFindings(): Finding[] {
    if (!this.analysis) return [];
    const off = this.env.disabledRules();
    return this.analysis.findings.filter((f) => !off.has(f.rule) && !this.dismissed.has(f.rule));
  }

  /** Re-renders the pill from the last analysis (settings or language changed). */
  render(): void {
    this.pill.update({
      analysis: this.analysis,
      findings: this.visibleFindings(),
      lang: this.env.lang(),
      format: this.env.format(),
    });
  }

  private scheduleAnnounce(): void {
    if (this.announceTimer) clearTimeout(this.announceTimer);
    this.announceTimer = window.setTimeout(() => {
      this.announceTimer = 0;
      if (this.active && performance.now() - this.lastActive >= ANNOUNCE_MS - 10) this.pill.announce();
      else if (this.active) this.scheduleAnnounce();
    }, ANNOUNCE_MS);
  }

  private setFocused(f: boolean): void {
    this.focused = f;
    if (f) this.lastActive = performance.now();
    this.updateVisibility();
    if (f) this.env.requestLayout();
  }

  private updateVisibility(): void {
    this.pill.setVisible(this.focused || this.analysis !== null || this.pill.open);
  }

  /** Viewport box of the composer and the site's controls the pill must not cover. */
  layout(): void {
    if (!this.active || this.pill.host.hidden) return;
    const rect = this.el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) {
      this.pill.host.style.visibility = 'hidden';
      return;
    }
    this.pill.host.style.visibility = '';
    const avoid: DOMRect[] = [];
    const scope = this.env.adapter.scope(this.el);
    for (const b of scope.querySelectorAll(
      'button, [role="button"], a[href], input[type="submit"], [data-testid$="Button"]',
    )) {
      if (b === this.el || this.el.contains(b)) continue;
      const r = b.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) avoid.push(r);
    }
    this.pill.place(rect, avoid);
  }

  /** What the popup shows for the draft in this tab. */
  draft(): { analysis: Analysis; text: string } | null {
    if (!this.analysis || this.lastText === null) return null;
    return { analysis: this.analysis, text: this.lastText };
  }

  openPanel(): void {
    this.refresh();
    this.pill.setVisible(true);
    this.env.requestLayout();
    this.pill.openPanel();
    this.layout();
  }

  /**
   * The user is editing again after pressing send: fixing a failed send (that send is over), or,
   * when the composer already emptied, starting the next post before the next look (it was sent).
   */
  private userEdited(): void {
    if (!this.pending) return;
    if (!this.el.isConnected || isEmpty(this.el, this.kind)) this.confirmSend();
    else if (performance.now() - this.pending.at > 50) this.setPending(null);
  }

  private readonly onBeforeInput = (e: Event): void => {
    if (e.isTrusted) this.userEdited();
  };

  /** A send being confirmed; while there is one, edits by the user (paste, drop, IME) cancel it. */
  private setPending(p: PendingSend | null): void {
    if (p && !this.pending) this.el.addEventListener('beforeinput', this.onBeforeInput, { passive: true });
    if (!p && this.pending) this.el.removeEventListener('beforeinput', this.onBeforeInput);
    this.pending = p;
  }

  /** The send control was clicked or the send shortcut pressed: confirm before recording. */
  sendAttempt(): void {
    if (this.pending) {
      // A second click while the first is in flight (or a retry): still one post.
      this.pending.deadline = performance.now() + SEND_CONFIRM_MS;
      return;
    }
    const text = readText(this.el, this.kind);
    if (!text.trim()) return;
    const draftId = this.draftId ?? newId();
    this.draftId = draftId;
    if (this.env.sent.has(draftId)) return;
    const startedAt = this.startedAt || Date.now();
    this.setPending({
      draftId,
      text,
      analysis: this.analyzeText(text),
      composeMs: Math.max(0, Date.now() - startedAt),
      deadline: performance.now() + SEND_CONFIRM_MS,
      at: performance.now(),
    });
    window.setTimeout(this.confirmSend, SEND_POLL_MS);
  }

  private readonly confirmSend = (): void => {
    const p = this.pending;
    if (!p) return;
    const gone = !this.el.isConnected;
    if (gone || isEmpty(this.el, this.kind)) {
      this.setPending(null);
      if (this.env.sent.has(p.draftId)) return;
      this.env.sent.add(p.draftId);
      const msg: PostSentMessage = {
        type: 'post/sent',
        draftId: p.draftId,
        platform: p.analysis.platform,
        kind: p.analysis.kind,
        time: Date.now(),
        composeMs: Math.round(p.composeMs),
        text: p.text,
        analysis: p.analysis,
      };
      deliver(msg, SEND_TRIES);
      this.draftId = null;
      this.startedAt = 0;
      this.dismissed.clear();
      if (!gone) this.refresh();
      return;
    }
    if (performance.now() > p.deadline) {
      this.setPending(null); // the composer kept its text: the send failed, nothing is recorded
      return;
    }
    window.setTimeout(this.confirmSend, SEND_POLL_MS);
  };

  /** True when `target` (a click) is one of this composer's send controls. */
  ownsSubmit(target: Element): boolean {
    const sel = this.env.adapter.selectors.submit;
    if (sel.length === 0) return false;
    const ctrl = target.closest(sel.join(','));
    if (!ctrl) return false;
    return this.env.adapter.scope(this.el).contains(ctrl);
  }

  ownsForm(form: Element): boolean {
    return form.contains(this.el);
  }

  /** Stops watching: listeners, observers and timers go; a send being confirmed still completes. */
  destroy(): void {
    if (!this.active) return;
    this.abort.abort();
    this.mo.disconnect();
    this.ro.disconnect();
    if (this.timer !== 0) this.env.paused(); // never leave the page watcher resting
    clearTimeout(this.timer);
    clearTimeout(this.announceTimer);
    this.pill.destroy();
  }
}
