import { fromPairs, type SitePairs } from '../paired';

// Reddit (shreddit): comments are `faceplate-form > shreddit-composer` with the Lexical editor
// `div[slot=rte]` and `button[slot=submit-button]` as light-DOM children; the collapsed box is a
// `faceplate-textarea-input` whose textarea is in its shadow root (extension code found
// with `search`: `comment-composer-host` → `faceplate-textarea-input`). The submit page is
// `r-post-composer-form` (`shreddit-app … main > r-post-composer-form > section >
// faceplate-form-section`, automation XPaths found with `search`) and its Post is
// `r-post-form-submit-button#submit-post-button` with the real button inside that element's shadow
// root, outside the body composer (automation scripts: `r-post-form-submit-button#submit-post-button
// button`, "Post button hidden in r-post-form-submit-button shadow root"). A click inside it reaches
// the document retargeted to the host, which the selector matches.
// Test URLs: https://www.reddit.com/r/<sub>/comments/<id>/<slug>/, https://www.reddit.com/r/<sub>/submit.
const COMMENTS = ['rd-comment', 'rd-comment-collapsed', 'rd-reply'];
const ALL = [...COMMENTS, 'rd-submit'];

export const pairs = {
  composers: [
    ['shreddit-composer [slot="rte"][contenteditable="true"]', ALL],
    ['shreddit-composer [contenteditable="true"]', ALL],
    ['[role="textbox"][contenteditable="true"]', ALL],
  ],
  submit: [
    ['button[slot="submit-button"]', COMMENTS],
    ['r-post-form-submit-button#submit-post-button', ['rd-submit']],
  ],
  // The nearest of these wins: the comment's faceplate-form holds its button; on the submit page
  // the Post sits in the composer form, outside the body's shreddit-composer.
  scope: [
    ['r-post-composer-form', ['rd-submit']],
    ['faceplate-form', COMMENTS],
  ],
  replyWithin: [['shreddit-comment shreddit-composer', ['rd-reply']]],
  commentWithin: [['comment-composer-host', ['rd-comment', 'rd-comment-collapsed']]],
} satisfies SitePairs;

// Hosts (the manifest injects exactly these, src/sites/matches.ts); the bare domain answers with a redirect to www, where the content script runs. sh.reddit.com
// serves the same shreddit app as www, and is where an owner whose www shows old Reddit finds it
// (Fubs/reddit-uncensored#2). new.reddit.com is not served: since December 2024 it redirects to
// www (toolbox-team/reddit-moderator-toolbox#1025).
export const selectors = fromPairs(['www.reddit.com', 'sh.reddit.com'], pairs);
