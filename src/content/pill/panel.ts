// The pill's open panel: the score and why, the intent and the count, the nudges by reason, and
// what the post will look like (./preview.ts: the feed's fold, an X draft as a thread). Its own
// module so that the content script's first load carries only the pill button: Chrome loads this
// the first time a panel opens (scripts/targets.ts makes it a self-contained lazy chunk; Firefox's
// one classic script inlines it). It therefore keeps no state of its own and gets everything it
// needs (words, the draft, the actions) from the pill through `PanelHost`.
// Plain DOM with text nodes only: no HTML strings anywhere.
import { formatNumber } from '../../core/i18n';
import { draftScore } from '../../core/score';
import type { Finding, Platform, Reason } from '../../core/types';
import { REASONS } from '../../core/types';
import { type Child, el, trusted } from './dom';
import { type Format, formatCount, formatMsg } from './i18n';
import type { PillState } from './pill';
import { foldView, threadView } from './preview';
import { ICON, worstSeverity } from './severity';

export { PANEL_STYLES } from './panel-styles';

/** What the panel gets from its pill. */
export interface PanelHost {
  platform: Platform;
  state: PillState | null;
  /** A rule was switched off from this panel: it says where to turn it back on. */
  muted: boolean;
  /** The pill's host element (the test hooks' attributes go there). */
  host: HTMLElement;
  close(): void;
  dismiss(rule: string): void;
  mute(rule: string): void;
  /** Speaks to screen readers through the pill's live region. */
  say(text: string): void;
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

const sevWord = (f: Format, s: string) => (s === 'none' ? f('pill_all_clear') : f(`severity_${s}`));

/** Renders the whole panel into `p` (called on every update while it is open). */
export function renderPanel(p: HTMLElement, h: PanelHost): void {
  const s = h.state;
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
    trusted(() => h.close()),
  );
  const head = el(
    'div',
    { class: 'head' },
    a &&
      el(
        'span',
        { class: 'score', 'data-sev': sev, role: 'img', 'aria-label': `${f('pill_score')} ${score}` },
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
        el('dt', null, f(`platform_${h.platform}`)),
        el(
          'dd',
          c.over > 0 ? { class: 'over' } : null,
          c.over > 0
            ? f('pill_count_over', c.weighted, c.limit, c.over)
            : f('pill_count', c.weighted, c.limit),
        ),
      ),
    );
    const text = s?.text ?? '';
    body.push(foldView(text, h.platform, f));
    // X's own limit: with a larger one (X Premium: the adapter reads it), nothing is over.
    if (h.platform === 'x' && c.over > 0) body.push(threadView(text, f, lang, h));
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
          el('ul', null, ...list.map((x) => nudge(p, x, f, h))),
        ),
      );
    }
    if (h.muted) body.push(el('p', { class: 'note' }, f('pill_mute_done')));
  }
  p.replaceChildren(head, ...body.filter((x): x is Node => !!x));
}

function nudge(p: HTMLElement, x: Finding, f: Format, h: PanelHost): HTMLElement {
  const msg = formatMsg(f, x.message);
  const dismiss = el(
    'button',
    { type: 'button', 'data-action': 'dismiss', 'aria-label': f('pill_dismiss_label', msg) },
    f('pill_dismiss'),
  );
  const mute = el('button', { type: 'button', 'data-action': 'mute' }, f('pill_mute'));
  dismiss.addEventListener(
    'click',
    trusted(() => act(p, () => h.dismiss(x.rule))),
  );
  mute.addEventListener(
    'click',
    trusted(() => act(p, () => h.mute(x.rule))),
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
    el('span', { class: 'sr' }, `${sevWord(f, x.severity)}: `),
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
function act(p: HTMLElement, run: () => void): void {
  run();
  (p.querySelector<HTMLElement>('#pc-title') ?? p).focus();
}
