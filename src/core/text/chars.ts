// Character classes shared by the entity extractors. They mirror twitter-text 3.1.0's regexp/
// folder (github.com/twitter/twitter-text, js/src/regexp, Apache-2.0), written as code-unit tests
// so the scanners stay linear instead of relying on a backtracking regular expression.

/** twitter-text regexp/spacesGroup.js */
export function isSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    c === 0x180e ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** twitter-text regexp/invalidCharsGroup.js */
export function isInvalidChar(c: number): boolean {
  return c === 0xfffe || c === 0xfeff || c === 0xffff;
}

/** twitter-text regexp/directionalMarkersGroup.js */
export function isDirectional(c: number): boolean {
  return (
    (c >= 0x202a && c <= 0x202e) ||
    c === 0x061c ||
    c === 0x200e ||
    c === 0x200f ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

// twitter-text regexp/punct.js: !'#%&()*+,\-./:;<=>?@[]^_{|}~$ (no `"` and no backtick).
const PUNCT = "!'#%&()*+,\\-./:;<=>?@[]^_{|}~$";
const PUNCT_TABLE = new Uint8Array(128);
for (let i = 0; i < PUNCT.length; i++) PUNCT_TABLE[PUNCT.charCodeAt(i)] = 1;

export function isPunct(c: number): boolean {
  return c < 128 && PUNCT_TABLE[c] === 1;
}

/** twitter-text regexp/validDomainChars.js: anything but punctuation, spaces, invalid and directional characters. */
export function isDomainChar(c: number): boolean {
  return !(isPunct(c) || isSpace(c) || isInvalidChar(c) || isDirectional(c));
}

export function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** twitter-text regexp/latinAccentChars.js */
export function isLatinAccent(c: number): boolean {
  return (
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x24f) ||
    c === 0x253 ||
    c === 0x254 ||
    c === 0x256 ||
    c === 0x257 ||
    c === 0x259 ||
    c === 0x25b ||
    c === 0x263 ||
    c === 0x268 ||
    c === 0x26f ||
    c === 0x272 ||
    c === 0x289 ||
    c === 0x28b ||
    c === 0x2bb ||
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
