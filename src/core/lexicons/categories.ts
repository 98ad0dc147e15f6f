import type { Intent } from '../types';

/**
 * What each group of cue phrases speaks to. The lexicons (en.ts, bn.ts) are data only: phrases
 * per category. How much a category weighs toward its intent is learned, not set by hand:
 * `npm run train` fits it on the tuning halves of the real sets (lexicons/weights.ts).
 */
export const CUE_CATEGORIES = {
  // Selling: a call to buy, order, book or sign up.
  'sell.cta': { intent: 'selling' },
  // Selling: an offer — discount, sale, deal, free delivery, giveaway.
  'sell.offer': { intent: 'selling' },
  // Selling: pressure of time or stock.
  'sell.urgency': { intent: 'selling' },
  // Selling: product-first self-promotion ("our new collection is here").
  'sell.promo': { intent: 'selling' },
  // Selling: a launch verb ("Introducing", "Meet the", "Say hello to"); followed by a name it
  // announces a product (intent-features.ts: announce).
  'sell.announce': { intent: 'selling' },
  // Selling: asking people to follow, subscribe to, like, visit or check out your page, shop or channel.
  'sell.follow': { intent: 'selling' },
  // Selling, weakly: naming one's own channel, page, shop or video ("my channel", "আমার পেজ") —
  // a plug beside an ask, a support question without one.
  'sell.own': { intent: 'selling' },
  // Selling: earning and investing pitches — "made $5k with", "profit", "account manager".
  'sell.earn': { intent: 'selling' },
  // Selling: words that sell only beside other cues (price, delivery, stock).
  'sell.weak': { intent: 'selling' },
  // Listening: asking the audience for opinions, stories, votes, feedback.
  'listen.ask': { intent: 'listening' },
  // Listening: thanks, congratulations, credit and shout-outs.
  'listen.thanks': { intent: 'listening' },
  // Listening: care in a reply — apology, understanding, help.
  'listen.care': { intent: 'listening' },
  // Sharing: tips, how-tos, behind the scenes, news and notices.
  'share.info': { intent: 'sharing' },
  // Sharing: public notices and warnings; they mention money, phone numbers and "call now"
  // without selling anything (fraud alerts, helplines, fines).
  'share.notice': { intent: 'sharing' },
  // Sharing: money that is owed or spent, not offered — bills, payment reminders, rent, a story
  // about a loan, "a car boot sale" — so that a price beside them reads as no offer.
  'share.money': { intent: 'sharing' },
  // Sharing: a problem being reported — "not working", "my account was hacked", "still waiting" —
  // the customer's side of a support thread, whatever products it names.
  'share.issue': { intent: 'sharing' },
  // Voice cues carry no intent.
  'voice.corporate': { intent: null },
  'voice.buzzword': { intent: null },
  'voice.brag': { intent: null },
  // Puffery that only reads as bragging beside another superlative ("perfect", "legendary").
  'voice.puff': { intent: null },
  'voice.hostile': { intent: null },
  'voice.we': { intent: null },
  'voice.you': { intent: null },
  // A first line that spends the reader's attention on nothing.
  'hook.filler': { intent: null },
  // A teaser that promises news without giving any ("stay tuned", "something big is coming").
  'content.vague': { intent: null },
} as const satisfies Record<string, { intent: Intent | null }>;

export type CueCategory = keyof typeof CUE_CATEGORIES;

/**
 * A language's cue phrases: per category one string of phrases separated by `|` (a list of
 * strings costs a third more in the bundle). Phrases are matched word by word on the lower-cased
 * text; a `*` at the end matches any ending ("order*" matches "orders", "অর্ডার*" "অর্ডারের").
 */
export type Lexicon = { [C in CueCategory]?: string };
