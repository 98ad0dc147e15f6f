// The background's door: every message is parsed against its schema (unknown keys are
// dropped, sizes bounded) and its sender checked before anything is written.
import * as v from 'valibot';
import { RECORD_VERSION } from '../core/model';
import { INTENTS, KINDS, LANGUAGES, PLATFORMS, REASONS } from '../core/types';
import type { Assert, CStoBG, Equal, Message } from '../messages';

const MAX_TEXT = 100_000;
const EARLIEST = Date.UTC(2000, 0, 1);

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const score = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100));
const count = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(10_000_000));
const time = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(EARLIEST),
  v.check((t) => t <= Date.now() + 86_400_000, 'time is in the future'),
);
/** First keystroke to send: a draft may stay open for days (a tab left overnight). */
const composeMs = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(366 * 86_400_000));
const platform = v.picklist(PLATFORMS);
const kind = v.picklist(KINDS);
const language = v.picklist(LANGUAGES);
const intent = v.picklist(INTENTS);
const reason = v.picklist(REASONS);
const severity = v.picklist(['tip', 'warn', 'error'] as const);
const intentScores = v.object({ selling: count, listening: count, sharing: count });
const range = { start: count, end: count };
const evidence = v.object({ ...range, text: v.pipe(v.string(), v.maxLength(MAX_TEXT)) });
const message = v.object({
  id: v.pipe(v.string(), v.maxLength(200)),
  params: v.optional(v.pipe(v.array(v.union([v.string(), v.number()])), v.maxLength(20))),
});
const entity = v.object({ ...range, text: v.pipe(v.string(), v.maxLength(MAX_TEXT)) });
const entities = v.pipe(v.array(entity), v.maxLength(10_000));

export const AnalysisSchema = v.object({
  version: v.literal(1),
  language,
  platform,
  kind,
  counts: v.object({
    characters: count,
    graphemes: count,
    words: count,
    sentences: count,
    weighted: count,
    limit: count,
    over: count,
  }),
  entities: v.object({
    hashtags: entities,
    mentions: entities,
    urls: entities,
    cashtags: entities,
    emoji: entities,
  }),
  intent: v.object({
    label: intent,
    scores: intentScores,
    evidence: v.pipe(
      v.array(v.object({ ...range, text: v.string(), intent, cue: v.string(), weight: v.number() })),
      v.maxLength(1000),
    ),
  }),
  quality: score,
  voice: score,
  findings: v.pipe(
    v.array(
      v.object({
        rule: id,
        reason,
        severity,
        message,
        evidence: v.pipe(v.array(evidence), v.maxLength(1000)),
        suggestion: message,
        penalty: v.pipe(v.number(), v.finite()),
        score: v.picklist(['quality', 'voice', 'none'] as const),
      }),
    ),
    v.maxLength(500),
  ),
});

/** A reading of a post's public counts (src/core/outcomes/types.ts `EngagementReading`). */
// A viral post's views pass ten million; a public count is still a whole number.
const tally = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e12));
export const EngagementSchema = v.object({
  replies: tally,
  reposts: tally,
  likes: tally,
  views: v.optional(tally),
  readAt: time,
});

export const PostRecordSchema = v.object({
  id,
  v: v.literal(RECORD_VERSION),
  time,
  platform,
  kind,
  language,
  intent,
  intentScores,
  quality: score,
  voice: score,
  findings: v.pipe(v.array(v.object({ rule: id, reason, severity })), v.maxLength(500)),
  characters: count,
  composeMs: v.nullable(composeMs),
  source: v.picklist(['live', 'import', 'manual'] as const),
  text: v.optional(v.pipe(v.string(), v.maxLength(MAX_TEXT))),
  engagement: v.optional(EngagementSchema),
});

const week = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const kpiName = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60));

export const KpiEntrySchema = v.object({ week, kpi: kpiName, value: v.pipe(v.number(), v.finite()), time });

export const MessageSchema = v.variant('type', [
  v.object({
    type: v.literal('post/sent'),
    draftId: id,
    platform,
    kind,
    time,
    composeMs,
    text: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
    analysis: AnalysisSchema,
    manual: v.optional(v.literal(true)),
  }),
  v.object({
    type: v.literal('counts/read'),
    platform,
    handle: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
    // A profile page shows a few dozen posts; the content script sends at most COUNTS_BATCH.
    posts: v.pipe(
      v.array(
        v.object({
          text: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TEXT)),
          time: v.nullable(time),
          replies: v.optional(count),
          reposts: count,
          likes: count,
          views: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1e12))),
        }),
      ),
      v.minLength(1),
      v.maxLength(100),
    ),
  }),
  v.object({ type: v.literal('post/delete'), id }),
  v.object({
    type: v.literal('posts/put'),
    records: v.pipe(v.array(PostRecordSchema), v.maxLength(100_000)),
  }),
  v.object({
    type: v.literal('kpi/put'),
    week,
    kpi: kpiName,
    value: v.nullable(v.pipe(v.number(), v.finite(), v.minValue(-1e12), v.maxValue(1e12))),
  }),
  v.object({ type: v.literal('data/deleteAll') }),
  v.object({
    type: v.literal('data/restore'),
    posts: v.pipe(v.array(PostRecordSchema), v.maxLength(1_000_000)),
    kpis: v.pipe(v.array(KpiEntrySchema), v.maxLength(100_000)),
    importId: v.optional(id),
    count: v.optional(count),
    // Any object: the settings schema (normalizeSettings) keeps what is valid and caps it.
    settings: v.optional(v.record(v.string(), v.unknown())),
  }),
  v.object({ type: v.literal('data/applySettings') }),
  // Archive import (src/background/import.ts): staged chunks, then one commit.
  v.object({
    type: v.literal('import/stage'),
    importId: id,
    seq: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
    records: v.pipe(v.array(PostRecordSchema), v.maxLength(5_000)),
    restore: v.optional(v.boolean()),
  }),
  v.object({ type: v.literal('import/commit'), importId: id, count }),
  v.object({ type: v.literal('import/abort'), importId: id }),
  v.object({
    type: v.literal('outcomes/get'),
    timeZone: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  }),
]);

/** tsc fails here when the door and the protocol (src/messages.ts) disagree on any message or field. */
export type SchemaMatchesProtocol = Assert<Equal<v.InferOutput<typeof MessageSchema>, Message>>;

export type ParseResult = { ok: true; message: Message } | { ok: false; error: string };

/** Parses an unknown value into a Message, or says what was wrong (first issue, with its path). */
export function parseMessage(raw: unknown): ParseResult {
  const r = v.safeParse(MessageSchema, raw);
  if (r.success) return { ok: true, message: r.output as Message };
  const issue = r.issues[0];
  const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, error: `invalid message${path ? ` at ${path}` : ''}: ${issue?.message ?? 'unknown'}` };
}

/** The minimal view of `runtime.MessageSender` the checks need. */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** The types our content scripts send: src/messages.ts `CStoBG`, which tsc holds this list to. */
const CONTENT_TYPES = ['post/sent', 'counts/read'] as const;
export type ContentTypesListed = Assert<Equal<(typeof CONTENT_TYPES)[number], CStoBG['type']>>;
const FROM_CONTENT: readonly string[] = CONTENT_TYPES;

/**
 * Who may send what, by direction: a CStoBG message only from our own content scripts (a tab, a
 * web page's URL); a UItoBG message only from our own pages (popup, options: the extension's origin).
 */
export function senderAllowed(
  type: Message['type'],
  sender: SenderLike,
  extensionId: string,
  origin: string,
): boolean {
  if (sender.id !== extensionId) return false;
  const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(origin);
  if (FROM_CONTENT.includes(type)) return !fromOwnPage && sender.tab !== undefined;
  return fromOwnPage;
}
