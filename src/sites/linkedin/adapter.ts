import type { Kind } from '../../core/types';
import { selectorsOf } from '../paired';
import { makeAdapter } from '../site';
import { pairs, selectors } from './selectors';

const POST_WITHIN = selectorsOf(pairs.postWithin).join(',');

const adapter = makeAdapter('linkedin', selectors);
const baseKind = adapter.kind;

/**
 * A share box is a post; otherwise LinkedIn's composers outside a dialog answer someone (new-feed
 * comments have no stable container, only hashed classes): a reply under a comment, else a comment.
 */
adapter.kind = (composer: Element): Kind => {
  if (composer.closest(POST_WITHIN)) return 'post';
  const k = baseKind(composer);
  if (k !== 'post') return k;
  return composer.closest('dialog, [role="dialog"]') ? 'post' : 'comment';
};

export const linkedin = adapter;
