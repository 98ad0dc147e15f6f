import { DEFAULT_FOLD } from '../platforms';
import { wordAt } from '../text/tokenize';
import { finding, type Rule, type RuleInput } from './rule';

// A short post is its own hook: the opener and first-sentence checks start at this many words.
const MIN_WORDS = 12;
// A filler opener is one of the first few words.
const OPENER_WORDS = 3;

// Salutations that open a greeting on their own ("Hi lovelies!", "Hello fam,", "প্রিয় পাঠক,"): the
// greeting runs to the first comma, "!", full stop or line break within five words, so that
// "Dear parents and students," and "প্রিয় অভিভাবক ও শিক্ষার্থী বন্ধুরা," count as greetings too.
const GREETING_WORDS = 5;
const SALUTATIONS = 'hi|hey|hello|dear|greetings|প্রিয়|হ্যালো|হাই|আসসালামু'.split('|');
const SALUTATION = new Set(SALUTATIONS);
// Lexicon openers that are greetings too: "good morning", "শুভ সকাল", "সবাইকে শুভেচ্ছা", "বন্ধুরা".
const GREETING = new Set([...SALUTATIONS, 'good', 'শুভ', 'সবাইকে', 'বন্ধুরা']);
// Filler openers only when a comma follows them (the lexicon lists words, which carry no comma).
const WITH_COMMA = new Set(['so', 'well']);
const CLOSES = /^[^\p{L}\p{N}]*[,!.।:\n]/u;

function greetingAt(
  d: RuleInput,
  at: number,
): { first: number; last: number; start: number; end: number } | null {
  const { lower, starts, ends, count } = d.words;
  const i = wordAt(d.words, at);
  if (i >= count || !SALUTATION.has(lower[i]!)) return null;
  for (let k = i; k < Math.min(i + GREETING_WORDS, count); k++) {
    if (CLOSES.test(d.text.slice(ends[k]!, ends[k]! + 4)))
      return { first: i, last: k + 1, start: starts[i]!, end: ends[k]! };
  }
  return null;
}

/** The first line before the platform's fold decides whether anyone reads on. */
export const hook: Rule = {
  id: 'hook',
  reason: 'content',
  appliesTo: (d) => d.kind === 'post',
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

    // A bare link or tag first is a weak start at any length; the rest needs a post long enough.
    if (d.words.count < MIN_WORDS) return out;
    // Corporate openers ("we are pleased to announce") are named once, by the corporate rule.
    const corporate = d.cuesOf('voice.corporate');
    const openers = d.cuesOf('hook.filler').filter(
      (c) =>
        c.start < first.end &&
        !corporate.some((k) => k.start < c.end && c.start < k.end) &&
        // "so," and "well," are fillers with their comma; "So proud of the team" is not.
        (!WITH_COMMA.has(c.phrase) || d.text[c.end] === ','),
    );
    const { lower, starts, ends } = d.words;
    const greeted = greetingAt(d, lineStart);
    // "Dear valued customers," is named once, as corporate.
    const salute =
      greeted && !corporate.some((k) => k.start < greeted.end && greeted.start < k.end) ? greeted : null;
    const lead = salute ?? openers.find((c) => c.first < OPENER_WORDS);
    if (lead) {
      // A greeting is warm but still not news: a tip, the same in every language. Throat-clearing
      // ("just wanted to let you know"), alone or after the greeting, is a warning.
      const greeting = GREETING.has(lower[lead.first]!);
      const clearing = greeting
        ? openers.find(
            (c) =>
              c.first >= lead.last && c.first < lead.last + OPENER_WORDS && !GREETING.has(lower[c.first]!),
          )
        : lead;
      const shown = clearing ?? lead;
      const evidence = [{ start: starts[lead.first]!, end: ends[lead.last - 1]! }];
      if (clearing && clearing !== lead) evidence.push(clearing);
      out.push(
        finding(hook, d.text, {
          severity: clearing ? 'warn' : 'tip',
          message: [clearing ? 'f_hook_filler' : 'f_hook_greeting', d.text.slice(shown.start, shown.end)],
          suggestion: ['s_hook_filler'],
          evidence,
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
