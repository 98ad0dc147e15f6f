import type { SiteSelectors } from '../types';

// LinkedIn: Quill editors (`.ql-editor`) for the share box and for comments.
// Test URLs: https://www.linkedin.com/feed/ ("Start a post" modal, a comment box under a post,
//            "Reply" under a comment).
export const selectors: SiteSelectors = {
  hosts: ['www.linkedin.com', 'linkedin.com'],
  composers: [
    '.share-creation-state__text-editor .ql-editor[contenteditable="true"]',
    '.comments-comment-box .ql-editor[contenteditable="true"]',
    '.ql-editor[contenteditable="true"]',
    '[role="textbox"][contenteditable="true"]',
  ],
  submit: [
    '.share-actions__primary-action',
    '.comments-comment-box__submit-button',
    '.comments-comment-box__submit-button--cr',
    'button[type="submit"]',
  ],
  scope: ['.share-box', '[role="dialog"]', '.comments-comment-box', 'form'],
  replyWithin: ['.comments-comment-item .comments-comment-box', '.comments-reply-box'],
  commentWithin: ['.comments-comment-box', '.comments-comment-texteditor'],
};
