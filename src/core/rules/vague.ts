import { finding, type Rule } from './rule';

// A number is the cheapest detail there is (a time, a price, a size, a date): with one, a teaser
// has something to stand on ("Stay tuned: doors open at 9 on Saturday").
const DIGIT = /[0-9০-৯]/;

/** "Something big is coming, stay tuned": a promise of news that gives none. */
export const vague: Rule = {
  id: 'vague',
  reason: 'content',
  appliesTo: (d) => d.kind === 'post',
  check(d) {
    const cues = d.cuesOf('content.vague');
    if (cues.length === 0 || DIGIT.test(d.text)) return [];
    return [
      finding(vague, d.text, {
        severity: 'warn',
        message: ['f_vague_teaser', d.text.slice(cues[0]!.start, cues[0]!.end)],
        suggestion: ['s_vague_teaser'],
        evidence: cues,
        penalty: 10,
        score: 'quality',
      }),
    ];
  },
};
