// Shapes shared by every archive parser. Parsers are pure: bytes in, posts out, no DOM and no
// browser API, so the options page (in a worker), the CLI and the tests all call the same code.
import type { Kind, Platform } from '../core/types';

export const FORMATS = ['x', 'mastodon', 'bluesky', 'linkedin', 'facebook', 'instagram'] as const;
export type ImportFormat = (typeof FORMATS)[number];

/** One post read out of an archive, before analysis. */
export interface ImportedPost {
  /** `<platform>:<the platform's own post id>`, or a hash of time and text where there is none. */
  id: string;
  platform: Platform;
  kind: Kind;
  /** ms since the epoch, UTC. */
  time: number;
  text: string;
  /** Where it was read, e.g. `tweets.js, item 3`: named in the warning if the record is refused. */
  where?: string;
  /**
   * The public counts the archive carried (X: `retweet_count`, `favorite_count`); absent where the
   * archive has none (every other format) or the fields were unreadable. X archives hold no reply
   * count, so none is claimed here.
   */
  counts?: { reposts: number; likes: number };
}

/** Why an item in an archive was not imported. */
export const SKIP_REASONS = ['repost', 'direct', 'no-text', 'too-long', 'duplicate', 'invalid'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export const SKIP_LABELS: Record<SkipReason, string> = {
  repost: 'reposts without your own text',
  direct: 'direct messages (never imported)',
  'no-text': 'items without text',
  'too-long': 'texts longer than any platform allows',
  duplicate: 'duplicates inside the archive',
  invalid: 'items with a missing or unreadable field',
};

export interface ParseResult {
  format: ImportFormat;
  /** The file(s) the posts were read from, e.g. `twitter.zip › data/tweets.js`. */
  files: string[];
  posts: ImportedPost[];
  skipped: Record<SkipReason, number>;
  /** Items skipped as `invalid`, each with where and why (at most MAX_WARNINGS kept). */
  warnings: string[];
  /** When the archive was made (X: data/manifest.js `generationDate`), ms; the counts' reading time. */
  madeAt?: number;
}

/** Where in an input something went wrong. */
export interface ErrorPlace {
  file: string;
  line?: number;
  column?: number;
  /** Byte offset (binary formats). */
  offset?: number;
  /** Which item (0-based index into the archive's list), when known. */
  item?: number;
  field?: string;
}

/** A problem that stops the import. Its message names what was wrong and where. */
export class ImportError extends Error {
  readonly place: ErrorPlace;
  readonly problem: string;
  constructor(problem: string, place: ErrorPlace) {
    super(`${describePlace(place)}: ${problem}`);
    this.name = 'ImportError';
    this.problem = problem;
    this.place = place;
  }
}

export function describePlace(place: ErrorPlace): string {
  const parts = [place.file];
  if (place.line !== undefined)
    parts.push(`line ${place.line}${place.column ? `, column ${place.column}` : ''}`);
  if (place.offset !== undefined) parts.push(`byte ${place.offset}`);
  if (place.item !== undefined) parts.push(`item ${place.item + 1}`);
  if (place.field !== undefined) parts.push(`field "${place.field}"`);
  return parts.join(', ');
}

/** Limits that keep a hostile or broken file from taking the page down. */
export const LIMITS = {
  /** Largest single file we read whole (a JSON, CSV or CAR file, or one entry of a zip). */
  maxFileBytes: 512 * 1024 * 1024,
  /** Largest total we inflate out of one zip. */
  maxZipTotalBytes: 1024 * 1024 * 1024,
  /** Entries this large or larger must not inflate more than maxZipRatio times their size. */
  zipRatioFloorBytes: 1024 * 1024,
  maxZipRatio: 200,
  /** No platform allows a post this long (Facebook's 63,206 is the largest); longer is skipped. */
  maxPostChars: 100_000,
  maxWarnings: 50,
} as const;

/** Random access to an input: bytes in memory, a File/Blob in the browser, a file in Node. */
export interface Source {
  name: string;
  size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

export function bytesSource(name: string, bytes: Uint8Array): Source {
  return {
    name,
    size: bytes.length,
    read: async (offset, length) => bytes.subarray(offset, Math.min(bytes.length, offset + length)),
  };
}

/** Collects posts and skip counts while a parser walks an archive. */
export class Collector {
  readonly posts: ImportedPost[] = [];
  readonly skipped: Record<SkipReason, number> = emptySkips();
  readonly warnings: string[] = [];
  private readonly seen = new Set<string>();

  /** Parent ids of replies, to tell the owner's own threads from replies to others. */
  private readonly parents = new Map<string, string>();

  /** `parent`: the id (in our `<platform>:<id>` form) of the post this one replies to, if known. */
  add(post: ImportedPost, parent?: string): void {
    if (post.text.length > LIMITS.maxPostChars) {
      this.skip('too-long');
      return;
    }
    if (this.seen.has(post.id)) {
      this.skip('duplicate');
      return;
    }
    this.seen.add(post.id);
    if (parent && post.kind === 'reply') this.parents.set(post.id, parent);
    this.posts.push(post);
  }

  skip(reason: SkipReason, warning?: string): void {
    this.skipped[reason]++;
    if (warning && this.warnings.length < LIMITS.maxWarnings) this.warnings.push(warning);
  }

  /** When the archive was made, where it says (the time its counts were read). */
  madeAt?: number;

  result(format: ImportFormat, files: string[]): ParseResult {
    // A reply to one of the owner's own posts in the same archive continues a thread: that is
    // posting, not a conversation with someone else.
    for (const post of this.posts) {
      const parent = this.parents.get(post.id);
      if (parent !== undefined && this.seen.has(parent)) post.kind = 'post';
    }
    this.posts.sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const result: ParseResult = {
      format,
      files,
      posts: this.posts,
      skipped: this.skipped,
      warnings: this.warnings,
    };
    if (this.madeAt !== undefined) result.madeAt = this.madeAt;
    return result;
  }
}

export function emptySkips(): Record<SkipReason, number> {
  return { repost: 0, direct: 0, 'no-text': 0, 'too-long': 0, duplicate: 0, invalid: 0 };
}
