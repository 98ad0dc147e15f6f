import type { Kind, Platform } from '../core/types';

/**
 * A site's selectors, as data. Every list is ordered from most to least specific:
 * `data-testid`, editor-library attributes, then `role=textbox`. Never button text or
 * aria-labels: both are localized and drift.
 */
export interface SiteSelectors {
  /** Host names served by the site (exact match). Empty: recognised some other way. */
  hosts: string[];
  /** The composers' editable elements (the contenteditable root or the textarea itself). */
  composers: string[];
  /** The send controls, searched inside the composer's scope. */
  submit: string[];
  /** Ancestors that hold one composer with its toolbar and send control. */
  scope: string[];
  /** A composer is a reply when it sits inside one of these ... */
  replyWithin?: string[];
  /** ... or when its scope contains one of these (a "replying to" header). */
  replyScopeHas?: string[];
  /** ... or when the page's path matches (a post's own page). */
  replyPath?: RegExp;
  /** A composer is a comment when it sits inside one of these. */
  commentWithin?: string[];
  /** Composers inside these send on a plain Enter (comment boxes). */
  enterSendsWithin?: string[];
}

export interface SiteAdapter {
  id: Platform;
  selectors: SiteSelectors;
  /** True when this adapter serves the page. */
  matches(location: Location, doc: Document): boolean;
  /** Composers under root, outermost editable only, each once. */
  findComposers(root: ParentNode): Element[];
  readText(composer: Element): string;
  kind(composer: Element): Kind;
  /** The element bounding the composer with its send control (the composer itself at worst). */
  scope(composer: Element): Element;
  /** Send controls belonging to the composer. */
  submitControls(composer: Element): Element[];
  /** True when a key event in the composer sends the post (Ctrl/Cmd+Enter; Enter on comment boxes). */
  isSendKey(composer: Element, e: KeyboardEvent): boolean;
  /** The server's own limit where it has one (Mastodon instances), else undefined. */
  limit?(doc: Document): number | undefined;
}
