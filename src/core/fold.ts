// Where the feed cuts a post behind "…see more": the first lines as the feed shows them, so the
// hook check is something the owner can see. Pure: no DOM, no browser API; the panel renders it.
//
// Two limits, whichever comes first (the feeds measure rendered lines, so a character budget is
// the width-independent stand-in for lines that wrap):
// - Characters: PLATFORM_SPECS[p].fold (platforms.ts cites each number): LinkedIn ~210 on
//   desktop (web-3-apps.com/char-counter/articles/linkedin-post-length: "truncated after
//   approximately 210 characters (roughly 3 lines of text on desktop)"); Facebook ~477 on desktop
//   (posthell.com/tools/facebook-character-counter, socialk.it Facebook counter: "clipped behind
//   'See more' at roughly 477 characters"); Instagram ~125 (charactercounter.com/instagram: "just
//   the first 125 characters").
// - Lines: LinkedIn organic posts show a 3-line preview on desktop and mobile (John Espirian,
//   "'See more' breakpoints on LinkedIn posts", September 2024); an Instagram caption shows about
//   two lines (blog.aitoearn.ai/how-long-can-an-instagram-post-be: "About the first 125
//   characters (roughly two lines)"). No line count is documented for Facebook: characters only.
import { PLATFORM_SPECS } from './platforms';
import { countGraphemes } from './text/graphemes';
import { largestFitting } from './text/prefix';
import type { Platform } from './types';

/** Lines the feed shows before the fold, where a source documents it (see above). */
export const FOLD_LINES: Partial<Record<Platform, number>> = { linkedin: 3, instagram: 2 };

export interface Fold {
  /** The feed hides part of the post. */
  folds: boolean;
  /** What the feed shows before "…see more" (trailing spaces dropped). */
  visible: string;
  /** UTF-16 index where the hidden part begins (`text.length` when nothing is hidden). */
  cut: number;
  /** Which limit cut it. */
  by: 'characters' | 'lines' | null;
}

const SPACE = /\s/;

/**
 * The largest UTF-16 index at a grapheme boundary whose prefix has at most `max` user-perceived
 * characters (an emoji or a Bengali conjunct is never split).
 */
function graphemePrefix(text: string, max: number): number {
  let lo = largestFitting(text.length, (i) => countGraphemes(text.slice(0, i)) <= max);
  if (lo === text.length) return lo;
  // `lo` may sit inside a cluster (a prefix ending mid-cluster counts the same); step back until
  // the two halves count as the whole.
  const total = countGraphemes(text);
  while (lo > 0 && countGraphemes(text.slice(0, lo)) + countGraphemes(text.slice(lo)) !== total) lo--;
  return lo;
}

/** Where `platform`'s feed folds `text`; `folds: false` for platforms that show whole posts. */
export function feedFold(text: string, platform: Platform): Fold {
  const none: Fold = { folds: false, visible: text, cut: text.length, by: null };
  const chars = PLATFORM_SPECS[platform].fold;
  if (!chars) return none;
  let cut = text.length;
  let by: Fold['by'] = null;
  const lines = FOLD_LINES[platform];
  if (lines) {
    let at = -1;
    for (let i = 0; i < lines; i++) {
      at = text.indexOf('\n', at + 1);
      if (at === -1) break;
    }
    // Only a line break followed by more text hides anything.
    if (at !== -1 && text.slice(at).trim() !== '') {
      cut = at;
      by = 'lines';
    }
  }
  const byChars = graphemePrefix(text, chars);
  if (byChars < cut) {
    cut = byChars;
    by = 'characters';
    // The feeds end the preview on a whole word: back off to the last space, unless the only
    // space is so early that most of the preview would be lost (one long word, a link).
    let space = cut;
    while (space > 0 && !SPACE.test(text[space] ?? '')) space--;
    if (space > cut / 2) cut = space;
  }
  if (cut >= text.length || text.slice(cut).trim() === '') return none;
  return { folds: true, visible: text.slice(0, cut).trimEnd(), cut, by };
}
