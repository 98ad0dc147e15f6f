import { createHash } from 'node:crypto';
import type { Draft } from '../../src/core/draft';
import { decodeGrams, encodeGrams, GRAM_BUCKETS, type GramModel, gramsOf } from '../../src/core/grams';
import { type Example, fitLogistic, type Model } from './logreg';

/**
 * Training half of src/core/grams.ts: the hashed n-gram features of a draft, and the pruning and
 * quantization that turn a fitted table into the few KB a generated file carries. Gram features
 * take indices 0 … GRAM_BUCKETS − 1; a trainer puts its own features after them.
 */
export function gramFeatures(d: Draft): [number, number][] {
  const g = gramsOf(d);
  const out: [number, number][] = new Array(g.count);
  for (let i = 0; i < g.count; i++) out[i] = [g.buckets[i]!, 1];
  return out;
}

/** A second hash bit of the text (split.ts uses the first): two folds inside a tuning half. */
export function foldOf(text: string): 0 | 1 {
  return (createHash('sha256').update(text.trim()).digest()[1]! & 1) as 0 | 1;
}

export interface GramFit {
  /** The fitted model over all features, gram weights already pruned and quantized. */
  model: Model;
  grams: GramModel;
}

/**
 * Fits, keeps the `keep` gram weights largest in size, fits again on those (and the extra
 * features) alone, and quantizes the gram weights to `levels` steps each side of zero, so that
 * the model the engine reads is exactly the one scored here.
 */
export function fitGrams(
  examples: readonly Example[],
  extra: number,
  o: { l2: number; gramL2: number; keep: number; levels: number; iterations: number; signs?: number[] },
): GramFit {
  const features = GRAM_BUCKETS + extra;
  const l2Scale = new Float64Array(features).fill(1);
  l2Scale.fill(o.gramL2 / o.l2, 0, GRAM_BUCKETS);
  const base = { features, l2: o.l2, iterations: o.iterations, learningRate: 0.05, l2Scale, signs: o.signs };
  const first = fitLogistic(examples, base);
  const sizes = [...first.weights.subarray(0, GRAM_BUCKETS)].map(Math.abs).sort((a, b) => b - a);
  const cut = sizes[o.keep] ?? 0;
  const kept = new Uint8Array(features).fill(1);
  for (let b = 0; b < GRAM_BUCKETS; b++) if (Math.abs(first.weights[b]!) <= cut) kept[b] = 0;
  const pruned = examples.map((e) => ({ ...e, features: e.features.filter(([i]) => kept[i]) }));
  const second = fitLogistic(pruned, { ...base, iterations: Math.round(o.iterations / 2) });
  let most = 0;
  for (let b = 0; b < GRAM_BUCKETS; b++) most = Math.max(most, Math.abs(second.weights[b]!));
  const scale = Number((most / o.levels || 1).toPrecision(3));
  const grams = encodeGrams(second.weights.subarray(0, GRAM_BUCKETS), scale);
  const decoded = decodeGrams(grams);
  const weights = Float64Array.from(second.weights);
  weights.set(decoded, 0);
  return { model: { bias: second.bias, weights }, grams };
}
