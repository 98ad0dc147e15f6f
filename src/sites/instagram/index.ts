import { makeAdapter } from '../site';
import { selectors } from './selectors';

export const instagram = makeAdapter('instagram', selectors);
