import { wordAt } from '../text/tokenize';
import type { Range } from '../types';
import { finding, type Rule, type RuleInput } from './rule';

// Feeds are read on phones: past about 60 words (some ten lines on a phone) without a break, a
// post reads as a block.
const WALL_WORDS = 60;
// One paragraph this long inside a post with breaks is still a block.
const LONG_PARAGRAPH_WORDS = 120;
// Shorter, a post of five sentences in one block (some five lines on a phone) already asks the
// reader to find its points: a tip. Replies and comments are one paragraph by nature.
const BLOCK_SENTENCES = 5;
const BLOCK_WORDS = 30;

export const wallOfText: Rule = {
  id: 'wall-of-text',
  reason: 'content',
  check(d) {
    const paragraphs: Range[] = [];
    for (const l of d.lines) if (d.text.slice(l.start, l.end).trim() !== '') paragraphs.push(l);
    if (d.words.count < WALL_WORDS) {
      const block =
        d.kind === 'post' &&
        paragraphs.length <= 1 &&
        d.words.count >= BLOCK_WORDS &&
        d.sentences.length >= BLOCK_SENTENCES;
      return block ? [noBreaks(d, 'tip', 5)] : [];
    }
    if (paragraphs.length <= 1) return [noBreaks(d, 'warn', 10)];
    const long = paragraphs.filter(
      (p) => wordAt(d.words, p.end) - wordAt(d.words, p.start) > LONG_PARAGRAPH_WORDS,
    );
    if (long.length === 0) return [];
    return [
      finding(wallOfText, d.text, {
        severity: 'tip',
        message: ['f_wall_long_paragraph', long.length],
        suggestion: ['s_wall_no_breaks'],
        evidence: long,
        penalty: 5,
        score: 'quality',
      }),
    ];
  },
};

function noBreaks(d: RuleInput, severity: 'tip' | 'warn', penalty: number) {
  return finding(wallOfText, d.text, {
    severity,
    message: ['f_wall_no_breaks', d.words.count],
    suggestion: ['s_wall_no_breaks'],
    evidence: d.sentences.slice(0, 1),
    penalty,
    score: 'quality',
  });
}
