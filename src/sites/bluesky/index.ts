import { makeAdapter } from '../site';
import { selectors } from './selectors';

export const bluesky = makeAdapter('bluesky', selectors);
