import type { Draft } from './draft';
import { decodeGrams, gramSum, gramsOf, topWords } from './grams';
import { FEATURES, featureIntent, intentFeatures } from './intent-features';
import { INTENT_MODEL } from './lexicons/weights';
import type { Intent, IntentCue, IntentResult } from './types';

interface Linear {
  bias: number;
  threshold: number;
  weights: readonly number[];
}

const SELLING_GRAMS = decodeGrams(INTENT_MODEL.selling.grams);
// A word is shown as selling evidence when its grams add at least this much to z; at most this
// many such words are shown.
const MIN_WORD_WEIGHT = 0.3;
const MAX_LEARNED_WORDS = 3;

function probability(model: Linear, values: Float64Array, extra = 0): number {
  let z = model.bias + extra;
  for (let i = 0; i < values.length; i++) if (values[i]) z += (model.weights[i] ?? 0) * values[i]!;
  return 1 / (1 + Math.exp(-z));
}

/**
 * Selling or not, then listening or sharing: two small logistic models over the draft's evidence
 * (intent-features.ts), their weights and thresholds learned by `npm run train`. Every label
 * keeps its evidence: the words and ranges of each feature, with the weight it was given. The
 * selling model also reads the draft's hashed word and character n-grams (grams.ts); the words
 * whose grams weighed most are shown too.
 */
export function classifyIntent(draft: Draft): IntentResult {
  const { values, hits } = intentFeatures(draft);
  const grams = gramsOf(draft);
  const selling = probability(INTENT_MODEL.selling, values, gramSum(grams, SELLING_GRAMS));
  const listening = probability(INTENT_MODEL.listening, values);
  const asks = hits.some((h) => h.cue === 'question');
  // A sentence ending in "?" that asks the reader, with no offer in it, is listening.
  const label: Intent =
    selling >= INTENT_MODEL.selling.threshold
      ? 'selling'
      : asks || listening >= INTENT_MODEL.listening.threshold
        ? 'listening'
        : 'sharing';
  const evidence: IntentCue[] = hits.map((h) => {
    const feature = FEATURES[h.feature]!;
    // Only evidence features have hits; context features are flags.
    const intent = featureIntent(feature)!;
    const model = intent === 'selling' ? INTENT_MODEL.selling : INTENT_MODEL.listening;
    return {
      intent,
      cue: h.cue,
      weight: model.weights[h.feature] ?? 0,
      start: h.start,
      end: h.end,
      text: draft.text.slice(h.start, h.end),
    };
  });
  // The words the selling model's grams weighed most explain a selling label beside the cues.
  if (label === 'selling')
    for (const r of topWords(grams, draft.words, SELLING_GRAMS, MIN_WORD_WEIGHT, MAX_LEARNED_WORDS)) {
      if (evidence.some((e) => e.start < r.end && r.start < e.end)) continue;
      const text = draft.text.slice(r.start, r.end);
      evidence.push({
        intent: 'selling',
        cue: 'words',
        weight: rounded(r.weight),
        start: r.start,
        end: r.end,
        text,
      });
    }
  return {
    label,
    scores: {
      selling: rounded(selling),
      listening: rounded((1 - selling) * listening),
      sharing: rounded((1 - selling) * (1 - listening)),
    },
    evidence: evidence.sort((a, b) => a.start - b.start),
  };
}

function rounded(x: number): number {
  return Math.round(x * 1000) / 1000;
}
