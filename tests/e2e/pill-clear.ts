// Runs inside a fixture page (Chromium through playwright, Firefox through puppeteer): whether
// the visible pill covers any of the text in the scenario's editor (issue 11: the pill sat over the
// last line of text in X's reply box and LinkedIn's share box), and which of the site's own
// buttons in the composer's root it covers. The text's boxes come from the page's own layout (a
// Range over the editor's contents), not from the composer box the content script places the pill
// by, so the check is independent of src/content/pill/place.ts.

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PillOverText {
  /** The visible pill's button (its host when the root is closed); null when no pill shows. */
  pill: Rect | null;
  /** How many boxes of text the editor has (zero would make the check empty). */
  lines: number;
  /** The text boxes the pill covers. */
  covered: Rect[];
  /** The site's own controls (buttons in the scenario's root) the pill covers, by their label. */
  controls: string[];
}

/**
 * `outer` is the scenario's root and `inner` its editor, both found through open shadow roots
 * in composed-tree order (the first match, as the suites' editor lookups do).
 */
export function pillOverText({ outer, inner }: { outer: string; inner: string }): PillOverText {
  const walk = function* (node: Node): Generator<Element> {
    if (node instanceof Element && node.shadowRoot) yield* walk(node.shadowRoot);
    for (const c of (node as ParentNode).children) {
      yield c;
      yield* walk(c);
    }
  };
  const inPill = (e: Element): boolean => {
    const r = e.getRootNode();
    return r instanceof ShadowRoot && (r.host.localName === 'postcoach-pill' || inPill(r.host));
  };
  let editor: Element | null = null;
  const buttons: Element[] = [];
  for (const o of walk(document)) {
    if (!o.matches(outer)) continue;
    for (const e of walk(o)) {
      if (!editor && e.matches(inner)) editor = e;
      // The pill's own button (its host may sit in the composer's dialog) is not the site's.
      if (e.matches('button, [role="button"], [type="submit"]') && !inPill(e)) buttons.push(e);
    }
    break;
  }
  const box = (r: DOMRect): Rect => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  let pill: Rect | null = null;
  for (const p of walk(document)) {
    if (p.localName !== 'postcoach-pill' || (p as HTMLElement).hidden) continue;
    const r = (p.shadowRoot?.querySelector('.pill') ?? p).getBoundingClientRect();
    if (r.width > 0 && r.height > 0) pill = box(r);
  }
  const text: Rect[] = [];
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    // A textarea's text has no Range: its content box (inside padding and border) holds it.
    const r = editor.getBoundingClientRect();
    const cs = getComputedStyle(editor);
    const px = (v: string) => Number.parseFloat(v) || 0;
    text.push({
      left: r.left + px(cs.borderLeftWidth) + px(cs.paddingLeft),
      top: r.top + px(cs.borderTopWidth) + px(cs.paddingTop),
      right: r.right - px(cs.borderRightWidth) - px(cs.paddingRight),
      bottom: r.bottom - px(cs.borderBottomWidth) - px(cs.paddingBottom),
    });
  } else if (editor) {
    const range = document.createRange();
    range.selectNodeContents(editor);
    for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) text.push(box(r));
  }
  const hits = (t: Rect) =>
    pill !== null && pill.left < t.right && pill.right > t.left && pill.top < t.bottom && pill.bottom > t.top;
  const controls = buttons
    .filter((b) => {
      const r = b.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && hits(box(r));
    })
    .map((b) => b.getAttribute('aria-label') ?? b.textContent?.trim() ?? b.localName);
  return { pill, lines: text.length, covered: text.filter(hits), controls };
}
