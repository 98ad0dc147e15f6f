// The pill beside a composer and its panel: a `<postcoach-pill>` host with an open shadow root,
// placed outside the editor's DOM tree. Test contract (kept stable): host attributes
// `data-score`, `data-intent`, `data-nudges`, `data-platform`; each nudge carries `data-rule`
// and `data-reason`. All text goes through Preact text nodes: never HTML.
import { render } from 'preact';
import { type Catalog, formatMessage, formatNumber } from '../../core/i18n';
import type { Analysis, Finding, Language, Platform, Reason, Severity } from '../../core/types';
import { REASONS } from '../../core/types';
import { intentKey, reasonKey, type StringId, severityKey, UI_CATALOGS } from './strings';
import { STYLES } from './styles';

export const PILL_TAG = 'postcoach-pill';

export interface PillState {
  analysis: Analysis | null;
  /** The findings to show (disabled rules and dismissed nudges already taken out). */
  findings: Finding[];
  lang: Language;
  /** The `_locales` catalog for finding messages in `lang`. */
  catalog: Catalog;
}

export interface PillCallbacks {
  onDismiss(rule: string): void;
  onMute(rule: string): void;
}

const SEVERITY_RANK: Record<Severity, number> = { tip: 1, warn: 2, error: 3 };
const ICON: Record<Severity | 'none' | 'idle', string> = {
  none: '✓',
  tip: '●',
  warn: '▲',
  error: '✖',
  idle: '✎',
};

export function worstSeverity(findings: Finding[]): Severity | 'none' {
  let worst: Severity | 'none' = 'none';
  for (const f of findings)
    if (worst === 'none' || SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst]) worst = f.severity;
  return worst;
}

export function draftScore(a: Analysis): number {
  return Math.round((a.quality + a.voice) / 2);
}

function t(lang: Language, id: StringId, ...params: (string | number)[]): string {
  const s = UI_CATALOGS[lang][id]?.message ?? id;
  return s.replace(/\$(\d)/g, (_, d: string) => {
    const p = params[Number(d) - 1];
    return p === undefined ? '' : typeof p === 'number' ? formatNumber(p, lang) : p;
  });
}

/** One line of quoted evidence, each quote cut to a readable length. */
function quotes(f: Finding) {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const e of f.evidence) {
    const q = e.text.length > 60 ? `${e.text.slice(0, 57)}…` : e.text;
    if (!q.trim() || seen.has(q)) continue;
    seen.add(q);
    out.push(q);
    if (out.length === 4) break;
  }
  return out;
}

interface ViewProps {
  state: PillState;
  open: boolean;
  platform: Platform;
  muted: Set<string>;
  onToggle(): void;
  onClose(): void;
  onDismiss(rule: string): void;
  onMute(rule: string): void;
}

function Panel({ state, platform, muted, onClose, onDismiss, onMute }: ViewProps) {
  const { analysis: a, findings, lang, catalog } = state;
  const sev = worstSeverity(findings);
  const byReason = new Map<Reason, Finding[]>();
  for (const f of findings) {
    const list = byReason.get(f.reason) ?? [];
    list.push(f);
    byReason.set(f.reason, list);
  }
  const intentQuotes = a
    ? [...new Set(a.intent.evidence.filter((e) => e.intent === a.intent.label).map((e) => e.text))]
    : [];
  return (
    <div
      class="panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby="pc-title"
      tabIndex={-1}
      data-platform={platform}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div class="head">
        {a && (
          <span class="score" data-sev={sev} role="img" aria-label={`${t(lang, 'score')} ${draftScore(a)}`}>
            {formatNumber(draftScore(a), lang)}
          </span>
        )}
        <h2 id="pc-title">
          {t(lang, 'panelTitle')}
          {a && (
            <span class="sub">
              {t(lang, 'quality')} {formatNumber(a.quality, lang)} · {t(lang, 'voice')}{' '}
              {formatNumber(a.voice, lang)} · {t(lang, 'nudges', findings.length)}
            </span>
          )}
        </h2>
        <button
          type="button"
          class="x"
          aria-label={t(lang, 'close')}
          title={t(lang, 'close')}
          onClick={onClose}
        >
          ×
        </button>
      </div>
      {!a ? (
        <p class="empty">{t(lang, 'emptyDraft')}</p>
      ) : (
        <>
          <dl class="facts">
            <dt>{t(lang, 'intent')}</dt>
            <dd>
              <span class="chip" data-intent={a.intent.label}>
                {t(lang, intentKey(a.intent.label))}
              </span>
              {intentQuotes.length > 0 && (
                <span>
                  {' '}
                  {t(lang, 'because')}{' '}
                  {intentQuotes.slice(0, 4).map((q, i) => (
                    <>
                      {i > 0 && ', '}
                      <q>{q.length > 40 ? `${q.slice(0, 37)}…` : q}</q>
                    </>
                  ))}
                </span>
              )}
            </dd>
            <dt>{platform}</dt>
            <dd class={a.counts.over > 0 ? 'over' : ''}>
              {a.counts.over > 0
                ? t(lang, 'countOver', a.counts.weighted, a.counts.limit, a.counts.over)
                : t(lang, 'count', a.counts.weighted, a.counts.limit)}
            </dd>
          </dl>
          {findings.length === 0 && <p class="empty">{t(lang, 'noNudges')}</p>}
          {REASONS.filter((r) => byReason.has(r)).map((r) => (
            <section key={r} data-reason={r} aria-labelledby={`pc-r-${r}`}>
              <h3 id={`pc-r-${r}`}>{t(lang, reasonKey(r))}</h3>
              <ul>
                {byReason.get(r)!.map((f) => {
                  const q = quotes(f);
                  return (
                    <li
                      class="nudge"
                      key={f.rule}
                      data-rule={f.rule}
                      data-reason={f.reason}
                      data-severity={f.severity}
                    >
                      <span class="sev" aria-hidden="true">
                        {ICON[f.severity]}
                      </span>
                      <span class="sr">{t(lang, severityKey(f.severity))}: </span>
                      <div class="msg">{formatMessage(f.message, catalog, lang)}</div>
                      {q.length > 0 && (
                        <div class="why">
                          <b>{t(lang, 'why')}</b>
                          {q.map((s, i) => (
                            <>
                              {i > 0 && ', '}
                              <q>{s}</q>
                            </>
                          ))}
                        </div>
                      )}
                      <div class="try">
                        <b>{t(lang, 'try')}</b>
                        {formatMessage(f.suggestion, catalog, lang)}
                      </div>
                      <div class="acts">
                        <button
                          type="button"
                          data-action="dismiss"
                          aria-label={`${t(lang, 'dismissLabel')}: ${formatMessage(f.message, catalog, lang)}`}
                          onClick={() => onDismiss(f.rule)}
                        >
                          {t(lang, 'dismiss')}
                        </button>
                        <button type="button" data-action="mute" onClick={() => onMute(f.rule)}>
                          {t(lang, 'mute')}
                        </button>
                      </div>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
          {muted.size > 0 && <p class="note">{t(lang, 'muteDone')}</p>}
        </>
      )}
    </div>
  );
}

function View(props: ViewProps) {
  const { state, open, onToggle } = props;
  const { analysis: a, findings, lang } = state;
  const sev = a ? worstSeverity(findings) : 'idle';
  const label = a
    ? t(
        lang,
        'pillLabel',
        draftScore(a),
        findings.length,
        t(lang, severityKey(sev === 'idle' ? 'none' : sev)),
      )
    : t(lang, 'pillLabelEmpty');
  return (
    <>
      <button
        type="button"
        class="pill"
        data-sev={sev}
        aria-label={label}
        title={label}
        aria-expanded={open ? 'true' : 'false'}
        aria-haspopup="dialog"
        onClick={onToggle}
      >
        <span class="icon" aria-hidden="true">
          {ICON[sev]}
        </span>
        <span aria-hidden="true">{a ? formatNumber(draftScore(a), lang) : '–'}</span>
        {a && findings.length > 0 && (
          <span class="n" aria-hidden="true">
            {formatNumber(findings.length, lang)}
          </span>
        )}
      </button>
      {open && <Panel {...props} />}
    </>
  );
}

export interface PillOptions extends PillCallbacks {
  platform: Platform;
  /** Where the host goes: never inside the editor (a dialog holding it, or the body). */
  parent: Element;
}

/** A pill and its panel for one composer. */
export class Pill {
  readonly host: HTMLElement;
  private readonly root: HTMLElement;
  private readonly live: HTMLElement;
  private state: PillState;
  private isOpen = false;
  private muted = new Set<string>();
  private lastAnnounced = '';
  private pos = { x: Number.NaN, y: Number.NaN };

  constructor(private readonly opts: PillOptions) {
    this.host = document.createElement(PILL_TAG);
    this.host.setAttribute('data-platform', opts.platform);
    this.host.hidden = true;
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = STYLES;
    this.root = document.createElement('div');
    this.live = document.createElement('div');
    this.live.className = 'sr';
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    shadow.append(style, this.root, this.live);
    // Our own UI's keys and clicks are ours: a site listening on its dialog must not see them.
    shadow.addEventListener('keydown', (e) => e.stopPropagation());
    this.state = { analysis: null, findings: [], lang: 'en', catalog: {} };
    opts.parent.appendChild(this.host);
  }

  get open(): boolean {
    return this.isOpen;
  }

  update(state: PillState): void {
    this.state = state;
    const a = state.analysis;
    const h = this.host;
    if (a) {
      h.setAttribute('data-score', String(draftScore(a)));
      h.setAttribute('data-intent', a.intent.label);
      h.setAttribute('data-nudges', String(state.findings.length));
      h.setAttribute('data-severity', worstSeverity(state.findings));
      h.setAttribute('data-count', String(a.counts.weighted));
    } else {
      for (const k of ['data-score', 'data-intent', 'data-severity', 'data-count']) h.removeAttribute(k);
      h.setAttribute('data-nudges', '0');
    }
    this.render();
  }

  /** Says the summary to screen readers; the caller only calls it after a real pause. */
  announce(): void {
    const a = this.state.analysis;
    if (!a) return;
    const lang = this.state.lang;
    const sev = worstSeverity(this.state.findings);
    const text = t(lang, 'summary', draftScore(a), this.state.findings.length, t(lang, severityKey(sev)));
    if (text !== this.lastAnnounced) {
      this.lastAnnounced = text;
      this.live.textContent = text;
    }
  }

  setVisible(visible: boolean): void {
    if (this.host.hidden === !visible) return;
    this.host.hidden = !visible;
    if (!visible && this.isOpen) this.close(false);
  }

  /**
   * Places the pill beside the composer's box without covering any of the site's controls
   * (`avoid`), inside the viewport; positions are viewport coordinates (position: fixed).
   */
  place(anchor: DOMRect, avoid: DOMRect[]): void {
    const pill = this.root.firstElementChild as HTMLElement | null;
    const w = pill?.offsetWidth || 64;
    const hgt = pill?.offsetHeight || 26;
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
    const chosen = candidates.find(fits) ?? candidates[0]!;
    this.moveTo(chosen[0], chosen[1]);
    if (this.isOpen) this.placePanel();
  }

  private moveTo(x: number, y: number): void {
    if (x === this.pos.x && y === this.pos.y) return;
    this.pos = { x, y };
    const s = this.host.style;
    s.setProperty('transform', `translate(${Math.round(x)}px, ${Math.round(y)}px)`);
    // A transformed or filtered ancestor (some dialogs) makes `fixed` relative to it: correct once.
    const r = this.host.getBoundingClientRect();
    const dx = Math.round(x - r.left);
    const dy = Math.round(y - r.top);
    if (dx || dy) s.setProperty('transform', `translate(${Math.round(x + dx)}px, ${Math.round(y + dy)}px)`);
  }

  private placePanel(): void {
    const panel = this.root.querySelector<HTMLElement>('.panel');
    if (!panel) return;
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const pill = this.host.getBoundingClientRect();
    const pw = panel.offsetWidth;
    const ph = panel.offsetHeight;
    let left = Math.min(Math.max(8, pill.right - pw), vw - pw - 8);
    if (left < 8) left = 8;
    const below = pill.bottom + 6;
    const top = below + ph <= vh - 8 || pill.top - ph - 6 < 8 ? below : pill.top - ph - 6;
    // The panel lives inside the host, which is already translated to the pill's place.
    panel.style.left = `${Math.round(left - pill.left)}px`;
    panel.style.top = `${Math.round(Math.max(8, top) - pill.top)}px`;
    panel.style.position = 'absolute';
  }

  toggle(): void {
    if (this.isOpen) this.close(true);
    else this.openPanel();
  }

  /** Opens the panel and moves focus into it (never into the site's editor). */
  openPanel(): void {
    if (!this.isOpen) {
      this.isOpen = true;
      this.render();
      this.placePanel();
    }
    this.root.querySelector<HTMLElement>('.panel')?.focus();
  }

  /** Closes the panel; focus goes back to the pill when it was in the panel. */
  close(restoreFocus: boolean): void {
    if (!this.isOpen) return;
    const hadFocus = this.host.shadowRoot?.activeElement != null;
    this.isOpen = false;
    this.render();
    if (restoreFocus && hadFocus) this.root.querySelector<HTMLElement>('.pill')?.focus();
  }

  destroy(): void {
    render(null, this.root);
    this.host.remove();
  }

  private render(): void {
    render(
      <View
        state={this.state}
        open={this.isOpen}
        platform={this.opts.platform}
        muted={this.muted}
        onToggle={() => this.toggle()}
        onClose={() => this.close(true)}
        onDismiss={(rule) => {
          this.moveFocusAfterRemoval(rule);
          this.opts.onDismiss(rule);
        }}
        onMute={(rule) => {
          this.muted.add(rule);
          this.moveFocusAfterRemoval(rule);
          this.opts.onMute(rule);
        }}
      />,
      this.root,
    );
  }

  /** Keeps keyboard users in the panel when the nudge they acted on disappears. */
  private moveFocusAfterRemoval(rule: string): void {
    const items = Array.from(this.root.querySelectorAll<HTMLElement>('li.nudge'));
    const i = items.findIndex((li) => li.dataset.rule === rule);
    const next = items[i + 1] ?? items[i - 1];
    queueMicrotask(() => {
      const target = next?.isConnected ? next.querySelector<HTMLElement>('button') : null;
      (target ?? this.root.querySelector<HTMLElement>('.panel'))?.focus();
    });
  }
}
