import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { draftScore } from '../../src/core/score';
import type { Analysis, Intent, Kind, Language, Platform } from '../../src/core/types';
import type { Section } from './index';

/**
 * Judgment pairs: two drafts for the same situation where any coach agrees
 * which is better. A pair is won when the better draft scores strictly higher (a tie is a loss);
 * the pill's number, the score on the pair's axis, and the intent label of each draft are judged.
 * `blind-pairs.jsonl` is written by someone who never saw the engine: only its figures are read.
 * `dev-pairs.jsonl` and `tune-pairs.jsonl` are tuning sets: their misses may be read and fixed.
 */
export interface Draft {
  text: string;
  intent: Intent;
}
export interface Pair {
  id: string;
  lang: Language;
  platform: Platform;
  kind: Kind;
  axis: 'quality' | 'voice';
  category: string;
  situation: string;
  better: Draft;
  worse: Draft;
}

export interface Verdict {
  pair: Pair;
  better: Analysis;
  worse: Analysis;
  pill: boolean;
  axis: boolean;
  /** How many of the two drafts carry the intended label (0–2). */
  intents: number;
}

export interface Figures {
  pairs: number;
  pill: number;
  axis: number;
  intent: number;
}

export const JUDGMENTS_DIR = resolve(import.meta.dirname, '../../tests/fixtures/judgments');

export function readPairs(file: string): Pair[] {
  const out: Pair[] = [];
  const lines = readFileSync(join(JUDGMENTS_DIR, file), 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    try {
      out.push(JSON.parse(line) as Pair);
    } catch {
      throw new Error(`${file}:${i + 1}: not a JSON line`);
    }
  });
  return out;
}

export function judge(pair: Pair): Verdict {
  const ctx = { platform: pair.platform, kind: pair.kind, language: pair.lang };
  const better = analyze(pair.better.text, ctx);
  const worse = analyze(pair.worse.text, ctx);
  return {
    pair,
    better,
    worse,
    pill: draftScore(better) > draftScore(worse),
    axis: better[pair.axis] > worse[pair.axis],
    intents: +(better.intent.label === pair.better.intent) + +(worse.intent.label === pair.worse.intent),
  };
}

export function figures(verdicts: readonly Verdict[]): Figures {
  const n = verdicts.length;
  const share = (k: number, of: number) => (of === 0 ? 0 : Math.round((k / of) * 1000) / 1000);
  return {
    pairs: n,
    pill: share(verdicts.filter((v) => v.pill).length, n),
    axis: share(verdicts.filter((v) => v.axis).length, n),
    intent: share(
      verdicts.reduce((s, v) => s + v.intents, 0),
      2 * n,
    ),
  };
}

export function judgmentFiles(): string[] {
  return readdirSync(JUDGMENTS_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
}

export function evaluate(): Section {
  const rows: Section['rows'] = [];
  for (const file of judgmentFiles()) {
    const verdicts = readPairs(file).map(judge);
    for (const lang of ['all', 'en', 'bn'] as const) {
      const some = lang === 'all' ? verdicts : verdicts.filter((v) => v.pair.lang === lang);
      if (some.length === 0) continue;
      const f = figures(some);
      rows.push({
        set: file.replace(/\.jsonl$/, ''),
        lang,
        pairs: f.pairs,
        'pill ranks better': f.pill,
        'axis ranks better': f.axis,
        'intent right': f.intent,
      });
    }
  }
  return {
    title: 'Judgment pairs: is the better draft scored higher? (a tie counts as wrong)',
    rows,
    notes: [
      'pill = src/core/score.ts draftScore; axis = quality or voice, as the pair says; intent over both drafts.',
      'dev-pairs are the scoring helper’s own (tuned on); blind-pairs were written without the code: never tuned on.',
      'tune-pairs are a second tuning set (the same axes, real link domains): misses read and fixed in general terms only.',
    ],
  };
}
