import type { EngagementReading } from './types';

/** A post the history holds (a PostRecord's fields that matching needs). */
export interface StoredPost {
  id: string;
  time: number;
  /** Absent when the privacy setting keeps no text: such a post can never be matched. */
  text?: string;
}

/** A post as a site's page shows it, with the counts under it. */
export interface SeenPost {
  text: string;
  /** The post's own timestamp from the page (`<time datetime>`), null where the page shows none. */
  time: number | null;
  /** The author's handle or page as the page shows it. */
  handle: string;
  reading: EngagementReading;
}

export interface MatchOptions {
  /** The owner's handle on this site, confirmed once in options. */
  ownerHandle: string;
  /** How far a page's timestamp may be from the time the history recorded (send vs publish). */
  toleranceMs?: number;
  /** Word overlap (Jaccard) above which an edited post still counts as the same post. */
  editedSimilarity?: number;
}

export interface MatchResult {
  matched: { id: string; reading: EngagementReading }[];
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

interface Candidate {
  seen: number;
  stored: number;
  /** 0: same text; 1: a cut text; 2: edited. Lower wins, then nearer in time. */
  tier: number;
  distance: number;
}

/**
 * Matches what a page shows to the posts the history holds, one to one. Only the owner's posts
 * are considered. The same text posted twice is told apart by time; without a timestamp it is
 * ambiguous and skipped rather than guessed. An edited post matches by word overlap within the
 * time tolerance only. A stored post the page does not show (deleted, or not scrolled to)
 * simply gets no new reading: its last one stays.
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
  const storedText = stored.map((p) => (p.text === undefined ? null : normaliseText(p.text)));
  const storedWords = storedText.map((t) => (t === null ? null : words(t)));
  const candidates: Candidate[] = [];
  const ambiguous = new Set<number>();
  own.forEach((s, si) => {
    const raw = normaliseText(s.text);
    const cut = CUT.test(raw);
    const text = raw.replace(CUT, '').trim();
    const mine: Candidate[] = [];
    stored.forEach((p, pi) => {
      const t = storedText[pi];
      if (t === null || t === undefined || text === '') return;
      const distance = s.time === null ? 0 : Math.abs(s.time - p.time);
      if (s.time !== null && distance > tolerance) return;
      if (t === text) mine.push({ seen: si, stored: pi, tier: 0, distance });
      else if (cut && text.length >= MIN_CUT && t.startsWith(text))
        mine.push({ seen: si, stored: pi, tier: 1, distance });
      else if (s.time !== null && jaccard(words(text), storedWords[pi]!) >= minSimilarity)
        mine.push({ seen: si, stored: pi, tier: 2, distance });
    });
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
    usedSeen.add(c.seen);
    usedStored.add(c.stored);
    matched.push({ id: stored[c.stored]!.id, reading: own[c.seen]!.reading });
  }
  return { matched, notOwner: seen.length - own.length, unmatched: own.length - matched.length };
}
