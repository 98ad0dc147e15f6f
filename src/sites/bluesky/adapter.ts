import type { Kind } from '../../core/types';
import { selectorsOf } from '../paired';
import { makeAdapter } from '../site';
import { pairs, selectors } from './selectors';

const NEW_POST_ONLY = selectorsOf(pairs.newPostOnly).join(',');
const PUBLISH = selectorsOf(pairs.submit).join(',');

const adapter = makeAdapter('bluesky', selectors);
const baseKind = adapter.kind;

/**
 * A reply when the publish button says so (English) or, in any language, when the composer has
 * its publish button but not the reply-gate button that only a new post offers.
 */
adapter.kind = (composer: Element): Kind => {
  const k = baseKind(composer);
  if (k !== 'post') return k;
  const scope = adapter.scope(composer);
  return scope.querySelector(PUBLISH) && !scope.querySelector(NEW_POST_ONLY) ? 'reply' : 'post';
};

export const bluesky = adapter;
