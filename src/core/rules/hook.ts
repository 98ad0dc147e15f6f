import { DEFAULT_FOLD } from '../platforms';
import { finding, type Rule } from './rule';

// A short post is its own hook: the checks start at this many words.
const MIN_WORDS = 12;
// A filler opener is one of the first few words.
const OPENER_WORDS = 3;

// First words of a greeting, in English and Bengali: hi/hello/dear/good …, প্রিয়/শুভ/হ্যালো/সবাইকে ….
const GREETING = new Set(
  'hi|hey|hello|dear|good|greetings|happy|প্রিয়|সুপ্রিয়|শুভ|হ্যালো|হাই|সবাইকে|সবাই|বন্ধুরা|কেমন|সম্মানিত|আসসালামু|আসসালামুয়ালাইকুম'.split(
    '|',
  ),
);

/** The first line before the platform's fold decides whether anyone reads on. */
export const hook: Rule = {
  id: 'hook',
  reason: 'content',
  appliesTo: (d) => d.kind === 'post' && d.words.count >= MIN_WORDS,
  check(d) {
    const out = [];
    // Where the reader's eye lands: the first character that is not space, and its line.
    const lineStart = d.text.search(/\S/);
    const first = d.lines.find((l) => l.end > lineStart);
    if (lineStart < 0 || !first) return [];

    const url = d.entities.urls[0];
    const tag = d.entities.hashtags[0];
    if (url && url.start === lineStart) {
      out.push(
        finding(hook, d.text, {
          severity: 'warn',
          message: ['f_hook_link_first'],
          suggestion: ['s_hook_link_first'],
          evidence: [url],
          penalty: 10,
          score: 'quality',
        }),
      );
    } else if (tag && tag.start === lineStart) {
      const run = d.entities.hashtags.filter((h) => h.end <= first.end);
      out.push(
        finding(hook, d.text, {
          severity: 'warn',
          message: ['f_hook_tags_first'],
          suggestion: ['s_hook_tags_first'],
          evidence: run,
          penalty: 8,
          score: 'quality',
        }),
      );
    }

    // Corporate openers ("we are pleased to announce") are named once, by the corporate rule.
    const corporate = d.cuesOf('voice.corporate');
    const openers = d
      .cuesOf('hook.filler')
      .filter((c) => c.start < first.end && !corporate.some((k) => k.start < c.end && c.start < k.end));
    const lead = openers.find((c) => c.first < OPENER_WORDS);
    if (lead) {
      // A greeting is warm but still not news: a tip, the same in every language. Throat-clearing
      // ("just wanted to let you know"), alone or after the greeting, is a warning.
      const greeting = GREETING.has(d.words.lower[lead.first]!);
      const clearing = greeting
        ? openers.find(
            (c) => c !== lead && c.first < lead.last + OPENER_WORDS && !GREETING.has(d.words.lower[c.first]!),
          )
        : lead;
      const shown = clearing ?? lead;
      out.push(
        finding(hook, d.text, {
          severity: clearing ? 'warn' : 'tip',
          message: [clearing ? 'f_hook_filler' : 'f_hook_greeting', d.text.slice(shown.start, shown.end)],
          suggestion: ['s_hook_filler'],
          evidence: clearing && clearing !== lead ? [lead, clearing] : [lead],
          penalty: clearing ? 10 : 6,
          score: 'quality',
        }),
      );
    }

    const fold = d.spec.fold || DEFAULT_FOLD;
    const sentence = d.sentences[0];
    if (sentence && sentence.end - sentence.start > fold) {
      out.push(
        finding(hook, d.text, {
          severity: 'tip',
          message: ['f_hook_long_first', fold],
          suggestion: ['s_hook_long_first'],
          evidence: [sentence],
          penalty: 5,
          score: 'quality',
        }),
      );
    }
    return out;
  },
};
