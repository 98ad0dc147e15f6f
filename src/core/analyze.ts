// PROVISIONAL: replaced by the real engine within the hour (see issue 2). Signature is final.
import { PLATFORM_SPECS } from './platforms';
import type { Analysis, Context } from './types';

export function analyze(text: string, context: Context): Analysis {
  const limit = context.limit ?? PLATFORM_SPECS[context.platform].limit;
  const language = context.language ?? (/[\u0980-\u09ff]/.test(text) ? 'bn' : 'en');
  return {
    version: 1,
    language,
    platform: context.platform,
    kind: context.kind,
    counts: {
      characters: text.length,
      graphemes: text.length,
      words: text.split(/\s+/).filter(Boolean).length,
      sentences: 1,
      weighted: text.length,
      limit,
      over: Math.max(0, text.length - limit),
    },
    entities: { hashtags: [], mentions: [], urls: [], cashtags: [], emoji: [] },
    intent: { label: 'sharing', scores: { selling: 0, listening: 0, sharing: 1 }, evidence: [] },
    quality: 100,
    voice: 100,
    findings: [],
  };
}
