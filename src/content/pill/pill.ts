// The pill beside a composer and its panel: a `<postcoach-pill>` host placed outside the editor's
// DOM tree, with a closed shadow root. The page shares the DOM with us (issue 12): it must not
// read the pill (which rules are muted, the UI language) nor drive it, so the root is closed,
// the host carries no state, and every control acts on trusted (the user's own) events only.
// Test contract, in the end-to-end build only (src/content/test-hooks.ts): an open root and the
// host attributes `data-score`, `data-intent`, `data-nudges`, `data-platform`, `data-severity`,
// `data-count`, `data-offer`; each nudge carries `data-rule` and `data-reason`.
// Plain DOM with text nodes only: no HTML strings anywhere.
import { formatNumber } from '../../core/i18n';
import { draftScore } from '../../core/score';
import type { Analysis, Finding, Language, Platform, Reason, Severity } from '../../core/types';
import { REASONS } from '../../core/types';
import { TEST_HOOKS } from '../test-hooks';
import { type Format, formatCount, formatMsg } from './i18n';
import { type Box, placePill } from './place';
import { STYLES } from './styles';

export const PILL_TAG = 'postcoach-pill';

export interface PillState {
  analysis: Analysis | null;
  /** The findings to show (disabled rules and dismissed nudges already taken out). */
  findings: Finding[];
  lang: Language;
  format: Format;
}

export interface PillOptions {
  platform: Platform;
  /** Where the host goes: never inside the editor (a dialog holding it, or the body). */
  parent: Element;
  onDismiss(rule: string): void;
  onMute(rule: string): void;
}

const RANK: Record<Severity, number> = { tip: 1, warn: 2, error: 3 };
const ICON: Record<Severity | 'none' | 'idle', string> = {
  none: '✓',
  tip: '●',
  warn: '▲',
  error: '✖',
  idle: '✎',
};

export function worstSeverity(findings: Finding[]): Severity | 'none' {
  let worst: Severity | 'none' = 'none';
  for (const f of findings) if (worst === 'none' || RANK[f.severity] > RANK[worst]) worst = f.severity;
  return worst;
}

type Child = Node | string | null | false | undefined;

/** A tiny element builder: attributes as strings, children as nodes or text. */
function el(tag: string, attrs: Record<string, string> | null, ...children: Child[]): HTMLElement {
  const e = document.createElement(tag);
  if (attrs) for (const k in attrs) e.setAttribute(k, attrs[k]!);
  for (const c of children) if (c) e.append(c);
  return e;
}

/**
 * A listener that only the user can trigger: the page can dispatch clicks and keys on anything it
 * can reach, and `isTrusted` is the one property it cannot forge.
 */
export function trusted<E extends Event>(f: (e: E) => void): (e: E) => void {
  return (e) => {
    if (e.isTrusted) f(e);
  };
}

/** The host's state for the test suites; nothing at all in the production build. */
function mark(h: HTMLElement, name: string, value: string | null): void {
  if (!TEST_HOOKS) return;
  if (value === null) h.removeAttribute(name);
  else h.setAttribute(name, value);
}

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Quoted evidence: `“a”, “b”`. */
function quoted(texts: string[], max: number, len: number): Node[] {
  const out: Node[] = [];
  for (const t of [...new Set(texts.filter((s) => s.trim()))].slice(0, max)) {
    if (out.length) out.push(document.createTextNode(', '));
    out.push(el('q', null, cut(t, len)));
  }
  return out;
}

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
    return this.panel !== null;
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
    if (this.panel) this.close(true);
    else this.openPanel();
  }

  /** Opens the panel and moves focus into it (never into the site's editor). */
  openPanel(): void {
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
    const p = this.panel!;
    const s = this.state;
    const f = s?.format ?? ((id: string) => id);
    const a = s?.analysis ?? null;
    const findings = s?.findings ?? [];
    const lang = s?.lang ?? 'en';
    const n = (v: number) => formatNumber(v, lang);
    const sev = worstSeverity(findings);
    const score = a ? n(draftScore(a, findings)) : '';
    // The cap holds only while a nudge that set it is still shown (not dismissed or muted).
    const cap = a?.cap && findings.some((x) => a.cap!.rules.includes(x.rule)) ? a.cap : null;
    const close = el(
      'button',
      { type: 'button', class: 'x', 'aria-label': f('pill_close'), title: f('pill_close') },
      '×',
    );
    close.addEventListener(
      'click',
      trusted(() => this.close(true)),
    );
    const head = el(
      'div',
      { class: 'head' },
      a &&
        el(
          'span',
          {
            class: 'score',
            'data-sev': sev,
            role: 'img',
            'aria-label': `${f('pill_score')} ${score}`,
          },
          score,
        ),
      el(
        'h2',
        { id: 'pc-title', tabindex: '-1' },
        'Postcoach',
        a &&
          el(
            'span',
            { class: 'sub' },
            `${f('pill_quality')} ${n(a.quality)} · ${f('pill_voice')} ${n(a.voice)} · ${formatCount(f, lang, 'count_nudges', findings.length)}`,
          ),
        cap && el('span', { class: 'sub cap' }, formatMsg(f, cap.message)),
      ),
      close,
    );
    const body: Child[] = [];
    if (!a) body.push(el('p', { class: 'empty' }, f('pill_empty')));
    else {
      const cues = a.intent.evidence.filter((e) => e.intent === a.intent.label).map((e) => e.text);
      const c = a.counts;
      body.push(
        el(
          'dl',
          { class: 'facts' },
          el('dt', null, f('pill_intent')),
          el(
            'dd',
            null,
            el('span', { class: 'chip', 'data-intent': a.intent.label }, f(`intent_${a.intent.label}`)),
            cues.length > 0 && ` ${f('pill_because')} `,
            ...quoted(cues, 4, 40),
          ),
          el('dt', null, f(`platform_${this.opts.platform}`)),
          el(
            'dd',
            c.over > 0 ? { class: 'over' } : null,
            c.over > 0
              ? f('pill_count_over', c.weighted, c.limit, c.over)
              : f('pill_count', c.weighted, c.limit),
          ),
        ),
      );
      if (findings.length === 0) body.push(el('p', { class: 'empty' }, f('pill_no_nudges')));
      const by = new Map<Reason, Finding[]>();
      for (const x of findings) by.set(x.reason, [...(by.get(x.reason) ?? []), x]);
      for (const r of REASONS) {
        const list = by.get(r);
        if (!list) continue;
        body.push(
          el(
            'section',
            { 'data-reason': r, 'aria-labelledby': `pc-r-${r}` },
            el('h3', { id: `pc-r-${r}` }, f(`reason_${r}`)),
            el('ul', null, ...list.map((x) => this.nudge(x, f))),
          ),
        );
      }
      if (this.muted) body.push(el('p', { class: 'note' }, f('pill_mute_done')));
    }
    p.replaceChildren(head, ...body.filter((x): x is Node => !!x));
  }

  private nudge(x: Finding, f: Format): HTMLElement {
    const msg = formatMsg(f, x.message);
    const dismiss = el(
      'button',
      { type: 'button', 'data-action': 'dismiss', 'aria-label': f('pill_dismiss_label', msg) },
      f('pill_dismiss'),
    );
    const mute = el('button', { type: 'button', 'data-action': 'mute' }, f('pill_mute'));
    dismiss.addEventListener(
      'click',
      trusted(() => this.act(() => this.opts.onDismiss(x.rule))),
    );
    mute.addEventListener(
      'click',
      trusted(() => {
        this.muted = true;
        this.act(() => this.opts.onMute(x.rule));
      }),
    );
    const why = quoted(
      x.evidence.map((e) => e.text),
      4,
      60,
    );
    return el(
      'li',
      { class: 'nudge', 'data-rule': x.rule, 'data-reason': x.reason, 'data-severity': x.severity },
      el('span', { class: 'sev', 'aria-hidden': 'true' }, ICON[x.severity]),
      el('span', { class: 'sr' }, `${f(`severity_${x.severity}`)}: `),
      el('div', { class: 'msg' }, msg),
      why.length > 0 && el('div', { class: 'why' }, el('b', null, f('pill_why')), ...why),
      el('div', { class: 'try' }, el('b', null, f('pill_try')), formatMsg(f, x.suggestion)),
      el('div', { class: 'acts' }, dismiss, mute),
    );
  }

  /**
   * Runs a nudge action and keeps keyboard users in the panel, on its heading: on the next nudge's
   * Dismiss button the next keystroke (a space while typing on) would dismiss that one too.
   */
  private act(run: () => void): void {
    run();
    (this.panel?.querySelector<HTMLElement>('#pc-title') ?? this.panel)?.focus();
  }
}
