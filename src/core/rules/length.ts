import { finding, type Rule } from './rule';

// Warn from this share of the limit on, where the count starts to matter while typing.
const NEAR_LIMIT = 0.9;
// Below this many words a post carries no value of its own (a reply or comment may be short).
const MIN_POST_WORDS = 5;
const BARE_POST_WORDS = 3;

export const length: Rule = {
  id: 'length',
  reason: 'audience',
  check(d) {
    const { weighted, limit, over } = d.counts;
    const all = [{ start: 0, end: d.text.length }];
    if (over > 0) {
      return [
        finding(length, d.text, {
          severity: 'error',
          message: ['f_length_over', over, limit],
          suggestion: ['s_length_over', over],
          evidence: [{ start: Math.max(0, d.text.length - over), end: d.text.length }],
          penalty: 30,
          score: 'quality',
        }),
      ];
    }
    // Near the limit only matters where the limit is short enough to reach while writing a post.
    if (limit <= 3000 && weighted >= limit * NEAR_LIMIT) {
      return [
        // Information while typing, not a fault: a tip, so a full draft is not marked down.
        finding(length, d.text, {
          severity: 'tip',
          message: ['f_length_near', limit - weighted, limit],
          suggestion: ['s_length_near'],
          evidence: all,
        }),
      ];
    }
    const realWords = d.words.count - countFlagged(d.wordFlags);
    // analyze() runs no rule on a blank draft, so the text here has words or symbols.
    if (d.kind === 'post' && realWords < MIN_POST_WORDS) {
      // A post under five words ("Cake done.", "New stock in!") gives a follower nothing to act on:
      // a warning, heavier for one or two words.
      const bare = realWords < BARE_POST_WORDS;
      return [
        finding(length, d.text, {
          severity: 'warn',
          reason: 'content',
          message: ['f_length_short', realWords],
          suggestion: ['s_length_short'],
          evidence: all,
          penalty: bare ? 15 : 12,
          score: 'quality',
        }),
      ];
    }
    return [];
  },
};

function countFlagged(flags: Uint8Array): number {
  let n = 0;
  for (const f of flags) if (f) n++;
  return n;
}
