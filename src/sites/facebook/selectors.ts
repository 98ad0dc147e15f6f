import type { SiteSelectors } from '../types';

// Facebook: Lexical editors (`[data-lexical-editor]`, role=textbox). The create-post dialog is a
// `form[method="POST"]`; comment boxes send on Enter.
// Test URLs: https://www.facebook.com/ ("What's on your mind?" dialog, a comment under a post,
//            "Reply" under a comment), https://www.facebook.com/<page>.
export const selectors: SiteSelectors = {
  hosts: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com', 'facebook.com'],
  composers: [
    'form [contenteditable="true"][data-lexical-editor="true"]',
    '[role="dialog"] [contenteditable="true"][data-lexical-editor="true"]',
    '[contenteditable="true"][data-lexical-editor="true"]',
    '[role="textbox"][contenteditable="true"]',
  ],
  submit: [
    '[data-testid="react-composer-post-button"]',
    'form[method="POST"] [role="button"][type="submit"]',
    'form [type="submit"]',
  ],
  scope: ['form', '[role="dialog"]'],
  replyWithin: ['[data-testid="UFI2ReplyComposer"]', '[role="article"] [role="article"] form'],
  commentWithin: ['[data-testid="UFI2Composer"]', 'form[role="presentation"]'],
  enterSendsWithin: [
    '[data-testid="UFI2Composer"]',
    '[data-testid="UFI2ReplyComposer"]',
    'form[role="presentation"]',
  ],
};
