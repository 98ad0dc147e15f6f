import { cueRule } from './cue-rule';

// Three buzzwords in one post and readers stop believing any of them.
const MANY = 3;

export const buzzwords = cueRule({
  id: 'buzzwords',
  category: 'voice.buzzword',
  severity: (r) => (r.evidence.length >= MANY ? 'warn' : 'tip'),
  message: (r) => ['f_voice_buzzwords', r.evidence.length],
  suggestion: ['s_voice_buzzwords'],
  penalty: (r) => Math.min(15, 4 * r.evidence.length),
});
