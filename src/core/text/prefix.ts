/**
 * The largest `i` in 0…n for which `fits(i)` holds, where `fits` holds for every index up to
 * some point and for none after it (a prefix's length only grows with the index). Binary
 * search: about log2(n) calls, so measuring a prefix may cost a pass over it.
 */
export function largestFitting(n: number, fits: (i: number) => boolean): number {
  if (fits(n)) return n;
  let lo = 0;
  let hi = n;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
