import { WORD_IN_TAG, WORD_IN_URL } from '../draft';
import { decodeGrams, gramSum, gramsOf, topWords } from '../grams';
import {
  ABOUT_THINGS,
  type HostileModel,
  phraseWeights,
  SECOND_PERSON,
  SELF_SUBJECT,
  SHOUTED_ABSOLUTES,
  THIRD_PERSON,
} from '../lexicons/hostile';
import { HOSTILE_GRAMS, HOSTILE_MODEL } from '../lexicons/hostile-weights';
import type { CueMatch } from '../text/cues';
import type { Words } from '../text/tokenize';
import type { Kind, Language, Range } from '../types';
import { finding, type Rule } from './rule';

/** What the reading needs of a draft (the training script builds the same from its own cues). */
export interface HostileInput {
  text: string;
  language: Language;
  kind: Kind;
  words: Words;
  wordFlags: Uint8Array;
}

/** The mined phrases of one script's model and of the other's (which that model does not read). */
export interface HostileVocabulary {
  own: ReadonlyMap<string, number>;
  other: ReadonlySet<string>;
}

export interface HostileReading {
  /** Feature → value, as the logistic regression sees it. */
  features: Map<string, number>;
  /** The words that carry the features: what the finding quotes. */
  evidence: Range[];
}

// How many words around a match a reader-addressing word may sit ("you are such a … idiot").
const TARGET_BEFORE = 4;
const TARGET_AFTER = 2;
// How close before a match "I'm"/"আমি" must be to make it a name one calls oneself.
const SELF_BEFORE = 3;
// Hand-written phrases add up to this many times their weight.
const MAX_CURATED = 3;

export const CURATED = 'curated';

/**
 * Reads the hostile features of a draft from its `voice.hostile` matches: the longest match
 * wins where two overlap, words inside URLs and tags are skipped, and each phrase counts once.
 * Linear: one pass over the matches plus a few words around each, one pass over the words.
 */
export function readHostile(
  d: HostileInput,
  cues: readonly CueMatch[],
  vocab: HostileVocabulary,
): HostileReading {
  const features = new Map<string, number>();
  const evidence: Range[] = [];
  const { lower, starts, ends, count } = d.words;
  let lastEnd = 0;
  let curated = 0;
  let targeted = false;
  let caps = false;
  type Kept = { m: CueMatch; key: string; atReader: boolean; shouted: boolean };
  const kept: Kept[] = [];
  const pending: Kept[] = [];
  // A reply or comment that speaks to the reader puts a person in view of every word in it:
  // "Ridiculous. Maybe stay home next Saturday." is said to the customer, not about a thing.
  const toReader = d.kind !== 'post' && near(lower, 0, count, SECOND_PERSON);
  for (let k = 0; k < cues.length; k++) {
    const m = cues[k]!;
    if (m.first < lastEnd) continue;
    // Of the matches starting at this word, the longest.
    let best = m;
    while (k + 1 < cues.length && cues[k + 1]!.first === m.first) {
      k++;
      if (cues[k]!.last > best.last) best = cues[k]!;
    }
    lastEnd = best.last;
    if (inEntity(d.wordFlags, best.first, best.last)) continue;
    const atReader = addressed(lower, best.first - TARGET_BEFORE, best.last + TARGET_AFTER, count);
    const shouted = isCapitals(d.text, best.start, best.end);
    // A name one calls oneself is no attack on anyone.
    if (!atReader && near(lower, best.first - SELF_BEFORE, best.first, SELF_SUBJECT)) continue;
    const own = vocab.own.has(best.phrase);
    if (!own && vocab.other.has(best.phrase)) continue;
    const match = { m: best, key: own ? best.phrase : CURATED, atReader, shouted };
    // A run-down word about a thing counts once a person is in view or the draft attacks already.
    if (
      !atReader &&
      !toReader &&
      !shouted &&
      ABOUT_THINGS.has(stemless(best.phrase)) &&
      !aboutPerson(d, best)
    )
      pending.push(match);
    else kept.push(match);
  }
  if (kept.length > 0) kept.push(...pending);
  kept.sort((a, b) => a.m.start - b.m.start);
  for (const { m, key, atReader, shouted } of kept) {
    if (key === CURATED) {
      if (curated >= MAX_CURATED) continue;
      curated++;
    } else features.set(key, 1);
    evidence.push({ start: m.start, end: m.end });
    if (atReader) targeted = true;
    if (shouted) caps = true;
  }

  // NEVER/ALWAYS in capitals amid lower-case words, next to a word for the reader.
  const shouted: Range[] = [];
  for (let i = 0; i < count; i++) {
    if (!SHOUTED_ABSOLUTES.has(lower[i]!) || !isCapitals(d.text, starts[i]!, ends[i]!)) continue;
    const before = i > 0 && !isCapitals(d.text, starts[i - 1]!, ends[i - 1]!);
    const after = i + 1 < count && !isCapitals(d.text, starts[i + 1]!, ends[i + 1]!);
    if ((before || after) && addressed(lower, i - TARGET_BEFORE, i + 1 + TARGET_AFTER, count))
      shouted.push({ start: starts[i]!, end: ends[i]! });
  }
  if (shouted.length > 0 && curated < MAX_CURATED) {
    curated++;
    evidence.push(...shouted);
    evidence.sort((a, b) => a.start - b.start);
  }
  if (curated > 0) features.set(CURATED, curated);
  if (evidence.length > 0) {
    if (targeted) features.set('targeted', 1);
    if (caps) features.set('caps', 1);
  }
  return { features, evidence };
}

function addressed(lower: readonly string[], from: number, to: number, count: number): boolean {
  return near(lower, from, Math.min(count, to), SECOND_PERSON);
}

function near(lower: readonly string[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let i = Math.max(0, from); i < to; i++) if (words.has(lower[i]!)) return true;
  return false;
}

/** A third person or an @mention within the window around a match. */
function aboutPerson(d: HostileInput, m: CueMatch): boolean {
  const { lower, starts, count } = d.words;
  const from = Math.max(0, m.first - TARGET_BEFORE);
  const to = Math.min(count, m.last + TARGET_AFTER);
  for (let i = from; i < to; i++) {
    if (THIRD_PERSON.has(lower[i]!)) return true;
    if (d.wordFlags[i]! & WORD_IN_TAG && d.text.charCodeAt(starts[i]! - 1) === 64 /* @ */) return true;
  }
  return false;
}

const stemless = (phrase: string) => (phrase.endsWith('*') ? phrase.slice(0, -1) : phrase);

function inEntity(flags: Uint8Array, first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (flags[i]! & (WORD_IN_URL | WORD_IN_TAG)) return true;
  return false;
}

/** At least two Latin capitals and no lower-case letter. */
function isCapitals(text: string, start: number, end: number): boolean {
  let upper = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper++;
  }
  return upper >= 2;
}

/** What the reading adds to the phrase model's z (its bias left out). */
export function phraseLogit(
  model: HostileModel,
  own: ReadonlyMap<string, number>,
  r: HostileReading,
): number {
  let z = 0;
  for (const [key, value] of r.features) {
    const w =
      key === CURATED
        ? model.curated
        : key === 'targeted' || key === 'caps'
          ? model[key]
          : (own.get(key) ?? 0);
    z += w * value;
  }
  return z;
}

const GRAM_WEIGHTS = decodeGrams(HOSTILE_GRAMS);
// A word is quoted as evidence when its grams add at least this much to z, and at most this
// many such words are quoted.
const MIN_WORD_WEIGHT = 0.5;
const MAX_LEARNED_WORDS = 3;
// Without a matched phrase, a tip needs the probability to reach this share of the warning one.
const TIP_SHARE = 0.65;

const VOCAB: Record<Language, HostileVocabulary> = (() => {
  const en = phraseWeights(HOSTILE_MODEL.en);
  const bn = phraseWeights(HOSTILE_MODEL.bn);
  return { en: { own: en, other: new Set(bn.keys()) }, bn: { own: bn, other: new Set(en.keys()) } };
})();

// Points off the voice score at certainty: enough for an error to read as one, and scaled by
// the model's probability so the score ranks replies by how hostile they read.
const MAX_PENALTY = 60;
// Below the warning threshold the matched words are a tip, worth at most this many points.
const MAX_TIP_PENALTY = 20;
// A tip from the learned words alone, with no phrase of the lexicons matched, is the least sure
// of all: a few points, enough to rank such a reply below a calm one.
const MAX_WORDS_TIP_PENALTY = 6;

/** Heat in a reply to a customer is read by every other customer too. */
export const hostile: Rule = {
  id: 'hostile',
  reason: 'voice',
  check(d) {
    const vocab = VOCAB[d.language];
    const reading = readHostile(d, d.cuesOf('voice.hostile'), vocab);
    const model = HOSTILE_MODEL[d.language];
    const grams = gramsOf(d);
    const phrases = reading.evidence.length === 0 ? 0 : phraseLogit(model, vocab.own, reading);
    const p =
      1 / (1 + Math.exp(-(model.gramBias + model.phraseScale * phrases + gramSum(grams, GRAM_WEIGHTS))));
    // Matched phrases explain a finding best; with none, the words the grams weighed most do,
    // and the grams alone say something only from a share of the warning threshold up.
    const matched = reading.evidence.length > 0;
    if (!matched && p < model.warn * TIP_SHARE) return [];
    const learned = matched ? [] : topWords(grams, d.words, GRAM_WEIGHTS, MIN_WORD_WEIGHT, MAX_LEARNED_WORDS);
    if (!matched && learned.length === 0) return [];
    const quoted = matched ? reading.evidence[0]! : learned[0]!;
    const evidence = matched
      ? reading.evidence
      : learned.map((r) => ({ start: r.start, end: r.end })).sort((x, y) => x.start - y.start);
    const answering = d.kind !== 'post';
    const first = d.text.slice(quoted.start, quoted.end);
    const scale = answering ? 1 : 0.5;
    const tip = p < model.warn;
    return [
      finding(hostile, d.text, {
        severity: tip ? 'tip' : answering && p >= model.error ? 'error' : 'warn',
        message: [
          tip ? 'f_voice_hostile_tip' : answering ? 'f_voice_hostile_reply' : 'f_voice_hostile',
          first,
        ],
        suggestion: [answering ? 's_voice_hostile_reply' : 's_voice_hostile'],
        evidence,
        // Below the warning threshold the points scale from 0 to a tip's most at the threshold.
        penalty: Math.round(
          tip
            ? ((matched ? MAX_TIP_PENALTY : MAX_WORDS_TIP_PENALTY) * scale * p) / model.warn
            : MAX_PENALTY * scale * p,
        ),
        score: 'voice',
      }),
    ];
  },
};
