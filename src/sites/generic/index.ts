import { makeAdapter } from '../site';
import { selectors } from './selectors';

export const generic = makeAdapter('generic', selectors, { matches: () => true });
