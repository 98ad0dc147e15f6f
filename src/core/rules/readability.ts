import { WORD_IN_TAG, WORD_IN_URL } from '../draft';
import { wordAt } from '../text/tokenize';
import type { Range } from '../types';
import { finding, type Rule } from './rule';

// Sentence length that most readers take in one go: 25 words in English (Plain English Campaign's
// 15–20 average, with headroom for posts); Bengali sentences run shorter in words (longer words).
const LONG_SENTENCE = { en: 25, bn: 20 } as const;
const VERY_LONG_SENTENCE = { en: 40, bn: 32 } as const;
// Grade formulas mean little on short text (a few sentences give the formulas too little to count): only from this many words.
const GRADE_MIN_WORDS = 100;
// Flesch–Kincaid grade above which a general audience struggles (Flesch, 1948; Kincaid et al., 1975).
const MAX_GRADE = 10;
// Prose for the grade formula: mostly running Latin words, sentences under 60 words on average.
const PROSE_SHARE = 0.8;
const PROSE_SENTENCE = 60;
// US school grades end at 12; past it the grade is shown as university level.
const LAST_SCHOOL_GRADE = 12;
// Hard words: four or more syllables, or very long, in running text.
const HARD_SYLLABLES = 4;
const HARD_LETTERS = 14;
const HARD_SHARE = 0.12;
const HARD_MIN_WORDS = 20;

export const readability: Rule = {
  id: 'readability',
  reason: 'content',
  check(d) {
    const out = [];
    const lang = d.language;
    const long: Range[] = [];
    let veryLong = false;
    for (const s of d.sentences) {
      const n = wordAt(d.words, s.end) - wordAt(d.words, s.start);
      if (n > LONG_SENTENCE[lang]) {
        long.push(s);
        if (n > VERY_LONG_SENTENCE[lang]) veryLong = true;
      }
    }
    if (long.length > 0) {
      out.push(
        finding(readability, d.text, {
          severity: veryLong ? 'warn' : 'tip',
          message: ['f_read_long_sentence', long.length, LONG_SENTENCE[lang]],
          suggestion: ['s_read_long_sentence'],
          evidence: long,
          penalty: Math.min(12, 4 * long.length),
          score: 'quality',
        }),
      );
    }

    // Hard words and grades need English and enough words to mean anything.
    if (lang !== 'en' || d.words.count < HARD_MIN_WORDS) return out;
    let running = 0;
    let syllables = 0;
    const hard: Range[] = [];
    const { lower, starts, ends } = d.words;
    for (let i = 0; i < d.words.count; i++) {
      if (d.wordFlags[i]! & (WORD_IN_URL | WORD_IN_TAG)) continue;
      const w = lower[i]!;
      if (!isLatinWord(w)) continue;
      running++;
      const syl = countSyllables(w);
      syllables += syl;
      if (syl >= HARD_SYLLABLES || w.length >= HARD_LETTERS) hard.push({ start: starts[i]!, end: ends[i]! });
    }
    if (running >= HARD_MIN_WORDS && hard.length >= 3 && hard.length / running > HARD_SHARE) {
      out.push(
        finding(readability, d.text, {
          severity: 'tip',
          message: ['f_read_hard_words', hard.length],
          suggestion: ['s_read_hard_words'],
          evidence: hard,
          penalty: 5,
          score: 'quality',
        }),
      );
    }
    // The formula assumes prose: sentences of ordinary length in running words. A paste with no
    // sentence ends (a list, a log, one endless line) is named by the long-sentence nudge instead.
    const perSentence = running / Math.max(1, d.sentences.length);
    if (
      running >= GRADE_MIN_WORDS &&
      running / d.words.count >= PROSE_SHARE &&
      perSentence <= PROSE_SENTENCE
    ) {
      const grade = 0.39 * perSentence + 11.8 * (syllables / running) - 15.59;
      if (grade > MAX_GRADE) {
        // Past school (grade 12) people know "university level", not "grade 17".
        out.push(
          finding(readability, d.text, {
            severity: 'warn',
            message:
              grade > LAST_SCHOOL_GRADE ? ['f_read_grade_university'] : ['f_read_grade', Math.round(grade)],
            suggestion: ['s_read_grade'],
            penalty: 8,
            score: 'quality',
          }),
        );
      }
    }
    return out;
  },
};

function isLatinWord(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 97 && c <= 122;
}

/** Vowel groups, less a silent final e: good enough to tell "nice" from "unbelievable". */
export function countSyllables(word: string): number {
  let n = 0;
  let prevVowel = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const vowel = c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
    if (vowel && !prevVowel) n++;
    prevVowel = vowel;
  }
  if (n > 1 && word.endsWith('e') && !word.endsWith('le')) n--;
  return Math.max(1, n);
}
