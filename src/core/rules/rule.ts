import type { Draft } from '../draft';
import type { Evidence, Finding, IntentResult, Range, Reason, Severity } from '../types';

/** A draft after intent classification: what rules read. */
export interface RuleInput extends Draft {
  intent: IntentResult;
}

/** One rule per file: `{ id, reason, appliesTo?, check }`. Its messages live in `_locales`. */
export interface Rule {
  id: string;
  reason: Reason;
  appliesTo?(draft: RuleInput): boolean;
  check(draft: RuleInput): Finding[];
}

// Evidence shown to the user is capped; beyond this a list stops explaining anything.
const MAX_EVIDENCE = 10;
// A quoted piece of evidence longer than this is cut (its range still covers all of it).
const MAX_QUOTE = 120;

export interface FindingInit {
  severity: Severity;
  /** Message id (under `_locales`) and its parameters. */
  message: [string, ...(string | number)[]];
  suggestion: [string, ...(string | number)[]];
  evidence?: readonly Range[];
  /** Points taken off the score below (0 for advice only). */
  penalty?: number;
  score?: Finding['score'];
  /** Defaults to the rule's reason. */
  reason?: Reason;
}

export function finding(rule: Rule, text: string, init: FindingInit): Finding {
  const [id, ...params] = init.message;
  const [sid, ...sparams] = init.suggestion;
  return {
    rule: rule.id,
    reason: init.reason ?? rule.reason,
    severity: init.severity,
    message: params.length ? { id, params } : { id },
    evidence: (init.evidence ?? []).slice(0, MAX_EVIDENCE).map((r) => quote(text, r)),
    suggestion: sparams.length ? { id: sid, params: sparams } : { id: sid },
    penalty: init.penalty ?? 0,
    score: init.score ?? 'none',
  };
}

export function quote(text: string, r: Range): Evidence {
  const slice =
    r.end - r.start > MAX_QUOTE
      ? `${text.slice(r.start, r.start + MAX_QUOTE - 1)}…`
      : text.slice(r.start, r.end);
  return { start: r.start, end: r.end, text: slice };
}
