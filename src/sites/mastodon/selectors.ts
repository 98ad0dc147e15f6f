import type { SiteSelectors } from '../types';

// Mastodon (any instance, web UI root `#mastodon`): a plain `textarea` compose form.
// Test URLs: https://mastodon.social/home (compose column), https://mastodon.social/@<user>/<id>
//            ("Reply" fills the compose form and shows a reply indicator).
export const selectors: SiteSelectors = {
  hosts: ['mastodon.social'],
  composers: [
    '.compose-form textarea.autosuggest-textarea__textarea',
    '.compose-form textarea',
    '#mastodon textarea',
  ],
  submit: ['.compose-form__publish button[type="submit"]', '.compose-form button[type="submit"]'],
  scope: ['.compose-form', 'form'],
  replyScopeHas: ['.reply-indicator', '.edit-indicator'],
};
