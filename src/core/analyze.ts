import { buildDraft } from './draft';
import { classifyIntent } from './intent';
import { RULES } from './rules';
import type { RuleInput } from './rules/rule';
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
  if (NOT_BLANK.test(text)) {
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
    quality: score(findings, 'quality'),
    voice: score(findings, 'voice'),
    findings,
  };
}

function score(findings: Finding[], which: 'quality' | 'voice'): number {
  let s = 100;
  for (const f of findings) if (f.score === which) s -= f.penalty;
  return Math.max(0, Math.min(100, s));
}
