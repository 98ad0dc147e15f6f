import type { Kind, Platform } from '../core/types';
import { editorKind, readText } from '../editors/read';
import type { SiteAdapter, SiteSelectors } from './types';

/** The generic fallback: any editable box (`[contenteditable]`, `textarea`, `role=textbox`). */
export const GENERIC_COMPOSERS = [
  '[contenteditable="true"]',
  '[contenteditable=""]',
  'textarea',
  '[role="textbox"]',
];

const PILL_TAG = 'POSTCOACH-PILL';

function queryAll(root: ParentNode, selectors: string[]): Element[] {
  const found: Element[] = [];
  for (const sel of selectors) {
    for (const el of root.querySelectorAll(sel)) found.push(el);
  }
  return found;
}

function usable(el: Element): boolean {
  if (el instanceof HTMLTextAreaElement) return !el.disabled && !el.readOnly;
  if (el instanceof HTMLInputElement) return false;
  // A role=textbox wrapper around the real editable, or a read-only one: not a composer itself.
  return (el as HTMLElement).isContentEditable;
}

/** Outermost editable only: Lexical and ProseMirror nest contenteditable islands. */
function outermost(list: Element[]): Element[] {
  const set = new Set(list);
  const out: Element[] = [];
  for (const el of set) {
    if (el.parentElement?.closest(PILL_TAG)) continue;
    let nested = false;
    for (let p = el.parentElement; p; p = p.parentElement) {
      if (set.has(p) || (p as HTMLElement).isContentEditable) {
        nested = true;
        break;
      }
    }
    if (!nested) out.push(el);
  }
  return out;
}

function within(el: Element, selectors: string[] | undefined): boolean {
  if (!selectors) return false;
  for (const sel of selectors) if (el.closest(sel)) return true;
  return false;
}

const MAX_SCOPE_DEPTH = 10;

export function makeAdapter(
  id: Platform,
  selectors: SiteSelectors,
  extra: Partial<Pick<SiteAdapter, 'matches' | 'limit'>> = {},
): SiteAdapter {
  const submitSel = selectors.submit.join(',');
  const scopeSel = selectors.scope.join(',');
  const adapter: SiteAdapter = {
    id,
    selectors,
    matches: extra.matches ?? ((location) => selectors.hosts.includes(location.hostname)),
    findComposers(root) {
      let found = outermost(queryAll(root, selectors.composers).filter(usable));
      if (found.length === 0) found = outermost(queryAll(root, GENERIC_COMPOSERS).filter(usable));
      return found;
    },
    readText(composer) {
      return readText(composer, editorKind(composer));
    },
    scope(composer) {
      if (scopeSel) {
        const s = composer.closest(scopeSel);
        if (s) return s;
      }
      // Nearest ancestor that also holds a send control.
      if (submitSel) {
        let p = composer.parentElement;
        for (let i = 0; p && i < MAX_SCOPE_DEPTH; i++, p = p.parentElement) {
          if (p.querySelector(submitSel)) return p;
        }
      }
      return composer.parentElement ?? composer;
    },
    submitControls(composer) {
      if (!submitSel) return [];
      return Array.from(adapter.scope(composer).querySelectorAll(submitSel));
    },
    kind(composer): Kind {
      if (within(composer, selectors.replyWithin)) return 'reply';
      if (selectors.replyScopeHas?.length) {
        const scope = adapter.scope(composer);
        for (const sel of selectors.replyScopeHas) if (scope.querySelector(sel)) return 'reply';
      }
      if (within(composer, selectors.commentWithin)) return 'comment';
      if (selectors.replyPath?.test(location.pathname) && !composer.closest('[role="dialog"]'))
        return 'reply';
      return 'post';
    },
    isSendKey(composer, e) {
      if (e.key !== 'Enter' || e.isComposing || e.altKey) return false;
      if (e.ctrlKey || e.metaKey) return true;
      return !e.shiftKey && within(composer, selectors.enterSendsWithin);
    },
  };
  if (extra.limit) adapter.limit = extra.limit;
  return adapter;
}
