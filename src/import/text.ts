// Text helpers shared by the parsers: decoding bytes, JSON with a useful error position,
// HTML to plain text, entity decoding, mojibake repair, stable ids and dates.
import { ImportError } from './types';

/** Decodes bytes as UTF-8, or UTF-16 when a byte-order mark says so. Invalid UTF-8 is an error. */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  }
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    const at = firstInvalidUtf8(bytes, start);
    const { line, column } = lineColumnOfByte(bytes, at);
    throw new ImportError(
      `the text is not valid UTF-8 (byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')}); ` +
        'the file may be in another encoding or damaged',
      { file, line, column, offset: at },
    );
  }
}

function firstInvalidUtf8(bytes: Uint8Array, start: number): number {
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const n =
      b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return Math.max(start, bytes.length - 1);
}

function lineColumnOfByte(bytes: Uint8Array, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: at - lineStart + 1 };
}

export function lineColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(index, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * JSON.parse with an error that says where. `offset` is where `json` starts inside the whole
 * file's text (after a `window.YTD... =` prefix), so line numbers are the file's own.
 */
export function parseJson(json: string, file: string, whole = json, offset = 0): unknown {
  try {
    return JSON.parse(json);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const m = /position (\d+)/.exec(message);
    // A cut that lands after a number or a literal is reported as a missing `,` or `}` at the very
    // end, not as "end of JSON": an error at the end of the text is a cut file either way.
    const truncated =
      /end of JSON|Unterminated|Unexpected end/i.test(message) ||
      (m !== null && Number(m[1]) >= json.trimEnd().length);
    const at = m ? Number(m[1]) : truncated ? json.length : 0;
    const { line, column } = lineColumn(whole, offset + at);
    const near = json.slice(Math.max(0, at - 20), at + 20).replace(/\s+/g, ' ');
    const problem = truncated
      ? 'the file ends in the middle of the data (was it cut short while downloading or unzipping?)'
      : `this is not valid JSON (${message.replace(/^JSON\.parse: /, '').split(' in JSON')[0]}) near “${near}”`;
    throw new ImportError(problem, { file, line, column });
  }
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

/** Decodes HTML character references (named ones that posts use, and all numeric ones). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

/**
 * Plain text from the small HTML that Mastodon writes for a post: paragraphs become blank
 * lines, `<br>` a line break, tags go and their text stays. Mastodon hides parts of long link
 * texts in `invisible` spans and marks the rest `ellipsis`; keeping the text of both gives back
 * the link as it was typed.
 */
export function htmlToText(html: string): string {
  // One pass with indexOf (the regex `<[^>]*>` rescanned to the end from every
  // unclosed `<`, quadratic: 40k characters took 1.7 s). A `<` with no `>` after it stays text,
  // as the regex left it.
  let out = '';
  let closedP = -1;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    const gt = html.indexOf('>', lt + 1);
    if (gt === -1) break;
    out += html.slice(i, lt);
    const tag = html.slice(lt + 1, gt);
    const name = /^\/?([a-zA-Z0-9]*)/.exec(tag)![1]!.toLowerCase();
    if (/^br\s*\/?$/i.test(tag)) out += '\n';
    else if (name === 'p' && tag[0] === '/') closedP = out.length;
    else if (name === 'p' && closedP !== -1 && out.slice(closedP).trim() === '')
      out = `${out.slice(0, closedP)}\n\n`;
    i = gt + 1;
  }
  out += html.slice(i);
  return decodeEntities(out).trim();
}

/**
 * Facebook and Instagram exports write each UTF-8 byte of non-ASCII text as its own `\u00xx`
 * escape ("cafÃ©" for "café"). When a string holds only characters ≤ U+00FF and reading them as
 * bytes gives valid UTF-8, that is what was meant.
 */
export function repairMojibake(text: string): string {
  let high = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) return text;
    if (c >= 0x80) high = true;
  }
  if (!high) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return text;
  }
}

/** A stable 64-bit hash (two 32-bit FNV-1a-style lanes) as 13 base-36 characters. */
export function stableHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b) >>> 0;
  h2 = Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35) >>> 0;
  return h1.toString(36).padStart(7, '0') + h2.toString(36).padStart(7, '0');
}

const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, offsetMin: number): number {
  const t = Date.UTC(y, mo, d, h, mi, s) - offsetMin * 60_000;
  const check = new Date(Date.UTC(y, mo, d));
  if (check.getUTCMonth() !== mo || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 60)
    return Number.NaN;
  return t;
}

function offsetMinutes(sign: string | undefined, hh: string | undefined, mm: string | undefined): number {
  if (!sign || !hh) return 0;
  const v = Number(hh) * 60 + Number(mm ?? 0);
  return sign === '-' ? -v : v;
}

/**
 * Parses the date shapes the archives use, without relying on Date.parse's
 * implementation-defined leniency:
 * - `Fri Feb 24 06:58:32 +0000 2023` (X)
 * - `2013-06-30 13:50:33 +0000` (oldest X archives)
 * - `2017/06/08 08:15:44 UTC`, `2023-02-24 06:58:32` (LinkedIn; no zone means UTC)
 * - ISO 8601 with `T`, fraction and `Z`/offset (Mastodon, Bluesky)
 * Returns NaN when the text is none of them.
 */
export function parseDate(text: string): number {
  const s = text.trim();
  let m = /^[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/.exec(
    s,
  );
  if (m) {
    const mo = MONTHS[m[1]!.toLowerCase()];
    if (mo === undefined) return Number.NaN;
    return utc(+m[9]!, mo, +m[2]!, +m[3]!, +m[4]!, +m[5]!, offsetMinutes(m[6], m[7], m[8]));
  }
  m =
    /^(\d{4})[-/](\d{2})[-/](\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(?:Z|UTC|GMT|([+-])(\d{2}):?(\d{2})?)?$/i.exec(
      s,
    );
  if (m) {
    const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
    const t = utc(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0), offsetMinutes(m[8], m[9], m[10]));
    return t + ms;
  }
  return Number.NaN;
}
