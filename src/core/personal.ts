// Coaching that adapts: when a draft goes against what the owner's own counts say
// works ("your link posts get a third of the replies"), the pill says so, beside the general
// rules. The owner's findings arrive in a compact form (the popup learns them, the content
// script reads them); matching them to a draft is pure and cheap: no learning at typing time.

import { featuresOf } from './outcomes/features';
import { featureValue } from './outcomes/learn';
import { HABITS, type OwnerFinding } from './owner-findings';
import type { Analysis, Finding } from './types';

export type { OwnerFinding } from './owner-findings';

/** The most the pill says from the owner's own counts at once. */
export const MAX_PERSONAL = 2;

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Tips for the habits of this draft that the owner's own posts say work against them: a group
 * the draft falls in whose posts got clearly less than the rest (a link, four hashtags, a
 * selling post), or a yes/no group that got clearly more which the draft is not in (posts that
 * ask a question, when this one asks none). Worst first, at most MAX_PERSONAL; no penalty (the
 * general rules score the draft; this only says what the owner's history says).
 */
export function personalFindings(analysis: Analysis, owner: readonly OwnerFinding[]): Finding[] {
  if (analysis.blank || !owner.length) return [];
  // The draft's groups from its own analysis; its time does not matter to the habits below.
  const f = featuresOf(
    { text: '', time: 0, platform: analysis.platform, reading: NO_READING },
    'UTC',
    analysis,
  );
  const against: { o: OwnerFinding; factor: number }[] = [];
  for (const o of owner) {
    if (HABITS[o.feature] === undefined || !(o.ratio > 0)) continue;
    const value = featureValue(f, o.feature);
    // A question is the one habit said the other way round: posts WITH one got more.
    if (o.feature === 'question') {
      if (o.value === 'true' && value === 'false' && o.ratio > 1) against.push({ o, factor: o.ratio });
    } else if (value === o.value && o.ratio < 1) against.push({ o, factor: 1 / o.ratio });
  }
  return against
    .sort((a, b) => b.factor - a.factor)
    .slice(0, MAX_PERSONAL)
    .map(({ o, factor }) => ({
      rule: 'what-works',
      reason: HABITS[o.feature]!,
      severity: 'tip',
      message: { id: messageId(o), params: [round1(factor), o.n, o.others] },
      evidence: [],
      suggestion: { id: 's_outcome_nudge' },
      penalty: 0,
      score: 'none',
    }));
}

function messageId(o: OwnerFinding): string {
  if (o.feature === 'hashtags')
    return `outcome_nudge_hashtags_${o.value === '0' ? 'none' : o.value === '1-3' ? 'few' : 'many'}`;
  if (o.feature === 'length' || o.feature === 'intent') return `outcome_nudge_${o.feature}_${o.value}`;
  return `outcome_nudge_${o.feature}`;
}

const NO_READING = { replies: 0, reposts: 0, likes: 0, readAt: 0 };
