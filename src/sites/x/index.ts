import { makeAdapter } from '../site';
import { selectors } from './selectors';

export const x = makeAdapter('x', selectors);
