// @mentions with twitter-text 3.1.0's rules (extractMentionsOrListsWithIndices.js,
// regexp/validMentionOrList.js, validMentionPrecedingChars.js, endMentionMatch.js;
// github.com/twitter/twitter-text, Apache-2.0). The entity is `@screen_name`; a list slug
// (`@user/list`) is left out of the range. Linear: only the few positions before each `@` are tried.
import type { Entity } from '../types';
import { isAsciiAlnum, isLatinAccent } from './chars';

function isAt(c: number): boolean {
  return c === 64 || c === 0xff20;
}

function isNameChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 95;
}

/** [^a-zA-Z0-9_!#$%&*@＠] */
function plainPreceding(c: number): boolean {
  return !(isNameChar(c) || c === 33 || c === 35 || c === 36 || c === 37 || c === 38 || c === 42 || isAt(c));
}

/** [^a-zA-Z0-9_+~.-] */
function rtPreceding(c: number): boolean {
  return !(isNameChar(c) || c === 43 || c === 126 || c === 46 || c === 45);
}

interface Found {
  at: number;
  nameEnd: number;
  end: number;
}

/** `@` at `a` followed by a screen name and an optional list; undefined when no name follows. */
function nameAt(text: string, a: number): Found | undefined {
  const n = text.length;
  if (a >= n || !isAt(text.charCodeAt(a))) return undefined;
  let k = a + 1;
  while (k < n && k - a <= 20 && isNameChar(text.charCodeAt(k))) k++;
  if (k === a + 1) return undefined;
  const nameEnd = k;
  let end = k;
  // (/[a-zA-Z][a-zA-Z0-9_-]{0,24})?
  if (text.charCodeAt(k) === 47) {
    const c = text.charCodeAt(k + 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      let s = k + 2;
      while (s < n && s - k - 2 < 24 && (isNameChar(text.charCodeAt(s)) || text.charCodeAt(s) === 45)) s++;
      end = s;
    }
  }
  return { at: a, nameEnd, end };
}

function isRt(text: string, p: number): boolean {
  const r = text.charCodeAt(p);
  const t = text.charCodeAt(p + 1);
  return (r === 114 || r === 82) && (t === 116 || t === 84);
}

function rtFrom(text: string, p: number): Found | undefined {
  if (!isRt(text, p)) return undefined;
  if (text.charCodeAt(p + 2) === 58) {
    const f = nameAt(text, p + 3);
    if (f) return f;
  }
  return nameAt(text, p + 2);
}

/** The regular expression tried at position q: ^ | [^…] | (^|[^…])(rt|RT|rT|Rt):? then @name. */
function tryAt(text: string, q: number): Found | undefined {
  const c = text.charCodeAt(q);
  if (q === 0) {
    const f = nameAt(text, 0);
    if (f) return f;
  }
  if (plainPreceding(c)) {
    const f = nameAt(text, q + 1);
    if (f) return f;
  }
  if (q === 0) {
    const f = rtFrom(text, 0);
    if (f) return f;
  }
  if (rtPreceding(c)) return rtFrom(text, q + 1);
  return undefined;
}

export function extractMentions(text: string): Entity[] {
  const out: Entity[] = [];
  const n = text.length;
  let last = 0;
  let tried = -1;
  for (let a = 0; a < n; a++) {
    if (!isAt(text.charCodeAt(a))) continue;
    for (let q = Math.max(last, tried + 1, a - 4); q <= a; q++) {
      tried = q;
      const f = tryAt(text, q);
      if (!f) continue;
      last = f.end;
      tried = f.end - 1;
      const after = f.end < n ? text.charCodeAt(f.end) : -1;
      // endMentionMatch: ^(?:[@＠]|[latinAccentChars]|://)
      if (!(isAt(after) || isLatinAccent(after) || text.startsWith('://', f.end))) {
        out.push({ text: text.slice(f.at, f.nameEnd), start: f.at, end: f.nameEnd });
      }
      a = f.end - 1;
      break;
    }
  }
  return out;
}
