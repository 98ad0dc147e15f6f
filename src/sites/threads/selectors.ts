import type { SiteSelectors } from '../types';

// Threads: Lexical editors in the new-thread dialog and inline replies.
// Test URLs: https://www.threads.com/ ("What's new?" dialog), https://www.threads.com/@<user>/post/<id>
//            (reply box under the post).
export const selectors: SiteSelectors = {
  hosts: ['www.threads.com', 'threads.com', 'www.threads.net', 'threads.net'],
  composers: [
    '[role="dialog"] [contenteditable="true"][data-lexical-editor="true"]',
    '[contenteditable="true"][data-lexical-editor="true"]',
    '[role="textbox"][contenteditable="true"]',
  ],
  submit: ['[data-testid="thread-post-button"]', '[role="dialog"] [type="submit"]', 'form [type="submit"]'],
  scope: ['[role="dialog"]', 'form'],
  replyScopeHas: ['[data-testid="reply-target"]'],
  replyPath: /\/post\/[A-Za-z0-9_-]+/,
};
