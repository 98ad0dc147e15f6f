import { wordAt } from '../text/tokenize';
import type { Finding } from '../types';
import { finding, type Rule } from './rule';

// A tag of this many lower-case letters is several words run together (#smallbusinesstips):
// screen readers read it as one word unless each word starts with a capital (CamelCase).
const CAMEL_MIN_LETTERS = 12;
// Words after a hashtag that make it sit "in the middle" rather than at the end.
const WORDS_AFTER = 3;

export const hashtags: Rule = {
  id: 'hashtags',
  reason: 'audience',
  check(d) {
    const tags = d.entities.hashtags;
    if (tags.length === 0) return [];
    const out: Finding[] = [];
    const max = d.spec.maxHashtags;
    const limit = d.spec.tagLimit;
    if (limit === 'text') {
      out.push(
        finding(hashtags, d.text, {
          severity: 'tip',
          message: ['f_tags_reddit'],
          suggestion: ['s_tags_reddit'],
          evidence: tags,
          penalty: 3,
          score: 'quality',
        }),
      );
    } else if (tags.length > max) {
      // Where the platform refuses the post (Instagram above 5, Threads above its one topic tag)
      // it is a limit, not taste (platforms.ts).
      out.push(
        finding(hashtags, d.text, {
          severity: limit === 'advice' ? 'warn' : 'error',
          message: [limit === 'topic' ? 'f_tags_threads' : 'f_tags_many', tags.length, max],
          suggestion: ['s_tags_many', max],
          evidence: tags.slice(max),
          penalty: Math.min(20, 5 * (tags.length - max)),
          score: 'quality',
        }),
      );
    }
    if (d.spec.hashtagsAtEnd) {
      const after = runningWordsAfter(d.wordFlags);
      const middle = tags.filter((t) => after[wordAt(d.words, t.end)]! >= WORDS_AFTER);
      // Tags woven into a sentence read fine when they are few; a cluster mid-post does not.
      if (middle.length >= 3) {
        out.push(
          finding(hashtags, d.text, {
            severity: 'tip',
            message: ['f_tags_middle', middle.length],
            suggestion: ['s_tags_middle'],
            evidence: middle,
            penalty: 3,
            score: 'quality',
          }),
        );
      }
    }
    const runTogether = tags.filter((t) => {
      const body = t.text.slice(1);
      return body.length >= CAMEL_MIN_LETTERS && /^[a-z]+$/.test(body);
    });
    if (runTogether.length > 0) {
      out.push(
        finding(hashtags, d.text, {
          severity: 'tip',
          reason: 'content',
          message: ['f_tags_camel', runTogether[0]!.text],
          suggestion: ['s_tags_camel'],
          evidence: runTogether,
        }),
      );
    }
    return out;
  },
};

/** For each word index, how many words of running text (not URLs or tags) follow from it on. */
function runningWordsAfter(flags: Uint8Array): Int32Array {
  const after = new Int32Array(flags.length + 1);
  for (let i = flags.length - 1; i >= 0; i--) after[i] = after[i + 1]! + (flags[i] ? 0 : 1);
  return after;
}
