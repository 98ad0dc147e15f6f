import { wordAt } from '../text/tokenize';
import type { Range } from '../types';
import { cueRule } from './cue-rule';
import type { RuleInput } from './rule';

// A claim (voice.brag) that starts with one of these is a plain superlative: a claim only when the
// sentence is about us ("we're the best", "আমাদের কাচ্চি মিরপুরের সেরা") or names a place ("the
// best bakery in Leeds"); otherwise an ordinary word ("the best way to…", "বছরের সেরা নাটক"). Every other
// claim ("world-class", "nobody makes better", "দেশসেরা") is one on its own.
const PLAIN = new Set(['the', 'best', 'finest', 'highest', 'সেরা', 'সবচেয়ে', 'একমাত্র', 'বেস্ট']);
// Words that make us the subject of a sentence.
const US = new Set("we|we're|our|us|ours|আমরা|আমরাই|আমাদের|আমাদেরই".split('|'));
// "the best way to…", "all the best", "best wishes", "best before": about advice, not a shop.
const GENERIC = new Set(
  'way|ways|part|thing|things|time|bit|moment|advice|tip|tips|news|day|of|we|you|i|one|wishes|regards|before|luck|selling|seller|sellers|next|step|option|bet|idea|friend|friends|possible'.split(
    '|',
  ),
);
const PLACE = new Set(['in', 'at', 'around', 'across']);
// …followed by a name ("in Leeds") or one of these ("in town", "in the city"), not "in the comments".
const NOT_PLACE = new Set(['this', 'that', 'my', 'your', 'our', 'his', 'her', 'their', 'a', 'an']);
const TOWN = new Set(['town', 'city', 'area', 'world', 'country', 'county', 'region', 'uk', 'dhaka']);
// "#1", "No. 1", "No.1": a rank nobody awarded.
const RANK = /(?<![\p{L}\p{N}_&])#1(?![\p{L}\p{N}_])|\bno\.\s?1(?![\p{N}])/giu;
const NO_1 = /no\.\s?1/i;
// Past this many the verdict is settled; the rest are not looked at (huge pastes).
const MAX = 40;
// Two superlatives of any kind read as a claim; four as an advert.
const MIN = 2;
const MANY = 4;

/** Superlatives readers cannot check: the suggestion is the proof (a number, a photo, a customer). */
export const bragging = cueRule({
  id: 'bragging',
  read: readClaims,
  severity: (r) => (r.evidence.length >= MANY || r.claims >= 2 ? 'warn' : 'tip'),
  message: (r, d) =>
    r.evidence.length === 1
      ? ['f_voice_brag_claim', d.text.slice(r.evidence[0]!.start, r.evidence[0]!.end)]
      : ['f_voice_brag', r.evidence.length],
  suggestion: ['s_voice_brag'],
  penalty: (r) => (r.evidence.length >= MANY ? 15 : r.claims >= 2 ? 12 : 8),
});

/** The claims and soft superlatives of a draft, or null when they are too few to mention. */
function readClaims(d: RuleInput): { evidence: Range[]; claims: number } | null {
  const { lower, starts, ends, count } = d.words;
  const claims: Range[] = [];
  const soft: Range[] = [...d.cuesOf('voice.puff').slice(0, MAX)];
  for (const c of d.cuesOf('voice.brag').slice(0, MAX)) {
    const kind = kindOf(c.first, c.last, PLAIN.has(lower[c.first]!));
    if (kind === 'claim') claims.push(c);
    else if (kind === 'soft' && !soft.some((s) => s.start < c.end && c.start < s.end)) soft.push(c);
  }
  // "Best coffee in Leeds": a bare "best" outside the phrases above that names a place.
  for (let i = 0; i < count && claims.length < MAX; i++) {
    if (lower[i] !== 'best' || claims.some((c) => c.start <= starts[i]! && c.end >= ends[i]!)) continue;
    for (let k = i + 2; k < Math.min(i + 5, count); k++) {
      if (placeAt(k) && kindOf(i, i + 1, true) === 'claim') {
        claims.push({ start: starts[i]!, end: ends[Math.min(k + 1, count - 1)]! });
        break;
      }
    }
  }
  RANK.lastIndex = 0;
  // Most drafts have no "#1" or "no. 1" at all: a plain search spares them the expression.
  const ranked = d.text.includes('1') && (d.text.includes('#1') || NO_1.test(d.text));
  for (let m = ranked ? RANK.exec(d.text) : null; m !== null && claims.length < MAX; m = RANK.exec(d.text)) {
    claims.push({ start: m.index, end: m.index + m[0].length });
  }
  const all = longestOnly([...claims, ...soft]);
  const nClaims = all.filter((r) => claims.includes(r)).length;
  if (nClaims === 0 && all.length < MIN) return null;
  return { evidence: all, claims: nClaims };

  /** "in Leeds", "in town", "in the city": word k starts a place. */
  function placeAt(k: number): boolean {
    if (!PLACE.has(lower[k]!) || k + 1 >= count) return false;
    const n = lower[k + 1] === 'the' && k + 2 < count ? k + 2 : k + 1;
    const c = d.text.charCodeAt(starts[n]!);
    return TOWN.has(lower[n]!) || (n === k + 1 && c >= 65 && c <= 90 && !NOT_PLACE.has(lower[n]!));
  }

  /** Words first…last (exclusive) as a claim, a soft superlative, or nothing at all. */
  function kindOf(first: number, last: number, plain: boolean): 'claim' | 'soft' | 'none' {
    if (!plain) return 'claim';
    const prev = first > 0 ? lower[first - 1]! : '';
    if (GENERIC.has(lower[last] ?? '') || prev === 'all') return 'none';
    for (let k = last; k < Math.min(last + 4, count); k++) if (placeAt(k)) return 'claim';
    const at = starts[first]!;
    const s = d.sentences.find((x) => x.end >= at && x.start <= at) ?? { start: 0, end: d.text.length };
    for (let k = wordAt(d.words, s.start); k < count && starts[k]! < s.end; k++) {
      if (US.has(lower[k]!)) return 'claim';
    }
    return 'soft';
  }
}

/** Sorted, and "the best" inside "the best in town" is one claim, not two. */
function longestOnly(ranges: Range[]): Range[] {
  const sorted = ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  return sorted.filter((r, i) => !sorted.some((o, j) => j < i && o.start <= r.start && o.end >= r.end));
}
