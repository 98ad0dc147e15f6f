import { finding, type Rule } from './rule';

/** Heat in a reply to a customer is read by every other customer too. */
export const hostile: Rule = {
  id: 'hostile',
  reason: 'voice',
  check(d) {
    const cues = d.cuesOf('voice.hostile');
    if (cues.length === 0) return [];
    const answering = d.kind !== 'post';
    return [
      finding(hostile, d.text, {
        severity: answering ? 'error' : 'warn',
        message: [
          answering ? 'f_voice_hostile_reply' : 'f_voice_hostile',
          d.text.slice(cues[0]!.start, cues[0]!.end),
        ],
        suggestion: [answering ? 's_voice_hostile_reply' : 's_voice_hostile'],
        evidence: cues,
        penalty: answering ? 30 : 15,
        score: 'voice',
      }),
    ];
  },
};
