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
const EMOJI = new RegExp(
  `[\\u{1F1E6}-\\u{1F1FF}]{1,2}|[#*0-9]\\uFE0F?\\u20E3|${ELEMENT}(?:\\u200D${ELEMENT})*`,
  'gu',
);
const IS_EMOJI = /\p{Emoji}/u;

/**
 * A lone character that has a text presentation by default counts only when Unicode calls it an
 * emoji at all (★ U+2605 is pictographic but not an emoji) and is not ©, ® or ™, which posts use
 * as text (twemoji, which X uses, skips them too without U+FE0F). U+FE0E asks for text.
 */
function keep(m: string, next: number): boolean {
  if (next === 0xfe0e) return false;
  if (m.length !== 1) return true;
  return IS_EMOJI.test(m) && m !== '\xa9' && m !== '\xae' && m !== '\u2122';
}

export function extractEmoji(text: string): Entity[] {
  const out: Entity[] = [];
  EMOJI.lastIndex = 0;
  for (let m = EMOJI.exec(text); m; m = EMOJI.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (keep(m[0], text.charCodeAt(end))) out.push({ text: m[0], start, end });
  }
  return out;
}
