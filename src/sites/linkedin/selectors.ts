import { fromPairs, type SitePairs } from '../paired';

// LinkedIn runs two stacks at once (automation code found with `search`).
// - Classic share box: Quill `.ql-editor[aria-label="Text editor for creating content"]` and
//   `button.share-actions__primary-action` (tang-vu/social-posting-skills DOM_SELECTORS.md §5),
//   mounted inside the open shadow root of `div#interop-outlet[data-testid="interop-shadowdom"]`
//   ("Post composer: inside Shadow DOM at #interop-outlet → .ql-editor", April 2026 capture).
// - SDUI share box: a native <dialog> with a TipTap editor `[componentkey="ShareBox_textEditor"]`
//   ("dialog:has([componentkey='ShareBox_textEditor'])"; "obfuscated class names change per
//   build"); Post is a text-only <button>, no <form> ("button innerText exactly Post").
// - New-feed comments: TipTap `.tiptap.ProseMirror[role=textbox]` (April 2026 capture) labelled
//   "Text editor for creating comment", in hashed-class containers with no <form>.
// - Legacy post pages: `article.comments-comment-entity` (`--reply` for replies) and
//   `.comments-comment-box__submit-button`.
// Test URLs: https://www.linkedin.com/feed/ ("Start a post", a comment), a post's own page (legacy).
const LEGACY = ['li-comment-legacy', 'li-reply-legacy'];
const SHARE = ['li-share-classic', 'li-share-sdui'];

export const pairs = {
  composers: [
    ['[componentkey="ShareBox_textEditor"][contenteditable="true"]', ['li-share-sdui']],
    ['.share-creation-state__text-editor .ql-editor[contenteditable="true"]', ['li-share-classic']],
    ['.comments-comment-box .ql-editor[contenteditable="true"]', LEGACY],
    ['.tiptap.ProseMirror[contenteditable="true"]', ['li-share-sdui', 'li-comment-feed']],
    ['.ql-editor[contenteditable="true"]', ['li-share-classic', ...LEGACY]],
    ['[role="textbox"][contenteditable="true"]', [...SHARE, 'li-comment-feed', ...LEGACY]],
  ],
  submit: [
    ['.share-actions__primary-action', ['li-share-classic']],
    ['.comments-comment-box__submit-button', LEGACY],
  ],
  scope: [
    ['dialog', ['li-share-sdui']],
    ['[role="dialog"]', ['li-share-classic']],
    ['.comments-comment-box', LEGACY],
  ],
  /** The share boxes: a composer here is a post. */
  postWithin: [
    ['[componentkey="ShareBox_textEditor"]', ['li-share-sdui']],
    ['.share-creation-state__text-editor', ['li-share-classic']],
  ],
  replyWithin: [['article.comments-comment-entity .comments-comment-box', ['li-reply-legacy']]],
  commentWithin: [['.comments-comment-box', LEGACY]],
} satisfies SitePairs;

// Hosts (the manifest injects exactly these, src/sites/matches.ts); the bare domain answers with a redirect to www, where the content script runs.
export const selectors = fromPairs(['www.linkedin.com'], pairs);
