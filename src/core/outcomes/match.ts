import { EXCERPT_LENGTH } from '../model';
import type { EngagementReading } from './types';

/** A post the history holds (a PostRecord's fields that matching needs). */
export interface StoredPost {
  id: string;
  time: number;
  /**
   * As kept by the privacy setting (core/model.ts `keepText`): the whole text, a 140-character
   * excerpt ending in "…", or absent ("metrics"), when only its time can match it.
   */
  text?: string;
}

/**
 * A reading as a page shows it: the reply count is absent where the page shows no counter for it
 * (not 0); the stored reading's count is kept then (storage/write.ts putEngagement).
 */
export type ShownReading = Omit<EngagementReading, 'replies'> & { replies?: number };

/** A post as a site's page shows it, with the counts under it. */
export interface SeenPost {
  text: string;
  /** The post's own timestamp from the page (`<time datetime>`), null where the page shows none. */
  time: number | null;
  /** The author's handle or page as the page shows it. */
  handle: string;
  reading: ShownReading;
}

export interface MatchOptions {
  /** The owner's handle on this site, confirmed once in options. */
  ownerHandle: string;
  /** How far a page's timestamp may be from the time the history recorded (send vs publish). */
  toleranceMs?: number;
  /** Word overlap (Jaccard) above which an edited post still counts as the same post. */
  editedSimilarity?: number;
  /** How near in time a post kept without text must be to the page's post to match it. */
  timeOnlyMs?: number;
}

export interface MatchResult {
  matched: { id: string; reading: ShownReading }[];
  /** Posts by someone else: dropped unread, only counted. */
  notOwner: number;
  /** The owner's posts the history does not hold, or could not tell apart: nothing is kept. */
  unmatched: number;
}

export const DEFAULT_TOLERANCE_MS = 10 * 60_000;
const EDITED_SIMILARITY = 0.6;
// A page cuts a long post with "…" or "Show more"; a cut text of at least this many characters
// that begins a stored post matches it.
const MIN_CUT = 40;
// A record kept without text matches by time alone only this near: a live record's time is the
// send, the page's the publish, seconds apart (an archive's is the publish itself).
const TIME_ONLY_MS = 2 * 60_000;
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/giu;
const CUT = /(?:…|\.\.\.)\s*$/u;

export function normaliseHandle(h: string): string {
  return h.normalize('NFKC').trim().replace(/^@+/, '').toLowerCase();
}

/**
 * Text as two renderings of one post agree on it: sites shorten or drop URLs (t.co, "link
 * card"), change whitespace and line breaks, and fold compatibility characters; case is kept
 * apart only by accident. So URLs go, whitespace collapses, NFKC and lower case.
 */
export function normaliseText(t: string): string {
  return t.normalize('NFKC').replace(URL, ' ').replace(/\s+/gu, ' ').trim().toLowerCase();
}

function words(t: string): Set<string> {
  return new Set(t.split(/[\s\p{P}]+/u).filter(Boolean));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  const either = a.size + b.size - both;
  return either === 0 ? 0 : both / either;
}

/**
 * A stored text cut to its privacy excerpt (`keepText`: EXCERPT_LENGTH code points, the last
 * one "…"), as the normalised prefix the full text begins with; null for a whole text.
 */
function excerptPrefix(text: string): string | null {
  const cps = Array.from(text);
  if (cps.length !== EXCERPT_LENGTH || cps[EXCERPT_LENGTH - 1] !== '…') return null;
  return normaliseText(cps.slice(0, -1).join(''));
}

interface Candidate {
  seen: number;
  stored: number;
  /** 0: same text; 1: a cut text or an excerpt; 2: edited; 3: time only. Lower wins, then nearer in time. */
  tier: number;
  distance: number;
}

/**
 * Matches what a page shows to the posts the history holds, one to one. Only the owner's posts
 * are considered. The same text posted twice is told apart by time; without a timestamp it is
 * ambiguous and skipped rather than guessed. An edited post matches by word overlap within the
 * time tolerance only. A stored post the page does not show (deleted, or not scrolled to)
 * simply gets no new reading: its last one stays.
 *
 * Under the privacy settings a record may keep only an excerpt (matched as the prefix of the
 * page's text, under the same guards) or no text at all. `stored` must hold one platform's
 * posts only (the background reads them so): a text-less record then matches by time alone,
 * and only when nothing can be confused with it — it is the only stored post in the time window
 * of a page's post that carries a time, that post is within TIME_ONLY_MS of it, and no other
 * post of the owner's on the page lies in its window. What is left loose: a post the owner made
 * outside the extension within those minutes, while the recorded one is missing from the page
 * (deleted, not scrolled to), would lend it its counts; a pair that close is rare for a small
 * business, and any doubt leaves both unmatched.
 */
export function matchReadings(
  stored: readonly StoredPost[],
  seen: readonly SeenPost[],
  options: MatchOptions,
): MatchResult {
  const owner = normaliseHandle(options.ownerHandle);
  const tolerance = options.toleranceMs ?? DEFAULT_TOLERANCE_MS;
  const minSimilarity = options.editedSimilarity ?? EDITED_SIMILARITY;
  const own = seen.filter((s) => owner !== '' && normaliseHandle(s.handle) === owner);
  const timeOnly = options.timeOnlyMs ?? TIME_ONLY_MS;
  const storedText = stored.map((p) => (p.text === undefined ? null : normaliseText(p.text)));
  const storedPrefix = stored.map((p) => (p.text === undefined ? null : excerptPrefix(p.text)));
  const storedWords = storedText.map((t) => (t === null ? null : words(t)));
  const candidates: Candidate[] = [];
  const ambiguous = new Set<number>();
  own.forEach((s, si) => {
    const raw = normaliseText(s.text);
    const cut = CUT.test(raw);
    const text = raw.replace(CUT, '').trim();
    const mine: Candidate[] = [];
    const inWindow: number[] = [];
    stored.forEach((p, pi) => {
      const t = storedText[pi];
      const distance = s.time === null ? 0 : Math.abs(s.time - p.time);
      if (s.time !== null && distance > tolerance) return;
      inWindow.push(pi);
      if (t === null || t === undefined || text === '') return;
      const prefix = storedPrefix[pi];
      if (t === text) mine.push({ seen: si, stored: pi, tier: 0, distance });
      else if (cut && text.length >= MIN_CUT && t.startsWith(text))
        mine.push({ seen: si, stored: pi, tier: 1, distance });
      else if (
        prefix &&
        prefix.length >= MIN_CUT &&
        (text.startsWith(prefix) || (cut && prefix.startsWith(text)))
      )
        mine.push({ seen: si, stored: pi, tier: 1, distance });
      else if (s.time !== null && jaccard(words(text), storedWords[pi]!) >= minSimilarity)
        mine.push({ seen: si, stored: pi, tier: 2, distance });
    });
    const only = inWindow.length === 1 ? inWindow[0]! : -1;
    if (s.time !== null && only >= 0 && storedText[only] === null) {
      const distance = Math.abs(s.time - stored[only]!.time);
      const rivals = own.some(
        (o, oi) => oi !== si && o.time !== null && Math.abs(o.time - stored[only]!.time) <= tolerance,
      );
      if (distance <= timeOnly && !rivals) mine.push({ seen: si, stored: only, tier: 3, distance });
    }
    const best = Math.min(...mine.map((c) => c.tier));
    if (s.time === null && mine.filter((c) => c.tier === best).length > 1) ambiguous.add(si);
    else candidates.push(...mine);
  });
  candidates.sort((a, b) => a.tier - b.tier || a.distance - b.distance);
  const usedSeen = new Set<number>();
  const usedStored = new Set<number>();
  const matched: MatchResult['matched'] = [];
  for (const c of candidates) {
    if (usedSeen.has(c.seen) || usedStored.has(c.stored)) continue;
    // Two of the page's posts claiming one stored post equally (the same excerpt, no time to
    // tell them apart): neither is guessed, and the stored post is left alone.
    const tie = candidates.some(
      (o) =>
        o.stored === c.stored &&
        o.seen !== c.seen &&
        !usedSeen.has(o.seen) &&
        o.tier === c.tier &&
        o.distance === c.distance,
    );
    if (tie) {
      usedStored.add(c.stored);
      continue;
    }
    usedSeen.add(c.seen);
    usedStored.add(c.stored);
    matched.push({ id: stored[c.stored]!.id, reading: own[c.seen]!.reading });
  }
  return { matched, notOwner: seen.length - own.length, unmatched: own.length - matched.length };
}
