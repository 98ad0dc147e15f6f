// Emoji sequences (Unicode UTS #51): flags (regional-indicator pairs), keycaps, and pictographs
// with their variation selector, skin tones, tag sequences (🏴 subdivision flags) and ZWJ
// joins, each as one entity. One regular expression with no ambiguous repetition, so linear.
import type { Entity } from '../types';

// One element: a modifier base with its skin tone, a character shown as emoji by default, or a
// pictograph with U+FE0F; then an optional tag sequence (🏴 + tags + cancel tag). U+FE0F after a
// character that is emoji by default, or a skin tone after a character that takes none, is not
// part of the sequence (no RGI sequence has them; twemoji, which X counts with, splits them too).
const ELEMENT =
  '(?:\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}|\\p{Emoji_Presentation}|\\p{Extended_Pictographic}\\uFE0F?)(?:[\\u{E0020}-\\u{E007E}]+\\u{E007F})?';
export const EMOJI = new RegExp(
  `[\\u{1F1E6}-\\u{1F1FF}]{1,2}|[#*0-9]\\uFE0F?\\u20E3|${ELEMENT}(?:\\u200D${ELEMENT})*`,
  'gu',
);
// The same, tried at one position: only where a sequence can start (mayStart), not at every one.
const EMOJI_AT = new RegExp(EMOJI.source, 'uy');
const IS_EMOJI = /\p{Emoji}/u;

/**
 * A lone character that has a text presentation by default counts only when Unicode calls it an
 * emoji at all (★ U+2605 is pictographic but not an emoji) and is not ©, ® or ™, which posts use
 * as text (twemoji, which X uses, skips them too without U+FE0F). U+FE0E asks for text.
 */
export function keep(m: string, next: number): boolean {
  if (next === 0xfe0e) return false;
  if (m.length !== 1) return true;
  return IS_EMOJI.test(m) && m !== '\xa9' && m !== '\xae' && m !== '\u2122';
}

export function extractEmoji(text: string): Entity[] {
  const out: Entity[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (!mayStart(text, i)) continue;
    EMOJI_AT.lastIndex = i;
    const m = EMOJI_AT.exec(text);
    if (!m) continue;
    const end = i + m[0].length;
    if (keep(m[0], text.charCodeAt(end))) out.push({ text: m[0], start: i, end });
    // Like the global expression, go on after the match, kept or not.
    i = end - 1;
  }
  return out;
}

/**
 * Whether a sequence can start at i: a keycap's #, * or digit before U+FE0F or U+20E3; ©, ®, ‼,
 * ⁉, the symbols from ™ U+2122 to U+32FF, or a high surrogate (flags and the astral pictographs).
 * Computed from EMOJI over every BMP character (tests/unit/text-counting.test.ts checks it).
 */
function mayStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    if (c !== 35 && c !== 42 && (c < 48 || c > 57)) return false;
    const d = text.charCodeAt(i + 1);
    return d === 0xfe0f || d === 0x20e3;
  }
  return (
    c === 0xa9 ||
    c === 0xae ||
    c === 0x203c ||
    c === 0x2049 ||
    (c >= 0x2122 && c <= 0x32ff) ||
    (c >= 0xd800 && c <= 0xdbff)
  );
}
