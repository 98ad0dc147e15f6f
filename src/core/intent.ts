import type { Draft } from './draft';
import { CUE_CATEGORIES, type CueCategory } from './lexicons/categories';
import { PATTERN_WEIGHTS } from './lexicons/patterns';
import type { Intent, IntentCue, IntentResult, Range } from './types';

// Sharing is what a post is when it neither sells nor asks: it starts with this much.
const SHARING_BASE = 1;
// A question to the audience (a sentence ending in "?").
const QUESTION_WEIGHT = 2;
// Naming other people (not the one replied to) credits them.
const MENTION_WEIGHT = 0.75;
// A link in a comment or reply is mostly self-promotion; in a post, often an article.
const LINK_WEIGHT = { post: 0.5, reply: 1, comment: 1.5 } as const;
const CATEGORY_INDEX = new Map(Object.keys(CUE_CATEGORIES).map((c, i) => [c, i]));
// One of these alone is enough to call a draft selling: they ask for the sale outright.
const STRONG = new Set(['sell.cta', 'sell.follow', 'percentOff', 'promoCode']);
// Evidence shown to the user is capped: beyond this the list stops explaining.
const MAX_EVIDENCE = 40;

/**
 * Repeats of one kind of cue add less and less: the first counts fully, the next two half each.
 * "Sale! Sale! Sale!" is one offer, not three.
 */
function diminished(weight: number, n: number): number {
  return n === 0 ? 0 : weight * (1 + 0.5 * Math.min(n - 1, 2));
}

export function classifyIntent(draft: Draft): IntentResult {
  const evidence: IntentCue[] = [];
  const counts = new Map<string, { intent: Intent; weight: number; n: number }>();
  const add = (key: string, intent: Intent, weight: number, cue: string, start: number, end: number) => {
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { intent, weight, n: 1 });
    if (evidence.length < MAX_EVIDENCE) {
      evidence.push({ intent, cue, weight, start, end, text: draft.text.slice(start, end) });
    }
  };

  // The same words matched by two phrases of one category count once ("buy" and "buy now").
  const seen = new Set<number>();
  for (const m of draft.cues) {
    const spec = CUE_CATEGORIES[m.category as CueCategory];
    if (!spec.intent) continue;
    const key = m.first * 32 + CATEGORY_INDEX.get(m.category)!;
    if (seen.has(key)) continue;
    seen.add(key);
    add(m.category, spec.intent, spec.weight, m.category, m.start, m.end);
  }
  for (const p of draft.patterns)
    add(p.pattern, 'selling', PATTERN_WEIGHTS[p.pattern], p.pattern, p.start, p.end);

  // A question that carries an offer ("Who wants 20% off?", "Tired of slow Wi-Fi?") sells, and
  // one that carries an insult ("can you not read?") is no invitation.
  const notAsking: Range[] = [
    ...evidence.filter((e) => e.intent === 'selling' && e.cue !== 'sell.weak'),
    ...draft.cuesOf('voice.hostile'),
  ];
  for (const s of draft.sentences) {
    const last = draft.text.charCodeAt(s.end - 1);
    if (last !== 63 /* ? */ && last !== 0xff1f) continue;
    if (notAsking.some((e) => e.start >= s.start && e.end <= s.end)) continue;
    add('question', 'listening', QUESTION_WEIGHT, 'question', s.start, s.end);
  }

  for (const m of draft.ownMentions) add('mention', 'listening', MENTION_WEIGHT, 'mention', m.start, m.end);
  for (const u of draft.entities.urls)
    add('link', 'selling', LINK_WEIGHT[draft.kind], 'link', u.start, u.end);

  const scores: Record<Intent, number> = { selling: 0, listening: 0, sharing: SHARING_BASE };
  for (const c of counts.values()) scores[c.intent] += diminished(c.weight, c.n);

  const selling = evidence.filter((e) => e.intent === 'selling');
  // In a post a price is an offer; in a reply or comment it is as often a story about money.
  const strong = selling.some((e) => STRONG.has(e.cue) || (e.cue === 'price' && draft.kind === 'post'));
  const places = strong ? 2 : new Set(selling.map((e) => e.start)).size;
  return {
    label: decide(scores, places),
    scores: normalise(scores),
    evidence: evidence.sort((a, b) => a.start - b.start),
  };
}

/**
 * Selling needs two separate cues, or one outright ask (STRONG): one price or one "sale" is often
 * a story about money ("a $40 part fixed it", "found it at a car boot sale"); an offer rarely
 * comes alone.
 */
function decide(
  { selling: s, listening: l, sharing: h }: Record<Intent, number>,
  sellingPlaces: number,
): Intent {
  if (sellingPlaces >= 2 && s >= 2.5 && s >= l && s >= h) return 'selling';
  if (l >= 2 && l >= h) return 'listening';
  return h >= l ? 'sharing' : 'listening';
}

function normalise(scores: Record<Intent, number>): Record<Intent, number> {
  const total = scores.selling + scores.listening + scores.sharing;
  const r = (x: number) => Math.round((x / total) * 1000) / 1000;
  return { selling: r(scores.selling), listening: r(scores.listening), sharing: r(scores.sharing) };
}
