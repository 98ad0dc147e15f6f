import { describe, expect, test } from 'vitest';
import { keepText } from '../../src/core/model';
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

// Privacy "excerpt" keeps 139 characters and "…" (core/model.ts keepText); "metrics" keeps none.
describe('matching records the privacy setting cut', () => {
  const head =
    'Our winter opening hours start on Monday: we open at 8 and close at 4, and the café upstairs stays open until 6 for the knitting club and';
  const a = `${head} the Tuesday choir, with soup from 12. Link in bio https://example.com/winter`;
  const b = `${head} the Thursday book group, with cakes all afternoon.`;

  test('an excerpt matches the full text the page shows by its prefix, the link shortened', () => {
    const excerpt = keepText(a, 'excerpt')!;
    expect(Array.from(excerpt)).toHaveLength(140);
    expect(excerpt.endsWith('club and t…')).toBe(true);
    const stored: StoredPost[] = [{ id: 'ex', time: T, text: excerpt }];
    const page = a.replace('https://example.com/winter', 'https://t.co/Wn7');
    expect(matchReadings(stored, [seen(page, T + MIN, 12)], opts).matched).toEqual([
      { id: 'ex', reading: r(12) },
    ]);
    // Without a timestamp one excerpt with that prefix is enough, as for a whole text.
    expect(matchReadings(stored, [seen(page, null, 12)], opts).matched).toEqual([
      { id: 'ex', reading: r(12) },
    ]);
    // A page text (not cut) shorter than the excerpt is not that post; nor one outside the window.
    expect(matchReadings(stored, [seen(head.slice(0, 100), null, 12)], opts).matched).toEqual([]);
    expect(matchReadings(stored, [seen(page, T + 11 * MIN, 12)], opts).matched).toEqual([]);
  });

  test('a 140-character text of its own that happens to end in "…" is matched as a whole text', () => {
    const own = `${'Sale on all rye loaves this week '.repeat(5).slice(0, 139)}…`;
    expect(Array.from(own)).toHaveLength(140);
    const stored: StoredPost[] = [{ id: 'w', time: T, text: own }];
    expect(matchReadings(stored, [seen(own, T, 2)], opts).matched).toEqual([{ id: 'w', reading: r(2) }]);
  });

  test('two posts with the same excerpt are told apart by time, or left alone without it', () => {
    expect(keepText(a, 'excerpt')).toBe(keepText(b, 'excerpt'));
    const stored: StoredPost[] = [
      { id: 'tue', time: T, text: keepText(a, 'excerpt')! },
      { id: 'thu', time: T + 2 * DAY, text: keepText(b, 'excerpt')! },
    ];
    expect(
      matchReadings(stored, [seen(b, T + 2 * DAY + MIN, 5), seen(a, T + MIN, 9)], opts).matched.sort((x, y) =>
        x.id.localeCompare(y.id),
      ),
    ).toEqual([
      { id: 'thu', reading: r(5) },
      { id: 'tue', reading: r(9) },
    ]);
    const blind = matchReadings(stored, [seen(b, null, 5), seen(a, null, 9)], opts);
    expect(blind.matched).toEqual([]);
    expect(blind.unmatched).toBe(2);
    // One stored excerpt, two page posts beginning with it and no times: neither is guessed.
    const one = matchReadings(stored.slice(0, 1), [seen(b, null, 5), seen(a, null, 9)], opts);
    expect(one.matched).toEqual([]);
    expect(one.unmatched).toBe(2);
  });

  test('a text-less record matches by time only when nothing else could be it', () => {
    const bare: StoredPost[] = [{ id: 'm', time: T }];
    expect(matchReadings(bare, [seen('Whatever the page shows', T + 40_000, 3)], opts).matched).toEqual([
      { id: 'm', reading: r(3) },
    ]);
    // Further than two minutes, or no timestamp on the page: not matched.
    expect(matchReadings(bare, [seen('Whatever the page shows', T + 3 * MIN, 3)], opts).matched).toEqual([]);
    expect(matchReadings(bare, [seen('Whatever the page shows', null, 3)], opts).matched).toEqual([]);
    // Another stored post in the window (with text or without): which one is it? Left alone.
    const crowded: StoredPost[] = [...bare, { id: 'n', time: T + 8 * MIN }];
    expect(matchReadings(crowded, [seen('Whatever the page shows', T + 30_000, 3)], opts).matched).toEqual(
      [],
    );
    const withText: StoredPost[] = [...bare, { id: 't', time: T - 6 * MIN, text: 'Fresh rye today' }];
    const m = matchReadings(withText, [seen('Something else', T + 30_000, 3)], opts);
    expect(m.matched).toEqual([]);
    // Two of the owner's posts on the page near it: neither lends it its counts.
    const two = matchReadings(bare, [seen('First', T + 30_000, 3), seen('Second', T + 5 * MIN, 4)], opts);
    expect(two.matched).toEqual([]);
    expect(two.unmatched).toBe(2);
    // Someone else's post at that time is not the owner's: never matched.
    expect(matchReadings(bare, [seen('Theirs', T, 3, '@otherbakery')], opts).matched).toEqual([]);
  });
});
