import type { Kind } from '../../core/types';
import { makeAdapter } from '../site';
import { selectors } from './selectors';

const adapter = makeAdapter('instagram', selectors);
const baseKind = adapter.kind;

/** Instagram's "Reply" only pre-fills the comment box with "@user ". */
const REPLY_PREFIX = /^@[\p{L}\p{N}._]+\s/u;

adapter.kind = (composer: Element): Kind => {
  const k = baseKind(composer);
  if (k === 'comment' && REPLY_PREFIX.test(adapter.readText(composer))) return 'reply';
  return k;
};

export const instagram = adapter;
