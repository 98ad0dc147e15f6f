import { byLabel, fromPairs, type SitePairs } from '../paired';

// Bluesky (bsky.app, bluesky-social/social-app): the composer is `[data-testid=composePostView]`
// (src/view/com/composer/Composer.tsx) in a dialog, a TipTap editor `div[role=textbox]
// [aria-label="Rich-Text Editor"]` (tang-vu/social-posting-skills DOM_SELECTORS.md §3; a live probe
// in an automation script: "composerTextInput does not exist. The editor is an unlabelled
// contenteditable div inside composePostView"). Publish is `[data-testid=composerPublishBtn]`,
// labelled "Publish post" / "Publish reply" / "Publish replies" (Composer.tsx ComposerTopBar). The
// reply preview (ComposerReplyTo.tsx) has no test id; the reply gate button
// (`openReplyGateButton`, DOM_SELECTORS.md §3.3) is only offered for a new post
// (Composer.tsx: `{replyTo ? null : <ThreadgateBtn …/>}`). Mod+Enter publishes.
// Test URLs: https://bsky.app/ ("New post"), https://bsky.app/profile/<handle>/post/<rkey> ("Reply").
const B = ['bs-post', 'bs-reply'];

export const pairs = {
  composers: [
    ['[data-testid="composePostView"] [contenteditable="true"]', B],
    ['.ProseMirror[contenteditable="true"]', B],
    ['[role="textbox"][contenteditable="true"]', B],
  ],
  submit: [['[data-testid="composerPublishBtn"]', B]],
  scope: [
    ['[data-testid="composePostView"]', B],
    ['[role="dialog"]', B],
  ],
  /** Present only when composing a new post (structure, any UI language). */
  newPostOnly: [['[data-testid="openReplyGateButton"]', ['bs-post']]],
  // Last resort (English UI strings of Composer.tsx).
  replyScopeHas: [
    byLabel(
      (l) => `[data-testid="composerPublishBtn"][aria-label=${l}]`,
      ['Publish reply', 'Publish replies'],
      ['bs-reply'],
    ),
  ],
} satisfies SitePairs;

// Hosts (the manifest injects exactly these, src/sites/matches.ts). main.bsky.dev, the app's
// development deploy, is not served: owners post on bsky.app.
export const selectors = fromPairs(['bsky.app'], pairs);
