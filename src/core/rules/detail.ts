import { WORD_IN_TAG, WORD_IN_URL } from '../draft';
import { finding, type Rule } from './rule';

// Below this many words a post is judged by the length rule instead (its MIN_POST_WORDS). Not 8:
// Bengali joins case endings and postpositions to the word, so "আম পাওয়া যাচ্ছে। যোগাযোগ করুন।"
// is five words, and short vague offers in both languages slipped between the two rules.
const MIN_WORDS = 5;
// Bengali day names: a day is a detail a reader can act on (English ones are capitalised names).
const BN_DAYS = new Set('শনিবার|রবিবার|সোমবার|মঙ্গলবার|বুধবার|বৃহস্পতিবার|শুক্রবার'.split('|'));
// Where a sentence or line starts, a capital is grammar, not a name.
const BREAKS = '.!?।\n…';

/**
 * A post with not one detail — no number (price, time, date, size), no name, no day, nobody
 * tagged — says something happened without saying what: "New stock in, come and see".
 */
export const detail: Rule = {
  id: 'detail',
  reason: 'content',
  appliesTo: (d) => d.kind === 'post' && d.words.count >= MIN_WORDS,
  check(d) {
    if (d.ownMentions.length > 0) return [];
    const { lower, starts, ends, count } = d.words;
    let running = 0;
    for (let i = 0; i < count; i++) {
      if (d.wordFlags[i]! & (WORD_IN_URL | WORD_IN_TAG)) continue;
      running++;
      const c = d.text.charCodeAt(starts[i]!);
      if ((c >= 48 && c <= 57) || (c >= 0x9e6 && c <= 0x9ef) || BN_DAYS.has(lower[i]!)) return [];
      if (
        c >= 65 &&
        c <= 90 &&
        lower[i] !== 'i' &&
        !startsSentence(d.text, i === 0 ? 0 : ends[i - 1]!, starts[i]!)
      )
        return [];
    }
    if (running < MIN_WORDS) return [];
    return [
      finding(detail, d.text, {
        severity: 'tip',
        message: ['f_detail_none'],
        suggestion: ['s_detail_none'],
        penalty: 5,
        score: 'quality',
      }),
    ];
  },
};

/** Only space and one of BREAKS (or the text's start) between the last word and this one. */
function startsSentence(text: string, from: number, to: number): boolean {
  if (from === 0 && to === text.search(/\S/)) return true;
  for (let k = to - 1; k >= from; k--) {
    const ch = text[k]!;
    if (BREAKS.includes(ch)) return true;
    if (ch !== ' ' && ch !== '\t' && ch !== '"' && ch !== '“' && ch !== "'") return false;
  }
  return false;
}
