import { GENERIC_COMPOSERS } from '../site';
import type { SiteSelectors } from '../types';

// Any other site the user turned Postcoach on for (options → sites): every editable box.
// Test URLs: any page with a textarea or a contenteditable the user enabled.
export const selectors: SiteSelectors = {
  hosts: [],
  composers: GENERIC_COMPOSERS,
  submit: ['button[type="submit"]', 'input[type="submit"]'],
  scope: ['form'],
};
