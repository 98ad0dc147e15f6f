// Realistic multi-week histories for the habit tests: a dabbler, a seller, a steady listener.
// Deterministic (seeded), so every figure can be recomputed independently in the tests.

import { type FindingRef, type PostRecord, RECORD_VERSION } from '../../src/core/model';
import { seededRandom } from '../../src/core/outcomes/stats';
import type { Intent, Kind, Platform, Reason } from '../../src/core/types';

/** mulberry32, the engine's own seeded PRNG (src/core/outcomes/stats.ts). */
export const rng = seededRandom;

const FINDINGS: Record<Reason, FindingRef[]> = {
  content: [
    { rule: 'hook', reason: 'content', severity: 'warn' },
    { rule: 'wall-of-text', reason: 'content', severity: 'tip' },
  ],
  voice: [
    { rule: 'buzzwords', reason: 'voice', severity: 'warn' },
    { rule: 'bragging', reason: 'voice', severity: 'tip' },
  ],
  listening: [
    { rule: 'selling', reason: 'listening', severity: 'warn' },
    { rule: 'listening', reason: 'listening', severity: 'tip' },
  ],
  audience: [{ rule: 'hashtags', reason: 'audience', severity: 'tip' }],
  plan: [],
  commitment: [],
};

export interface PostInit {
  id: string;
  time: number;
  platform?: Platform;
  kind?: Kind;
  intent?: Intent;
  quality?: number;
  voice?: number;
  findings?: FindingRef[];
  text?: string;
  composeMs?: number | null;
}

export function post(p: PostInit): PostRecord {
  const intent = p.intent ?? 'sharing';
  const r: PostRecord = {
    id: p.id,
    v: RECORD_VERSION,
    time: p.time,
    platform: p.platform ?? 'linkedin',
    kind: p.kind ?? 'post',
    language: 'en',
    intent,
    intentScores: {
      selling: intent === 'selling' ? 2 : 0,
      listening: intent === 'listening' ? 2 : 0,
      sharing: intent === 'sharing' ? 2 : 0,
    },
    quality: p.quality ?? 75,
    voice: p.voice ?? 80,
    findings: p.findings ?? [],
    characters: (p.text ?? 'x').length,
    composeMs: p.composeMs === undefined ? 60_000 : p.composeMs,
    source: 'live',
  };
  if (p.text !== undefined) r.text = p.text;
  return r;
}

const DAY = 86_400_000;

/**
 * Twelve weeks ending at `end` (exclusive), in UTC days.
 * - dabbler: bursts of 2–4 posts in a single day every third week, on random platforms, mediocre quality.
 * - seller: 6–8 posts a week, 70% selling, all on Instagram and Facebook, buzzwords and hooks flagged.
 * - listener: 4–5 posts a week on LinkedIn and Mastodon, many replies, mostly listening/sharing, high quality.
 */
export function history(
  kind: 'dabbler' | 'seller' | 'listener',
  end: number,
  weeks = 12,
  seed = 7,
): PostRecord[] {
  const rand = rng(seed + kind.length);
  const out: PostRecord[] = [];
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const start = end - weeks * 7 * DAY;
  let n = 0;
  for (let w = 0; w < weeks; w++) {
    const weekStart = start + w * 7 * DAY;
    let count: number;
    if (kind === 'dabbler') count = w % 3 === 0 ? 2 + Math.floor(rand() * 3) : 0;
    else if (kind === 'seller') count = 6 + Math.floor(rand() * 3);
    else count = 4 + Math.floor(rand() * 2);
    const burstDay = Math.floor(rand() * 7);
    for (let i = 0; i < count; i++) {
      const day = kind === 'dabbler' ? burstDay : Math.floor((i * 7) / count);
      const time = weekStart + day * DAY + Math.floor((8 + rand() * 12) * 3_600_000);
      let intent: Intent;
      let platform: Platform;
      let pk: Kind = 'post';
      let quality: number;
      let voice: number;
      let findings: FindingRef[];
      if (kind === 'seller') {
        intent = rand() < 0.7 ? 'selling' : 'sharing';
        platform = pick(['instagram', 'facebook'] as const);
        quality = 45 + Math.floor(rand() * 30);
        voice = 40 + Math.floor(rand() * 30);
        findings = [
          ...FINDINGS.voice.slice(0, 1),
          ...(intent === 'selling' ? FINDINGS.listening.slice(0, 1) : []),
          ...FINDINGS.content.slice(0, 1),
        ];
      } else if (kind === 'listener') {
        intent = rand() < 0.6 ? 'listening' : rand() < 0.9 ? 'sharing' : 'selling';
        platform = pick(['linkedin', 'mastodon'] as const);
        pk = rand() < 0.4 ? 'reply' : 'post';
        quality = 75 + Math.floor(rand() * 20);
        voice = 78 + Math.floor(rand() * 20);
        findings = rand() < 0.3 ? FINDINGS.content.slice(1) : [];
      } else {
        intent = pick(['selling', 'sharing', 'sharing', 'listening'] as const);
        platform = pick(['x', 'facebook', 'threads', 'reddit'] as const);
        quality = 50 + Math.floor(rand() * 35);
        voice = 55 + Math.floor(rand() * 30);
        findings = rand() < 0.5 ? FINDINGS.content : FINDINGS.audience;
      }
      out.push(
        post({
          id: `${kind}-${n++}`,
          time,
          platform,
          kind: pk,
          intent,
          quality,
          voice,
          findings,
          text: `${kind} post ${n}`,
          composeMs: 30_000 + Math.floor(rand() * 300_000),
        }),
      );
    }
  }
  return out;
}
