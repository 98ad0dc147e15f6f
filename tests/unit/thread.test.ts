import { describe, expect, test } from 'vitest';
import { splitThread, threadFits } from '../../src/core/thread';

/**
 * A second weigher, for texts without links or emoji: twitter-text v3 gives weight 1 to code
 * points 0–4351, 8192–8205, 8208–8223, 8242–8247 and 2 to everything else (Bengali included).
 */
const weight = (s: string) =>
  [...s.normalize('NFC')].reduce((n, ch) => {
    const c = ch.codePointAt(0)!;
    const light =
      c <= 4351 || (c >= 8192 && c <= 8205) || (c >= 8208 && c <= 8223) || (c >= 8242 && c <= 8247);
    return n + (light ? 1 : 2);
  }, 0);

const BASE = 'We bake fresh bread every morning at six.'; // 41 characters

describe('a long X draft as a thread', () => {
  test('a draft that fits stays one post, without a number', () => {
    expect(splitThread('  Fresh bread at six.  ')).toEqual(['Fresh bread at six.']);
    expect(splitThread('   ')).toEqual([]);
  });

  test('ten sentences of 41: six fit in the first post (251 + " 1/2"), four in the second', () => {
    const text = Array(10).fill(BASE).join(' '); // 419
    const posts = splitThread(text);
    expect(posts).toEqual([`${Array(6).fill(BASE).join(' ')} 1/2`, `${Array(4).fill(BASE).join(' ')} 2/2`]);
    expect(posts.map((p) => p.length)).toEqual([255, 171]);
    expect(threadFits(posts)).toBe(true);
  });

  test('twelve posts: the numbering takes two digits and every post still fits', () => {
    const posts = splitThread(Array(70).fill(BASE).join('\n'));
    expect(posts).toHaveLength(12);
    expect(posts[0]!.endsWith(' 1/12')).toBe(true);
    expect(posts[11]).toBe(`${Array(4).fill(BASE).join(' ')} 12/12`);
    for (const p of posts) expect(weight(p)).toBeLessThanOrEqual(280);
  });

  test('Bengali: sentences end at the danda; its letters weigh one (U+0980–U+09FF ≤ 4351)', () => {
    const sentence = 'আমাদের দোকানে নতুন শাড়ি এসেছে।'; // 26 Bengali code points, 4 spaces, the danda
    expect(weight(sentence)).toBe(31);
    const posts = splitThread(Array(12).fill(sentence).join(' '));
    // 31k + (k − 1) ≤ 276 → k = 8 sentences (255) in the first post, 4 in the second.
    expect(posts).toEqual([
      `${Array(8).fill(sentence).join(' ')} 1/2`,
      `${Array(4).fill(sentence).join(' ')} 2/2`,
    ]);
    // CJK weighs two: 140 ideographs are a full post, so 150 need two.
    const cjk = splitThread(`${'字'.repeat(100)}。${'字'.repeat(50)}`);
    for (const p of cjk) expect(weight(p)).toBeLessThanOrEqual(280);
    expect(cjk).toHaveLength(2);
  });

  test('one sentence over the limit is split at spaces', () => {
    const text = 'abcd '.repeat(80).trim(); // 399 characters, no sentence end
    const posts = splitThread(text);
    expect(posts.map((p) => p.length)).toEqual([278, 128]);
    expect(posts[0]).toBe(`${'abcd '.repeat(54)}abcd 1/2`);
    expect(posts[1]).toBe(`${'abcd '.repeat(24)}abcd 2/2`);
  });

  test('a link counts 23 whatever its length, as X counts it', () => {
    const url = `https://example.com/${'a'.repeat(200)}`;
    const text = `${Array(5).fill(BASE).join(' ')} Order here ${url} today.`;
    // 209 + " Order here " (12) + 23 + " today." (7) = 251: one post, the long link included.
    expect(splitThread(text)).toEqual([text]);
  });
});
