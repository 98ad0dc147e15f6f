// The pill beside a composer and its panel: a `<postcoach-pill>` host placed outside the editor's
// DOM tree, with a closed shadow root. The page shares the DOM with us: it must not
// read the pill (which rules are muted, the UI language) nor drive it, so the root is closed,
// the host carries no state, and every control acts on trusted (the user's own) events only.
// Test contract, in the end-to-end build only (src/content/test-hooks.ts): an open root and the
// host attributes `data-score`, `data-intent`, `data-nudges`, `data-platform`, `data-severity`,
// `data-count`, `data-offer`, `data-copied` (the last post a Copy put on the clipboard); each
// nudge carries `data-rule` and `data-reason`.
// This file is the button, always loaded; the open panel (./panel.ts) comes with the coach
// (../coach.ts), loaded on demand. Plain DOM with text nodes only: no HTML strings anywhere.
import { formatNumber } from '../../core/i18n';
import { draftScore } from '../../core/score';
import type { Analysis, Finding, Language, Platform, Severity } from '../../core/types';
import { coachNow, loadCoach } from '../load-coach';
import { TEST_HOOKS } from '../test-hooks';
import { el, mark, trusted } from './dom';
import { type Format, formatCount } from './i18n';
import { type Box, placePill } from './place';
import { ICON, worstSeverity } from './severity';
import { STYLES } from './styles';

export { trusted } from './dom';
export { worstSeverity } from './severity';

export const PILL_TAG = 'postcoach-pill';

export interface PillState {
  analysis: Analysis | null;
  /** The findings to show (disabled rules and dismissed nudges already taken out). */
  findings: Finding[];
  lang: Language;
  format: Format;
  /** The draft as analysed: the panel shows where the feed folds it and, on X, the thread. */
  text?: string;
}

export interface PillOptions {
  platform: Platform;
  /** Where the host goes: never inside the editor (a dialog holding it, or the body). */
  parent: Element;
  onDismiss(rule: string): void;
  onMute(rule: string): void;
}

/**
 * Loads the open panel's code, which comes with the engine (../coach.ts): a lazy chunk in Chrome
 * (the content script's first load carries only the pill's button), inlined in Firefox's classic
 * script. Resolves once it is there.
 */
export const loadPanel = (): Promise<unknown> => loadCoach();

export class Pill {
  readonly host: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly live: HTMLElement;
  private readonly shadow: ShadowRoot;
  private panel: HTMLElement | null = null;
  private state: PillState | null = null;
  private muted = false;
  private lastAnnounced = '';
  private x = Number.NaN;
  private y = Number.NaN;
  private offerEl: HTMLElement | null = null;
  /** The panel was asked for while its code loads: it opens when the code is there. */
  private opening = false;
  private panelStyled = false;

  constructor(private readonly opts: PillOptions) {
    this.host = document.createElement(PILL_TAG);
    mark(this.host, 'data-platform', opts.platform);
    mark(this.host, 'data-nudges', '0');
    this.host.hidden = true;
    const shadow = this.host.attachShadow({ mode: TEST_HOOKS ? 'open' : 'closed' });
    this.shadow = shadow;
    this.button = el('button', {
      type: 'button',
      class: 'pill',
      'aria-haspopup': 'dialog',
      'aria-expanded': 'false',
    }) as HTMLButtonElement;
    this.button.addEventListener(
      'click',
      trusted(() => this.toggle()),
    );
    // The user is about to open the panel: fetch its code now, so that it opens at once.
    const preload = trusted(() => void loadPanel().catch(() => undefined));
    this.button.addEventListener('pointerenter', preload, { passive: true });
    this.button.addEventListener('focus', preload, { passive: true });
    this.live = el('div', { class: 'sr', role: 'status', 'aria-live': 'polite' });
    shadow.append(el('style', null, STYLES), this.button, this.live);
    // Our own UI's keys are ours: a site listening on its dialog must not see them.
    shadow.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if (e.isTrusted && (e as KeyboardEvent).key === 'Escape' && this.panel) this.close(true);
    });
    opts.parent.appendChild(this.host);
  }

  get open(): boolean {
    return this.panel !== null || this.opening;
  }

  update(state: PillState): void {
    this.state = state;
    const { analysis: a, findings, format: f } = state;
    const h = this.host;
    const sev = a ? worstSeverity(findings) : 'idle';
    // The number of the findings shown, so dismissing a nudge moves number and colour together.
    const score = a ? draftScore(a, findings) : 0;
    mark(h, 'data-score', a ? String(score) : null);
    mark(h, 'data-intent', a ? a.intent.label : null);
    mark(h, 'data-count', a ? String(a.counts.weighted) : null);
    mark(h, 'data-nudges', String(findings.length));
    mark(h, 'data-severity', sev);
    const b = this.button;
    b.setAttribute('data-sev', sev);
    const label = a
      ? f(
          'pill_label',
          score,
          formatCount(f, state.lang, 'count_nudges', findings.length),
          this.sevWord(sev === 'idle' ? 'none' : sev),
          // The bare count too: a language may need the visible digits as a word of their own
          // (bn "২ টি", where the counted phrase writes "২টি"), for label-in-name.
          findings.length,
        )
      : f('pill_label_empty');
    b.setAttribute('aria-label', label);
    b.title = label;
    b.replaceChildren(
      el('span', { class: 'icon', 'aria-hidden': 'true' }, ICON[sev]),
      el('span', { 'aria-hidden': 'true' }, a ? formatNumber(score, state.lang) : '–'),
    );
    if (a && findings.length > 0) {
      // The space keeps "score count" two words, as in the accessible name (WCAG 2.5.3, label in name).
      b.append(
        ' ',
        el('span', { class: 'n', 'aria-hidden': 'true' }, formatNumber(findings.length, state.lang)),
      );
    }
    if (this.panel) this.renderPanel();
  }

  private sevWord(s: Severity | 'none'): string {
    const f = this.state!.format;
    return s === 'none' ? f('pill_all_clear') : f(`severity_${s}`);
  }

  /** Says the summary to screen readers; the caller only calls it after a real pause. */
  announce(): void {
    const s = this.state;
    if (!s?.analysis) return;
    const text = s.format(
      'pill_summary',
      draftScore(s.analysis, s.findings),
      formatCount(s.format, s.lang, 'count_nudges', s.findings.length),
      this.sevWord(worstSeverity(s.findings)),
    );
    if (text !== this.lastAnnounced) {
      this.lastAnnounced = text;
      this.live.textContent = text;
    }
  }

  setVisible(visible: boolean): void {
    if (this.host.hidden === !visible) return;
    this.host.hidden = !visible;
    if (!visible) this.close(false);
  }

  /**
   * Places the pill beside the composer's box (viewport coordinates), never over its text when
   * there is another place, clear of the site's controls (`avoid`), inside the viewport.
   */
  place(anchor: Box, avoid: Box[]): void {
    // The host shrinks to its buttons (the pill, and the offer beside it when there is one).
    const w = this.host.offsetWidth || this.button.offsetWidth || 64;
    const hgt = this.host.offsetHeight || this.button.offsetHeight || 26;
    const { x, y } = placePill(anchor, w, hgt, avoid, {
      width: document.documentElement.clientWidth,
      height: document.documentElement.clientHeight,
    });
    if (x !== this.x || y !== this.y) {
      this.x = x;
      this.y = y;
      const s = this.host.style;
      s.transform = `translate(${Math.round(x)}px,${Math.round(y)}px)`;
      // A transformed ancestor (some dialogs) makes `fixed` relative to it: correct once.
      const r = this.host.getBoundingClientRect();
      const dx = Math.round(x - r.left);
      const dy = Math.round(y - r.top);
      if (dx || dy) s.transform = `translate(${Math.round(x + dx)}px,${Math.round(y + dy)}px)`;
    }
    if (this.panel) this.placePanel();
  }

  private placePanel(): void {
    const p = this.panel!;
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const pill = this.host.getBoundingClientRect();
    const pw = p.offsetWidth;
    const ph = p.offsetHeight;
    const left = Math.max(8, Math.min(pill.right - pw, vw - pw - 8));
    const below = pill.bottom + 6;
    const top = below + ph <= vh - 8 || pill.top - ph - 6 < 8 ? below : pill.top - ph - 6;
    // The panel lives inside the host, which is already translated to the pill's place.
    p.style.left = `${Math.round(left - pill.left)}px`;
    p.style.top = `${Math.round(top - pill.top)}px`;
  }

  toggle(): void {
    if (this.open) this.close(true);
    else this.openPanel();
  }

  /**
   * Opens the panel and moves focus into it (never into the site's editor); the first time, once
   * its code has loaded (`loadPanel`).
   */
  openPanel(): void {
    const code = coachNow();
    if (!code) {
      this.opening = true;
      loadPanel().then(
        () => {
          if (!this.opening || !this.host.isConnected) return;
          this.opening = false;
          this.openPanel();
        },
        () => {
          this.opening = false;
        },
      );
      return;
    }
    if (!this.panelStyled) {
      this.panelStyled = true;
      this.shadow.append(el('style', null, code.PANEL_STYLES));
    }
    if (!this.panel) {
      this.panel = el('div', {
        class: 'panel',
        role: 'dialog',
        'aria-modal': 'false',
        'aria-labelledby': 'pc-title',
        tabindex: '-1',
      });
      this.shadow.append(this.panel);
      this.button.setAttribute('aria-expanded', 'true');
      this.renderPanel();
      this.placePanel();
      // A popover: a press anywhere else on the page closes it (and never reaches further).
      document.addEventListener('pointerdown', this.onOutside, { capture: true, passive: true });
    }
    const panel = this.panel;
    panel.focus();
    // An editor committing a pending selection right now (Lexical does, a moment after a click)
    // pulls focus back into itself. The user asked for the panel: take focus once more in the
    // next frame, only if that just happened and the panel is still open.
    const opened = performance.now();
    requestAnimationFrame(() => {
      if (this.panel !== panel || performance.now() - opened > 250) return;
      if (this.shadow.activeElement == null && document.activeElement !== this.host) panel.focus();
    });
  }

  /** Closes the panel; focus goes back to the pill when it was in the panel. */
  close(restoreFocus: boolean): void {
    this.opening = false;
    if (!this.panel) return;
    const hadFocus = this.shadow.activeElement != null;
    document.removeEventListener('pointerdown', this.onOutside, { capture: true });
    this.panel.remove();
    this.panel = null;
    this.button.setAttribute('aria-expanded', 'false');
    if (restoreFocus && hadFocus) this.button.focus();
  }

  private readonly onOutside = (e: Event): void => {
    if (e.isTrusted && !e.composedPath().includes(this.host)) this.close(false);
  };

  /**
   * Offers to add a post the detector could not confirm (the composer emptied after a click, but
   * not on a control it knows, or an alert appeared): one trusted click calls `add`. `null`
   * takes the offer away.
   */
  offer(add: (() => void) | null, format: Format): void {
    this.offerEl?.remove();
    this.offerEl = null;
    mark(this.host, 'data-offer', add ? 'add' : null);
    if (!add) return;
    const b = el(
      'button',
      { type: 'button', class: 'offer', 'data-action': 'add-post' },
      format('pill_add_post'),
    );
    b.addEventListener(
      'click',
      trusted(() => {
        this.offer(null, format);
        add();
        this.live.textContent = format('pill_add_post_done');
      }),
    );
    this.button.after(b);
    this.offerEl = b;
  }

  get offering(): boolean {
    return this.offerEl !== null;
  }

  destroy(): void {
    this.close(false);
    this.host.remove();
  }

  private renderPanel(): void {
    coachNow()?.renderPanel(this.panel!, {
      platform: this.opts.platform,
      state: this.state,
      muted: this.muted,
      host: this.host,
      close: () => this.close(true),
      dismiss: (rule) => this.opts.onDismiss(rule),
      mute: (rule) => {
        this.muted = true;
        this.opts.onMute(rule);
      },
      say: (text) => {
        this.live.textContent = text;
      },
    });
  }
}
