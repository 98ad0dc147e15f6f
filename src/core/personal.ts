// Coaching that adapts (issue 14): when a draft goes against what the owner's own counts say
// works ("your link posts get a third of the replies"), the pill says so, beside the general
// rules. The owner's findings arrive in a compact form (the popup learns them, the content
// script reads them); matching them to a draft is pure and cheap: no learning at typing time.

import { featuresOf } from './outcomes/features';
import { featureValue } from './outcomes/learn';
import type { Feature, WhatWorks } from './outcomes/types';
import type { Analysis, Finding, Reason } from './types';

/**
 * The `storage.local` key the popup writes the owner's findings to whenever it learns them, and
 * the content script reads (with its other settings); "delete all data" clears it with the rest.
 */
export const OWNER_FINDINGS_KEY = 'ownerFindings';

/** One clear finding of the owner's, as the content script receives it. */
export interface OwnerFinding {
  feature: Feature;
  value: string;
  /** (group median + 1) / (others' median + 1), as learn.ts measures it. */
  ratio: number;
  n: number;
  others: number;
}

/** The habits a draft shows as it is written, and which reason's nudges they belong with. */
const HABITS: Partial<Record<Feature, Reason>> = {
  link: 'audience',
  hashtags: 'audience',
  length: 'content',
  intent: 'listening',
  question: 'listening',
};

/** The most the pill says from the owner's own counts at once. */
export const MAX_PERSONAL = 2;

/** The owner's clear findings about habits, for the content script (at most a dozen). */
export function ownerFindings(w: WhatWorks): OwnerFinding[] {
  if (w.status !== 'ok') return [];
  return w.effects
    .filter((e) => e.clear && HABITS[e.feature] !== undefined && Number.isFinite(e.ratio) && e.ratio > 0)
    .slice(0, 12)
    .map((e) => ({ feature: e.feature, value: e.value, ratio: e.ratio, n: e.n, others: e.others }));
}

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
