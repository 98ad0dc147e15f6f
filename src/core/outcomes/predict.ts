import { featureValue, findingOf } from './learn';
import { medianRatio } from './stats';
import type { PostFeatures, WhatWorks, WhatWorksFinding } from './types';
import { FEATURES } from './types';

/** Prior weight, in posts, that pulls a small group's effect back toward "no effect". */
export const SHRINK_POSTS = 20;

/**
 * A personal predicted engagement for a draft: the owner's overall median, times each group
 * the draft falls in's ratio to that median, each shrunk toward 1 by n / (n + SHRINK_POSTS) so
 * a group of 6 posts moves the prediction less than a group of 60. Groups are treated as
 * independent (they are not: question posts are often listening posts), which over-counts
 * correlated features but keeps the order of drafts, which is what the eval measures.
 * Null when there is nothing learned yet.
 */
export function predictEngagement(model: WhatWorks, f: PostFeatures): number | null {
  if (model.status !== 'ok' || model.overallMedian === null) return null;
  const overall = model.overallMedian;
  let logSum = 0;
  for (const feature of FEATURES) {
    const value = featureValue(f, feature);
    if (value === null) continue;
    const direct = model.effects.find((e) => e.feature === feature && e.value === value);
    // Yes/no features are measured on their "yes" group; a "no" post is that group's rest.
    const flip = direct ? undefined : model.effects.find((e) => e.feature === feature && e.value === 'true');
    const n = direct ? direct.n : flip && value === 'false' ? flip.others : 0;
    if (n === 0) continue;
    const ratio = direct ? direct.vsOverall : medianRatio(flip!.othersMedian, overall);
    logSum += (n / (n + SHRINK_POSTS)) * Math.log(ratio);
  }
  return (overall + 1) * Math.exp(logSum) - 1;
}

/**
 * The owner's own clear findings that a draft goes against: the groups it falls in whose posts
 * got clearly less than the rest ("your link posts get a third of the replies"), worst first.
 * What a nudge can say beside its general rule; empty until the data can tell.
 */
export function againstWhatWorks(model: WhatWorks, f: PostFeatures): WhatWorksFinding[] {
  if (model.status !== 'ok') return [];
  return model.effects
    .filter((e) => e.clear && e.ratio < 1 && featureValue(f, e.feature) === e.value)
    .sort((a, b) => a.ratio - b.ratio)
    .map(findingOf);
}
