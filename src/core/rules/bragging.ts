import { finding, type Rule } from './rule';

// One superlative is enthusiasm; two is a claim readers discount; four is an advert.
const MIN = 2;
const MANY = 4;

export const bragging: Rule = {
  id: 'bragging',
  reason: 'voice',
  check(d) {
    const cues = d.cuesOf('voice.brag');
    if (cues.length < MIN) return [];
    return [
      finding(bragging, d.text, {
        severity: cues.length >= MANY ? 'warn' : 'tip',
        message: ['f_voice_brag', cues.length],
        suggestion: ['s_voice_brag'],
        evidence: cues,
        penalty: cues.length >= MANY ? 10 : 5,
        score: 'voice',
      }),
    ];
  },
};
