import type { CueCategory } from '../lexicons/categories';
import type { Range, Severity } from '../types';
import { type FindingInit, finding, type Rule, type RuleInput } from './rule';

/** What a voice rule found: the ranges it quotes, and whatever else its verdict reads. */
export interface CueReading {
  evidence: readonly Range[];
}

/**
 * A voice rule that gives one finding from one category of cues: the rule file says only what
 * differs (which cues, how severe, which message, how many points).
 */
export interface CueRuleSpec<R extends CueReading> {
  id: string;
  /** The cues of this category are the evidence; or `read` finds it (null: nothing to say). */
  category?: CueCategory;
  read?(d: RuleInput): R | null;
  severity(r: R): Severity;
  message(r: R, d: RuleInput): FindingInit['message'];
  suggestion: FindingInit['suggestion'];
  penalty(r: R): number;
}

export function cueRule<R extends CueReading = CueReading>(spec: CueRuleSpec<R>): Rule {
  const rule: Rule = {
    id: spec.id,
    reason: 'voice',
    check(d) {
      // Without `read`, R is the plain CueReading that byCategory gives.
      const r = spec.read ? spec.read(d) : (byCategory(d, spec.category!) as R | null);
      if (!r) return [];
      return [
        finding(rule, d.text, {
          severity: spec.severity(r),
          message: spec.message(r, d),
          suggestion: spec.suggestion,
          evidence: r.evidence,
          penalty: spec.penalty(r),
          score: 'voice',
        }),
      ];
    },
  };
  return rule;
}

function byCategory(d: RuleInput, category: CueCategory): CueReading | null {
  const evidence = d.cuesOf(category);
  return evidence.length > 0 ? { evidence } : null;
}
