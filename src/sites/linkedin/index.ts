import { makeAdapter } from '../site';
import { selectors } from './selectors';

export const linkedin = makeAdapter('linkedin', selectors);
