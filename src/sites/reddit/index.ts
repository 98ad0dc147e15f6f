import { makeAdapter } from '../site';
import { selectors } from './selectors';

export const reddit = makeAdapter('reddit', selectors);
