// What the practice page coaches: the engine on the draft for the chosen site and kind, with the
// rules the user muted and the nudges dismissed on this page taken out, as src/content/session.ts
// does beside a site's composer. Pure: no DOM, nothing stored, nothing sent.
import { analyze } from '../core/analyze';
import { coachingLanguage } from '../core/i18n';
import {
  type Analysis,
  type Finding,
  KINDS,
  type Kind,
  type Language,
  PLATFORMS,
  type Platform,
} from '../core/types';

export type PracticePlatform = Exclude<Platform, 'generic'>;

/** The eight sites of the manifest (a site the user added coaches as `generic`: not offered here). */
export const PRACTICE_PLATFORMS: readonly PracticePlatform[] = PLATFORMS.filter(
  (p): p is PracticePlatform => p !== 'generic',
);

export interface PracticeChoice {
  platform: PracticePlatform;
  kind: Kind;
}

const isPlatform = (p: unknown): p is PracticePlatform =>
  (PRACTICE_PLATFORMS as readonly unknown[]).includes(p);
const isKind = (k: unknown): k is Kind => (KINDS as readonly unknown[]).includes(k);

/**
 * The site and kind the page opens with: the link's `?platform=&kind=` when they are known
 * ones (anything else in the address is ignored), else the owner's first focus platform, else X.
 */
export function initialChoice(search: string, focus: readonly Platform[]): PracticeChoice {
  const q = new URLSearchParams(search);
  const asked = q.get('platform');
  const platform = isPlatform(asked) ? asked : (focus.find(isPlatform) ?? 'x');
  const kind = q.get('kind');
  return { platform, kind: isKind(kind) ? kind : 'post' };
}

export interface Coached {
  /** null for an empty (or all-blank) draft: the pill says "nothing to coach yet". */
  analysis: Analysis | null;
  /** The findings to show: neither muted in the settings nor dismissed on this page. */
  findings: Finding[];
}

export function coachDraft(
  text: string,
  choice: PracticeChoice,
  muted: ReadonlySet<string>,
  dismissed: ReadonlySet<string>,
): Coached {
  if (!text.trim()) return { analysis: null, findings: [] };
  const analysis = analyze(text, { platform: choice.platform, kind: choice.kind });
  return {
    analysis,
    findings: analysis.findings.filter((f) => !muted.has(f.rule) && !dismissed.has(f.rule)),
  };
}

/**
 * The language the nudges speak, as on the sites (src/content/index.ts): the owner's choice, or
 * on "automatic" the draft's own language, and the browser's for an empty draft.
 */
export function nudgeLanguage(setting: 'auto' | Language, c: Coached, browser: Language): Language {
  const draft = c.analysis && !c.analysis.blank ? c.analysis.language : null;
  return coachingLanguage(setting, draft, browser);
}
