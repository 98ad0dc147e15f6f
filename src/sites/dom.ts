// Walking the composed tree: the light DOM and the open shadow roots inside it, as one tree.
// Sites mount composers in shadow roots (LinkedIn's classic share box lives in the open root of
// `div#interop-outlet[data-testid="interop-shadowdom"]`; Reddit's submit page puts its real Post
// `<button>` inside `r-post-form-submit-button`'s root: src/sites/reddit/selectors.ts), where `closest`, `contains`
// and `document.activeElement` stop at the boundary.

/** The parent in the composed tree: a shadow root's host stands in for the root. */
export function composedParent(n: Node): Node | null {
  const p = n.parentNode;
  return p instanceof ShadowRoot ? p.host : p;
}

/** `el.closest(sel)`, continuing through the hosts of the shadow roots it sits in. */
export function closestDeep(el: Element, sel: string): Element | null {
  for (let n: Node | null = el; n; n = composedParent(n)) {
    if (n instanceof Element && n.matches(sel)) return n;
  }
  return null;
}

/** `outer.contains(inner)` in the composed tree. */
export function containsDeep(outer: Node, inner: Node): boolean {
  for (let n: Node | null = inner; n; n = composedParent(n)) if (n === outer) return true;
  return false;
}

/** The focused element, looking into open shadow roots (a closed one stops at its host). */
export function deepActiveElement(doc: Document = document): Element | null {
  let a = doc.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** The chain from `n` up to the document, `n` first. */
function chain(n: Node): Node[] {
  const out: Node[] = [];
  for (let p: Node | null = n; p; p = composedParent(p)) out.push(p);
  return out;
}

/** The nearest common ancestor of `a` and `b` in the composed tree, and how far up from `a`. */
export function commonAncestor(a: Node, b: Node): { node: Node; depth: number } | null {
  const up = chain(a);
  const seen = new Set(chain(b));
  for (let i = 0; i < up.length; i++) if (seen.has(up[i]!)) return { node: up[i]!, depth: i };
  return null;
}

/** True when `b` comes after `a` in the composed tree's document order. */
export function follows(a: Node, b: Node): boolean {
  const ca = chain(a).reverse();
  const cb = chain(b).reverse();
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  if (i === 0) return false;
  if (i === cb.length) return false; // b is an ancestor of a
  if (i === ca.length) return true; // b is inside a
  // Siblings' order under the common ancestor (a shadow host's root counts as its first child).
  const x = ca[i]!;
  const y = cb[i]!;
  if (x.parentNode === y.parentNode)
    return (x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  // One sits in the host's shadow root, the other among its light children (slotted): count
  // the shadow root first.
  return x.parentNode instanceof ShadowRoot;
}

/**
 * Every open shadow root under `root` (nested ones too), with a TreeWalker: used on the page once
 * at start and then only on the subtrees that mutations add.
 */
export function openShadowRoots(root: Node, out: ShadowRoot[] = [], max = 10_000): ShadowRoot[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let n: Node | null = walker.currentNode; n && out.length < max; n = walker.nextNode()) {
    const sr = (n as Element).shadowRoot;
    if (sr) {
      out.push(sr);
      openShadowRoots(sr, out, max);
    }
  }
  return out;
}
