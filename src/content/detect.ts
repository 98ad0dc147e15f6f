// Which clicks are send attempts, for one composer ("a send detector that does not
// depend on one selector"). The site's selectors make it surer; structure carries it when they
// miss: a button-like control in the composer's own form, its dialog, or the nearest container
// the two share with no other composer in it. The caller has already checked `isTrusted`.
import { closestDeep, commonAncestor, containsDeep, follows } from '../sites/dom';
import type { SiteAdapter } from '../sites/types';
import type { Strength } from './send';

/** What a user can press to send: real buttons, ARIA buttons (Facebook's Post), submit inputs. */
export const BUTTON_LIKE =
  'button, [role="button"], input[type="submit"], input[type="image"], [type="submit"]';
const DIALOG = 'dialog, [role="dialog"], [aria-modal="true"]';
/**
 * How far up from the editor the shared container may be. X nests about a dozen plain `div`s
 * between its editor and the toolbar's common ancestor; a feed item is further.
 */
const MAX_CONTAINER_DEPTH = 16;

/** The first button-like control on a click's composed path (the innermost element first). */
export function controlOnPath(path: readonly EventTarget[]): Element | null {
  for (const t of path) {
    if (!(t instanceof Element)) continue;
    if (t.matches(BUTTON_LIKE)) return t;
  }
  return null;
}

/** Menu and toggle buttons open something or switch a state: never the send. */
function isToggle(c: Element): boolean {
  return (
    c.hasAttribute('aria-expanded') ||
    c.hasAttribute('aria-haspopup') ||
    c.hasAttribute('aria-pressed') ||
    c.getAttribute('aria-disabled') === 'true' ||
    (c as HTMLButtonElement).disabled === true
  );
}

/**
 * How sure a trusted click on `path` is to be a send from `composer`; null when the click is in
 * the composer itself (placing the caret is not a send).
 */
export function classifyClick(
  path: readonly EventTarget[],
  composer: Element,
  adapter: SiteAdapter,
  composers: Iterable<Element>,
): Strength | null {
  if (path.includes(composer)) return null;
  const submit = adapter.selectors.submit;
  if (submit.length > 0) {
    const sel = submit.join(',');
    const scope = adapter.scope(composer);
    for (const t of path) {
      if (t instanceof Element && t.matches(sel) && containsDeep(scope, t)) return 'sure';
    }
  }
  const control = controlOnPath(path);
  if (!control) return 'weak';
  const form = closestDeep(composer, 'form');
  if (form && containsDeep(form, control)) {
    if (control.matches('[type="submit"]') || (control.tagName === 'BUTTON' && !control.hasAttribute('type')))
      return 'sure';
  }
  if (isToggle(control) || !follows(composer, control)) return 'weak';
  if (form && containsDeep(form, control)) return 'likely';
  const dialog = closestDeep(composer, DIALOG);
  if (dialog && containsDeep(dialog, control)) return 'likely';
  const common = commonAncestor(composer, control);
  if (!common || common.depth > MAX_CONTAINER_DEPTH) return 'weak';
  for (const other of composers) {
    if (other !== composer && containsDeep(common.node, other)) return 'weak';
  }
  return 'likely';
}
