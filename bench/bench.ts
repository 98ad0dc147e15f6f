// `npm run bench [-- --json]`: analyze() against a floor and two peers on the same texts.
//   floor       one Unicode regular-expression word pass (the least any word-level tool does)
//   parseTweet  twitter-text: counting and entities only
//   write-good  an English prose linter
// Prints medians (µs per call) and ratios; --json also writes bench/results.json.
// `-- --sizes short,medium` measures only those sizes (quick comparisons; skips the rest).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { analyze } from '../src/core/analyze';
import { platformCount } from '../src/core/text/count';
import { extractEntities } from '../src/core/text/entities';
import type { Platform } from '../src/core/types';
import { COUNTED_ON, HOSTILE_TEXTS } from '../tests/fixtures/hostile-texts';

const require = createRequire(import.meta.url);
const twitter = require('twitter-text') as { parseTweet(text: string): unknown };
const writeGood = require('write-good') as (text: string) => unknown[];

const FLOOR = /\p{L}[\p{L}\p{M}\p{N}'’]*/gu;
function floor(text: string): number {
  let n = 0;
  FLOOR.lastIndex = 0;
  while (FLOOR.exec(text) !== null) n++;
  return n;
}

interface Post {
  text: string;
  platform: Platform;
}
const posts: Post[] = readFileSync(new URL('../tests/fixtures/intent/posts.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Post);

// Deterministic shuffles so every run measures the same texts.
function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}
function joined(target: number, seed: number): string {
  const r = rng(seed);
  const parts: string[] = [];
  let len = 0;
  while (len < target) {
    const p = posts[Math.floor(r() * posts.length)]!.text;
    parts.push(p);
    len += p.length + 2;
  }
  return parts.join('\n\n').slice(0, target);
}

const SIZES = {
  short: posts.filter((p) => p.text.length <= 280).map((p) => p.text),
  medium: Array.from({ length: 24 }, (_, i) => joined(1500, i + 1)),
  long10k: Array.from({ length: 6 }, (_, i) => joined(10_000, i + 101)),
  long60k: Array.from({ length: 3 }, (_, i) => joined(60_000, i + 201)),
} as const;
type Size = keyof typeof SIZES;

const SUBJECTS = {
  analyze: (t: string) => analyze(t, { platform: 'facebook', kind: 'post' }),
  floor,
  parse_tweet: (t: string) => twitter.parseTweet(t),
  write_good: (t: string) => writeGood(t),
} as const;
type Subject = keyof typeof SUBJECTS;

/**
 * Medians of the mean µs per call across the texts of one size, for every subject. Subjects take
 * turns in blocks of about 100 ms, several cycles over, so a busier stretch of the machine hits
 * all of them alike; within a block a subject runs alone, so the garbage one leaves behind
 * (write-good makes much) is collected in its own time, not in the next subject's.
 */
function measure(texts: readonly string[], budgetMs: number): Record<Subject, number> {
  const names = Object.keys(SUBJECTS) as Subject[];
  const rounds = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<Subject, number[]>;
  for (const n of names) for (const t of texts) SUBJECTS[n](t); // warm up
  const cycles = Math.max(5, Math.round(budgetMs / (100 * names.length)));
  for (let c = 0; c < cycles; c++) {
    for (const n of names) {
      const blockEnd = performance.now() + 100;
      do {
        const t0 = performance.now();
        for (const t of texts) SUBJECTS[n](t);
        rounds[n].push(((performance.now() - t0) * 1000) / texts.length);
      } while (performance.now() < blockEnd);
    }
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return Object.fromEntries(names.map((n) => [n, median(rounds[n])])) as Record<Subject, number>;
}

function adversarial(): { name: string; ms: number }[] {
  const cases: [string, string][] = [
    ['one 20,000-character token', 'a'.repeat(20_000)],
    ['100,000-character paste', joined(100_000, 999)],
    ['20,000 × "#"', '#'.repeat(20_000)],
    ['20,000 × "@"', '@'.repeat(20_000)],
    ['"#a " × 25,000', '#a '.repeat(25_000)],
    ['"@a " × 25,000', '@a '.repeat(25_000)],
    ['100,000 × "!"', '!'.repeat(100_000)],
    ['dots and spaces', '. . . ..... '.repeat(8_000)],
    ['http://a.a.a… 20,000', `http://${'a.'.repeat(10_000)}`],
    ['digits 100,000', '1'.repeat(100_000)],
    ['emoji ZWJ families × 10,000', '👨‍👩‍👧‍👦'.repeat(10_000)],
    ['Bengali 100,000', 'আমাদের নতুন কালেকশন এসে গেছে! দাম মাত্র ১২০০ টাকা। '.repeat(2_000).slice(0, 100_000)],
    ['ALL CAPS 100,000', 'BUY NOW TODAY ONLY '.repeat(5_300).slice(0, 100_000)],
    ['lone surrogates', '\ud800a\udc00'.repeat(30_000)],
  ];
  return cases.map(([name, text]) => {
    let worst = 0;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      analyze(text, { platform: 'x', kind: 'post' });
      worst = Math.max(worst, performance.now() - t0);
    }
    return { name, ms: worst };
  });
}

/** Entity extraction and the four kinds of platform count on the hostile drafts the unit test checks. */
function counting(): { name: string; ms: number }[] {
  return Object.entries(HOSTILE_TEXTS).map(([name, text]) => {
    extractEntities(text.slice(0, 2000)); // warm up
    let worst = 0;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const e = extractEntities(text);
      for (const p of COUNTED_ON) platformCount(text, p, e);
      worst = Math.max(worst, performance.now() - t0);
    }
    return { name, ms: worst };
  });
}

async function engineGzipBytes(): Promise<number> {
  const out = await build({
    entryPoints: [new URL('../src/core/analyze.ts', import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    target: 'es2022',
    // As the extension ships it (vite writes UTF-8); ASCII escapes would triple Bengali's size.
    charset: 'utf8',
  });
  return gzipSync(out.outputFiles[0]!.contents, { level: 9 }).length;
}

async function main() {
  const json = process.argv.includes('--json');
  const at = process.argv.indexOf('--sizes');
  const only = at >= 0 ? process.argv[at + 1]?.split(',') : undefined;
  if (only && json) throw new Error('--json writes every figure: run it without --sizes');
  const results: Record<string, Record<string, number>> = {};
  console.log(
    `node ${process.version}; texts: ${Object.entries(SIZES)
      .map(([k, v]) => `${k} ${v.length}`)
      .join(', ')}`,
  );
  console.log(
    `${'size'.padEnd(8)} ${'analyze'.padStart(10)} ${'floor'.padStart(10)} ${'parseTweet'.padStart(11)} ${'write-good'.padStart(11)}   analyze/floor  /parseTweet  /write-good`,
  );
  for (const size of Object.keys(SIZES) as Size[]) {
    if (only && !only.includes(size)) continue;
    const texts = SIZES[size];
    const row: Record<string, number> = {};
    const medians = measure(texts, size.startsWith('long') ? 8000 : 3000);
    for (const s of Object.keys(SUBJECTS) as Subject[]) row[`${s}_us`] = round(medians[s]);
    row.analyze_over_floor = round(row.analyze_us! / row.floor_us!);
    row.analyze_over_parse_tweet = round(row.analyze_us! / row.parse_tweet_us!);
    row.analyze_over_write_good = round(row.analyze_us! / row.write_good_us!);
    results[size] = row;
    console.log(
      `${size.padEnd(8)} ${fmt(row.analyze_us!)} ${fmt(row.floor_us!)} ${fmt(row.parse_tweet_us!, 11)} ${fmt(row.write_good_us!, 11)}   ${row.analyze_over_floor!.toFixed(2).padStart(13)} ${row.analyze_over_parse_tweet!.toFixed(2).padStart(12)} ${row.analyze_over_write_good!.toFixed(3).padStart(12)}`,
    );
  }
  if (only) return;
  const perChar = (size: Size) =>
    results[size]!.analyze_us! / (SIZES[size].reduce((n, t) => n + t.length, 0) / SIZES[size].length);
  const growth = round(perChar('long60k') / perChar('medium'));
  console.log(`\nlinearity: per-character cost of long60k / medium = ${growth.toFixed(2)} (bar: ≤ 1.5)`);

  const adv = adversarial();
  console.log('\nadversarial inputs (worst of 3, bar: ≤ 50 ms):');
  for (const a of adv) console.log(`  ${a.name.padEnd(32)} ${a.ms.toFixed(1).padStart(7)} ms`);

  const counted = counting();
  console.log(`\nentities + ${COUNTED_ON.join('/')} counts on hostile drafts (worst of 3, bar: ≤ 50 ms):`);
  for (const c of counted) console.log(`  ${c.name.padEnd(32)} ${c.ms.toFixed(1).padStart(7)} ms`);

  const gz = await engineGzipBytes();
  console.log(
    `\nengine bundle (src/core/analyze.ts, minified, gzip -9): ${gz} bytes = ${(gz / 1024).toFixed(1)} KiB (bar: ≤ 30 KB)`,
  );

  if (json) {
    const out = {
      node: process.version,
      ...results,
      linearity_long60k_over_medium_per_char: growth,
      adversarial_max_ms: round(Math.max(...adv.map((a) => a.ms))),
      counting_hostile_max_ms: round(Math.max(...counted.map((c) => c.ms))),
      engine_gzip_bytes: gz,
    };
    writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
    console.log('wrote bench/results.json');
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
function fmt(us: number, w = 10): string {
  return `${us.toFixed(1)}µs`.padStart(w);
}

await main();
