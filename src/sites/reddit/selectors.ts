import type { SiteSelectors } from '../types';

// Reddit (new web): `shreddit-composer` custom elements hold a Lexical editor in their light DOM
// (slot "rte"); comments sit in `comment-composer-host`, replies to comments inside `shreddit-comment`.
// Test URLs: https://www.reddit.com/r/<sub>/submit (post body), https://www.reddit.com/r/<sub>/comments/<id>/
//            (comment box, "Reply" under a comment).
export const selectors: SiteSelectors = {
  hosts: ['www.reddit.com', 'reddit.com', 'new.reddit.com', 'sh.reddit.com'],
  composers: [
    'shreddit-composer [contenteditable="true"][data-lexical-editor="true"]',
    'shreddit-composer [contenteditable="true"]',
    'shreddit-composer textarea',
    '[role="textbox"][contenteditable="true"]',
  ],
  submit: ['button[slot="submit-button"]', '#submit-post-button', 'shreddit-composer button[type="submit"]'],
  scope: ['shreddit-composer', 'form'],
  replyWithin: ['shreddit-comment comment-composer-host', 'shreddit-comment shreddit-composer'],
  commentWithin: ['comment-composer-host', 'shreddit-composer[name="comment"]'],
};
