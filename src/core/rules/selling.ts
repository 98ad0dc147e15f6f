import type { Finding, Range } from '../types';
import { finding, type Rule } from './rule';

// Urgency cues that, stacked, turn an offer into pressure.
const PRESSURE_CUES = 2;

/** Selling is fine in its place: this rule names it so the owner can hold the mix to the plan. */
export const selling: Rule = {
  id: 'selling',
  reason: 'listening',
  appliesTo: (d) => d.intent.label === 'selling',
  check(d) {
    const out: Finding[] = [];
    const cues: Range[] = d.intent.evidence.filter((e) => e.intent === 'selling');
    const follow = d.cuesOf('sell.follow');
    if (d.kind !== 'post' && follow.length > 0) {
      // Asking strangers to follow or subscribe under someone else's post is how spam reads.
      out.push(
        finding(selling, d.text, {
          severity: 'warn',
          message: ['f_sell_in_comment'],
          suggestion: ['s_sell_in_comment'],
          evidence: follow,
          penalty: 15,
          score: 'voice',
        }),
      );
    } else {
      out.push(
        finding(selling, d.text, {
          severity: 'tip',
          message: ['f_sell_post', cues.length],
          suggestion: [d.cuesOf('listen.ask').length > 0 ? 's_sell_post_keep_question' : 's_sell_post'],
          evidence: cues,
        }),
      );
    }
    const urgency = d.cuesOf('sell.urgency');
    if (urgency.length >= PRESSURE_CUES) {
      out.push(
        finding(selling, d.text, {
          severity: 'warn',
          reason: 'voice',
          message: ['f_sell_pressure', urgency.length],
          suggestion: ['s_sell_pressure'],
          evidence: urgency,
          penalty: 6,
          score: 'voice',
        }),
      );
    }
    return out;
  },
};
