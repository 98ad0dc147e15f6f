import { finding, type Rule } from './rule';

// Three buzzwords in one post and readers stop believing any of them.
const MANY = 3;

export const buzzwords: Rule = {
  id: 'buzzwords',
  reason: 'voice',
  check(d) {
    const cues = d.cuesOf('voice.buzzword');
    if (cues.length === 0) return [];
    return [
      finding(buzzwords, d.text, {
        severity: cues.length >= MANY ? 'warn' : 'tip',
        message: ['f_voice_buzzwords', cues.length],
        suggestion: ['s_voice_buzzwords'],
        evidence: cues,
        penalty: Math.min(15, 4 * cues.length),
        score: 'voice',
      }),
    ];
  },
};
