import { cueRule } from './cue-rule';

/** Notices from "the management" to "valued customers": a voice nobody answers. */
export const corporate = cueRule({
  id: 'corporate',
  category: 'voice.corporate',
  severity: () => 'warn',
  message: (r, d) => ['f_voice_corporate', d.text.slice(r.evidence[0]!.start, r.evidence[0]!.end)],
  suggestion: ['s_voice_corporate'],
  penalty: (r) => Math.min(20, 10 * r.evidence.length),
});
