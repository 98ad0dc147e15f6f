import { buildDraft } from './draft';
import { classifyIntent } from './intent';
import { RULES } from './rules';
import type { RuleInput } from './rules/rule';
import { scoreFindings } from './score';
import type { Analysis, Context, Finding } from './types';

const NOT_BLANK = /\S/;

export interface AnalyzeOptions {
  /** Rule ids the user switched off; their findings are neither shown nor scored. */
  disabledRules?: readonly string[];
}

/**
 * The coaching engine: one pass to tokenize, then intent and every rule on the shared draft.
 * Pure and deterministic; never throws on any string (property-tested).
 */
export function analyze(text: string, context: Context, options: AnalyzeOptions = {}): Analysis {
  const draft = buildDraft(text, context);
  const input: RuleInput = Object.assign(draft, { intent: classifyIntent(draft) });
  const disabled = options.disabledRules;
  const findings: Finding[] = [];
  const blank = !NOT_BLANK.test(text);
  if (!blank) {
    for (const rule of RULES) {
      if (disabled?.includes(rule.id)) continue;
      if (rule.appliesTo && !rule.appliesTo(input)) continue;
      for (const f of rule.check(input)) findings.push(f);
    }
  }
  return {
    version: 1,
    language: draft.language,
    platform: draft.platform,
    kind: draft.kind,
    counts: draft.counts,
    entities: draft.entities,
    intent: input.intent,
    ...(blank ? BLANK_SCORES : scoreFindings(findings)),
    blank,
    findings,
  };
}

// An empty draft says nothing, so it scores nothing: never "quality 100" for no words.
const BLANK_SCORES = { quality: 0, voice: 0, score: null, cap: null } as const;
