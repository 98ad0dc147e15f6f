import { finding, type Rule } from './rule';

/** Notices from "the management" to "valued customers": a voice nobody answers. */
export const corporate: Rule = {
  id: 'corporate',
  reason: 'voice',
  check(d) {
    const cues = d.cuesOf('voice.corporate');
    if (cues.length === 0) return [];
    return [
      finding(corporate, d.text, {
        severity: 'warn',
        message: ['f_voice_corporate', d.text.slice(cues[0]!.start, cues[0]!.end)],
        suggestion: ['s_voice_corporate'],
        evidence: cues,
        penalty: Math.min(20, 10 * cues.length),
        score: 'voice',
      }),
    ];
  },
};
