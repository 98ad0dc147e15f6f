import type { Finding } from '../types';
import { finding, type Rule } from './rule';

// Tagging more people than this in one post reads as a mass call for attention.
const MAX_MENTIONS = 5;

export const linksMentions: Rule = {
  id: 'links-mentions',
  reason: 'audience',
  check(d) {
    const out: Finding[] = [];
    const urls = d.entities.urls;
    const maxLinks = d.spec.maxLinks;
    if (urls.length > maxLinks) {
      out.push(
        finding(linksMentions, d.text, {
          severity: d.spec.linksRefused ? 'error' : 'warn',
          message: maxLinks === 0 ? ['f_links_not_clickable'] : ['f_links_many', urls.length, maxLinks],
          suggestion: maxLinks === 0 ? ['s_links_not_clickable'] : ['s_links_many'],
          evidence: maxLinks === 0 ? urls : urls.slice(maxLinks),
          penalty: 5 * Math.min(3, urls.length - maxLinks),
          score: 'quality',
        }),
      );
    }
    const mentions = d.ownMentions;
    if (mentions.length > MAX_MENTIONS) {
      out.push(
        finding(linksMentions, d.text, {
          severity: 'warn',
          message: ['f_mentions_many', mentions.length],
          suggestion: ['s_mentions_many'],
          evidence: mentions.slice(MAX_MENTIONS),
          penalty: 8,
          score: 'quality',
        }),
      );
    }
    return out;
  },
};
