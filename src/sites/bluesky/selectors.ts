import type { SiteSelectors } from '../types';

// Bluesky (bsky.app): TipTap/ProseMirror editor in the composer dialog.
// Test URLs: https://bsky.app/ ("New Post"), https://bsky.app/profile/<handle>/post/<rkey> ("Reply").
export const selectors: SiteSelectors = {
  hosts: ['bsky.app', 'main.bsky.dev'],
  composers: [
    '[data-testid="composePostView"] .ProseMirror[contenteditable="true"]',
    '.ProseMirror[contenteditable="true"]',
    '[role="textbox"][contenteditable="true"]',
  ],
  submit: ['[data-testid="composerPublishBtn"]'],
  scope: ['[data-testid="composePostView"]', '[role="dialog"]'],
  replyScopeHas: ['[data-testid="composerReplyTo"]'],
};
