import type { Intent } from '../types';

/**
 * What each group of cue phrases speaks to, and how much one match weighs. The lexicons
 * (en.ts, bn.ts) are data only: phrases per category. Weights were set on the labelled set
 * in tests/fixtures/intent/ and checked against the held-out style set beside it.
 */
export const CUE_CATEGORIES = {
  // Selling: a call to buy, order, book or sign up.
  'sell.cta': { intent: 'selling', weight: 3 },
  // Selling: an offer — discount, sale, deal, free delivery, giveaway.
  'sell.offer': { intent: 'selling', weight: 2.5 },
  // Selling: pressure of time or stock.
  'sell.urgency': { intent: 'selling', weight: 1.5 },
  // Selling: product-first self-promotion ("our new collection is here").
  'sell.promo': { intent: 'selling', weight: 1.5 },
  // Selling: asking people to follow, subscribe to, like, visit or check out your page, shop or channel.
  'sell.follow': { intent: 'selling', weight: 3 },
  // Selling: words that sell only beside other cues (price, delivery, stock).
  'sell.weak': { intent: 'selling', weight: 1 },
  // Listening: asking the audience for opinions, stories, votes, feedback.
  'listen.ask': { intent: 'listening', weight: 2.5 },
  // Listening: thanks, congratulations, credit and shout-outs.
  'listen.thanks': { intent: 'listening', weight: 2.5 },
  // Listening: care in a reply — apology, understanding, help.
  'listen.care': { intent: 'listening', weight: 2 },
  // Sharing: tips, how-tos, behind the scenes, news and notices.
  'share.info': { intent: 'sharing', weight: 1.5 },
  // Sharing: public notices and warnings; they mention money, phone numbers and "call now"
  // without selling anything (fraud alerts, helplines, fines).
  'share.notice': { intent: 'sharing', weight: 3 },
  // Voice cues carry no intent.
  'voice.corporate': { intent: null, weight: 0 },
  'voice.buzzword': { intent: null, weight: 0 },
  'voice.brag': { intent: null, weight: 0 },
  // Puffery that only reads as bragging beside another superlative ("perfect", "legendary").
  'voice.puff': { intent: null, weight: 0 },
  'voice.hostile': { intent: null, weight: 0 },
  'voice.we': { intent: null, weight: 0 },
  'voice.you': { intent: null, weight: 0 },
  // A first line that spends the reader's attention on nothing.
  'hook.filler': { intent: null, weight: 0 },
  // A teaser that promises news without giving any ("stay tuned", "something big is coming").
  'content.vague': { intent: null, weight: 0 },
} as const satisfies Record<string, { intent: Intent | null; weight: number }>;

export type CueCategory = keyof typeof CUE_CATEGORIES;

/**
 * A language's cue phrases: per category one string of phrases separated by `|` (a list of
 * strings costs a third more in the bundle). Phrases are matched word by word on the lower-cased
 * text; a `*` at the end matches any ending ("order*" matches "orders", "অর্ডার*" "অর্ডারের").
 */
export type Lexicon = { [C in CueCategory]?: string };
