import { fromPairs, type SitePairs } from '../paired';

// Threads: Lexical `div[role=textbox][contenteditable][data-lexical-editor]`; "Post" is a
// `div[role=button]` with no test id and a localised text (tang-vu/social-posting-skills
// DOM_SELECTORS.md §2, captured 2026-02-27: "DIV not BUTTON", no stable data-testid). A reply opens
// a `div[role=dialog]` with the original post above the editor (ibid. §2.4); posts are
// `[data-pressable-container]` (official5ETa/ThreadsAutoComment src/share/threadsQs.ts). With no
// structural send control the generic send detector (content script) confirms the send.
// Test URLs: https://www.threads.com/ ("What's new?" dialog), a post's reply icon (reply dialog).
const T = ['th-post', 'th-reply'];

export const pairs = {
  composers: [
    ['[role="dialog"] [contenteditable="true"][data-lexical-editor="true"]', T],
    ['[role="textbox"][contenteditable="true"][data-lexical-editor="true"]', T],
    ['[role="textbox"][contenteditable="true"]', T],
  ],
  submit: [],
  scope: [['[role="dialog"]', T]],
  replyWithin: [['[role="dialog"]:has([data-pressable-container])', ['th-reply']]],
} satisfies SitePairs;

// Hosts (the manifest injects exactly these, src/sites/matches.ts): the app moved from
// threads.net to threads.com and answers on both; the bare domain answers with a redirect to www, where the content script runs.
export const selectors = fromPairs(['www.threads.com', 'www.threads.net'], pairs, {
  replyPath: /\/post\/[A-Za-z0-9_-]+/,
});
