import type { Intent, Message, Platform } from '../types';

/**
 * One reading of a post's public counts, as the site showed them to the owner (or as an archive
 * carried them). Counts change, so a reading keeps the time it was taken; the latest one wins.
 */
export interface EngagementReading {
  replies: number;
  reposts: number;
  likes: number;
  /** Views/impressions where the site shows them (X, LinkedIn); absent elsewhere. */
  views?: number;
  /** When the counts were read, ms since the epoch. */
  readAt: number;
}

/** One of the owner's posts with its latest reading: the input to learning what works. */
export interface OutcomePost {
  text: string;
  /** When it was posted, ms since the epoch. */
  time: number;
  platform: Platform;
  reading: EngagementReading;
  /** Whether the post carried an image or video; unknown (absent) for most live records. */
  media?: boolean;
}

/** A post's groups, one value per feature (null where the feature is unknown for the post). */
export const FEATURES = [
  'question',
  'link',
  'textOnly',
  'hashtags',
  'length',
  'intent',
  'weekday',
  'hour',
] as const;
export type Feature = (typeof FEATURES)[number];

export type HashtagBand = '0' | '1-3' | '4+';
export type LengthBand = 'short' | 'medium' | 'long';
/** Hours of the owner's day: night 0–5, morning 6–11, afternoon 12–17, evening 18–23. */
export type HourBand = 'night' | 'morning' | 'afternoon' | 'evening';

export interface PostFeatures {
  question: boolean;
  link: boolean;
  textOnly: boolean | null;
  hashtags: HashtagBand;
  length: LengthBand;
  intent: Intent;
  /** 0 = Sunday, in the owner's time zone. */
  weekday: number;
  hour: HourBand;
}

/** One group of the owner's posts (e.g. "has a link") compared with the rest of them. */
export interface GroupEffect {
  feature: Feature;
  value: string;
  /** Posts in the group, and posts outside it (with the feature known). */
  n: number;
  others: number;
  median: number;
  othersMedian: number;
  /** (group median + 1) / (others' median + 1): the +1 keeps an all-zero median finite. */
  ratio: number;
  /** The same ratio against the owner's overall median. */
  vsOverall: number;
  /** Seeded bootstrap percentile interval of `ratio`. */
  low: number;
  high: number;
  /** Two-sided Mann–Whitney p-value of the group against the rest (1 when not tested). */
  p: number;
  /** Big enough groups, an interval that excludes 1 and a rank test that agrees: the data can tell. */
  clear: boolean;
}

export interface WhatWorksFinding {
  effect: GroupEffect;
  /** Who the finding is about ("Your posts that ask a question"), translated first. */
  subject: Message;
  /** The sentence: params [subject, ratio as text, n, others]. */
  message: Message;
}

export interface WhatWorks {
  /** 'too-few': under the minimum number of posts with counts; nothing is claimed. */
  status: 'too-few' | 'ok';
  /** Posts with counts that were used. */
  posts: number;
  minPosts: number;
  overallMedian: number | null;
  effects: GroupEffect[];
  /** At most three, clearest first; empty when nothing is clear. */
  findings: WhatWorksFinding[];
}
