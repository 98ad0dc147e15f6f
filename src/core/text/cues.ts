import type { CueCategory, Lexicon } from '../lexicons/categories';
import { tokenize, type Words } from './tokenize';

/** One match of a lexicon phrase: which words it covers and what it speaks to. */
export interface CueMatch {
  category: CueCategory;
  phrase: string;
  /** Index of the first and one past the last matched word. */
  first: number;
  last: number;
  start: number;
  end: number;
}

interface Phrase {
  category: CueCategory;
  phrase: string;
  /** Words after the first, each exact or a prefix (`*`). */
  rest: { word: string; prefix: boolean }[];
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Phrases whose first word is exactly the path to this node. */
  exact: Phrase[];
  /** Phrases whose first word starts with the path to this node (`order*`). */
  prefix: Phrase[];
}

const newNode = (): TrieNode => ({ next: new Map(), exact: [], prefix: [] });

/** A lexicon compiled once into a trie over each phrase's first word. */
export interface CueMatcher {
  root: TrieNode;
}

export function compileLexicon(lexicon: Lexicon): CueMatcher {
  const root = newNode();
  // Spellings that tokenize alike ("world-class", "world class") are one phrase.
  const seen = new Set<string>();
  for (const [category, phrases] of Object.entries(lexicon) as [CueCategory, string][]) {
    for (const phrase of phrases.split('|')) {
      const parts = phraseWords(phrase);
      const head = parts[0];
      const key = `${category} ${parts.map((p) => p.word + (p.prefix ? '*' : '')).join(' ')}`;
      if (!head || seen.has(key)) continue;
      seen.add(key);
      let node = root;
      for (let i = 0; i < head.word.length; i++) {
        const c = head.word.charCodeAt(i);
        let child = node.next.get(c);
        if (!child) {
          child = newNode();
          node.next.set(c, child);
        }
        node = child;
      }
      (head.prefix ? node.prefix : node.exact).push({ category, phrase, rest: parts.slice(1) });
    }
  }
  return { root };
}

function phraseWords(phrase: string): { word: string; prefix: boolean }[] {
  // Only a phrase's last word takes `*`.
  const words = tokenize(phrase.replace(/\*/g, ''));
  const open = phrase.endsWith('*');
  return words.lower.map((word, i) => ({ word, prefix: open && i === words.count - 1 }));
}

/**
 * Finds every phrase of the matcher in the words: for each word, walk the trie along its
 * letters (collecting prefix phrases on the way), then check the phrase's following words.
 * Linear in the text: each word costs its own length plus the few phrases that start with it.
 * Words must follow each other with no sentence break between them.
 */
export function matchCues(text: string, words: Words, matcher: CueMatcher, out: CueMatch[] = []): CueMatch[] {
  const { lower, starts, ends, count } = words;
  for (let i = 0; i < count; i++) {
    const word = lower[i]!;
    let node: TrieNode | undefined = matcher.root;
    for (let k = 0; k < word.length && node; k++) {
      node = node.next.get(word.charCodeAt(k));
      if (node && node.prefix.length > 0 && k + 1 < word.length) tryPhrases(node.prefix, i);
    }
    if (node) {
      if (node.prefix.length > 0) tryPhrases(node.prefix, i);
      if (node.exact.length > 0) tryPhrases(node.exact, i);
    }
  }
  return out;

  function tryPhrases(phrases: Phrase[], i: number): void {
    for (const p of phrases) {
      let j = i + 1;
      let ok = true;
      for (const w of p.rest) {
        if (j >= count || breaksBetween(text, ends[j - 1]!, starts[j]!)) {
          ok = false;
          break;
        }
        const cand = lower[j]!;
        if (w.prefix ? !cand.startsWith(w.word) : cand !== w.word) {
          ok = false;
          break;
        }
        j++;
      }
      if (ok)
        out.push({
          category: p.category,
          phrase: p.phrase,
          first: i,
          last: j,
          start: starts[i]!,
          end: ends[j - 1]!,
        });
    }
  }
}

/** A sentence end, clause break or line break between two words stops a phrase from spanning them. */
function breaksBetween(text: string, from: number, to: number): boolean {
  if (to - from > 12) return true;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    // \n . ! ? , ; : । … —
    if (c === 10 || c === 46 || c === 33 || c === 63 || c === 44 || c === 59 || c === 58) return true;
    if (c === 0x964 || c === 0x2026 || c === 0x2014) return true;
  }
  return false;
}
