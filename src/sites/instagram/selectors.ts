import { fromPairs, type SitePairs } from '../paired';

// Instagram (web): comments are a `textarea[aria-label="Add a comment…"]` in `form[method=POST]`
// with a "Post" `div[role=button]` (wand3/insta-automate interactive_mode.py; XPaths
// `//div[contains(text(), "Post")]/parent::div[@role="button"]` found with `search`); Enter sends.
// "Reply" under a comment only pre-fills the same box with "@user ". The caption step of a new
// post is a Lexical `div[aria-label="Write a caption..."][contenteditable]` in the create dialog,
// with "Share" as a `div[role=button]` in the dialog header beside its title.
// Test URLs: https://www.instagram.com/p/<id>/ (comment, "Reply"), "Create" → caption step.
const COMMENTS = ['ig-comment', 'ig-reply'];

export const pairs = {
  composers: [
    ['[role="dialog"] [contenteditable="true"][data-lexical-editor="true"]', ['ig-caption']],
    ['form[method="POST"] textarea', COMMENTS],
    ['form textarea', COMMENTS],
    ['[role="textbox"][contenteditable="true"]', ['ig-caption']],
  ],
  submit: [
    ['form[method="POST"] [role="button"][tabindex="0"]', COMMENTS],
    ['[role="dialog"] div:has(> h1) ~ div [role="button"]', ['ig-caption']],
  ],
  scope: [
    ['[role="dialog"]', ['ig-caption']],
    ['form', COMMENTS],
  ],
  commentWithin: [['form', COMMENTS]],
  enterSendsWithin: [['form', COMMENTS]],
} satisfies SitePairs;

// Hosts (the manifest injects exactly these, src/sites/matches.ts); the bare domain answers with a redirect to www, where the content script runs.
export const selectors = fromPairs(['www.instagram.com'], pairs);
