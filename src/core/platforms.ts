import type { Platform } from './types';

/** How a platform counts a draft against its limit. */
export type Counting = 'twitter' | 'mastodon' | 'graphemes' | 'characters';

export interface PlatformSpec {
  /** Maximum length in the platform's own counting. */
  limit: number;
  counting: Counting;
  /**
   * Characters visible before the feed folds the post behind "see more" (desktop), or 0 where
   * the platform shows the whole post.
   */
  fold: number;
  /** Most hashtags worth using; above it the rule nudges. */
  maxHashtags: number;
  /** Most links the platform accepts or rewards in one post. */
  maxLinks: number;
  /** Hashtags belong at the end of the post here (they break the reading flow in the middle). */
  hashtagsAtEnd: boolean;
}

// Sources, one per number:
// - X: 280 weighted characters, twitter-text v3 config (github.com/twitter/twitter-text, config/v3.json).
//   X shows the whole post in the timeline up to 280, so no fold.
// - LinkedIn: 3,000 characters for a post (LinkedIn Help "Share a post"); the desktop feed folds
//   after about 210 characters (~140 on mobile), measured in DESIGN.md.
// - Facebook: 63,206 characters (Facebook's composer limit); folds after about 477 characters on
//   desktop (~125 on mobile), DESIGN.md.
// - Instagram: 2,200-character caption and at most 5 hashtags since December 2025 (Instagram
//   Help Center / Creators announcement); the caption folds after about 125 characters.
// - Threads: 500 characters, at most 5 links and one topic tag (Threads Help Center).
// - Mastodon: 500 characters by default, servers can change it (mastodon/mastodon
//   app/validators/status_length_validator.rb: MAX_CHARS = 500, URLs counted as 23).
// - Bluesky: 300 graphemes (app.bsky.feed.post lexicon, text maxGraphemes: 300).
// - Reddit: 300-character titles (Reddit Help "posting"); bodies vary by community, 40,000 for
//   a self post body is the site-wide maximum (Reddit Help), used here as the limit.
// - generic: no platform limit; a long practical ceiling keeps counts meaningful.
export const PLATFORM_SPECS: Record<Platform, PlatformSpec> = {
  x: { limit: 280, counting: 'twitter', fold: 0, maxHashtags: 2, maxLinks: 1, hashtagsAtEnd: false },
  linkedin: {
    limit: 3000,
    counting: 'characters',
    fold: 210,
    maxHashtags: 5,
    maxLinks: 1,
    hashtagsAtEnd: true,
  },
  facebook: {
    limit: 63206,
    counting: 'characters',
    fold: 477,
    maxHashtags: 3,
    maxLinks: 1,
    hashtagsAtEnd: true,
  },
  instagram: {
    limit: 2200,
    counting: 'characters',
    fold: 125,
    maxHashtags: 5,
    maxLinks: 0,
    hashtagsAtEnd: true,
  },
  threads: { limit: 500, counting: 'characters', fold: 0, maxHashtags: 1, maxLinks: 5, hashtagsAtEnd: false },
  mastodon: { limit: 500, counting: 'mastodon', fold: 0, maxHashtags: 5, maxLinks: 2, hashtagsAtEnd: true },
  bluesky: { limit: 300, counting: 'graphemes', fold: 0, maxHashtags: 3, maxLinks: 1, hashtagsAtEnd: false },
  reddit: {
    limit: 40000,
    counting: 'characters',
    fold: 0,
    maxHashtags: 0,
    maxLinks: 3,
    hashtagsAtEnd: false,
  },
  generic: {
    limit: 100000,
    counting: 'characters',
    fold: 0,
    maxHashtags: 5,
    maxLinks: 3,
    hashtagsAtEnd: false,
  },
};

/** Length of the first screen of a post where the platform has no fold: what a reader's eye takes in. */
export const DEFAULT_FOLD = 200;

/** Mastodon and X count every URL as this many characters (t.co / Mastodon's URL placeholder). */
export const URL_WEIGHT = 23;
