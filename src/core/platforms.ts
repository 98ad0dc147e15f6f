import type { Platform } from './types';

/**
 * How a platform counts a draft against its limit: `characters` in UTF-16 code units, and
 * `emoji-bytes` in code points with every emoji as its UTF-8 byte length (text/count.ts).
 */
export type Counting = 'twitter' | 'mastodon' | 'graphemes' | 'characters' | 'emoji-bytes';

/**
 * What a hashtag count above `maxHashtags` is: `advice` (the post goes out; the rule nudges),
 * `refused` (the platform will not take it), `topic` (the platform takes one topic tag per post,
 * `refused` with its own message) or `text` (the platform has no hashtags at all: any tag is a
 * word with a # in front).
 */
export type TagLimit = 'advice' | 'refused' | 'topic' | 'text';

export interface PlatformSpec {
  /** Maximum length in the platform's own counting. */
  limit: number;
  counting: Counting;
  /**
   * Characters visible before the feed folds the post behind "see more" (desktop), or 0 where
   * the platform shows the whole post.
   */
  fold: number;
  /** Most hashtags worth using or allowed; above it the rule nudges or, where `tagLimit` says so, errs. */
  maxHashtags: number;
  tagLimit: TagLimit;
  /** Most links the platform accepts or rewards in one post. */
  maxLinks: number;
  /** More links than `maxLinks` is refused by the platform (an error), not only advised against. */
  linksRefused: boolean;
  /** Hashtags belong at the end of the post here (they break the reading flow in the middle). */
  hashtagsAtEnd: boolean;
}

// Sources, one per number:
// - X: 280 weighted characters, twitter-text v3 config (github.com/twitter/twitter-text, config/v3.json).
//   X shows the whole post in the timeline up to 280, so no fold.
// - LinkedIn: 3,000 characters for a post (LinkedIn Help "Share a post"); the desktop feed folds
//   after about 210 characters (~140 on mobile), as measured on the desktop and mobile feeds.
// - Facebook: 63,206 characters (Facebook's composer limit); folds after about 477 characters on
//   desktop (~125 on mobile), as measured on the feeds.
// - Instagram: 2,200-character caption and at most 5 hashtags since December 2025 (Instagram
//   Help Center / Creators announcement): more are refused; the caption folds after about 125
//   characters.
// - Threads: 500 characters, emoji counted as their UTF-8 bytes (Threads API "Posts",
//   developers.facebook.com/documentation/threads/posts: "Text posts are limited to 500
//   characters. Emojis are counted as the number of UTF-8 bytes."); at most 5 links, refused
//   above (Threads API "Text attachments": "Starting December 22, 2025, Threads posts containing
//   more than 5 links will fail to post… THREADS_API__LINK_LIMIT_EXCEEDED"); one topic tag per
//   post (Threads Help Center; Ayrshare's Threads API notes: "Threads only allows 1 hashtag per
//   post", ayrshare.com/apis/post/social-networks/threads).
// - Mastodon: 500 characters by default, servers can change it (mastodon/mastodon
//   app/validators/status_length_validator.rb: MAX_CHARS = 500, URLs counted as 23).
// - Bluesky: 300 graphemes (app.bsky.feed.post lexicon, text maxGraphemes: 300).
// - Reddit: 300-character titles (Reddit Help "posting"); bodies vary by community, 40,000 for
//   a self post body is the site-wide maximum (Reddit Help), used here as the limit. Reddit has
//   no hashtags (communities take their place: "Exceptionally, Reddit doesn't have hashtags",
//   virtualcuriosities.com/?p=2104; Reddit's co-founder on hashtags, siliconrepublic.com,
//   9 Nov 2016): a tag there is plain text.
// - Hashtag and link counts that are advice, not limits (X 2, LinkedIn 5, Facebook 3, Mastodon 5,
//   Bluesky 3; links 1–3): the readability and reach reasons are in docs/scoring.md.
// - generic: no platform limit; a long practical ceiling keeps counts meaningful.
export const PLATFORM_SPECS: Record<Platform, PlatformSpec> = {
  x: {
    limit: 280,
    counting: 'twitter',
    fold: 0,
    maxHashtags: 2,
    tagLimit: 'advice',
    maxLinks: 1,
    linksRefused: false,
    hashtagsAtEnd: false,
  },
  linkedin: {
    limit: 3000,
    counting: 'characters',
    fold: 210,
    maxHashtags: 5,
    tagLimit: 'advice',
    maxLinks: 1,
    linksRefused: false,
    hashtagsAtEnd: true,
  },
  facebook: {
    limit: 63206,
    counting: 'characters',
    fold: 477,
    maxHashtags: 3,
    tagLimit: 'advice',
    maxLinks: 1,
    linksRefused: false,
    hashtagsAtEnd: true,
  },
  instagram: {
    limit: 2200,
    counting: 'characters',
    fold: 125,
    maxHashtags: 5,
    tagLimit: 'refused',
    maxLinks: 0,
    linksRefused: false,
    hashtagsAtEnd: true,
  },
  threads: {
    limit: 500,
    counting: 'emoji-bytes',
    fold: 0,
    maxHashtags: 1,
    tagLimit: 'topic',
    maxLinks: 5,
    linksRefused: true,
    hashtagsAtEnd: false,
  },
  mastodon: {
    limit: 500,
    counting: 'mastodon',
    fold: 0,
    maxHashtags: 5,
    tagLimit: 'advice',
    maxLinks: 2,
    linksRefused: false,
    hashtagsAtEnd: true,
  },
  bluesky: {
    limit: 300,
    counting: 'graphemes',
    fold: 0,
    maxHashtags: 3,
    tagLimit: 'advice',
    maxLinks: 1,
    linksRefused: false,
    hashtagsAtEnd: false,
  },
  reddit: {
    limit: 40000,
    counting: 'characters',
    fold: 0,
    maxHashtags: 0,
    tagLimit: 'text',
    maxLinks: 3,
    linksRefused: false,
    hashtagsAtEnd: false,
  },
  generic: {
    limit: 100000,
    counting: 'characters',
    fold: 0,
    maxHashtags: 5,
    tagLimit: 'advice',
    maxLinks: 3,
    linksRefused: false,
    hashtagsAtEnd: false,
  },
};

/** Length of the first screen of a post where the platform has no fold: what a reader's eye takes in. */
export const DEFAULT_FOLD = 200;

/** Mastodon and X count every URL as this many characters (t.co / Mastodon's URL placeholder). */
export const URL_WEIGHT = 23;
