import { byLabel, fromPairs, type SitePairs } from '../paired';

// Facebook: Lexical editors (`div[role=textbox][contenteditable][data-lexical-editor]`,
// tang-vu/social-posting-skills DOM_SELECTORS.md §4, captured 2026-02-27). Create-post is
// `div[role=dialog] form[method=POST]`; its Post is `div[aria-label="Post"][role=button]`, not a
// <button> (vader-pepe/snorkel src/constants/facebook/index.ts; DOM_SELECTORS.md §4.1: "Đăng" in
// Vietnamese). Comments are `form[role=presentation]` (automation XPath
// `//form[@role="presentation"][.//div[@id="focused-state-composer-submit"]]`) whose send arrow is
// `#focused-state-composer-submit [role=button]` (several automation scripts found with `search`);
// Enter sends (DOM_SELECTORS.md §4.4). Comments and replies are `div[role=article]` labelled
// "Comment by …" / "Reply by …", a reply box sits in the comment's list item.
// `UFI2Composer` and `react-composer-post-button` exist only in pre-2020 markup.
// Test URLs: https://www.facebook.com/ ("What's on your mind?" dialog, a comment, "Reply").
const FB = ['fb-post-dialog', 'fb-post-dialog-es', 'fb-comment', 'fb-reply'];
const DIALOG = ['fb-post-dialog', 'fb-post-dialog-es'];
const COMMENTS = ['fb-comment', 'fb-reply'];

export const pairs = {
  composers: [
    ['[role="textbox"][contenteditable="true"][data-lexical-editor="true"]', FB],
    ['[contenteditable="true"][data-lexical-editor="true"]', FB],
    ['[role="textbox"][contenteditable="true"]', FB],
  ],
  submit: [
    ['#focused-state-composer-submit [role="button"]', COMMENTS],
    // Last resort: the dialog's Post by its localised name (en, es/pt, vi, bn: sources above). Other languages rely on the content script's generic send detector.
    byLabel(
      (l) => `[role="dialog"] form[method="POST"] [role="button"][aria-label=${l}]`,
      ['Post', 'Publicar', 'Đăng', 'পোস্ট করুন'],
      DIALOG,
    ),
  ],
  scope: [
    ['form', FB],
    ['[role="dialog"]', DIALOG],
  ],
  replyWithin: [['li:has([role="article"]) form[role="presentation"]', ['fb-reply']]],
  commentWithin: [['form[role="presentation"]', COMMENTS]],
  enterSendsWithin: [['form[role="presentation"]', COMMENTS]],
} satisfies SitePairs;

// Hosts (the manifest injects exactly these, src/sites/matches.ts); the bare domain answers with a redirect to www, where the content script runs. m.facebook.com
// is not served: it is Facebook's touch site, another app with markup of its own, and the
// selectors and fixtures here are www's.
export const selectors = fromPairs(['www.facebook.com', 'web.facebook.com'], pairs);
