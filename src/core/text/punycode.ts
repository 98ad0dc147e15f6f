// The length of a label's Punycode (RFC 3492) ASCII form, as `punycode.toASCII` would produce it,
// for twitter-text's domain-label length check (lib/idna.js: every label at most 63 characters).

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / 700) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return Math.floor(k + ((BASE - T_MIN + 1) * d) / (d + 38));
}

/** Length of `xn--` + the Punycode encoding of `cps` (code points, at least one non-ASCII). */
function encodedLength(cps: number[]): number {
  let n = 128;
  let delta = 0;
  let bias = 72;
  let basic = 0;
  for (const cp of cps) if (cp < 128) basic++;
  let out = basic > 0 ? basic + 1 : 0;
  let h = basic;
  while (h < cps.length) {
    let m = Number.MAX_SAFE_INTEGER;
    for (const cp of cps) if (cp >= n && cp < m) m = cp;
    delta += (m - n) * (h + 1);
    n = m;
    for (const cp of cps) {
      if (cp < n) delta++;
      if (cp === n) {
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
          if (q < t) break;
          out++;
          q = Math.floor((q - t) / (BASE - t));
        }
        out++;
        bias = adapt(delta, h + 1, h === basic);
        delta = 0;
        h++;
      }
    }
    delta++;
    n++;
  }
  return out + 4;
}

/**
 * Length of `punycode.toASCII(label)`: it splits on the IDNA dots (U+002E, U+3002, U+FF0E, U+FF61)
 * and encodes each non-ASCII part. Parts longer than `cap` code points are reported as `cap + 1`
 * without encoding (each code point yields at least one output character), which keeps this
 * linear on hostile input.
 */
export function punycodeLabelLength(label: string, cap: number): number {
  let total = 0;
  let parts = 0;
  for (const part of label.split(/[.\u3002\uff0e\uff61]/)) {
    if (parts++ > 0) total++;
    let ascii = true;
    const cps: number[] = [];
    for (let i = 0; i < part.length; i++) {
      const c = part.charCodeAt(i);
      if (c >= 128) ascii = false;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < part.length) {
        const d = part.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          cps.push((c - 0xd800) * 0x400 + d - 0xdc00 + 0x10000);
          i++;
          continue;
        }
      }
      cps.push(c);
      if (cps.length > cap) return cap + 1;
    }
    total += ascii ? part.length : encodedLength(cps);
    if (total > cap) return cap + 1;
  }
  return total;
}
