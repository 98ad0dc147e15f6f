import { makeAdapter } from '../site';
import { selectors } from './selectors';

export const threads = makeAdapter('threads', selectors);
