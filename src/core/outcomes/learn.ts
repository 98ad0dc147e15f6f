import type { Message } from '../types';
import { engagementOf } from './engagement';
import { featuresOf } from './features';
import { bootstrapRatio, mannWhitney, median, medianRatio } from './stats';
import type { Feature, GroupEffect, OutcomePost, PostFeatures, WhatWorks, WhatWorksFinding } from './types';
import { FEATURES } from './types';

export interface LearnOptions {
  timeZone: string;
  /** Posts with counts needed before anything is said. */
  minPosts?: number;
  /** Smallest group, and smallest rest, worth comparing. */
  minGroup?: number;
  seed?: number;
  resamples?: number;
  level?: number;
}

export const MIN_POSTS = 20;
export const MIN_GROUP = 6;

/** A post reduced to what learning needs: its groups and its engagement. */
export interface Observation {
  features: PostFeatures;
  engagement: number;
}

/**
 * Posts reduced to observations. A post without a valid time or text (a damaged record, a
 * reading that lost its post) is left out rather than allowed to throw or to count as zero.
 */
export function observe(posts: readonly OutcomePost[], timeZone: string): Observation[] {
  return posts
    .filter((p) => typeof p.text === 'string' && Number.isFinite(p.time) && p.reading != null)
    .map((p) => ({ features: featuresOf(p, timeZone), engagement: engagementOf(p.reading) }));
}

/** The string value of one feature of a post, or null where it is unknown. */
export function featureValue(f: PostFeatures, feature: Feature): string | null {
  const v = f[feature];
  return v === null ? null : String(v);
}

/**
 * Compares each group of the owner's posts with the rest of them. Every group with a value seen
 * in the data is measured; it is `clear` only when both sides have at least `minGroup` posts,
 * the bootstrap interval of the ratio of medians excludes 1 and a rank test agrees (p below
 * 1 − level). Under `minPosts` posts with
 * counts, nothing is measured at all.
 */
export function learnWhatWorks(posts: readonly OutcomePost[], options: LearnOptions): WhatWorks {
  return learnFrom(observe(posts, options.timeZone), options);
}

export function learnFrom(obs: readonly Observation[], options: Omit<LearnOptions, 'timeZone'>): WhatWorks {
  const minPosts = options.minPosts ?? MIN_POSTS;
  const minGroup = options.minGroup ?? MIN_GROUP;
  const level = options.level ?? 0.95;
  const overall = median(obs.map((o) => o.engagement));
  if (obs.length < minPosts || overall === null)
    return {
      status: 'too-few',
      posts: obs.length,
      minPosts,
      overallMedian: overall,
      effects: [],
      findings: [],
    };
  const effects: GroupEffect[] = [];
  let seed = options.seed ?? 1;
  for (const feature of FEATURES) {
    const known = obs.filter((o) => featureValue(o.features, feature) !== null);
    const values = [...new Set(known.map((o) => featureValue(o.features, feature)!))].sort();
    // A yes/no feature is one comparison (the "yes" group); more values compare each with the rest.
    const compared = values.length === 2 && values.includes('true') ? ['true'] : values;
    for (const value of compared) {
      const inGroup = known
        .filter((o) => featureValue(o.features, feature) === value)
        .map((o) => o.engagement);
      const rest = known.filter((o) => featureValue(o.features, feature) !== value).map((o) => o.engagement);
      if (!inGroup.length || !rest.length) continue;
      const m = median(inGroup)!;
      const r = median(rest)!;
      const big = inGroup.length >= minGroup && rest.length >= minGroup;
      const ci = big
        ? bootstrapRatio(inGroup, rest, { seed: seed++, resamples: options.resamples, level })
        : { low: Number.NaN, high: Number.NaN };
      const p = big ? mannWhitney(inGroup, rest).p : 1;
      effects.push({
        feature,
        value,
        n: inGroup.length,
        others: rest.length,
        median: m,
        othersMedian: r,
        ratio: medianRatio(m, r),
        vsOverall: medianRatio(m, overall),
        low: ci.low,
        high: ci.high,
        p,
        clear: big && (ci.low > 1 || ci.high < 1) && p < 1 - level,
      });
    }
  }
  return {
    status: 'ok',
    posts: obs.length,
    minPosts,
    overallMedian: overall,
    effects,
    findings: clearest(effects),
  };
}

/**
 * How clear an effect is: how far the interval's nearer end is from 1, on a log scale (a
 * 1.5–3× interval beats a 1.1–6× one). One finding per feature, so "no hashtags" and "1–3
 * hashtags" do not repeat each other.
 */
export function clarity(e: GroupEffect): number {
  if (!e.clear) return 0;
  return e.low > 1 ? Math.log(e.low) : -Math.log(e.high);
}

function clearest(effects: readonly GroupEffect[], n = 3): WhatWorksFinding[] {
  const picked: WhatWorksFinding[] = [];
  const seen = new Set<Feature>();
  for (const e of [...effects].filter((x) => x.clear).sort((a, b) => clarity(b) - clarity(a))) {
    if (seen.has(e.feature)) continue;
    seen.add(e.feature);
    picked.push(findingOf(e));
    if (picked.length === n) break;
  }
  return picked;
}

/** The message ids of a finding; the card translates the subject and passes it as the first param. */
export function findingOf(e: GroupEffect): WhatWorksFinding {
  const subject = subjectOf(e);
  const more = e.ratio >= 1;
  const factor = more ? e.ratio : 1 / e.ratio;
  const message: Message = {
    id: more ? 'outcome_finding_more' : 'outcome_finding_less',
    params: [Math.round(factor * 10) / 10, e.n, e.others],
  };
  return { effect: e, subject, message };
}

function subjectOf(e: GroupEffect): Message {
  switch (e.feature) {
    case 'question':
    case 'link':
    case 'textOnly':
      return { id: `outcome_subject_${e.feature === 'textOnly' ? 'text_only' : e.feature}` };
    case 'hashtags':
      return {
        id: `outcome_subject_hashtags_${e.value === '0' ? 'none' : e.value === '1-3' ? 'few' : 'many'}`,
      };
    case 'length':
    case 'intent':
    case 'hour':
      return { id: `outcome_subject_${e.feature}_${e.value}` };
    case 'weekday':
      return { id: 'outcome_subject_weekday', params: [Number(e.value)] };
  }
}
