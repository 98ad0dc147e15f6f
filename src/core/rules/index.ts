import { bragging } from './bragging';
import { buzzwords } from './buzzwords';
import { corporate } from './corporate';
import { detail } from './detail';
import { emoji } from './emoji';
import { exclamations } from './exclamations';
import { hashtags } from './hashtags';
import { hook } from './hook';
import { hostile } from './hostile';
import { length } from './length';
import { linksMentions } from './links-mentions';
import { listening } from './listening';
import { readability } from './readability';
import { repetition } from './repetition';
import type { Rule } from './rule';
import { selling } from './selling';
import { shouting } from './shouting';
import { vague } from './vague';
import { wallOfText } from './wall-of-text';
import { weYou } from './we-you';

/** Every rule, in the order their findings are listed. Adding a rule: one file, one line here. */
export const RULES: readonly Rule[] = [
  length,
  hook,
  readability,
  wallOfText,
  repetition,
  vague,
  detail,
  shouting,
  exclamations,
  emoji,
  hashtags,
  linksMentions,
  selling,
  listening,
  corporate,
  buzzwords,
  bragging,
  weYou,
  hostile,
];
