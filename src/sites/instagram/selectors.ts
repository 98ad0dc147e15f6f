import type { SiteSelectors } from '../types';

// Instagram (web): the new-post caption is a Lexical editor in the create dialog; comments are a
// `textarea` in a form that sends on Enter.
// Test URLs: https://www.instagram.com/ ("Create" → caption step), https://www.instagram.com/p/<id>/
//            (comment box; "Reply" under a comment fills the same box with @user).
export const selectors: SiteSelectors = {
  hosts: ['www.instagram.com', 'instagram.com'],
  composers: [
    '[role="dialog"] [contenteditable="true"][data-lexical-editor="true"]',
    'form textarea[autocomplete="off"]',
    'form textarea',
    '[role="textbox"][contenteditable="true"]',
  ],
  submit: ['[data-testid="post-share-button"]', 'form [type="submit"]', 'form [role="button"][tabindex="0"]'],
  scope: ['[role="dialog"]', 'form'],
  replyScopeHas: ['[data-testid="reply-target"]'],
  commentWithin: ['section form', 'form'],
  enterSendsWithin: ['section form', 'form'],
};
