// Counting extended grapheme clusters (UAX #29) in one linear pass. Intl.Segmenter is exact but,
// in Node 20's V8, far from linear on long strings (measured: seconds on 100,000 characters of
// emoji or Bengali), and even per character it costs more than the whole analysis should. The
// rules below are the ones that occur in posts; tests compare the count with Intl.Segmenter on
// mixed scripts, emoji sequences, flags, Hangul and Indic conjuncts.
//
// Not handled (counted as separate clusters): Prepend characters (a handful of Arabic and Indic
// signs that attach to the *following* character) and InCB conjuncts outside the scripts listed.

enum Kind {
  Base = 0,
  /** Extend or SpacingMark: joins the cluster before it (GB9, GB9a). */
  Extend = 1,
  ZWJ = 2,
  /** CR, LF and other controls: a cluster of their own (GB4, GB5). */
  Control = 3,
  RegionalIndicator = 4,
  Pictographic = 5,
  HangulL = 6,
  HangulV = 7,
  HangulT = 8,
  HangulLV = 9,
  HangulLVT = 10,
  /** An Indic consonant that a virama joins into a conjunct (GB9c, InCB=Consonant). */
  Consonant = 11,
  /** An Indic virama (InCB=Linker); it is also Extend. */
  Linker = 12,
  /** A spacing vowel sign (Mc): joins like Extend but ends a conjunct (not InCB=Extend). */
  SpacingMark = 13,
}

// Grapheme_Extend is Mn, Me and the few Mc that extend (Bengali AU length mark, vowel sign AA…).
const MARK = /^\p{Grapheme_Extend}$/u;
const SPACING_MARK = /^\p{Mc}$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const CONTROL = /^[\p{Cc}\p{Zl}\p{Zp}\p{Cf}]$/u;
// Kinds of code points at and above U+0300, looked up once each.
const bmp = new Uint8Array(0x10000);
const cache = new Map<number, Kind>();

// Viramas of the scripts whose conjuncts Unicode 15.1 joins (InCB=Linker).
const LINKERS = new Set([0x094d, 0x09cd, 0x0acd, 0x0b4d, 0x0c4d, 0x0d4d]);

function isIndicConsonant(cp: number): boolean {
  const block = cp & ~0x7f;
  if (block < 0x0900 || block > 0x0d00 || block === 0x0a00 || block === 0x0b80) return false;
  const o = cp & 0x7f;
  // Consonants sit at the same offsets in each of these scripts' blocks (ISCII layout).
  if (o >= 0x15 && o <= 0x39) return true;
  if (block === 0x0900) return o >= 0x58 && o <= 0x5f;
  if (block === 0x0980) return (o >= 0x5c && o <= 0x5f) || o === 0x70 || o === 0x71;
  return false;
}

function kindOf(cp: number): Kind {
  if (cp < 0x300) {
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return Kind.Control;
    if (cp === 0xad) return Kind.Control;
    return cp === 0xa9 || cp === 0xae ? Kind.Pictographic : Kind.Base;
  }
  if (cp < 0x10000) {
    // BMP kinds in a table (0 = not yet looked up, else kind + 1): Bengali, emoji-free text
    // stays on this path and pays one array read per character.
    const t = bmp[cp]!;
    if (t !== 0) return t - 1;
    const k = classify(cp);
    bmp[cp] = k + 1;
    return k;
  }
  let k = cache.get(cp);
  if (k !== undefined) return k;
  k = classify(cp);
  cache.set(cp, k);
  return k;
}

function classify(cp: number): Kind {
  if (cp === 0x200d) return Kind.ZWJ;
  if (cp === 0x200c) return Kind.Extend;
  if (LINKERS.has(cp)) return Kind.Linker;
  if (isIndicConsonant(cp)) return Kind.Consonant;
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return Kind.RegionalIndicator;
  // Emoji modifiers (skin tones) and tag characters extend (UAX #29, Grapheme_Cluster_Break=Extend).
  if ((cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f)) return Kind.Extend;
  if ((cp >= 0x1100 && cp <= 0x115f) || (cp >= 0xa960 && cp <= 0xa97c)) return Kind.HangulL;
  if ((cp >= 0x1160 && cp <= 0x11a7) || (cp >= 0xd7b0 && cp <= 0xd7c6)) return Kind.HangulV;
  if ((cp >= 0x11a8 && cp <= 0x11ff) || (cp >= 0xd7cb && cp <= 0xd7fb)) return Kind.HangulT;
  if (cp >= 0xac00 && cp <= 0xd7a3) return (cp - 0xac00) % 28 === 0 ? Kind.HangulLV : Kind.HangulLVT;
  if (cp >= 0xd800 && cp <= 0xdfff) return Kind.Base; // a lone surrogate: ICU treats it as a base
  const ch = String.fromCodePoint(cp);
  if (MARK.test(ch)) return Kind.Extend;
  // Thai and Lao SARA AM are SpacingMarks without being marks.
  if (SPACING_MARK.test(ch) || cp === 0x0e33 || cp === 0x0eb3) return Kind.SpacingMark;
  if (PICTOGRAPHIC.test(ch)) return Kind.Pictographic;
  if (CONTROL.test(ch)) return Kind.Control;
  return Kind.Base;
}

/** Extended grapheme clusters in `text`, in one pass over its code points. */
export function countGraphemes(text: string): number {
  let count = 0;
  let prev: Kind = Kind.Control; // start of text: like after a control, everything breaks
  let prevCp = -1;
  // GB11: a pictograph, then extends, then ZWJ, joins the next pictograph.
  let pictographicRun = false;
  // GB12/13: regional indicators pair up.
  let oddRegional = false;
  // GB9c: a consonant, then only extends/linkers with at least one linker, joins a consonant.
  let conjunct: 'none' | 'consonant' | 'linked' = 'none';
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0x20 && cp < 0x7f) {
      // Printable ASCII always starts a cluster of its own (most of most posts).
      count++;
      pictographicRun = false;
      oddRegional = false;
      conjunct = 'none';
      prev = Kind.Base;
      prevCp = cp;
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
        i++;
      }
    }
    const k = kindOf(cp);
    if (!(prevCp === 13 && cp === 10) && !joins(prev, k)) {
      count++;
      pictographicRun = false;
      oddRegional = false;
      conjunct = 'none';
    }
    // Update the running state for the rules that look further back than one character.
    if (k === Kind.Pictographic) pictographicRun = true;
    // GB11 allows only Extend between the pictograph and one ZWJ: anything after a ZWJ ends it.
    else if (prev === Kind.ZWJ || (k !== Kind.ZWJ && k !== Kind.Extend && k !== Kind.Linker))
      pictographicRun = false;
    if (k === Kind.RegionalIndicator) oddRegional = !oddRegional;
    // ZWNJ extends the cluster but is not InCB=Extend: it stops a conjunct.
    if (cp === 0x200c) conjunct = 'none';
    else if (k === Kind.Consonant) conjunct = 'consonant';
    else if (k === Kind.Linker && conjunct !== 'none') conjunct = 'linked';
    else if (k !== Kind.Extend && k !== Kind.ZWJ && k !== Kind.Linker) conjunct = 'none';
    prev = k;
    prevCp = cp;
  }
  return count;

  function joins(a: Kind, b: Kind): boolean {
    if (a === Kind.Control || b === Kind.Control) return false;
    if (b === Kind.Extend || b === Kind.ZWJ || b === Kind.Linker || b === Kind.SpacingMark) return true;
    if (a === Kind.HangulL)
      return b === Kind.HangulL || b === Kind.HangulV || b === Kind.HangulLV || b === Kind.HangulLVT;
    if (a === Kind.HangulLV || a === Kind.HangulV) return b === Kind.HangulV || b === Kind.HangulT;
    if (a === Kind.HangulLVT || a === Kind.HangulT) return b === Kind.HangulT;
    if (a === Kind.ZWJ && b === Kind.Pictographic) return pictographicRun;
    if (a === Kind.RegionalIndicator && b === Kind.RegionalIndicator) return oddRegional;
    if (b === Kind.Consonant) return conjunct === 'linked';
    return false;
  }
}
