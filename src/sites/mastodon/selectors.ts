import { fromPairs, type SitePairs } from '../paired';

// Mastodon (any instance, web UI root `#mastodon`): `form.compose-form` with
// `textarea.autosuggest-textarea__textarea`; the submit is `button[type=submit]` inside
// `.compose-form__submit` (4.2+; mastodon/mastodon app/javascript/mastodon/features/compose/
// components/compose_form.jsx); `.reply-indicator` while replying (reply_indicator.jsx). Editing
// shows `.edit-indicator` (edit_indicator.jsx) and is not a reply: it is the user's own post.
// Test URLs: https://mastodon.social/home, https://mastodon.social/@<user>/<id> ("Reply", "Edit").
const M = ['md-post', 'md-reply', 'md-edit'];

export const pairs = {
  composers: [
    ['.compose-form textarea.autosuggest-textarea__textarea', M],
    ['.compose-form textarea', M],
    ['#mastodon textarea', M],
  ],
  submit: [
    ['.compose-form__submit button[type="submit"]', M],
    ['.compose-form button[type="submit"]', M],
  ],
  scope: [
    ['.compose-form', M],
    ['form', M],
  ],
  replyScopeHas: [['.reply-indicator', ['md-reply']]],
} satisfies SitePairs;

export const selectors = fromPairs(['mastodon.social'], pairs);
