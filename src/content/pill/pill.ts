// The pill beside a composer and its panel: a `<postcoach-pill>` host with an open shadow root,
// placed outside the editor's DOM tree. Test contract (kept stable): host attributes
// `data-score`, `data-intent`, `data-nudges`, `data-platform`; each nudge carries `data-rule`
// and `data-reason`. Plain DOM with text nodes only: no HTML strings anywhere.
import { formatNumber } from '../../core/i18n';
import type { Analysis, Finding, Language, Platform, Reason, Severity } from '../../core/types';
import { REASONS } from '../../core/types';
import { type Format, formatMsg } from './i18n';
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

export const draftScore = (a: Analysis): number => Math.round((a.quality + a.voice) / 2);

type Child = Node | string | null | false | undefined;

/** A tiny element builder: attributes as strings, children as nodes or text. */
function el(tag: string, attrs: Record<string, string> | null, ...children: Child[]): HTMLElement {
  const e = document.createElement(tag);
  if (attrs) for (const k in attrs) e.setAttribute(k, attrs[k]!);
  for (const c of children) if (c) e.append(c);
  return e;
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

  constructor(private readonly opts: PillOptions) {
    this.host = document.createElement(PILL_TAG);
    this.host.setAttribute('data-platform', opts.platform);
    this.host.setAttribute('data-nudges', '0');
    this.host.hidden = true;
    const shadow = this.host.attachShadow({ mode: 'open' });
    this.shadow = shadow;
    this.button = el('button', {
      type: 'button',
      class: 'pill',
      'aria-haspopup': 'dialog',
      'aria-expanded': 'false',
    }) as HTMLButtonElement;
    this.button.addEventListener('click', () => this.toggle());
    this.live = el('div', { class: 'sr', role: 'status', 'aria-live': 'polite' });
    shadow.append(el('style', null, STYLES), this.button, this.live);
    // Our own UI's keys are ours: a site listening on its dialog must not see them.
    shadow.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if ((e as KeyboardEvent).key === 'Escape' && this.panel) this.close(true);
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
    if (a) {
      h.setAttribute('data-score', String(draftScore(a)));
      h.setAttribute('data-intent', a.intent.label);
      h.setAttribute('data-count', String(a.counts.weighted));
    } else {
      for (const k of ['data-score', 'data-intent', 'data-count']) h.removeAttribute(k);
    }
    h.setAttribute('data-nudges', String(findings.length));
    h.setAttribute('data-severity', sev);
    const b = this.button;
    b.setAttribute('data-sev', sev);
    const label = a
      ? f('pill_label', draftScore(a), findings.length, this.sevWord(sev === 'idle' ? 'none' : sev))
      : f('pill_label_empty');
    b.setAttribute('aria-label', label);
    b.title = label;
    b.replaceChildren(
      el('span', { class: 'icon', 'aria-hidden': 'true' }, ICON[sev]),
      el('span', { 'aria-hidden': 'true' }, a ? formatNumber(draftScore(a), state.lang) : '–'),
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
      draftScore(s.analysis),
      s.findings.length,
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
   * Places the pill beside the composer's box (viewport coordinates) without covering any of the
   * site's controls (`avoid`), inside the viewport.
   */
  place(anchor: DOMRect, avoid: DOMRect[]): void {
    const w = this.button.offsetWidth || 64;
    const hgt = this.button.offsetHeight || 26;
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const candidates: [number, number][] = [
      [anchor.right - w - 6, anchor.bottom - hgt - 6], // inside, bottom-right corner
      [anchor.right - w, anchor.top - hgt - 4], // above the top-right corner
      [anchor.right + 6, anchor.bottom - hgt], // right of the box
      [anchor.right - w, anchor.bottom + 4], // below
      [anchor.left, anchor.top - hgt - 4], // above the top-left corner
    ];
    const fits = ([x, y]: [number, number]) =>
      x >= 0 &&
      y >= 0 &&
      x + w <= vw &&
      y + hgt <= vh &&
      !avoid.some((r) => x < r.right && x + w > r.left && y < r.bottom && y + hgt > r.top);
    const [x, y] = candidates.find(fits) ?? candidates[0]!;
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
    if (!e.composedPath().includes(this.host)) this.close(false);
  };

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
    const close = el(
      'button',
      { type: 'button', class: 'x', 'aria-label': f('pill_close'), title: f('pill_close') },
      '×',
    );
    close.addEventListener('click', () => this.close(true));
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
            'aria-label': `${f('pill_score')} ${n(draftScore(a))}`,
          },
          n(draftScore(a)),
        ),
      el(
        'h2',
        { id: 'pc-title' },
        'Postcoach',
        a &&
          el(
            'span',
            { class: 'sub' },
            `${f('pill_quality')} ${n(a.quality)} · ${f('pill_voice')} ${n(a.voice)} · ${f('pill_nudges', findings.length)}`,
          ),
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
    dismiss.addEventListener('click', () => this.act(x.rule, () => this.opts.onDismiss(x.rule)));
    mute.addEventListener('click', () => {
      this.muted = true;
      this.act(x.rule, () => this.opts.onMute(x.rule));
    });
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

  /** Runs a nudge action and keeps keyboard users in the panel (on the next nudge's first button). */
  private act(rule: string, run: () => void): void {
    const items = Array.from(this.panel?.querySelectorAll<HTMLElement>('li.nudge') ?? []);
    const i = items.findIndex((li) => li.dataset.rule === rule);
    const next = (items[i + 1] ?? items[i - 1])?.dataset.rule;
    run();
    const target = next
      ? this.panel?.querySelector<HTMLElement>(`li[data-rule="${CSS.escape(next)}"] button`)
      : null;
    (target ?? this.panel)?.focus();
  }
}
