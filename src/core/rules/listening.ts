import { finding, type Rule } from './rule';

// Any real post (the length rule's five words and up) can ask something. Not 8: a Bengali
// announcement says a whole sentence in five or six words ("বইমেলায় এবার আমাদের স্টল ২১৪ নম্বর।").
const MIN_WORDS = 5;

/** A post that asks nothing gets read, at best; one that asks gets answers. */
export const listening: Rule = {
  id: 'listening',
  reason: 'listening',
  appliesTo: (d) => d.kind === 'post' && d.words.count >= MIN_WORDS && d.intent.label !== 'listening',
  check(d) {
    const asks = d.intent.evidence.some(
      (e) => e.intent === 'listening' && (e.cue === 'question' || e.cue === 'listen.ask'),
    );
    if (asks) return [];
    return [
      finding(listening, d.text, {
        severity: 'tip',
        message: ['f_listen_no_question'],
        suggestion: [d.intent.label === 'selling' ? 's_listen_no_question_selling' : 's_listen_no_question'],
        // Small: a post may well stand alone, but questions earn the comments feeds rank on
        // (docs/scoring.md). An offer is not marked down for it: its job is the offer.
        penalty: d.intent.label === 'selling' ? 0 : 4,
        score: 'quality',
      }),
    ];
  },
};
