import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Context, Intent, Kind, Language, Platform } from '../../src/core/types';
import { readSet } from './split';

/** One labelled text, from a real set or from the project's own fixtures. */
export interface IntentItem {
  text: string;
  context: Context;
  language: Language;
  selling: boolean;
  /** The three-way label, where the set has one (the project's own sets). */
  label?: Intent;
}

interface RealRow {
  text: string;
  selling: boolean;
  lang: Language;
}

/**
 * The real sets (tests/fixtures/data/intent/SOURCES.md) and the context each is analysed in:
 * Instagram comments are comments, brand-care tweets are replies in a thread, YouTube comments
 * are comments, and an SMS, sent to no thread, reads as a post.
 */
export const REAL_SETS: Record<string, { platform: Platform; kind: Kind; conversational: boolean }> = {
  'uci-sms-spam': { platform: 'generic', kind: 'post', conversational: false },
  'scamspot-instagram': { platform: 'instagram', kind: 'comment', conversational: false },
  'ibm-twitter-customer-care': { platform: 'x', kind: 'reply', conversational: true },
  'bn-youtube-drama-comments': { platform: 'generic', kind: 'comment', conversational: true },
};

export function readReal(set: string): IntentItem[] {
  const spec = REAL_SETS[set]!;
  return readSet<RealRow>('intent', set).map((r) => ({
    text: r.text,
    context: { platform: spec.platform, kind: spec.kind },
    language: r.lang,
    selling: r.selling,
  }));
}

interface OwnRow {
  text: string;
  platform: Platform;
  kind: Kind;
  language: Language;
  label: Intent;
}

/** tests/fixtures/intent/BLIND3.md: the same facts under the names its blind author chose. */
interface BlindRow {
  lang?: Language;
  intent?: Intent;
}

const OWN = resolve(import.meta.dirname, '../../tests/fixtures/intent');

/** One of the project's own labelled files (tests/fixtures/intent/README.md); [] if absent. */
export function readOwn(file: string): IntentItem[] {
  const path = resolve(OWN, file);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as OwnRow & BlindRow)
    .map((r) => {
      // blind3.jsonl was written blind, with its own field names (BLIND3.md): `lang`, `intent`.
      const label = r.label ?? r.intent!;
      return {
        text: r.text,
        context: { platform: r.platform, kind: r.kind },
        language: r.language ?? r.lang!,
        selling: label === 'selling',
        label,
      };
    });
}
