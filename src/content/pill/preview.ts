// What the post will look like once it is out: the first lines
// as the feed shows them, with the platform's "…see more" at the fold (src/core/fold.ts), and an
// X draft over the limit as a thread of numbered posts that each fit (src/core/thread.ts), with a
// Copy button per post. Postcoach never writes into the site's editor: copying is the user's act
// (a trusted click), and pasting is theirs too.
import { feedFold } from '../../core/fold';
import { twitterWeightedLength } from '../../core/text/count';
import { splitThread, X_LIMIT } from '../../core/thread';
import type { Language, Platform } from '../../core/types';
import { el, mark, trusted } from './dom';
import { type Format, formatCount } from './i18n';

/** The feed's preview of `text`, or null when the platform shows the whole post or it fits. */
export function foldView(text: string, platform: Platform, f: Format): HTMLElement | null {
  const fold = feedFold(text, platform);
  if (!fold.folds) return null;
  return el(
    'section',
    { class: 'fold', 'aria-labelledby': 'pc-fold' },
    el('h3', { id: 'pc-fold' }, f('pill_fold_title')),
    el(
      'p',
      { class: 'feed', 'data-fold': fold.by ?? '' },
      el('span', { class: 'shown' }, fold.visible),
      // The platform's own words at the fold (pill_fold_more_<platform> in _locales).
      el('span', { class: 'more' }, f(`pill_fold_more_${platform}`)),
    ),
    el('p', { class: 'note' }, f(fold.by === 'lines' ? 'pill_fold_lines' : 'pill_fold_chars')),
  );
}

/** What the Copy buttons need from the pill: its host (test hooks) and its live region. */
interface CopyHost {
  host: HTMLElement;
  say(text: string): void;
}

/** An X draft over the limit as numbered posts, each with its weighted count and a Copy button. */
export function threadView(text: string, f: Format, lang: Language, h: CopyHost): HTMLElement | null {
  const posts = splitThread(text);
  if (posts.length < 2) return null;
  const n = posts.length;
  const items = posts.map((post, i) => {
    const copy = el(
      'button',
      {
        type: 'button',
        'data-action': 'copy',
        'aria-label': f('pill_thread_copy_label', i + 1, n),
      },
      f('pill_thread_copy'),
    );
    copy.addEventListener(
      'click',
      trusted(() => copyPost(post, i + 1, n, copy, f, h)),
    );
    return el(
      'li',
      { class: 'part', 'data-part': String(i + 1) },
      el('p', { class: 'post' }, post),
      el(
        'div',
        { class: 'acts' },
        el('span', { class: 'weight' }, f('pill_count', twitterWeightedLength(post), X_LIMIT)),
        copy,
      ),
    );
  });
  return el(
    'section',
    { class: 'thread', 'aria-labelledby': 'pc-thread' },
    el('h3', { id: 'pc-thread' }, formatCount(f, lang, 'count_thread_posts', n)),
    el('p', { class: 'note' }, f('pill_thread_note', X_LIMIT)),
    el('ol', null, ...items),
  );
}

/**
 * Puts one post on the clipboard (on a trusted click only: the browser also wants the user's
 * activation for `writeText`). A page that denies the clipboard gets a clear word and the post
 * stays on screen, selectable.
 */
function copyPost(post: string, i: number, n: number, b: HTMLElement, f: Format, h: CopyHost): void {
  // The exact text handed to the clipboard, for the suites where it cannot be read back.
  mark(h.host, 'data-copied', post);
  const failed = () => h.say(f('pill_thread_copy_failed'));
  try {
    navigator.clipboard.writeText(post).then(() => {
      b.textContent = f('pill_thread_copied');
      h.say(f('pill_thread_copied_label', i, n));
    }, failed);
  } catch {
    failed(); // no clipboard here (an insecure page)
  }
}
