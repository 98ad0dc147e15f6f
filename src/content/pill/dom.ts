// The pill's and the panel's DOM helpers: elements built from text nodes only (no HTML strings
// anywhere), listeners that only the user can trigger, and the test suites' host attributes.
import { TEST_HOOKS } from '../test-hooks';

export type Child = Node | string | null | false | undefined;

/** A tiny element builder: attributes as strings, children as nodes or text. */
export function el(tag: string, attrs: Record<string, string> | null, ...children: Child[]): HTMLElement {
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
export function mark(h: HTMLElement, name: string, value: string | null): void {
  if (!TEST_HOOKS) return;
  if (value === null) h.removeAttribute(name);
  else h.setAttribute(name, value);
}
