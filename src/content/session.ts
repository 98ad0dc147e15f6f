// One composer being watched: schedules analysis on pauses, keeps its pill in place, and
// notices sends. It only reads the editor: no writes, no selection, no focus, no preventDefault.
// Sessions exist only for composers the user focused, or that hold text on screen: the watcher
// creates them (eager pills for 10,000 editables cost a 1.5 s long task). Whether the
// text is the user's and whether a send went out is decided in ./send.ts; this file keeps the
// clock and reads the page.

import type { OwnerFinding } from '../core/personal';
import type { Analysis, Finding, Kind, Language } from '../core/types';
import { type EditorKind, editorKind, isEmpty, readText } from '../editors/read';
import type { PostSentMessage } from '../messages';
import { closestDeep } from '../sites/dom';
import type { SiteAdapter } from '../sites/types';
import { toBackground } from './ext';
import { coachNow, loadCoach } from './load-coach';
import type { Format } from './pill/i18n';
import { Pill } from './pill/pill';
import { type Look, Provenance, SendTracker, type Strength, type Verdict } from './send';
import { record } from './stats';

/** Pause before analysing (DESIGN: about 300 ms). */
export const PAUSE_MS = 300;
/** A further quiet spell before the screen-reader summary is spoken. */
const ANNOUNCE_MS = 1500;
const SEND_POLL_MS = 100;
/** How long "Add this post to your history" stays offered after an unconfirmed send. */
const OFFER_MS = 60_000;
/** Deliveries of one sent post to the background, and the pause between them. */
const SEND_TRIES = 4;
const SEND_RETRY_MS = 250;
/** Times a post refused by the rate limit is sent again, each once a token is back. */
const SEND_REFUSALS = 3;
const MODIFIERS = new Set(['Control', 'Shift', 'Alt', 'Meta', 'AltGraph', 'CapsLock']);
const DIALOG = 'dialog, [role="dialog"], [aria-modal="true"]';
/** Where sites say that something went wrong (WAI-ARIA alert role, assertive live regions). */
const ALERT = '[role="alert"], [aria-live="assertive"]';

export interface SessionEnv {
  adapter: SiteAdapter;
  /** The language a draft (`detectLanguage` of it; none: an empty draft) is coached in. */
  lang(draft?: Language | null): Language;
  format(draft?: Language | null): Format;
  disabledRules(): Set<string>;
  /** The owner's clear findings from their own counts (none until the popup has learned some). */
  ownerFindings?(): readonly OwnerFinding[];
  muteRule(rule: string): void;
  /** Called on every reposition request (scroll, resize, composer resize): batched per frame. */
  requestLayout(): void;
  /** The user started typing: page-wide observation may rest until `paused`. */
  typing(): void;
  /** A pause in typing: page-wide observation resumes (and catches up with one scan). */
  paused(): void;
  /** Draft ids already recorded in this page (one post is recorded once). */
  sent: Set<string>;
  /** A post from this page went to the background (the popup's Now tab says when). */
  recorded(time: number): void;
}

/** What a pending send will record, taken when it was attempted. */
interface PendingSend {
  draftId: string;
  text: string;
  /** Null when the send came before the coach had loaded: analysed once it has. */
  analysis: Analysis | null;
  composeMs: number;
  /** The composer's dialog at the attempt: its closing confirms the send. */
  dialog: Element | null;
  /** Error alerts with text around at the attempt: a new one means the send failed. */
  alerts: number;
}

/** Error alerts with text in the composer's own tree (document or shadow root) and the document. */
function countAlerts(el: Element): number {
  let n = 0;
  for (const root of new Set<ParentNode>([el.getRootNode() as ParentNode, document])) {
    for (const a of root.querySelectorAll(ALERT)) if ((a.textContent ?? '').trim()) n++;
  }
  return n;
}

const newId = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/**
 * Sends a post to the background. A service worker stopped while it handled the message leaves
 * no reply: send again (the background stores a draft id once, so a repeat is never a second
 * record). A refusal by the rate limit (src/background/ratelimit.ts) is sent again once the
 * bucket has a token (`retryMs`), a few times: a person's post is never dropped for being fast,
 * and each attempt an unanswered try made may have used a token. Any other reply ends it.
 */
function deliver(msg: PostSentMessage, tries: number, refusals = SEND_REFUSALS): void {
  const retry = () => {
    if (tries > 1) window.setTimeout(() => deliver(msg, tries - 1, refusals), SEND_RETRY_MS);
  };
  try {
    toBackground(msg).then((reply) => {
      if (reply === undefined) return retry();
      const value = reply.ok ? reply.value : null;
      if (value && 'retryMs' in value && typeof value.retryMs === 'number' && refusals > 0)
        window.setTimeout(() => deliver(msg, tries, refusals - 1), value.retryMs + SEND_RETRY_MS);
    }, retry);
  } catch {
    // The extension was reloaded under this page: nothing to send to (index.ts goes quietly).
  }
}

export class Session {
  readonly kind: EditorKind;
  readonly pill: Pill;
  readonly provenance = new Provenance();
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
  private readonly sends = new SendTracker();
  private pending: PendingSend | null = null;
  private pollTimer = 0;
  private offerTimer = 0;
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
    if (this.kind === 'textarea') {
      el.addEventListener(
        'input',
        (e) => {
          // A textarea fires `input` for the user's edits; a script setting `value` fires none.
          if (e.isTrusted) this.provenance.trustedInput(performance.now());
          onEdit();
        },
        { passive: true, signal },
      );
    } else this.mo.observe(el, { childList: true, characterData: true, subtree: true });
    el.addEventListener(
      'keydown',
      (e) => {
        const k = e as KeyboardEvent;
        // The page can dispatch keys too: only the user's own count, as edits or as a send.
        if (!k.isTrusted || MODIFIERS.has(k.key)) return;
        const now = performance.now();
        if (env.adapter.isSendKey(el, k)) this.sendAttempt('sure');
        else if (this.sends.pending) this.userEdited();
        // After the send decision: the send key itself does not vouch for the text it sends.
        this.provenance.trustedInput(now);
      },
      { passive: true, capture: true, signal },
    );
    const onTrusted = (e: Event) => {
      if (e.isTrusted) this.provenance.trustedInput(performance.now());
    };
    for (const type of ['paste', 'drop', 'compositionend'])
      el.addEventListener(type, onTrusted, { passive: true, capture: true, signal });
    el.addEventListener('focusin', () => this.setFocused(true), { passive: true, signal });
    el.addEventListener('focusout', () => this.setFocused(false), { passive: true, signal });
    // The composer growing (more lines) moves the pill with it.
    this.ro = new ResizeObserver(() => env.requestLayout());
    this.ro.observe(el);
    // Inside the composer's dialog (focus traps, "click outside closes" and a modal <dialog>'s
    // top layer stay happy), never inside the editor or a form of the site's.
    const dialog = el.closest(DIALOG);
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
    const active =
      el.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).activeElement : null;
    this.focused =
      el === document.activeElement ||
      el.contains(document.activeElement) ||
      (active !== null && el.contains(active));
    // The coach (engine and panel) loads with the first session: the user is about to write.
    loadCoach().catch(() => undefined);
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
    this.provenance.changed(t0);
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

  /** Reads the editor and analyses it (after a pause, or when asked); once the coach is there. */
  refresh(): void {
    if (!this.active) return;
    if (!coachNow()) {
      this.afterCoach(() => this.refresh());
      return;
    }
    const t0 = performance.now();
    const text = readText(this.el, this.kind);
    this.provenance.read(text, performance.now());
    record('read', performance.now() - t0);
    if (text !== this.lastText) {
      this.lastText = text;
      this.analysis = text.trim() ? this.analyzeText(text) : null;
      if (!this.analysis && !this.sends.pending) {
        this.draftId = null;
        this.dismissed.clear();
      }
      // A new draft: an offer to add the last one is stale.
      if (this.analysis && this.pill.offering) this.setOffer(null);
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

  /** Runs `then` once the coach has loaded (at once when it has), while the session lives. */
  private afterCoach(then: () => void): void {
    loadCoach().then(
      () => {
        if (this.active) then();
      },
      () => undefined, // the extension went away under the page: index.ts goes quietly
    );
  }

  /** The analysis of `text`; null only before the coach has loaded (`afterCoach`). */
  private analyzeText(text: string): Analysis | null {
    const coach = coachNow();
    if (!coach) return null;
    const a = this.env.adapter;
    return coach.analyze(text, {
      platform: a.id,
      kind: this.postKind(),
      ...(a.limit ? { limit: a.limit(document) } : {}),
    });
  }

  postKind(): Kind {
    return this.env.adapter.kind(this.el);
  }

  /** True when the composer holds text (cheap). */
  holdsText(): boolean {
    return !isEmpty(this.el, this.kind);
  }

  private visibleFindings(): Finding[] {
    if (!this.analysis) return [];
    const off = this.env.disabledRules();
    // A habit that goes against what the owner's own counts say works gets a tip saying so; it is
    // shown, never recorded with the post (the record's findings are the general rules').
    const personal = coachNow()?.personalFindings(this.analysis, this.env.ownerFindings?.() ?? []) ?? [];
    return [...this.analysis.findings, ...personal].filter(
      (f) => !off.has(f.rule) && !this.dismissed.has(f.rule),
    );
  }

  private draftLanguage(): Language | null {
    const a = this.analysis;
    return a && !a.blank ? a.language : null;
  }

  /** Re-renders the pill from the last analysis (settings or language changed). */
  render(): void {
    this.pill.update({
      analysis: this.analysis,
      findings: this.visibleFindings(),
      lang: this.env.lang(this.draftLanguage()),
      format: this.env.format(this.draftLanguage()),
      text: this.lastText ?? '',
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
    this.pill.setVisible(this.focused || this.analysis !== null || this.pill.open || this.pill.offering);
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

  private look(): Look {
    const p = this.pending;
    const dialog = p?.dialog ?? null;
    const closed =
      !this.el.isConnected ||
      (dialog !== null &&
        (!dialog.isConnected ||
          (dialog instanceof HTMLDialogElement && !dialog.open) ||
          dialog.getClientRects().length === 0));
    // Hidden in place with its text still in it: a "Cancel" that collapses a comment box looks
    // like this, a send does not (sites empty the composer they keep). Doubtful: only offered.
    const hiddenWithText = !closed && this.el.getClientRects().length === 0 && !isEmpty(this.el, this.kind);
    const gone = closed || hiddenWithText || this.el.getClientRects().length === 0;
    const empty = !gone && isEmpty(this.el, this.kind);
    const alert = p !== null && (gone || empty) && (hiddenWithText || countAlerts(this.el) > p.alerts);
    return { gone, empty, alert };
  }

  /**
   * The user is editing again after a send attempt: fixing a failed send (that send is over), or,
   * when the composer already emptied, starting the next post before the next look (it was sent).
   */
  private userEdited(): void {
    if (!this.sends.pending) return;
    this.settle(this.sends.userEdited(this.look(), performance.now()));
  }

  private readonly onBeforeInput = (e: Event): void => {
    if (e.isTrusted) this.userEdited();
  };

  /** While a send is pending, edits by the user (paste, drop, IME) cancel or confirm it. */
  private watchEdits(on: boolean): void {
    if (on) this.el.addEventListener('beforeinput', this.onBeforeInput, { passive: true });
    else this.el.removeEventListener('beforeinput', this.onBeforeInput);
  }

  /**
   * A trusted send attempt (a click on a control of the composer's, or its send key): note what
   * would be sent, then watch for the composer emptying or going away. A text the user did not
   * leave there (./send.ts `Provenance`) can only be offered, never recorded by itself.
   */
  sendAttempt(strength: Strength): void {
    const now = performance.now();
    if (this.sends.pending) {
      const text = readText(this.el, this.kind);
      this.sends.attempt('', this.provenance.accepts(text) ? strength : 'weak', now);
      return;
    }
    const text = readText(this.el, this.kind);
    if (!text.trim()) return;
    const draftId = this.draftId ?? newId();
    this.draftId = draftId;
    if (this.env.sent.has(draftId)) return;
    const own = this.provenance.accepts(text);
    if (!this.sends.attempt(text, own ? strength : 'weak', now)) return;
    const startedAt = this.startedAt || Date.now();
    this.pending = {
      draftId,
      text,
      analysis: this.analyzeText(text),
      composeMs: Math.max(0, Date.now() - startedAt),
      dialog: closestDeep(this.el, DIALOG),
      alerts: countAlerts(this.el),
    };
    this.watchEdits(true);
    this.pollTimer = window.setTimeout(this.poll, SEND_POLL_MS);
  }

  private readonly poll = (): void => {
    this.pollTimer = 0;
    if (!this.sends.pending) return;
    this.settle(this.sends.look(this.look(), performance.now()));
  };

  private settle(v: Verdict): void {
    if (v === 'wait') {
      if (this.pollTimer === 0) this.pollTimer = window.setTimeout(this.poll, SEND_POLL_MS);
      return;
    }
    const p = this.pending;
    this.pending = null;
    this.watchEdits(false);
    clearTimeout(this.pollTimer);
    this.pollTimer = 0;
    if (!p || v === 'failed') return; // the composer kept its text: nothing is recorded
    const analysis = p.analysis ?? this.analyzeText(p.text);
    if (!analysis) {
      // Even when the session ends meanwhile (the composer's dialog closed): a send still completes.
      loadCoach().then(
        () => this.sent(v, { ...p, analysis: this.analyzeText(p.text) }),
        () => undefined,
      );
      return;
    }
    this.sent(v, { ...p, analysis });
  }

  /** A send that went out (recorded) or may have (`unconfirmed`: offered to record). */
  private sent(v: 'sent' | 'unconfirmed', p: PendingSend): void {
    if (!p.analysis) return;
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
    this.draftId = null;
    this.startedAt = 0;
    this.dismissed.clear();
    this.provenance.reset();
    if (v === 'sent') this.deliverOnce(msg);
    else if (this.el.isConnected) this.setOffer(msg);
    if (this.el.isConnected) this.refresh();
  }

  private deliverOnce(msg: PostSentMessage): void {
    if (this.env.sent.has(msg.draftId)) return;
    this.env.sent.add(msg.draftId);
    deliver(msg, SEND_TRIES);
    this.env.recorded(msg.time);
  }

  /** Offers "Add this post to your history" for a send that emptied the composer unconfirmed. */
  private setOffer(msg: PostSentMessage | null): void {
    clearTimeout(this.offerTimer);
    this.offerTimer = 0;
    const format = this.env.format();
    if (!msg) {
      this.pill.offer(null, format);
    } else {
      this.pill.offer(() => this.deliverOnce({ ...msg, manual: true }), format);
      this.offerTimer = window.setTimeout(() => {
        this.pill.offer(null, this.env.format());
        this.updateVisibility();
      }, OFFER_MS);
    }
    this.updateVisibility();
    this.env.requestLayout();
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
    clearTimeout(this.offerTimer);
    this.pill.destroy();
  }
}
