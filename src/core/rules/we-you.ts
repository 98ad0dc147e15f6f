import { finding, type Rule } from './rule';

// From this length on, the balance of "we" and "you" says who the post is about.
const MIN_WORDS = 25;
const MIN_WE = 4;

export const weYou: Rule = {
  id: 'we-you',
  reason: 'voice',
  // A reply's "we" takes responsibility ("we're sorry, we'll fix it"): only posts are weighed.
  appliesTo: (d) => d.kind === 'post' && d.words.count >= MIN_WORDS,
  check(d) {
    const we = d.cuesOf('voice.we');
    const you = d.cuesOf('voice.you').length;
    if (we.length < MIN_WE || we.length <= 2 * you + 1) return [];
    return [
      finding(weYou, d.text, {
        severity: 'tip',
        message: ['f_voice_we_you', we.length, you],
        suggestion: ['s_voice_we_you'],
        evidence: we,
        penalty: 6,
        score: 'voice',
      }),
    ];
  },
};
