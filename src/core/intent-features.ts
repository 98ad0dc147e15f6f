import type { Draft } from './draft';
import { CUE_CATEGORIES, type CueCategory } from './lexicons/categories';
import { IMPERATIVE, SHOP_LINK, SHORT_LINK } from './lexicons/patterns';
import type { Intent, Range } from './types';

/**
 * What the intent model reads: every piece of evidence becomes a feature, and the weights of the
 * features are learned (scripts/train/intent.ts writes lexicons/weights.ts). Each feature says
 * which intent it is evidence for when it is shown to the user; the learned weight says how much.
 */
const CUE_FEATURES = (Object.keys(CUE_CATEGORIES) as CueCategory[]).filter((c) => CUE_CATEGORIES[c].intent);

const SHAPES = {
  price: 'selling',
  // In a reply or comment a price is as often a story about money as an offer.
  'price.talk': 'selling',
  percentOff: 'selling',
  promoCode: 'selling',
  phone: 'selling',
  shortCode: 'selling',
  announce: 'selling',
  // An ad's opening: an imperative to the reader with "your" or a named product after it.
  imperative: 'selling',
  // The same selling cue three times or more ("Buy now! Buy now! Buy now!").
  repeated: 'selling',
  shortLink: 'selling',
  shopLink: 'selling',
  // A link by the kind of draft it is in: in a comment or reply it is mostly self-promotion.
  'link.post': 'selling',
  'link.reply': 'selling',
  'link.comment': 'selling',
  // A comment or reply that is little more than a link.
  linkAlone: 'selling',
  // A sentence ending in "?" that carries no offer and no insult: it asks the reader.
  question: 'listening',
  // A question that carries an offer ("Who wants 20% off?").
  offerQuestion: 'selling',
  mention: 'listening',
  // Naming someone in a comment under another's post: often a paid testimonial ("thanks to @x").
  'mention.comment': 'selling',
  // A name written as a hashtag with underscores (#__anna_fx__), a mention that dodges filters.
  handleTag: 'selling',
  // Letters from other alphabets that look like Latin (small capitals, maths bold): text that
  // hides from filters.
  fancy: 'selling',
  // Shouting: two or more words in capitals ("FREE", "WIN", "CALL NOW").
  caps: 'selling',
  // Context, with no evidence of its own: its weight may go either way.
  exclaim: null,
  reply: null,
  comment: null,
  bengali: null,
  short: null,
} as const satisfies Record<string, Intent | null>;

export type IntentFeature = CueCategory | keyof typeof SHAPES;

export const FEATURES: readonly IntentFeature[] = [
  ...CUE_FEATURES,
  ...(Object.keys(SHAPES) as (keyof typeof SHAPES)[]),
];
const INDEX = new Map<string, number>(FEATURES.map((f, i) => [f, i]));

/** The intent a feature is evidence for; context features (kind, language, length) are for none. */
export function featureIntent(f: IntentFeature): Intent | null {
  return f in SHAPES ? SHAPES[f as keyof typeof SHAPES] : CUE_CATEGORIES[f as CueCategory].intent;
}

export function isContext(f: IntentFeature): boolean {
  return featureIntent(f) === null;
}

/** One occurrence of a feature in the draft, shown to the user as evidence. */
export interface FeatureHit extends Range {
  feature: number;
  /** The cue's own name (a category, a pattern, `question`, `link` …) for explanations. */
  cue: string;
}

export interface IntentFeatures {
  /** Sparse: feature index → value. Counts are damped: the first hit is 1, the next two add ½. */
  values: Map<number, number>;
  hits: FeatureHit[];
}

// Words past this many in a comment or reply make it more than a link.
const LINK_ALONE_WORDS = 3;
const SHORT_WORDS = 4;
// Shown evidence is capped: beyond this a list stops explaining.
const MAX_HITS = 40;
const QUESTION = 63;
const FULLWIDTH_QUESTION = 0xff1f;
const HANDLE_TAG = /^#_|_$|__/;
const FANCY =
  /[\u1d00-\u1d7f\u0299\u026a\u0274\u0280\u028f\ua730-\ua7ff\u24b6-\u24e9\u{1d400}-\u{1d7ff}\u{1f130}-\u{1f189}]/u;
const LEAD = /^[^\p{L}]*/u;
const YOUR = /\b(?:your|yours|yourself|ur)\b|\bwith [A-Z]/;

export function intentFeatures(draft: Draft): IntentFeatures {
  const counts = new Map<number, number>();
  const hits: FeatureHit[] = [];
  const hit = (feature: IntentFeature, cue: string, start: number, end: number) => {
    const i = INDEX.get(feature)!;
    counts.set(i, (counts.get(i) ?? 0) + 1);
    if (hits.length < MAX_HITS) hits.push({ feature: i, cue, start, end });
  };
  const flag = (feature: IntentFeature) => counts.set(INDEX.get(feature)!, 1);

  const offers: Range[] = [];
  let most = 0;
  const { patterns } = draft;
  for (const m of draft.cues) {
    const intent = CUE_CATEGORIES[m.category].intent;
    if (!intent) continue;
    // A phrase inside a longer pattern match ("discount" in "10% discount") is that one cue.
    if (patterns.length > 0 && patterns.some((p) => covers(p, m))) continue;
    hit(m.category, m.category, m.start, m.end);
    if (intent === 'selling' && m.category !== 'sell.weak') {
      offers.push(m);
      most = Math.max(most, counts.get(INDEX.get(m.category)!)!);
    }
  }
  for (const p of patterns) {
    hit(p.pattern === 'price' && draft.kind !== 'post' ? 'price.talk' : p.pattern, p.pattern, p.start, p.end);
    if (p.pattern !== 'phone') offers.push(p);
  }
  if (most >= 3) flag('repeated');

  const { text } = draft;
  const hostile = draft.cuesOf('voice.hostile');
  for (const s of draft.sentences) {
    const last = text.charCodeAt(s.end - 1);
    if (last === QUESTION || last === FULLWIDTH_QUESTION) {
      const inside = (r: Range) => r.start >= s.start && r.end <= s.end;
      if (offers.some(inside)) hit('offerQuestion', 'offerQuestion', s.start, s.end);
      else if (!hostile.some(inside)) hit('question', 'question', s.start, s.end);
    }
    const head = text.slice(s.start, s.start + 16);
    const lead = LEAD.exec(head)![0].length;
    const verb = IMPERATIVE.exec(head.slice(lead));
    if (verb && YOUR.test(text.slice(s.start, s.end))) {
      hit('imperative', 'imperative', s.start + lead, s.start + lead + verb[0].length);
    }
  }

  const mention = draft.kind === 'comment' ? 'mention.comment' : 'mention';
  for (const m of draft.ownMentions) hit(mention, 'mention', m.start, m.end);
  for (const h of draft.entities.hashtags)
    if (HANDLE_TAG.test(h.text)) hit('handleTag', 'mention', h.start, h.end);
  if (FANCY.test(text)) flag('fancy');
  const urls = draft.entities.urls;
  for (const u of urls) {
    hit(`link.${draft.kind}`, 'link', u.start, u.end);
    if (SHORT_LINK.test(u.text)) hit('shortLink', 'shortLink', u.start, u.end);
    if (SHOP_LINK.test(u.text.replace(/^(?:https?:\/\/)?[^/]*/i, '')))
      hit('shopLink', 'shopLink', u.start, u.end);
  }

  let prose = 0;
  let capitals = 0;
  const { words, wordFlags } = draft;
  for (let w = 0; w < words.count; w++) {
    if (wordFlags[w]) continue;
    prose++;
    const s = words.starts[w]!;
    const e = words.ends[w]!;
    if (e - s >= 3 && isCapitals(text, s, e)) capitals++;
  }
  if (urls.length > 0 && draft.kind !== 'post' && prose <= LINK_ALONE_WORDS) flag('linkAlone');
  if (capitals >= 2) flag('caps');
  if (text.includes('!')) flag('exclaim');
  if (draft.kind !== 'post') flag(draft.kind);
  if (draft.language === 'bn') flag('bengali');
  if (prose <= SHORT_WORDS) flag('short');

  const values = new Map<number, number>();
  for (const [i, n] of counts) values.set(i, 1 + 0.5 * Math.min(n - 1, 2));
  return { values, hits };
}

/** A word in ASCII capitals only ("FREE", "WIN"); Bengali has no case. */
function isCapitals(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c > 127) return false;
  }
  const c = text.charCodeAt(start);
  return c >= 65 && c <= 90;
}

/** Whether `outer` overlaps `inner` and is at least as long: the two are one cue, `outer`. */
function covers(outer: Range, inner: Range): boolean {
  return (
    outer.start < inner.end && inner.start < outer.end && outer.end - outer.start >= inner.end - inner.start
  );
}
