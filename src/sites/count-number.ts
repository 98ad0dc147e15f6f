// The numbers sites print under a post: "12", "1,204", "1.2K", Bengali digits "১২",
// Mastodon's obfuscated reply counter "1+". Pure (no DOM): the site readers hand it the text of
// a count's own element or the first number of its accessible label.

// Sites abbreviate with one Latin letter after the number: X and Bluesky "1.2K"/"3.4M" (X's
// web client; social-app src/view/com/util/numeric/format.ts formats with Intl compact
// notation), Mastodon's ShortNumber "1.2K" (app/javascript/mastodon/components/short_number).
const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

// One number: digits of any script (\p{Nd}: Bengali ০–৯, Arabic-Indic, …) with the separators
// locales group or mark decimals with (comma, dot, thin/no-break space, apostrophe), an optional
// K/M/B and an optional "+".
const NUMBER = /\p{Nd}(?:[\p{Nd}]|[.,'\u00a0\u202f ](?=\p{Nd}))*(?:\s?([KkMmBb])(?![\p{L}]))?(\+)?/u;

/** The digit's value in its own script: every Unicode Nd block runs 0–9 in order. */
function digitValue(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  // The Nd blocks used by the sites' locales: each starts at a code point ending in 0 or 6.
  for (const zero of [
    0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xff10,
  ])
    if (cp >= zero && cp <= zero + 9) return cp - zero;
  return Number.NaN;
}

function toAscii(s: string): string {
  return s.replace(/\p{Nd}/gu, (d) => {
    const v = digitValue(d);
    return Number.isNaN(v) ? d : String(v);
  });
}

/**
 * The first count in `text`, or null where it holds none. A separator followed by exactly three
 * digits groups thousands ("1,204", "1.204", "1 204"); any other is a decimal mark ("1.2K",
 * "1,5 K"). An abbreviated count is rounded to a whole number.
 */
export function parseCount(text: string | null | undefined): number | null {
  if (!text) return null;
  const m = NUMBER.exec(text.normalize('NFKC'));
  if (!m) return null;
  const body = toAscii(m[0].replace(/\s?[KkMmBb]?\+?$/u, ''));
  const parts = body.split(/[.,'\u00a0\u202f ]/u);
  let digits = parts[0]!;
  let decimals = '';
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i]!;
    if (p.length === 3 && decimals === '' && !(i === parts.length - 1 && m[1])) digits += p;
    else if (i === parts.length - 1) decimals = p;
    else return null;
  }
  if (!/^\d+$/.test(digits) || (decimals && !/^\d+$/.test(decimals))) return null;
  const value =
    Number(decimals ? `${digits}.${decimals}` : digits) * (m[1] ? SUFFIX[m[1].toLowerCase()]! : 1);
  return Number.isFinite(value) ? Math.round(value) : null;
}
