import type { Entity } from '../types';
import { finding, type Rule } from './rule';

// A few emoji add warmth; past one for every eight words they replace the words.
const WORDS_PER_EMOJI = 8;
const MIN_EMOJI = 4;
// Four or more emoji side by side read as decoration and screen readers read each one aloud.
const RUN = 4;

export const emoji: Rule = {
  id: 'emoji',
  reason: 'content',
  check(d) {
    const list = d.entities.emoji;
    if (list.length < MIN_EMOJI) return [];
    const runs: Entity[][] = [];
    let current: Entity[] = [];
    for (const e of list) {
      const prev = current[current.length - 1];
      if (prev && d.text.slice(prev.end, e.start).trim() === '') current.push(e);
      else {
        if (current.length >= RUN) runs.push(current);
        current = [e];
      }
    }
    if (current.length >= RUN) runs.push(current);
    const heavy = list.length * WORDS_PER_EMOJI > Math.max(d.words.count, 1);
    if (!heavy && runs.length === 0) return [];
    const evidence =
      runs.length > 0 ? runs.map((r) => ({ start: r[0]!.start, end: r[r.length - 1]!.end })) : list;
    return [
      finding(emoji, d.text, {
        severity: heavy && list.length * 4 > d.words.count ? 'warn' : 'tip',
        message: runs.length > 0 ? ['f_emoji_run', runs.length] : ['f_emoji_many', list.length],
        suggestion: ['s_emoji'],
        evidence,
        penalty: heavy ? 8 : 4,
        score: 'quality',
      }),
    ];
  },
};
