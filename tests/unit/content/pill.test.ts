// @vitest-environment happy-dom
// The pill's panel after Dismiss (issue 13, "Dismiss then a keystroke loses a second nudge"):
// focus lands on the panel's heading, not on the next nudge's Dismiss button, and the header's
// number, colour and cap line follow the nudges still shown. And "1 nudge", not "1 nudges".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Format } from '../../../src/content/pill/i18n';
import { loadPanel, Pill } from '../../../src/content/pill/pill';
import { type Catalog, formatMessage } from '../../../src/core/i18n';
import type { Analysis, Finding, Language } from '../../../src/core/types';

const catalog = (lang: Language) =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8'),
  ) as Catalog;
const formatIn =
  (lang: Language): Format =>
  (id, ...params) =>
    formatMessage({ id, params }, catalog(lang), lang);

const finding = (rule: string, severity: Finding['severity'], score: Finding['score'], penalty: number) =>
  ({
    rule,
    reason: 'content',
    severity,
    message: { id: 'pill_try' },
    suggestion: { id: 'pill_why' },
    evidence: [],
    penalty,
    score,
  }) satisfies Finding;

// An error costing quality 10 (the score is capped at 60) and a tip costing voice 4.
const capping = finding('too-long', 'error', 'quality', 10);
const tip = finding('we-you', 'tip', 'voice', 4);

function analysis(findings: Finding[]): Analysis {
  return {
    version: 1,
    language: 'en',
    platform: 'x',
    kind: 'post',
    counts: { characters: 300, graphemes: 300, words: 50, sentences: 3, weighted: 300, limit: 280, over: 20 },
    entities: { hashtags: [], mentions: [], urls: [], cashtags: [], emoji: [] },
    intent: { label: 'sharing', scores: { selling: 0, listening: 0, sharing: 1 }, evidence: [] },
    quality: 60,
    voice: 96,
    blank: false,
    score: 53,
    cap: { limit: 60, rules: ['too-long'], message: { id: 'score_capped', params: [60] } },
    findings,
  } as Analysis;
}

/** A click the page cannot make: the pill acts on trusted events only. */
function userClick(target: Element): void {
  const e = new MouseEvent('click', { bubbles: true, composed: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  target.dispatchEvent(e);
}

// The panel's code is a lazy chunk in the extension; here it is loaded once, up front.
beforeAll(() => loadPanel());

let pill: Pill | null = null;
afterEach(() => {
  pill?.destroy();
  pill = null;
});

function openPill(lang: Language, findings: Finding[]) {
  const a = analysis(findings);
  const dismissed = new Set<string>();
  const p = new Pill({
    platform: 'x',
    parent: document.body,
    onDismiss: (rule) => {
      dismissed.add(rule);
      p.update({ analysis: a, findings: findings.filter((f) => !dismissed.has(f.rule)), lang, format: f });
    },
    onMute: () => undefined,
  });
  const f = formatIn(lang);
  pill = p;
  p.update({ analysis: a, findings, lang, format: f });
  p.setVisible(true);
  p.openPanel();
  const root = p.host.shadowRoot!;
  return {
    root,
    score: () => root.querySelector('.panel .score')!,
    sub: () => Array.from(root.querySelectorAll('.panel h2 .sub')).map((s) => s.textContent),
    dismiss: (rule: string) =>
      userClick(root.querySelector(`li[data-rule="${rule}"] button[data-action="dismiss"]`)!),
  };
}

describe('the panel after Dismiss', () => {
  test('focus goes to the heading; number, colour and cap follow what is still shown', () => {
    const { root, score, sub, dismiss } = openPill('en', [capping, tip]);
    expect(score().textContent).toBe('53');
    expect(score().getAttribute('data-sev')).toBe('error');
    expect(sub()).toEqual([
      'Quality 60 · Voice 96 · 2 nudges',
      'An error holds the score at 60 or below: fix it first.',
    ]);

    dismiss('too-long');
    // Not the remaining nudge's Dismiss button: a space typed now must not dismiss it too.
    expect(root.activeElement?.id).toBe('pc-title');
    expect(root.querySelectorAll('li.nudge')).toHaveLength(1);
    // Voice lost 4 of 100, the tip band tops out at 99: 99 − 4 = 95, and no cap any more.
    expect(score().textContent).toBe('95');
    expect(score().getAttribute('data-sev')).toBe('tip');
    expect(sub()).toEqual(['Quality 60 · Voice 96 · 1 nudge']);
    expect(pill!.host.getAttribute('data-score')).toBe('95');
    expect(pill!.host.getAttribute('data-severity')).toBe('tip');
    expect(root.querySelector('button.pill')!.getAttribute('aria-label')).toBe(
      'Postcoach: score 95, 1 nudge, Tip. Open the nudges.',
    );
  });

  test('the last nudge dismissed: focus still on the heading, a clean 100', () => {
    const { root, score, dismiss } = openPill('en', [tip]);
    dismiss('we-you');
    expect(root.activeElement?.id).toBe('pc-title');
    expect(score().textContent).toBe('100');
    expect(score().getAttribute('data-sev')).toBe('none');
  });

  test('Bengali: the cap line and the count in Bengali words and digits', () => {
    const { sub } = openPill('bn', [capping, tip]);
    expect(sub()).toEqual([
      'মান ৬০ · সুর ৯৬ · ২টি পরামর্শ',
      'ত্রুটি থাকলে স্কোর ৬০-এর বেশি হয় না: আগে ত্রুটিটি ঠিক করুন।',
    ]);
    expect(pill!.host.shadowRoot!.querySelector('button.pill')!.getAttribute('aria-label')).toMatch(
      /^Postcoach: স্কোর ৫৩, ২ টি পরামর্শ, /,
    );
  });
});
