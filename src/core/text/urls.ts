// URL extraction with twitter-text 3.1.0's rules (extractUrlsWithIndices.js and regexp/extractUrl.js,
// github.com/twitter/twitter-text, Apache-2.0), rewritten as a linear scan. twitter-text's regular
// expression backtracks on inputs like `http://a.a.a.a…` (0.5 s for 20,000 characters); here every
// label of the text is classified once and each possible start is decided in constant time.
import type { Entity } from '../types';
import { isAsciiAlnum, isDirectional, isDomainChar, isInvalidChar, isLatinAccent } from './chars';
import { punycodeLabelLength } from './punycode';
import { MAX_TLD_LENGTH, tldSet } from './tlds';

/** extractUrlsWithIndices.js: MAX_URL_LENGTH, MAX_TCO_SLUG_LENGTH; lib/idna.js: MAX_DOMAIN_LABEL_LENGTH. */
const MAX_URL_LENGTH = 4096;
const MAX_TCO_SLUG_LENGTH = 40;
const MAX_LABEL_LENGTH = 63;

const DOT = 46;
const HYPHEN = 45;
const UNDERSCORE = 95;

const ASCII_LABEL = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_LABEL[c] = c === HYPHEN || c === UNDERSCORE || isDomainChar(c) ? 1 : 0;

function isLabelChar(c: number): boolean {
  return c < 128 ? ASCII_LABEL[c] === 1 : isDomainChar(c);
}

/** First code units of the TLDs, so that most labels are ruled out without a lookup. */
let firstUnits: Set<number> | undefined;
function tldFirstUnits(): Set<number> {
  if (!firstUnits) {
    firstUnits = new Set();
    for (const t of tldSet()) {
      firstUnits.add(t.charCodeAt(0));
      firstUnits.add(t.toUpperCase().charCodeAt(0));
    }
  }
  return firstUnits;
}

/** regexp/validUrlPrecedingChars.js: not [A-Za-z0-9@＠$#＃] nor an invalid character (directional marks allowed). */
function validPreceding(c: number): boolean {
  if (isDirectional(c)) return true;
  return !(
    isAsciiAlnum(c) ||
    c === 64 ||
    c === 0xff20 ||
    c === 36 ||
    c === 35 ||
    c === 0xff03 ||
    isInvalidChar(c)
  );
}

/** The TLD lookahead `(?=[^0-9a-zA-Z@+-]|$)` fails on these. */
function stopsTld(c: number): boolean {
  return isAsciiAlnum(c) || c === 64 || c === 43 || c === HYPHEN;
}

function isCyrillic(c: number): boolean {
  return c >= 0x400 && c <= 0x4ff;
}

/** regexp/validGeneralUrlPathChars.js */
function isPathChar(c: number): boolean {
  if (isAsciiAlnum(c) || isCyrillic(c) || isLatinAccent(c) || c === 0x2013) return true;
  // ! * ' ; : = + , . $ / % # [ ] - _ ~ @ | &
  return c < 128 && "!*';:=+,.$/%#[]-_~@|&".indexOf(String.fromCharCode(c)) >= 0;
}

/** regexp/validUrlPathEndingChars.js (without the balanced parentheses) */
function isPathEnd(c: number): boolean {
  return (
    isAsciiAlnum(c) ||
    isCyrillic(c) ||
    isLatinAccent(c) ||
    c === 43 ||
    c === HYPHEN ||
    c === 61 ||
    c === UNDERSCORE ||
    c === 35 ||
    c === 47
  );
}

/** regexp/validUrlQueryChars.js */
function isQueryChar(c: number): boolean {
  return isAsciiAlnum(c) || (c < 128 && "!?*'@();:&=+$/%#[]-_.,~|".indexOf(String.fromCharCode(c)) >= 0);
}

/** regexp/validUrlQueryEndingChars.js */
function isQueryEnd(c: number): boolean {
  return isAsciiAlnum(c) || c === HYPHEN || c === UNDERSCORE || c === 38 || c === 61 || c === 35 || c === 47;
}

/** regexp/validAsciiDomain.js label characters: [-a-z0-9] and Latin accents. */
function isAsciiDomainChar(c: number): boolean {
  return isAsciiAlnum(c) || c === HYPHEN || isLatinAccent(c);
}

/**
 * Length of the TLD (regexp/validGTLD.js | validCCTLD.js | validPunycode.js, each followed by the
 * lookahead) that starts at `pos`, or 0. `end` plays the part of `$`.
 */
function tldAt(text: string, pos: number, end: number): number {
  const first = text.charCodeAt(pos);
  let best = 0;
  if (tldFirstUnits().has(first)) {
    const set = tldSet();
    for (let len = 1; len <= MAX_TLD_LENGTH && pos + len <= end; len++) {
      const c = text.charCodeAt(pos + len - 1);
      if (c === DOT || c === HYPHEN || c === UNDERSCORE || !isDomainChar(c)) break;
      if (pos + len < end && stopsTld(text.charCodeAt(pos + len))) continue;
      if (set.has(text.slice(pos, pos + len).toLowerCase())) best = len;
    }
  }
  if (best > 0 || (first !== 120 && first !== 88)) return best;
  // validPunycode: xn--[-0-9a-z]+, greedy and, unlike the two lists, without the lookahead.
  if (end - pos > 4 && text.slice(pos, pos + 4).toLowerCase() === 'xn--') {
    let e = pos + 4;
    while (e < end && (isAsciiAlnum(text.charCodeAt(e)) || text.charCodeAt(e) === HYPHEN)) e++;
    if (e > pos + 4) return e - pos;
  }
  return 0;
}

/** Runs of label characters in `text` (the candidates for domain labels) and what each can be. */
interface Labels {
  start: number[];
  end: number[];
  /** Position of the last `_` in the segment, or -1. */
  lastUnderscore: number[];
  /** Index of the last segment of a valid domain that starts with this whole segment, or -1. */
  best: Int32Array;
  tld: Int32Array;
  linked: Uint8Array;
}

function classify(text: string): Labels | undefined {
  const n = text.length;
  const start: number[] = [];
  const end: number[] = [];
  const lastUnderscore: number[] = [];
  // Only runs of label characters beside a dot can take part in a domain: find them from the
  // dots, each character scanned at most once.
  let scanned = 0;
  const push = (a: number, b: number) => {
    let us = -1;
    for (let k = a; k < b; k++) if (text.charCodeAt(k) === UNDERSCORE) us = k;
    start.push(a);
    end.push(b);
    lastUnderscore.push(us);
    scanned = b;
  };
  for (let p = text.indexOf('.'); p >= 0; p = text.indexOf('.', p + 1)) {
    if (p > scanned && isLabelChar(text.charCodeAt(p - 1))) {
      let a = p - 1;
      while (a > scanned && isLabelChar(text.charCodeAt(a - 1))) a--;
      push(a, p);
    }
    if (p + 1 < n && isLabelChar(text.charCodeAt(p + 1))) {
      let b = p + 1;
      while (b < n && isLabelChar(text.charCodeAt(b))) b++;
      push(p + 1, b);
      p = b - 1;
    } else scanned = p + 1;
  }
  const m = start.length;
  const linked = new Uint8Array(m);
  const tld = new Int32Array(m);
  const best = new Int32Array(m + 1).fill(-1);
  let anyTld = false;
  for (let j = 0; j < m; j++) {
    const b = end[j] as number;
    linked[j] = b < n && text.charCodeAt(b) === DOT && j + 1 < m && start[j + 1] === b + 1 ? 1 : 0;
    if (j > 0 && linked[j - 1]) {
      const t = tldAt(text, start[j] as number, n);
      tld[j] = t;
      if (t > 0) anyTld = true;
    }
  }
  if (!anyTld) return undefined;
  // regexp/validDomain.js: validSubdomain* validDomainName TLD, greedy: the most labels win.
  for (let j = m - 1; j >= 0; j--) {
    if (!linked[j]) continue;
    const a = start[j] as number;
    const sub = isDomainChar(text.charCodeAt(a)) && isDomainChar(text.charCodeAt((end[j] as number) - 1));
    if (sub && (best[j + 1] as number) >= 0) best[j] = best[j + 1] as number;
    else if (sub && (lastUnderscore[j] as number) < a && (tld[j + 1] as number) > 0) best[j] = j;
  }
  return { start, end, lastUnderscore, best, tld, linked };
}

/** End of the domain that starts at `d` (inside a segment, possibly mid-segment), or -1. */
/** Index of the segment that holds position `d`, or -1 (binary search). */
function segmentAt(L: Labels, d: number): number {
  let lo = 0;
  let hi = L.start.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((L.start[mid] as number) <= d) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 && d < (L.end[hi] as number) ? hi : -1;
}

function domainEnd(text: string, L: Labels, d: number): number {
  if (!isLabelChar(text.charCodeAt(d))) return -1;
  const i = segmentAt(L, d);
  if (i < 0 || !L.linked[i]) return -1;
  const sub = isDomainChar(text.charCodeAt(d)) && isDomainChar(text.charCodeAt((L.end[i] as number) - 1));
  if (!sub) return -1;
  let k = -1;
  if ((L.best[i + 1] as number) >= 0) k = L.best[i + 1] as number;
  else if ((L.lastUnderscore[i] as number) < d && (L.tld[i + 1] as number) > 0) k = i;
  if (k < 0) return -1;
  return (L.start[k + 1] as number) + (L.tld[k + 1] as number);
}

function balancedParens(text: string, j: number): number {
  // regexp/validUrlBalancedParens.js: \( (?: G+ | G* \( G+ \) G* ) \)
  const n = text.length;
  let k = j + 1;
  while (k < n && isPathChar(text.charCodeAt(k))) k++;
  if (k < n && text.charCodeAt(k) === 41) return k > j + 1 ? k + 1 : -1;
  if (k >= n || text.charCodeAt(k) !== 40) return -1;
  let k2 = k + 1;
  while (k2 < n && isPathChar(text.charCodeAt(k2))) k2++;
  if (k2 === k + 1 || k2 >= n || text.charCodeAt(k2) !== 41) return -1;
  let k3 = k2 + 1;
  while (k3 < n && isPathChar(text.charCodeAt(k3))) k3++;
  return k3 < n && text.charCodeAt(k3) === 41 ? k3 + 1 : -1;
}

/** End of `/validUrlPath*` starting at the `/` at `p`. */
function pathEnd(text: string, p: number): number {
  const n = text.length;
  let j = p + 1;
  let last = p + 1;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (isPathChar(c)) {
      j++;
      if (isPathEnd(c)) last = j;
    } else if (c === 40) {
      const e = balancedParens(text, j);
      if (e < 0) break;
      j = e;
      last = j;
    } else break;
  }
  return last;
}

/** End of `\?Q*QE` starting at the `?` at `p`, or `p` when it does not match. */
function queryEnd(text: string, p: number, limit: number): number {
  let j = p + 1;
  let last = p;
  while (j < limit) {
    const c = text.charCodeAt(j);
    if (!isQueryChar(c)) break;
    j++;
    if (isQueryEnd(c)) last = j;
  }
  return last;
}

/** validAsciiDomain matches inside [ds, de) (the `g` regular expression, leftmost and greedy). */
function asciiDomains(text: string, ds: number, de: number, out: [number, number][]): void {
  const ls: number[] = [];
  const le: number[] = [];
  const suf: number[] = [];
  const all: number[] = [];
  let a = ds;
  for (let i = ds; i <= de; i++) {
    if (i === de || text.charCodeAt(i) === DOT) {
      let s = i;
      while (s > a && isAsciiDomainChar(text.charCodeAt(s - 1))) s--;
      ls.push(a);
      le.push(i);
      suf.push(s);
      all.push(s === a && i > a ? 1 : 0);
      a = i + 1;
    }
  }
  const m = ls.length;
  const tld = new Int32Array(m);
  for (let j = 1; j < m; j++) tld[j] = tldAt(text, ls[j] as number, de);
  const best = new Int32Array(m + 1).fill(-1);
  for (let j = m - 2; j >= 0; j--) {
    if (all[j + 1] && (best[j + 1] as number) >= 0) best[j] = best[j + 1] as number;
    else if ((tld[j + 1] as number) > 0) best[j] = j;
  }
  let pos = ds;
  let j = 0;
  while (j < m) {
    const s = Math.max(pos, suf[j] as number);
    const k = best[j] as number;
    if (s < (le[j] as number) && k >= 0) {
      const e = (ls[k + 1] as number) + (tld[k + 1] as number);
      out.push([s, e]);
      pos = e;
      j = k + 1;
    } else j++;
  }
}

function hasAsciiDomain(text: string, ds: number, de: number): boolean {
  const found: [number, number][] = [];
  asciiDomains(text, ds, de, found);
  return found.length > 0;
}

/** extractUrlsWithIndices.js isValidUrl + lib/idna.js toAscii. */
function validUrl(
  text: string,
  urlStart: number,
  urlEnd: number,
  protocolLength: number,
  ds: number,
  de: number,
): boolean {
  if (text.slice(ds, ds + 4) === 'xn--' && !hasAsciiDomain(text, ds, de)) return false;
  let encoded = 0;
  let a = ds;
  for (let i = ds; i <= de; i++) {
    if (i === de || text.charCodeAt(i) === DOT) {
      let ascii = true;
      for (let k = a; k < i && ascii; k++) if (text.charCodeAt(k) >= 128) ascii = false;
      const len = ascii ? i - a : punycodeLabelLength(text.slice(a, i), MAX_URL_LENGTH);
      if (len < 1 || len > MAX_LABEL_LENGTH) return false;
      encoded += len + (i < de ? 1 : 0);
      a = i + 1;
    }
  }
  const length = urlEnd - urlStart + encoded - (de - ds);
  return (protocolLength || 8) + length <= MAX_URL_LENGTH;
}

function protocolAt(text: string, s: number): number {
  const c = text.charCodeAt(s);
  if (c !== 104 && c !== 72) return 0;
  const head = text.slice(s, s + 8).toLowerCase();
  if (head.startsWith('http://')) return 7;
  if (head === 'https://') return 8;
  return 0;
}

interface Match {
  start: number;
  end: number;
  protocol: number;
  ds: number;
  de: number;
  path: boolean;
}

function matchAt(text: string, L: Labels, s: number): Match | undefined {
  const n = text.length;
  if (s >= n) return undefined;
  const protocol = protocolAt(text, s);
  const ds = s + protocol;
  if (ds >= n) return undefined;
  const de = domainEnd(text, L, ds);
  if (de < 0) return undefined;
  let e = de;
  // (?::(\d+))?
  if (e + 1 < n && text.charCodeAt(e) === 58) {
    let k = e + 1;
    while (k < n && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
    if (k > e + 1) e = k;
  }
  let path = false;
  if (e < n && text.charCodeAt(e) === 47) {
    e = pathEnd(text, e);
    path = true;
  }
  if (e < n && text.charCodeAt(e) === 63) e = queryEnd(text, e, n);
  return { start: s, end: e, protocol, ds, de, path };
}

/** URLs as twitter-text's extractUrlsWithIndices finds them (with and without protocol). */
export function extractUrls(text: string): Entity[] {
  const n = text.length;
  const urls: Entity[] = [];
  if (n === 0 || text.indexOf('.') < 0) return urls;
  const L = classify(text);
  if (!L) return urls;
  let q = 0;
  while (q < n) {
    // The regular expression's search: the preceding character at q, or `^` at 0.
    let m = validPreceding(text.charCodeAt(q)) ? matchAt(text, L, q + 1) : undefined;
    if (!m && q === 0) m = matchAt(text, L, 0);
    if (!m) {
      q++;
      continue;
    }
    q = m.end;
    if (!validUrl(text, m.start, m.end, m.protocol, m.ds, m.de)) continue;
    if (m.protocol === 0) {
      // regexp/invalidUrlWithoutProtocolPrecedingChars.js
      if (m.start > 0 && '-_./'.indexOf(text.charAt(m.start - 1)) >= 0) continue;
      const found: [number, number][] = [];
      asciiDomains(text, m.ds, m.de, found);
      if (found.length === 0) continue;
      for (let f = 0; f < found.length; f++) {
        const [fs, fe] = found[f] as [number, number];
        const end = f === found.length - 1 && m.path ? m.end : fe;
        urls.push({ text: text.slice(fs, end), start: fs, end });
      }
      continue;
    }
    let end = m.end;
    // regexp/validTcoUrl.js: ^https?://t.co/([a-z0-9]+)(?:\?Q*QE)?
    const p = m.start + m.protocol;
    if (text.slice(p, p + 5).toLowerCase() === 't.co/') {
      let k = p + 5;
      while (k < end && isAsciiAlnum(text.charCodeAt(k))) k++;
      if (k > p + 5) {
        if (k - p - 5 > MAX_TCO_SLUG_LENGTH) continue;
        end = k < end && text.charCodeAt(k) === 63 ? queryEnd(text, k, end) : k;
      }
    }
    urls.push({ text: text.slice(m.start, end), start: m.start, end });
  }
  return urls;
}
