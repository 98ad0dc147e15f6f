// The owner's clear findings in the compact form the content script receives: the
// background learns them when the popup asks (`outcomes/get`) and after counts are written
// (src/background/owner-refresh.ts), keeps them in `storage.local`, and
// the pill matches drafts against them (src/core/personal.ts). Types and plain data only, so the
// pages can hold them without the engine.
import type { Feature, WhatWorks } from './outcomes/types';
import type { Reason } from './types';

/**
 * The `storage.local` key the owner's findings are kept under, read by the content script with
 * its other settings; "delete all data" clears it with the rest.
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
export const HABITS: Partial<Record<Feature, Reason>> = {
  link: 'audience',
  hashtags: 'audience',
  length: 'content',
  intent: 'listening',
  question: 'listening',
};

/** The owner's clear findings about habits, for the content script (at most a dozen). */
export function ownerFindings(w: WhatWorks): OwnerFinding[] {
  if (w.status !== 'ok') return [];
  return w.effects
    .filter((e) => e.clear && HABITS[e.feature] !== undefined && Number.isFinite(e.ratio) && e.ratio > 0)
    .slice(0, 12)
    .map((e) => ({ feature: e.feature, value: e.value, ratio: e.ratio, n: e.n, others: e.others }));
}
