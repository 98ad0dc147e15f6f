import { WORD_IN_TAG, WORD_IN_URL } from '../draft';
import type { Range } from '../types';
import { finding, type Rule } from './rule';

// Capitalised abbreviations are not shouting.
const ACRONYMS = new Set(
  'usa uk eu uae ceo cfo cto coo hr it pr seo faq diy asap fyi lol omg bogo cod bdt usd gbp eur pm am nyc la dm dms pdf tv atm gst vat ngo ai api ux ui b2b b2c roi kpi sme llc ltd inc ok okay rsvp eta aka jpeg png gps sms qr bts'.split(
    ' ',
  ),
);
// Three capitalised words in a row, or more than a quarter of the words, reads as shouting.
const MIN_CAPS = 3;
const CAPS_SHARE = 0.25;
const CAPS_RUN = 3;

export const shouting: Rule = {
  id: 'shouting',
  reason: 'content',
  check(d) {
    const caps: Range[] = [];
    let latin = 0;
    let run = 0;
    let longestRun = 0;
    const { starts, ends, lower } = d.words;
    for (let i = 0; i < d.words.count; i++) {
      if (d.wordFlags[i]! & (WORD_IN_URL | WORD_IN_TAG)) continue;
      const w = lower[i]!;
      const c = w.charCodeAt(0);
      if (c < 97 || c > 122) continue;
      latin++;
      // Words with digits are codes and model names (SUMMER30, RTX4090), not shouting.
      if (w.length >= 3 && isCapitals(d.text, starts[i]!, ends[i]!) && !ACRONYMS.has(w)) {
        caps.push({ start: starts[i]!, end: ends[i]! });
        run++;
        if (run > longestRun) longestRun = run;
      } else {
        run = 0;
      }
    }
    if (caps.length < MIN_CAPS || (caps.length / Math.max(1, latin) < CAPS_SHARE && longestRun < CAPS_RUN))
      return [];
    return [
      finding(shouting, d.text, {
        severity: 'warn',
        message: ['f_shouting', caps.length],
        suggestion: ['s_shouting'],
        evidence: caps,
        penalty: 10,
        score: 'quality',
      }),
    ];
  },
};

/** No lower-case letter and no digit: read off the char codes, without slicing the word. */
function isCapitals(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xdf && c <= 0xff)) return false;
  }
  return true;
}
