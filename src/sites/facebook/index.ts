import { makeAdapter } from '../site';
import { selectors } from './selectors';

export const facebook = makeAdapter('facebook', selectors);
