// Hashtags and cashtags with twitter-text 3.1.0's rules (extractHashtagsWithIndices.js,
// regexp/validHashtag.js, hashtagBoundary.js, hashtagSpecialChars.js, endHashtagMatch.js,
// extractCashtagsWithIndices.js, regexp/validCashtag.js; github.com/twitter/twitter-text,
// Apache-2.0). Letters and marks are Unicode's \p{L}\p{M}, numerals \p{Nd}: hashtags in Bengali
// (#ঢাকা), Arabic, Hebrew, Thai… work. Linear: each `#` or `$` is looked at once, and a tag's
// body is one run of a single character class.
import type { Entity } from '../types';
import { isAsciiLetter, isHighSurrogate, isLowSurrogate, isPunct, isSpace } from './chars';

// hashtagSpecialChars: _ ZWNJ ZWJ ꙾ ־ ׳ ״ ～ 〜 ゛ ゜ ゠ ・ 〃 ་ ༌ ·
const SPECIAL =
  '_\u200c\u200d\ua67e\u05be\u05f3\u05f4\uff5e\u301c\u309b\u309c\u30a0\u30fb\u3003\u0f0b\u0f0c\xb7';
const BODY = new RegExp(`[\\p{L}\\p{M}\\p{Nd}${SPECIAL}]+`, 'uy');
const LETTER = /[\p{L}\p{M}]/u;
const ALNUM_OR_AMP = new RegExp(`^[\\p{L}\\p{M}\\p{Nd}${SPECIAL}&]$`, 'u');

function isHash(c: number): boolean {
  return c === 35 || c === 0xff03;
}

/** hashtagBoundary: `^`, U+FE0E, U+FE0F, or one code point that is neither hashtag alphanumeric nor `&`. Returns where it starts, or -1. */
function boundaryStart(text: string, h: number): number {
  if (h === 0) return 0;
  const c = text.charCodeAt(h - 1);
  if (c === 0xfe0e || c === 0xfe0f) return h - 1;
  if (isLowSurrogate(c)) {
    if (h >= 2 && isHighSurrogate(text.charCodeAt(h - 2))) {
      return ALNUM_OR_AMP.test(text.slice(h - 2, h)) ? -1 : h - 2;
    }
    return -1;
  }
  if (isHighSurrogate(c)) return -1;
  return ALNUM_OR_AMP.test(text.charAt(h - 1)) ? -1 : h - 1;
}

export function extractHashtags(text: string): Entity[] {
  const tags: Entity[] = [];
  const n = text.length;
  let last = 0;
  for (let h = 0; h < n; h++) {
    if (!isHash(text.charCodeAt(h))) continue;
    const b = boundaryStart(text, h);
    if (b < 0 || (b < last && h !== 0)) continue;
    const first = text.charCodeAt(h + 1);
    if (first === 0xfe0f || first === 0x20e3) continue;
    BODY.lastIndex = h + 1;
    const m = BODY.exec(text);
    if (!m || !LETTER.test(m[0])) continue;
    const end = h + 1 + m[0].length;
    last = end;
    // endHashtagMatch: ^(?:[#＃]|://)
    if (end < n && (isHash(text.charCodeAt(end)) || text.startsWith('://', end))) continue;
    tags.push({ text: text.slice(h, end), start: h, end });
    h = end - 1;
  }
  return tags;
}

function isJsSpace(c: number): boolean {
  // \s in a JavaScript regular expression
  return (c >= 0x09 && c <= 0x0d) || c === 0xfeff || (c !== 0x85 && c !== 0x180e && isSpace(c));
}

export function extractCashtags(text: string): Entity[] {
  const tags: Entity[] = [];
  const n = text.length;
  let last = 0;
  for (let d = 0; d < n; d++) {
    if (text.charCodeAt(d) !== 36) continue;
    // (^|spaces)\$
    if (d > 0 && !(isSpace(text.charCodeAt(d - 1)) && d - 1 >= last)) continue;
    // [a-z]{1,6}(?:[._][a-z]{1,2})? followed by $, \s or punctuation
    let k = d + 1;
    while (k < n && k - d <= 7 && isAsciiLetter(text.charCodeAt(k))) k++;
    const run = k - d - 1;
    if (run < 1 || run > 6) continue;
    const ok = (e: number) => e >= n || isJsSpace(text.charCodeAt(e)) || isPunct(text.charCodeAt(e));
    let end = -1;
    const sep = text.charCodeAt(k);
    if (sep === 46 || sep === 95) {
      let s = k + 1;
      while (s < n && s - k <= 2 && isAsciiLetter(text.charCodeAt(s))) s++;
      for (let e = s; e > k + 1 && end < 0; e--) if (ok(e)) end = e;
    }
    if (end < 0 && ok(k)) end = k;
    if (end < 0) continue;
    tags.push({ text: text.slice(d, end), start: d, end });
    last = end;
    d = end - 1;
  }
  return tags;
}
