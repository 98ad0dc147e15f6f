// The worst severity among the nudges shown, and its icon: the pill and the panel both show it
// (colour always has a text and icon equivalent).
import type { Finding, Severity } from '../../core/types';

const RANK: Record<Severity, number> = { tip: 1, warn: 2, error: 3 };

export const ICON: Record<Severity | 'none' | 'idle', string> = {
  none: '✓',
  tip: '●',
  warn: '▲',
  error: '✖',
  idle: '✎',
};

export function worstSeverity(findings: Finding[]): Severity | 'none' {
  let worst: Severity | 'none' = 'none';
  for (const f of findings) if (worst === 'none' || RANK[f.severity] > RANK[worst]) worst = f.severity;
  return worst;
}
