import type { SiteSelectors } from '../types';

// X (Twitter): Draft.js editors. The editable root carries data-testid="tweetTextarea_N".
// Test URLs: https://x.com/home (inline composer, "Post" modal via the side nav),
//            https://x.com/<user>/status/<id> (inline reply), the reply modal from a post's reply icon.
export const selectors: SiteSelectors = {
  hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  composers: [
    '[data-testid^="tweetTextarea_"][contenteditable="true"]',
    '.DraftEditor-root [contenteditable="true"]',
    '[role="textbox"][contenteditable="true"]',
  ],
  submit: ['[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]'],
  scope: [
    '[role="dialog"]',
    '[data-testid="inline_reply_offscreen"]',
    '[data-testid="primaryColumn"] [data-testid="toolBar"]',
  ],
  replyWithin: ['[data-testid="inline_reply_offscreen"]'],
  // The reply modal shows the post being answered above the composer.
  replyScopeHas: ['article[data-testid="tweet"]'],
  replyPath: /\/status\/\d+/,
};
