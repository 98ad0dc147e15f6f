import { DEFAULT_FOLD } from '../platforms';
import { finding, type Rule } from './rule';

// A short post is its own hook: the checks start at this many words.
const MIN_WORDS = 12;
// A filler opener is one of the first few words.
const OPENER_WORDS = 3;

/** The first line before the platform's fold decides whether anyone reads on. */
export const hook: Rule = {
  id: 'hook',
  reason: 'content',
  appliesTo: (d) => d.kind === 'post' && d.words.count >= MIN_WORDS,
  check(d) {
    const out = [];
    // Where the reader's eye lands: the first character that is not space, and its line.
    const lineStart = d.text.search(/\S/);
    const first = d.lines.find((l) => l.end > lineStart);
    if (lineStart < 0 || !first) return [];

    const url = d.entities.urls[0];
    const tag = d.entities.hashtags[0];
    if (url && url.start === lineStart) {
      out.push(
        finding(hook, d.text, {
          severity: 'warn',
          message: ['f_hook_link_first'],
          suggestion: ['s_hook_link_first'],
          evidence: [url],
          penalty: 10,
          score: 'quality',
        }),
      );
    } else if (tag && tag.start === lineStart) {
      const run = d.entities.hashtags.filter((h) => h.end <= first.end);
      out.push(
        finding(hook, d.text, {
          severity: 'warn',
          message: ['f_hook_tags_first'],
          suggestion: ['s_hook_tags_first'],
          evidence: run,
          penalty: 8,
          score: 'quality',
        }),
      );
    }

    const filler = d.cuesOf('hook.filler').find((c) => c.first < OPENER_WORDS && c.start < first.end);
    if (filler) {
      out.push(
        finding(hook, d.text, {
          severity: 'warn',
          message: ['f_hook_filler', d.text.slice(filler.start, filler.end)],
          suggestion: ['s_hook_filler'],
          evidence: [filler],
          penalty: 10,
          score: 'quality',
        }),
      );
    }

    const fold = d.spec.fold || DEFAULT_FOLD;
    const sentence = d.sentences[0];
    if (sentence && sentence.end - sentence.start > fold) {
      out.push(
        finding(hook, d.text, {
          severity: 'tip',
          message: ['f_hook_long_first', fold],
          suggestion: ['s_hook_long_first'],
          evidence: [sentence],
          penalty: 5,
          score: 'quality',
        }),
      );
    }
    return out;
  },
};
