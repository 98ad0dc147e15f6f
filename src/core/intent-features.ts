import type { Draft } from './draft';
import { CUE_CATEGORIES, type CueCategory } from './lexicons/categories';
import { IMPERATIVES, SHOP_LINK, SHORT_LINK } from './lexicons/patterns';
import { wordAt } from './text/tokenize';
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
  // A launch verb and a name after it: "Introducing Loop", "Meet the Aero 2".
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
  /** Per feature (in FEATURES order), its value: the first hit is 1, the next two add ½ each. */
  values: Float64Array;
  hits: FeatureHit[];
}

// Words past this many in a comment or reply make it more than a link.
const LINK_ALONE_WORDS = 3;
const SHORT_WORDS = 4;
// Shown evidence is capped: beyond this a list stops explaining.
const MAX_HITS = 40;
const QUESTION = 63;
const FULLWIDTH_QUESTION = 0xff1f;
const NAMED = /^\s+(?:(?:the|our|new|all-new)\s+)?["“]?[A-Z0-9]/;
const HANDLE_TAG = /^#_|_$|__/;
const FANCY =
  /[\u1d00-\u1d7f\u0299\u026a\u0274\u0280\u028f\ua730-\ua7ff\u24b6-\u24e9\u{1d400}-\u{1d7ff}\u{1f130}-\u{1f189}]/u;
const YOUR = /\b(?:your|yours|yourself|ur)\b|\bwith [A-Z]/;

export function intentFeatures(draft: Draft): IntentFeatures {
  const counts = new Float64Array(FEATURES.length);
  const hits: FeatureHit[] = [];
  // No closures here: this runs on every keystroke's analysis, and bundlers name each closure.

  const offers: Range[] = [];
  let most = 0;
  const { patterns, text, words, wordFlags, sentences } = draft;
  // Pattern matches in text order, walked beside the cues (also in text order): linear.
  const shapes = patterns.length > 1 ? [...patterns].sort(byStart) : patterns;
  let at = 0;
  for (const m of draft.cues) {
    const intent = CUE_CATEGORIES[m.category].intent;
    if (!intent) continue;
    // A phrase inside a longer pattern match ("discount" in "10% discount") is that one cue.
    while (at < shapes.length && shapes[at]!.end <= m.start) at++;
    if (coveredFrom(shapes, at, m)) continue;
    record(counts, hits, m.category, m.category, m.start, m.end);
    if (m.category === 'sell.announce' && NAMED.test(text.slice(m.end, m.end + 8)))
      record(counts, hits, 'announce', 'announce', m.start, m.end);
    if (intent === 'selling' && m.category !== 'sell.weak') {
      offers.push(m);
      most = Math.max(most, counts[INDEX.get(m.category)!]!);
    }
  }
  for (const p of patterns) {
    record(
      counts,
      hits,
      p.pattern === 'price' && draft.kind !== 'post' ? 'price.talk' : p.pattern,
      p.pattern,
      p.start,
      p.end,
    );
    if (p.pattern !== 'phone') offers.push(p);
  }
  if (most >= 3) flag(counts, 'repeated');

  // Which sentences carry an offer or an insult: one binary search per cue, not a scan per question.
  const carries = new Uint8Array(sentences.length);
  for (const o of offers) markSentence(carries, sentences, o, 1);
  for (const h of draft.cuesOf('voice.hostile')) markSentence(carries, sentences, h, 2);
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    const last = text.charCodeAt(s.end - 1);
    if (last === QUESTION || last === FULLWIDTH_QUESTION) {
      if (carries[k]! & 1) record(counts, hits, 'offerQuestion', 'offerQuestion', s.start, s.end);
      else if (!(carries[k]! & 2)) record(counts, hits, 'question', 'question', s.start, s.end);
    }
    const w = wordAt(words, s.start);
    if (w < words.count && words.starts[w]! < s.end && IMPERATIVES.has(words.lower[w]!)) {
      if (YOUR.test(text.slice(words.ends[w]!, s.end)))
        record(counts, hits, 'imperative', 'imperative', words.starts[w]!, words.ends[w]!);
    }
  }

  const mention = draft.kind === 'comment' ? 'mention.comment' : 'mention';
  for (const m of draft.ownMentions) record(counts, hits, mention, 'mention', m.start, m.end);
  for (const h of draft.entities.hashtags)
    if (HANDLE_TAG.test(h.text)) record(counts, hits, 'handleTag', 'mention', h.start, h.end);
  if (FANCY.test(text)) flag(counts, 'fancy');
  const urls = draft.entities.urls;
  for (const u of urls) {
    record(counts, hits, `link.${draft.kind}`, 'link', u.start, u.end);
    if (SHORT_LINK.test(u.text)) record(counts, hits, 'shortLink', 'shortLink', u.start, u.end);
    if (SHOP_LINK.test(u.text.replace(/^(?:https?:\/\/)?[^/]*/i, '')))
      record(counts, hits, 'shopLink', 'shopLink', u.start, u.end);
  }

  let prose = 0;
  let capitals = 0;
  for (let w = 0; w < words.count; w++) {
    if (wordFlags[w]) continue;
    prose++;
    const s = words.starts[w]!;
    const c = text.charCodeAt(s + 1);
    if (c >= 65 && c <= 90 && words.ends[w]! - s >= 3 && isCapitals(text, s, words.ends[w]!)) capitals++;
  }
  if (urls.length > 0 && draft.kind !== 'post' && prose <= LINK_ALONE_WORDS) flag(counts, 'linkAlone');
  if (capitals >= 2) flag(counts, 'caps');
  if (text.includes('!')) flag(counts, 'exclaim');
  if (draft.kind !== 'post') flag(counts, draft.kind);
  if (draft.language === 'bn') flag(counts, 'bengali');
  if (prose <= SHORT_WORDS) flag(counts, 'short');

  for (let i = 0; i < counts.length; i++)
    if (counts[i]! > 1) counts[i] = 1 + 0.5 * Math.min(counts[i]! - 1, 2);
  return { values: counts, hits };
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

function record(
  counts: Float64Array,
  hits: FeatureHit[],
  f: IntentFeature,
  cue: string,
  start: number,
  end: number,
) {
  const i = INDEX.get(f)!;
  counts[i]!++;
  if (hits.length < MAX_HITS) hits.push({ feature: i, cue, start, end });
}

function flag(counts: Float64Array, f: IntentFeature): void {
  counts[INDEX.get(f)!] = 1;
}

function byStart(a: Range, b: Range): number {
  return a.start - b.start;
}

/** Whether a match from `from` on (sorted by start, none ending before `inner`) covers `inner`. */
function coveredFrom(sorted: readonly Range[], from: number, inner: Range): boolean {
  for (let k = from; k < sorted.length && sorted[k]!.start < inner.end; k++)
    if (covers(sorted[k]!, inner)) return true;
  return false;
}

/** Marks the sentence that wholly holds `r` (sentences are sorted and do not overlap). */
function markSentence(marks: Uint8Array, sentences: readonly Range[], r: Range, bit: number): void {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sentences[mid]!.end <= r.start) lo = mid + 1;
    else hi = mid;
  }
  const s = sentences[lo];
  if (s && s.start <= r.start && r.end <= s.end) marks[lo] = marks[lo]! | bit;
}
