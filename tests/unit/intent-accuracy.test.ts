// Intent accuracy on the labelled sets in tests/fixtures/intent/ (written by the team, CC0).
// posts.jsonl is what the weights were set on; holdout-style.jsonl (comments and ads in the
// style of public spam and advertising sets) was the first check that they generalise, and
// blind.jsonl was written by someone who had seen neither the lexicons nor the other sets
// (first measured at selling P 0.901 / R 0.784, then used to find lexicon gaps: PSA notices,
// service offers in comments; see BLIND.md), as was blind2.jsonl (first measured at P 0.931 /
// R 0.653). All four now guard against regressions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { INTENTS, type Intent, type Kind, type Language, type Platform } from '../../src/core/types';

interface Labelled {
  id: string;
  text: string;
  platform: Platform;
  kind: Kind;
  language: Language;
  label: Intent;
  source?: string;
}

function load(name: string): Labelled[] {
  return readFileSync(new URL(`../fixtures/intent/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Labelled);
}

interface LabelStats {
  precision: number;
  recall: number;
  support: number;
}

function evaluate(items: Labelled[], useLanguage = false): Record<Intent, LabelStats> & { misses: string[] } {
  const tp: Record<Intent, number> = { selling: 0, listening: 0, sharing: 0 };
  const predicted: Record<Intent, number> = { selling: 0, listening: 0, sharing: 0 };
  const actual: Record<Intent, number> = { selling: 0, listening: 0, sharing: 0 };
  const misses: string[] = [];
  for (const item of items) {
    // The language is detected, as in the extension; the label's language is only a check.
    const a = analyze(item.text, {
      platform: item.platform,
      kind: item.kind,
      ...(useLanguage ? { language: item.language } : {}),
    });
    predicted[a.intent.label]++;
    actual[item.label]++;
    if (a.intent.label === item.label) tp[item.label]++;
    else misses.push(`${item.id}: ${item.label} → ${a.intent.label}`);
  }
  const out = { misses } as Record<Intent, LabelStats> & { misses: string[] };
  for (const l of INTENTS) {
    out[l] = {
      precision: predicted[l] ? tp[l] / predicted[l] : 0,
      recall: actual[l] ? tp[l] / actual[l] : 0,
      support: actual[l],
    };
  }
  return out;
}

function table(name: string, r: Record<Intent, LabelStats>): string {
  return [
    `${name}:`,
    ...INTENTS.map(
      (l) =>
        `  ${l.padEnd(10)} precision ${r[l].precision.toFixed(3)}  recall ${r[l].recall.toFixed(3)}  (n=${r[l].support})`,
    ),
  ].join('\n');
}

describe('intent accuracy', () => {
  const posts = load('posts.jsonl');
  const holdout = load('holdout-style.jsonl');
  const blind = load('blind.jsonl');
  const blind2 = load('blind2.jsonl');

  it('has a labelled set large enough to mean something', () => {
    expect(posts.length).toBeGreaterThanOrEqual(300);
    expect(posts.filter((p) => p.language === 'bn').length).toBeGreaterThanOrEqual(100);
  });

  it('detects the language each labelled post is written in', () => {
    // Bengali written in Latin letters ("vai amar channel ta subscribe koren") reads as English.
    const inScript = [...posts, ...holdout, ...blind, ...blind2].filter(
      (p) => p.language === 'en' || /[\u0980-\u09ff]/.test(p.text),
    );
    const wrong = inScript.filter(
      (p) => analyze(p.text, { platform: p.platform, kind: p.kind }).language !== p.language,
    );
    expect(wrong.map((p) => p.id)).toEqual([]);
  });

  it('labels selling with precision ≥ 0.85 on the labelled set, and reports every label', () => {
    const r = evaluate(posts);
    console.log(table('posts.jsonl', r));
    expect(r.selling.precision).toBeGreaterThanOrEqual(0.85);
    expect(r.selling.recall).toBeGreaterThanOrEqual(0.75);
    expect(r.listening.precision).toBeGreaterThanOrEqual(0.7);
    expect(r.sharing.precision).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    ['holdout-style', holdout],
    ['blind', blind],
    ['blind2', blind2],
  ])('keeps selling precision ≥ 0.85 and recall ≥ 0.75 on %s comments and ads, per language', (name, set) => {
    for (const lang of ['en', 'bn'] as const) {
      for (const source of ['comments', 'ads']) {
        const subset = set.filter((h) => h.language === lang && h.source === source);
        expect(subset.length).toBeGreaterThan(15);
        const r = evaluate(subset);
        console.log(table(`${name} ${lang}/${source}`, r));
        expect(r.selling.precision, `${lang}/${source} precision`).toBeGreaterThanOrEqual(0.85);
        expect(r.selling.recall, `${lang}/${source} recall`).toBeGreaterThanOrEqual(0.75);
      }
    }
  });
});
