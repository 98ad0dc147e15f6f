import type { Range } from '../types';
import { finding, type Rule } from './rule';

const STACK = /[!！]{2,}|[!?]{3,}/g;
// More exclamation marks than this in a post reads as hype, whatever is said.
const MAX_MARKS = 3;

export const exclamations: Rule = {
  id: 'exclamations',
  reason: 'content',
  check(d) {
    const stacks: Range[] = [];
    STACK.lastIndex = 0;
    for (let m = STACK.exec(d.text); m !== null; m = STACK.exec(d.text)) {
      stacks.push({ start: m.index, end: m.index + m[0].length });
    }
    let marks = 0;
    for (let i = d.text.indexOf('!'); i !== -1; i = d.text.indexOf('!', i + 1)) marks++;
    const many = marks > MAX_MARKS && marks > d.sentences.length / 2;
    if (stacks.length === 0 && !many) return [];
    return [
      finding(exclamations, d.text, {
        severity: stacks.length > 1 || (many && stacks.length > 0) ? 'warn' : 'tip',
        message: stacks.length > 0 ? ['f_excl_stacked', stacks.length] : ['f_excl_many', marks],
        suggestion: ['s_excl'],
        evidence: stacks,
        penalty: stacks.length > 1 ? 8 : 4,
        score: 'quality',
      }),
    ];
  },
};
