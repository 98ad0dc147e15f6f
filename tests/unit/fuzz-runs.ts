/**
 * How many cases a fuzz property runs. `npm test` runs a fixed, modest number so the suite stays
 * quick on a loaded 2-core machine; `npm run fuzz` runs the same properties with many more
 * (POSTCOACH_FUZZ_RUNS), the way a nightly job would. Seeds are fixed either way.
 */
export function fuzzRuns(inTest: number): number {
  const n = Number(process.env.POSTCOACH_FUZZ_RUNS);
  return Number.isInteger(n) && n > 0 ? n : inTest;
}
