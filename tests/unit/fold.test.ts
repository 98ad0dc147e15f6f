import { describe, expect, test } from 'vitest';
import { feedFold } from '../../src/core/fold';

describe('where the feed folds a post', () => {
  test('LinkedIn: about 210 characters, ending on a whole word', () => {
    const sentence = 'Our new bakery opens on Saturday. '; // 34 characters
    const text = sentence.repeat(8); // 272
    const f = feedFold(text, 'linkedin');
    // Character 210 is the "w" of the seventh "new" (6 × 34 = 204: "Our new" starts at 204):
    // the preview backs off to the space at 207 and ends "… Saturday. Our".
    expect(f).toMatchObject({ folds: true, cut: 207, by: 'characters' });
    expect(f.visible.length).toBe(207);
    expect(f.visible.endsWith('Saturday. Our')).toBe(true);
  });

  test('LinkedIn: three lines, even when they are short', () => {
    const f = feedFold('Line one\nLine two\nLine three\nLine four', 'linkedin');
    expect(f).toEqual({ folds: true, visible: 'Line one\nLine two\nLine three', cut: 28, by: 'lines' });
    // Three lines and no more: nothing is hidden.
    expect(feedFold('Line one\nLine two\nLine three\n', 'linkedin').folds).toBe(false);
  });

  test('Facebook: about 477 characters, counted as Bengali readers see them (a conjunct is one)', () => {
    // "ক্ষ" is three code points and one user-perceived character; with its space, two.
    const text = 'ক্ষ '.repeat(300);
    const f = feedFold(text, 'facebook');
    // 238 pairs are 476 characters; the 477th is the 239th conjunct, ending at 238 × 4 + 3 = 955.
    expect(f).toMatchObject({ folds: true, cut: 955, by: 'characters' });
    expect(f.visible.length).toBe(955);
    expect(f.visible.endsWith('ক্ষ')).toBe(true);
  });

  test('Instagram: about 125 characters; emoji are never cut in half; no space means a hard cut', () => {
    const f = feedFold('🎉'.repeat(130), 'instagram');
    expect(f).toMatchObject({ folds: true, cut: 250, by: 'characters' });
    expect([...f.visible]).toHaveLength(125);
    expect(feedFold('First line\nsecond line\nthird line', 'instagram')).toMatchObject({
      visible: 'First line\nsecond line',
      by: 'lines',
    });
  });

  test('platforms that show the whole post, and posts that fit, do not fold', () => {
    const long = 'word '.repeat(100);
    for (const p of ['x', 'threads', 'mastodon', 'bluesky', 'reddit'] as const) {
      expect(feedFold(long, p)).toEqual({ folds: false, visible: long, cut: long.length, by: null });
    }
    expect(feedFold('Short and sweet.', 'linkedin').folds).toBe(false);
    // Only trailing spaces after the fold: nothing to see more of.
    expect(feedFold(`Hello${' '.repeat(600)}`, 'facebook').folds).toBe(false);
  });
});
