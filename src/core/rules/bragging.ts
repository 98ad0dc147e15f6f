import type { CueMatch } from '../text/cues';
import { wordAt } from '../text/tokenize';
import type { Range } from '../types';
import { finding, type Rule } from './rule';

// Claims that are always about the one making them and that no reader can check: one is enough.
const OUTRIGHT = new Set(
  (
    "world-class|world class|best-in-class|best in class|world's best|worlds best|best in town|" +
    'best in the city|best in dhaka|best in the world|number one|the leading|leading provider|' +
    'market leader|unbeatable|unmatched|unrivalled|unrivaled|second to none|like no other|' +
    'nobody makes better|nobody does it better|no one makes better|no one does it better|' +
    'nobody beats|no one beats|top-rated|top rated|award-winning|award winning|most trusted|' +
    'unparalleled|দেশসেরা|শহরের সেরা|ঢাকার সেরা|এক নম্বর|১ নম্বর|অতুলনীয়|অদ্বিতীয়|সবার সেরা|নাম্বার ওয়ান|নাম্বার ১'
  ).split('|'),
);
// Superlatives that are a claim when the sentence is about us ("we're the best", "আমাদের … সেরা")
// or names a place ("the best bakery in Leeds"); otherwise ordinary words ("the best way to…").
const SUPERLATIVE = new Set(
  'the freshest|the tastiest|the cheapest|the lowest prices|the biggest|the fastest|the friendliest|the yummiest|the softest|the most delicious|the most beautiful|the most affordable|the most reliable|the most experienced|the highest quality|the top|সবচেয়ে সুস্বাদু|সবচেয়ে কম দামে|সবচেয়ে কম দাম|সবচেয়ে ভালো মানের|সবচেয়ে বড়|সবচেয়ে বিশ্বস্ত|the best|the finest|finest|the greatest|the only|best quality|highest quality|সেরা|সবচেয়ে সেরা|সবচেয়ে ভালো|একমাত্র|সর্বোচ্চ মানের|বেস্ট'.split(
    '|',
  ),
);
// Words that make us the subject of a sentence.
const US = new Set("we|we're|we’re|our|us|ours|আমরা|আমরাই|আমাদের|আমাদেরই|আমাদেরকে|আমাদের".split('|'));
// "the best way to…", "all the best", "the only thing…": superlatives about advice, not a shop.
const GENERIC_AFTER = new Set(
  'way|ways|part|parts|thing|things|time|times|bit|moment|moments|advice|tip|tips|news|feeling|day|days|of|we|you|i|one|compliment|feedback|reason|question|answer|person|people|customers|team'.split(
    '|',
  ),
);
const PLACE_AFTER = new Set(['in', 'at', 'around', 'across']);
// "best wishes", "best before", "best-selling": not a claim about the shop.
const NOT_A_CLAIM = new Set([
  'wishes',
  'regards',
  'before',
  'friend',
  'friends',
  'luck',
  'selling',
  'seller',
  'sellers',
]);
// "#1", "No. 1", "No.1": a rank nobody awarded.
const RANK = /(?<![\p{L}\p{N}_&])#1(?![\p{L}\p{N}_])|\bno\.\s?1(?![\p{N}])/giu;
// Past this many superlatives the verdict is settled; the rest are not looked at (huge pastes).
const MAX_CUES = 40;
// Two superlatives of any kind read as a claim; four as an advert.
const MIN = 2;
const MANY = 4;

/** Superlatives readers cannot check: the suggestion is the proof (a number, a photo, a customer). */
export const bragging: Rule = {
  id: 'bragging',
  reason: 'voice',
  check(d) {
    const claims: Range[] = [];
    const soft: Range[] = [];
    for (const c of longestOnly(d.cuesOf('voice.brag').slice(0, MAX_CUES))) {
      const kind = kindOf(c);
      if (kind === 'claim') claims.push(c);
      else if (kind === 'soft') soft.push(c);
    }
    // "Best coffee in Leeds": a bare "best" that names a place, outside any phrase above.
    const { lower, starts, ends } = d.words;
    for (let i = 0; i < d.words.count && claims.length < MAX_CUES; i++) {
      if (lower[i] !== 'best' || GENERIC_AFTER.has(lower[i + 1] ?? '') || NOT_A_CLAIM.has(lower[i + 1] ?? ''))
        continue;
      if (
        claims.some((c) => c.start <= starts[i]! && c.end >= ends[i]!) ||
        soft.some((c) => c.start <= starts[i]! && c.end >= ends[i]!)
      )
        continue;
      for (let k = i + 2; k < Math.min(i + 5, d.words.count); k++) {
        if (PLACE_AFTER.has(lower[k]!)) {
          claims.push({ start: starts[i]!, end: ends[k + 1 < d.words.count ? k + 1 : k]! });
          break;
        }
      }
    }
    RANK.lastIndex = 0;
    for (let m = RANK.exec(d.text); m !== null && claims.length < MAX_CUES; m = RANK.exec(d.text)) {
      claims.push({ start: m.index, end: m.index + m[0].length });
    }
    const all = claims.length + soft.length;
    if (claims.length === 0 && all < MIN) return [];
    const evidence = [...claims, ...soft].sort((a, b) => a.start - b.start);
    const severity = all >= MANY || claims.length >= 2 ? 'warn' : 'tip';
    return [
      finding(bragging, d.text, {
        severity,
        message:
          evidence.length === 1
            ? ['f_voice_brag_claim', d.text.slice(evidence[0]!.start, evidence[0]!.end)]
            : ['f_voice_brag', evidence.length],
        suggestion: ['s_voice_brag'],
        evidence,
        penalty: all >= MANY ? 15 : severity === 'warn' ? 12 : 8,
        score: 'voice',
      }),
    ];

    /** A claim counts alone; a soft superlative only beside another; "the best way to…" not at all. */
    function kindOf(c: CueMatch): 'claim' | 'soft' | 'none' {
      if (OUTRIGHT.has(c.phrase)) return 'claim';
      if (!SUPERLATIVE.has(c.phrase)) return 'soft';
      const { lower } = d.words;
      const next = lower[c.last];
      const prev = c.first > 0 ? lower[c.first - 1]! : '';
      if ((next !== undefined && GENERIC_AFTER.has(next)) || prev === 'all') return 'none';
      // "মিরপুরের সেরা", "শহরের সেরা": the best of a place (Bengali genitive before the superlative).
      if (prev.endsWith('ের') && d.language === 'bn') return 'claim';
      for (let k = c.last; k < Math.min(c.last + 4, d.words.count); k++) {
        if (PLACE_AFTER.has(lower[k]!)) return 'claim';
      }
      const s = d.sentences.find((x) => x.end >= c.end && x.start <= c.start) ?? {
        start: 0,
        end: d.text.length,
      };
      for (let k = wordAt(d.words, s.start); k < d.words.count && d.words.starts[k]! < s.end; k++) {
        if (US.has(lower[k]!)) return 'claim';
      }
      return 'soft';
    }
  },
};

/** "the best" inside "the best in town" is one claim, not two. */
function longestOnly(cues: readonly CueMatch[]): CueMatch[] {
  return cues.filter(
    (c) =>
      !cues.some((o) => o !== c && o.start <= c.start && o.end >= c.end && o.end - o.start > c.end - c.start),
  );
}
