import { bn } from './lexicons/bn';
import { CUE_CATEGORIES, type CueCategory } from './lexicons/categories';
import { en } from './lexicons/en';
import { digitCount, PATTERN_GATES, SELLING_PATTERNS, type SellingPattern } from './lexicons/patterns';
import { PLATFORM_SPECS, type PlatformSpec } from './platforms';
import { graphemeCount, platformCount } from './text/count';
import { type CueMatch, type CueMatcher, compileLexicon, longestMatches, matchCues } from './text/cues';
import { extractEntities } from './text/entities';
import { detectLanguage } from './text/language';
import { splitLines, splitSentences, tokenize, type Words } from './text/tokenize';
import type { Context, Counts, Entities, Entity, Kind, Language, Platform, Range } from './types';

export interface PatternMatch extends Range {
  pattern: SellingPattern;
  text: string;
}

/**
 * A draft tokenized once: every rule reads from here and none re-scans the text on its own.
 */
export interface Draft {
  text: string;
  platform: Platform;
  kind: Kind;
  language: Language;
  spec: PlatformSpec;
  words: Words;
  /** Per word: which entity it lies in (WORD_IN_URL, WORD_IN_TAG), or 0 for running text. */
  wordFlags: Uint8Array;
  sentences: Range[];
  lines: Range[];
  entities: Entities;
  /** Mentions less the run of @names a reply starts with, which only address the thread. */
  ownMentions: Entity[];
  counts: Counts;
  /** Lexicon matches of the draft's language, plus English ones in a Bengali draft (mixed posts are common). */
  cues: CueMatch[];
  patterns: PatternMatch[];
  /** Matches grouped by category, in text order (read them through `cuesOf`). */
  byCategory: ReadonlyMap<CueCategory, CueMatch[]>;
  cuesOf(category: CueCategory): CueMatch[];
}

const matchers: Partial<Record<Language, CueMatcher>> = {};
function matcherFor(language: Language): CueMatcher {
  // Bengali posts mix in English selling words ("50% off", "order now"), so a Bengali draft is
  // matched against both lexicons at once; English posts rarely mix in Bengali.
  matchers[language] ??= language === 'bn' ? compileLexicon(bn, en) : compileLexicon(en);
  return matchers[language];
}

const PATTERN_LIST = Object.entries(SELLING_PATTERNS) as [SellingPattern, RegExp][];

// Past this many matches of one pattern the draft's intent is settled; stop collecting.
const MAX_PATTERN_MATCHES = 50;

export const WORD_IN_URL = 1;
/** In a hashtag, mention or cashtag. */
export const WORD_IN_TAG = 2;

/** Marks words inside URLs and tags with one merge walk over sorted ranges. */
function flagWords(words: Words, entities: Entities): Uint8Array {
  const flags = new Uint8Array(words.count);
  mark(flags, words, entities.urls, WORD_IN_URL);
  mark(flags, words, entities.hashtags, WORD_IN_TAG);
  mark(flags, words, entities.mentions, WORD_IN_TAG);
  mark(flags, words, entities.cashtags, WORD_IN_TAG);
  return flags;
}

function mark(flags: Uint8Array, words: Words, ranges: Range[], flag: number): void {
  let w = 0;
  for (const r of ranges) {
    while (w < words.count && words.starts[w]! < r.start) w++;
    for (; w < words.count && words.starts[w]! < r.end; w++) flags[w] = flags[w]! | flag;
  }
}

const NO_CUES: CueMatch[] = [];

/** One shared function, not a new closure per draft on the typing path. */
function cuesOf(this: Draft, category: CueCategory): CueMatch[] {
  return this.byCategory.get(category) ?? NO_CUES;
}

function withoutIntent(m: CueMatch): boolean {
  return !CUE_CATEGORIES[m.category].intent;
}

/** URLs, mentions, hashtags and cashtags in text order: the parts of a draft that are not prose. */
function opaqueRanges(entities: Entities): Range[] {
  const { urls, mentions, hashtags, cashtags } = entities;
  if (mentions.length + hashtags.length + cashtags.length === 0) return urls;
  return [...urls, ...mentions, ...hashtags, ...cashtags].sort((a, b) => a.start - b.start);
}

function overlapsAny(ranges: readonly Range[], start: number, end: number): boolean {
  for (const r of ranges) if (r.start < end && start < r.end) return true;
  return false;
}

function withoutLeadingMentions(text: string, mentions: Entity[], kind: Kind): Entity[] {
  if (kind !== 'reply') return mentions;
  let i = 0;
  while (
    i < mentions.length &&
    text.slice(i === 0 ? 0 : mentions[i - 1]!.end, mentions[i]!.start).trim() === ''
  )
    i++;
  return i === 0 ? mentions : mentions.slice(i);
}

export function buildDraft(text: string, context: Context): Draft {
  const language = context.language ?? detectLanguage(text);
  const spec = PLATFORM_SPECS[context.platform];
  const limit = context.limit ?? spec.limit;
  const words = tokenize(text);
  const entities = extractEntities(text);
  const opaque = opaqueRanges(entities);
  const sentences = splitSentences(text, opaque);
  const lines = splitLines(text);
  const weighted = platformCount(text, context.platform, entities);
  const wordFlags = flagWords(words, entities);

  // Overlapping intent cues count once, the longest ("flash sale" over "sale"); voice and hook
  // cues are counted by their own rules.
  const cues = longestMatches(matchCues(text, words, matcherFor(language), [], wordFlags), withoutIntent);

  const patterns: PatternMatch[] = [];
  const digits = digitCount(text);
  for (const [pattern, re] of PATTERN_LIST) {
    if (!PATTERN_GATES[pattern](text, digits)) continue;
    re.lastIndex = 0;
    let n = 0;
    for (let m = re.exec(text); m !== null && n < MAX_PATTERN_MATCHES; m = re.exec(text), n++) {
      const start = m.index;
      const end = start + m[0].length;
      // A number in a URL's path or a tag is not a price or a phone number.
      if (!overlapsAny(opaque, start, end)) patterns.push({ pattern, start, end, text: m[0] });
    }
  }

  const byCategory = new Map<CueCategory, CueMatch[]>();
  for (const c of cues) {
    const list = byCategory.get(c.category);
    if (list) list.push(c);
    else byCategory.set(c.category, [c]);
  }
  return {
    text,
    platform: context.platform,
    kind: context.kind,
    language,
    spec,
    words,
    wordFlags,
    sentences,
    lines,
    entities,
    ownMentions: withoutLeadingMentions(text, entities.mentions, context.kind),
    counts: {
      characters: text.length,
      graphemes: graphemeCount(text),
      words: words.count,
      sentences: sentences.length,
      weighted,
      limit,
      over: Math.max(0, weighted - limit),
    },
    cues,
    patterns,
    byCategory,
    cuesOf,
  };
}
