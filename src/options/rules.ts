// The rules the options page can switch off, grouped by reason: read from the engine's own
// registry so that a new rule appears here without another edit.
import { RULES } from '../core/rules';
import type { Reason } from '../core/types';

export interface RuleInfo {
  id: string;
  reason: Reason;
}

export function knownRules(): RuleInfo[] {
  return RULES.map((r) => ({ id: r.id, reason: r.reason }));
}
