import { describe, expect, test } from 'vitest';
import { matchReadings, normaliseText, type SeenPost, type StoredPost } from '../../src/core/outcomes';

const T = Date.UTC(2025, 4, 6, 10);
const MIN = 60_000;
const DAY = 86_400_000;
const r = (likes: number) => ({ replies: 1, reposts: 0, likes, readAt: T + 30 * DAY });
const seen = (text: string, time: number | null, likes: number, handle = '@LeedsBakery'): SeenPost => ({
  text,
  time,
  handle,
  reading: r(likes),
});
const opts = { ownerHandle: 'leedsbakery' };

describe('matching counts on a page to stored posts', () => {
  test('URLs shortened, whitespace and case changed: the same post', () => {
    expect(normaliseText('New  loaves\nhttps://example.com/shop  TODAY')).toBe('new loaves today');
    const stored: StoredPost[] = [{ id: 'a', time: T, text: 'New loaves https://example.com/shop today' }];
    const m = matchReadings(stored, [seen('New loaves https://t.co/x1Yz today', T + 1 * MIN, 7)], opts);
    expect(m.matched).toEqual([{ id: 'a', reading: r(7) }]);
    expect(m.unmatched).toBe(0);
  });

  test("someone else's post with the same text is dropped and not read", () => {
    const stored: StoredPost[] = [{ id: 'a', time: T, text: 'Happy Friday!' }];
    const m = matchReadings(stored, [seen('Happy Friday!', T, 99, '@otherbakery')], opts);
    expect(m.matched).toEqual([]);
    expect(m.notOwner).toBe(1);
  });

  test('two posts with the same text are told apart by time', () => {
    const stored: StoredPost[] = [
      { id: 'mon', time: T, text: 'Open until 6 today' },
      { id: 'tue', time: T + DAY, text: 'Open until 6 today' },
    ];
    const m = matchReadings(
      stored,
      [seen('Open until 6 today', T + DAY + 2 * MIN, 3), seen('Open until 6 today', T - MIN, 8)],
      opts,
    );
    expect(m.matched).toEqual([
      { id: 'mon', reading: r(8) },
      { id: 'tue', reading: r(3) },
    ]);
  });

  test('the same text twice without a timestamp is ambiguous: not guessed', () => {
    const stored: StoredPost[] = [
      { id: 'mon', time: T, text: 'Open until 6 today' },
      { id: 'tue', time: T + DAY, text: 'Open until 6 today' },
    ];
    const m = matchReadings(stored, [seen('Open until 6 today', null, 3)], opts);
    expect(m.matched).toEqual([]);
    expect(m.unmatched).toBe(1);
    // One stored post with that text: no timestamp is needed.
    expect(
      matchReadings(stored.slice(0, 1), [seen('Open until 6 today', null, 3)], opts).matched,
    ).toHaveLength(1);
  });

  test('an edited post matches by its words and time; an unrelated post at that time does not', () => {
    const stored: StoredPost[] = [{ id: 'e', time: T, text: 'We open at 9 tomorrow, see you there' }];
    expect(
      matchReadings(stored, [seen('We open at 10 tomorrow, see you there!', T + MIN, 4)], opts).matched,
    ).toEqual([{ id: 'e', reading: r(4) }]);
    expect(
      matchReadings(stored, [seen('We open at 10 tomorrow, see you there!', null, 4)], opts).matched,
    ).toEqual([]);
    expect(matchReadings(stored, [seen('Rye bread is back in stock', T, 4)], opts).matched).toEqual([]);
  });

  test('a post deleted on the site gets no reading; the others still match', () => {
    const stored: StoredPost[] = [
      { id: 'a', time: T, text: 'First post' },
      { id: 'gone', time: T + DAY, text: 'Deleted later' },
      { id: 'c', time: T + 2 * DAY, text: 'Third post' },
    ];
    const m = matchReadings(stored, [seen('Third post', T + 2 * DAY, 5), seen('First post', T, 2)], opts);
    expect(m.matched.map((x) => x.id).sort()).toEqual(['a', 'c']);
  });

  test('a text cut with "…" matches the post it begins', () => {
    const long =
      'Our autumn menu is here: pumpkin loaf, spiced apple buns and a new chai latte for the cold mornings';
    const stored: StoredPost[] = [{ id: 'l', time: T, text: long }];
    const m = matchReadings(stored, [seen(`${long.slice(0, 60)}…`, T, 6)], opts);
    expect(m.matched).toEqual([{ id: 'l', reading: r(6) }]);
    // Too short a cut says too little.
    expect(matchReadings(stored, [seen('Our autumn…', T, 6)], opts).matched).toEqual([]);
  });

  test('outside the time tolerance, or without text or a confirmed handle, nothing matches', () => {
    const stored: StoredPost[] = [
      { id: 'a', time: T, text: 'Hello' },
      { id: 'x', time: T },
    ];
    expect(matchReadings(stored, [seen('Hello', T + 11 * MIN, 1)], opts).matched).toEqual([]);
    expect(matchReadings(stored, [seen('Hello', T, 1)], { ownerHandle: '' }).matched).toEqual([]);
    expect(matchReadings(stored, [seen('', T, 1)], opts).matched).toEqual([]);
    expect(matchReadings(stored, [seen('Hello', T, 1, 'LEEDSBAKERY')], opts).matched).toHaveLength(1);
  });

  test('one page post never feeds two stored posts', () => {
    const stored: StoredPost[] = [
      { id: 'a', time: T, text: 'Same words' },
      { id: 'b', time: T + MIN, text: 'Same words' },
    ];
    const m = matchReadings(stored, [seen('Same words', T + MIN, 1)], opts);
    expect(m.matched).toEqual([{ id: 'b', reading: r(1) }]);
  });
});
