// From parsed posts to records: analyse each with the engine in chunks (so a page can show
// progress and stay responsive), then summarise. Shared by the options page (in a worker) and
// the CLI, so both report the same figures.
import * as v from 'valibot';
import { PostRecordSchema } from '../background/validate';
import { analyze } from '../core/analyze';
import { type PostRecord, toRecord } from '../core/model';
import type { EngagementReading } from '../core/outcomes/types';
import { INTENTS, type Intent } from '../core/types';
import {
  type ImportedPost,
  type ImportFormat,
  LIMITS,
  type ParseResult,
  SKIP_LABELS,
  type SkipReason,
} from './types';

/**
 * Why the background's door would refuse this record, in words; null when it is fine. The one
 * check of a record: the options page's worker, the page fallback and the CLI all run
 * it here, before anything is sent, with the very schema the background validates against, so a
 * client-written `createdAt` of 1970 or an over-long id skips that record instead of failing the
 * whole import at the door with "invalid message at records.0.time".
 */
export function recordProblem(record: PostRecord): string | null {
  const r = v.safeParse(PostRecordSchema, record);
  if (r.success) return null;
  const issue = r.issues[0];
  const field = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  if (field === 'time') {
    const t = record.time;
    const date =
      Number.isFinite(t) && Math.abs(t) < 8.64e15 ? new Date(t).toISOString().slice(0, 10) : String(t);
    return `field "time": the date ${date} is before 2000 or in the future`;
  }
  if (field === 'id') return `the post's id is ${record.id.length} characters long (at most 200)`;
  return `field "${field}": ${issue.message}`;
}

export interface AnalyzeOptions {
  /** Posts per chunk between progress reports / yields. */
  chunk?: number;
  /** After each chunk; `chunk` holds that chunk's records. */
  onProgress?: (done: number, total: number, chunk: PostRecord[]) => void;
  /** Yields to the event loop between chunks (a page's main thread); off in workers and the CLI. */
  yieldBetweenChunks?: boolean;
  /** What to keep of the text (the privacy setting); default: all of it. */
  keepText?: (text: string) => string | undefined;
  /** The import time, the counts' reading time when the archive does not say when it was made. */
  now?: number;
}

/**
 * The reading an archive's counts make: X's reposts and likes, as counted when the archive was
 * made (its manifest's date, else the import time). X archives hold no reply count: replies are
 * recorded as 0, so an archive's engagement is reposts + likes (docs/privacy.md says so).
 */
export function archiveReading(
  post: ImportedPost,
  madeAt: number | undefined,
  now: number,
): EngagementReading | undefined {
  if (!post.counts) return undefined;
  // A manifest dated before the post cannot have counted it: the import time is the honest one.
  const readAt = madeAt !== undefined && madeAt >= post.time ? madeAt : now;
  return { replies: 0, reposts: post.counts.reposts, likes: post.counts.likes, readAt };
}

export async function analyzePosts(parsed: ParseResult, options: AnalyzeOptions = {}): Promise<PostRecord[]> {
  const chunk = options.chunk ?? 500;
  const keep = options.keepText ?? ((t: string) => t);
  const now = options.now ?? Date.now();
  const posts = parsed.posts;
  const records: PostRecord[] = [];
  for (let i = 0; i < posts.length; i += chunk) {
    const end = Math.min(posts.length, i + chunk);
    const from = records.length;
    for (let k = i; k < end; k++) {
      const p = posts[k]!;
      const analysis = analyze(p.text, { platform: p.platform, kind: p.kind });
      const text = keep(p.text);
      const record = toRecord(analysis, {
        id: p.id,
        time: p.time,
        composeMs: null,
        source: 'import',
        ...(text === undefined ? {} : { text }),
      });
      const reading = archiveReading(p, parsed.madeAt, now);
      if (reading) record.engagement = reading;
      const problem = recordProblem(record);
      if (problem === null) records.push(record);
      else {
        parsed.skipped.invalid++;
        if (parsed.warnings.length < LIMITS.maxWarnings)
          parsed.warnings.push(`${p.where ?? p.id}: ${problem}`);
      }
    }
    options.onProgress?.(end, posts.length, records.slice(from));
    if (options.yieldBetweenChunks) await new Promise((r) => setTimeout(r, 0));
  }
  return records;
}

/** The message when an archive held items but none could be read (the CLI and the page both stop). */
export function nothingReadable(parsed: ParseResult, records: PostRecord[]): string | null {
  if (records.length > 0 || parsed.skipped.invalid === 0) return null;
  return `no item could be read; first problem: ${parsed.warnings[0] ?? 'unknown'}`;
}

export interface ImportSummary {
  format: ImportFormat;
  files: string[];
  posts: number;
  replies: number;
  comments: number;
  skipped: Record<SkipReason, number>;
  skippedTotal: number;
  /** ISO 8601, UTC; null when nothing was imported. */
  first: string | null;
  last: string | null;
  intent: Record<Intent, number>;
  qualityMedian: number | null;
  warnings: string[];
  /** Records that carry the archive's counts (X only; every other archive has none). */
  withCounts: number;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = Float64Array.from(values).sort();
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function summarize(parsed: ParseResult, records: PostRecord[]): ImportSummary {
  const intent = Object.fromEntries(INTENTS.map((i) => [i, 0])) as Record<Intent, number>;
  let posts = 0;
  let replies = 0;
  let comments = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const r of records) {
    if (r.kind === 'post') posts++;
    else if (r.kind === 'reply') replies++;
    else comments++;
    intent[r.intent]++;
    if (r.time < first) first = r.time;
    if (r.time > last) last = r.time;
  }
  const skippedTotal = Object.values(parsed.skipped).reduce((a, b) => a + b, 0);
  return {
    format: parsed.format,
    files: parsed.files,
    posts,
    replies,
    comments,
    skipped: { ...parsed.skipped },
    skippedTotal,
    first: records.length ? new Date(first).toISOString() : null,
    last: records.length ? new Date(last).toISOString() : null,
    intent,
    qualityMedian: median(records.map((r) => r.quality)),
    warnings: parsed.warnings,
    withCounts: records.filter((r) => r.engagement).length,
  };
}

/** The archives whose posts carry their counts; the others say so in the report. */
export const FORMATS_WITH_COUNTS: readonly ImportFormat[] = ['x'];

export const FORMAT_NAMES: Record<ImportFormat, string> = {
  x: 'X',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
  instagram: 'Instagram',
};

/**
 * What the report says about counts: how many posts brought their likes and reposts (X), or
 * that this kind of archive carries none (LinkedIn, Facebook/Instagram, Mastodon, Bluesky).
 */
export function countsLine(s: ImportSummary): string {
  if (!FORMATS_WITH_COUNTS.includes(s.format))
    return `${FORMAT_NAMES[s.format]} archives carry no counts of replies, reposts or likes: these posts have none yet`;
  const total = s.posts + s.replies + s.comments;
  return `${n(s.withCounts)} of ${plural(total, 'post')} carry their likes and reposts from the archive (X archives hold no reply counts)`;
}

const n = (v: number) => v.toLocaleString('en-US');
const plural = (v: number, one: string, many = `${one}s`) => `${n(v)} ${v === 1 ? one : many}`;

/** "1,204 posts, 312 replies imported; 88 reposts skipped" */
export function reportLine(s: ImportSummary, verb = 'imported'): string {
  const got = [plural(s.posts, 'post'), plural(s.replies, 'reply', 'replies')];
  if (s.comments) got.push(plural(s.comments, 'comment'));
  const skipped = (Object.entries(s.skipped) as [SkipReason, number][])
    .filter(([, v]) => v > 0)
    .map(([k, v]) => `${n(v)} ${k === 'repost' ? (v === 1 ? 'repost' : 'reposts') : SKIP_LABELS[k]}`);
  return `${got.join(', ')} ${verb}${skipped.length ? `; ${skipped.join(', ')} skipped` : ''}`;
}
