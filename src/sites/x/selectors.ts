import { fromPairs, type SitePairs } from '../paired';

// X (Twitter): Draft.js editors; `tweetTextarea_N` sits on the editable itself, `tweetButton` in
// the modal, `tweetButtonInline` inline (tang-vu/social-posting-skills DOM_SELECTORS.md §1, captured
// 2026-02-27; moeru-ai/airi services/twitter-services/src/utils/selectors.ts). `toolBar` is a
// sibling branch of the editor, not an ancestor (the issue-11 captures), so the scope is the
// nearest ancestor holding a toolbar. The status page's inline reply sits in
// `inline_reply_offscreen`, the focal `article` right before it (extension code found with
// `search`: `article:has(+ div[data-testid="inline_reply_offscreen"])`).
// Test URLs: https://x.com/home, https://x.com/<user>/status/<id>, the "Post" modal, a reply modal.
const X = ['x-post-inline', 'x-post-modal', 'x-reply-inline', 'x-reply-modal'];

export const pairs = {
  composers: [
    ['[data-testid^="tweetTextarea_"][contenteditable="true"]', X],
    ['.DraftEditor-root [contenteditable="true"]', X],
    ['[role="textbox"][contenteditable="true"]', X],
  ],
  submit: [
    ['[data-testid="tweetButton"]', ['x-post-modal', 'x-reply-modal']],
    ['[data-testid="tweetButtonInline"]', ['x-post-inline', 'x-reply-inline']],
  ],
  scope: [
    ['div:has([data-testid="toolBar"])', X],
    ['[role="dialog"]', ['x-post-modal', 'x-reply-modal']],
  ],
  replyWithin: [
    ['[data-testid="inline_reply_offscreen"]', ['x-reply-inline']],
    // The reply modal shows the post being answered above the composer.
    ['[role="dialog"]:has(article[data-testid="tweet"])', ['x-reply-modal']],
  ],
} satisfies SitePairs;

// Hosts (the manifest injects exactly these, src/sites/matches.ts): twitter.com still serves the app
// under its old name. mobile.twitter.com and mobile.x.com are not served: they redirect to the main
// host since 2023 (dimdenGD/OldTwitter#60).
export const selectors = fromPairs(['x.com', 'twitter.com'], pairs, {
  replyPath: /\/status\/\d+/,
});
