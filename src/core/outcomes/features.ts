import { analyze } from '../analyze';
import { zoned } from '../calendar';
import { PLATFORM_SPECS } from '../platforms';
import type { Analysis, Platform } from '../types';
import type { HashtagBand, HourBand, LengthBand, OutcomePost, PostFeatures } from './types';

/**
 * The groups a post falls in, read from the engine's own analysis (the same question, link,
 * hashtag and intent verdicts the pill shows), and its time in the owner's time zone.
 */
export function featuresOf(post: OutcomePost, timeZone: string, analysis?: Analysis): PostFeatures {
  const a = analysis ?? analyze(post.text, { platform: post.platform, kind: 'post' });
  const link = a.entities.urls.length > 0;
  const when = zoned(post.time, timeZone);
  return {
    question: a.intent.evidence.some((e) => e.cue === 'question'),
    link,
    // Text-only means neither a link nor an image; where media is unknown, so is this group.
    textOnly: post.media === undefined ? null : !link && !post.media,
    hashtags: hashtagBand(a.entities.hashtags.length),
    length: lengthBand(a.counts.weighted, post.platform),
    intent: a.intent.label,
    weekday: when.wd,
    hour: hourBand(when.h),
  };
}

export function hashtagBand(n: number): HashtagBand {
  return n === 0 ? '0' : n <= 3 ? '1-3' : '4+';
}

/**
 * Length bands for the platform. Where the feed folds long posts behind "see more" (LinkedIn,
 * Facebook, Instagram: the fold lengths in platforms.ts), "short" is whatever shows before the
 * fold and "long" is past three folds; where the whole post shows (X, Mastodon, Bluesky,
 * Threads), the bands are thirds of the platform's limit.
 */
export function lengthBand(weighted: number, platform: Platform): LengthBand {
  const spec = PLATFORM_SPECS[platform];
  const [short, medium] = spec.fold > 0 ? [spec.fold, spec.fold * 3] : [spec.limit / 3, (spec.limit * 2) / 3];
  return weighted <= short ? 'short' : weighted <= medium ? 'medium' : 'long';
}

export function hourBand(hour: number): HourBand {
  return hour < 6 ? 'night' : hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening';
}
