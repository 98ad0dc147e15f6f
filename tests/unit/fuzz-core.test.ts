// Fuzzing the engine and the exporters (issue 6, Reliability): 10,000 random strings through
// `analyze`, and 10,000 random strings (post texts, post ids, rule ids, KPI names) through the
// weekly summary and its four exports. Nothing throws; the CSV stays spreadsheet-safe (no cell
// a spreadsheet would read as a formula) and reads back to the same values; the JSON parses;
// user words never become markup in the HTML or break the Markdown tables.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { weekOf } from '../../src/core/calendar';
import type { ExportOptions } from '../../src/core/export/common';
import { CSV_COLUMNS, summaryToCsv } from '../../src/core/export/csv';
import { summaryToHtml } from '../../src/core/export/html';
import { summaryToJson } from '../../src/core/export/json';
import { summaryToMarkdown } from '../../src/core/export/markdown';
import { type Catalog, formatMessage, formatNumber } from '../../src/core/i18n';
import type { PostRecord } from '../../src/core/model';
import { DEFAULT_GOALS, RECORD_VERSION } from '../../src/core/model';
import { weeklySummary } from '../../src/core/summary/summary';
import { INTENTS, KINDS, type Language, PLATFORMS, type Platform, REASONS } from '../../src/core/types';
import { fuzzRuns } from './fuzz-runs';

const RUNS = fuzzRuns(2_000);

// Pieces that stress tokenizers, counters and escapers alike.
const PIECES = [
  '\ud800',
  '\udfff',
  '\u200d',
  '\u200b',
  '\u202e',
  '\ufeff',
  '\u0301',
  '\u2028',
  '\u0000',
  'ক্ষ',
  'র‍্যা',
  '৳১২০০',
  'টাকা',
  'مرحبا',
  '👨‍👩‍👧‍👦',
  '🇧🇩',
  '1️⃣',
  '👍🏽',
  '#',
  '#café',
  '#ঢাকা',
  '@',
  '@user@mastodon.social',
  '$TSLA',
  'https://',
  'http://a.',
  'www.x.co/path?q=1',
  '!!!',
  '?',
  '।',
  '\n',
  '\r',
  '\r\n',
  '\t',
  ' ',
  'FLASH SALE',
  'buy now',
  '50% off',
  'we are the best',
  '=',
  '+',
  '-',
  '@SUM(A1:A9)',
  '=HYPERLINK("http://evil.example")',
  '"',
  "'",
  ',',
  ';',
  '|',
  '\\',
  '`',
  '*',
  '_',
  '[x](javascript:alert(1))',
  '<xinj>',
  '</td>',
  '<script>',
  '&amp;',
  '-->',
];
const pieces = (max: number) =>
  fc.array(fc.constantFrom(...PIECES), { maxLength: max }).map((p) => p.join(''));
const anyString = (max: number) =>
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: max }),
    fc.string({ unit: 'binary', maxLength: max }),
    fc.string({ unit: fc.constantFrom(...'=+-@\t\r\n",;|<>&\'`'), maxLength: 12 }),
    pieces(Math.ceil(max / 4)),
  );

// Second implementations for the counts. Intl.Segmenter is the reference for grapheme clusters
// (UAX #29); graphemes.ts documents what it leaves out (Prepend characters, conjuncts outside the
// scripts it lists), which only the random code points of the 'binary' strings reach.
const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });
const segmenterGraphemes = (text: string) => {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
};
/** UTF-16 code units as Node's encoder writes them (lone surrogates included), not String.length. */
const utf16Units = (text: string) => Buffer.from(text, 'utf16le').length / 2;
/**
 * The sites whose composer counts UTF-16 code units against the limit: LinkedIn, Facebook and
 * Instagram (Buffer's publishing API, developers.buffer.com/guides/character-limits), Reddit and
 * the generic field (an HTML maxlength counts code units).
 */
const UTF16_SITES: readonly Platform[] = ['linkedin', 'facebook', 'instagram', 'reddit', 'generic'];

const analyzeText = fc.oneof(
  fc
    .oneof(
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.string({ unit: fc.constantFrom(...'=+-@\t\r\n",;|<>&\'`'), maxLength: 12 }),
      pieces(75),
    )
    .map((text) => ({ text, uax: true })),
  fc.string({ unit: 'binary', maxLength: 300 }).map((text) => ({ text, uax: false })),
);

describe('analyze on random strings', () => {
  test(`${RUNS} random strings, every platform and kind: no throw, sane results`, () => {
    fc.assert(
      fc.property(
        analyzeText,
        fc.constantFrom(...PLATFORMS),
        fc.constantFrom(...KINDS),
        fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: undefined }),
        ({ text, uax }, platform, kind, limit) => {
          const a = analyze(text, { platform, kind, ...(limit ? { limit } : {}) });
          expect(a.quality).toBeGreaterThanOrEqual(0);
          expect(a.quality).toBeLessThanOrEqual(100);
          expect(a.voice).toBeGreaterThanOrEqual(0);
          expect(a.voice).toBeLessThanOrEqual(100);
          // Counts against second implementations: every cluster holds at least one code point;
          // the grapheme count is Intl.Segmenter's; the UTF-16 sites count what Node encodes.
          const codePoints = [...text].length;
          expect(a.counts.graphemes).toBeLessThanOrEqual(codePoints);
          if (uax) expect(a.counts.graphemes).toBe(segmenterGraphemes(text));
          if (UTF16_SITES.includes(platform)) expect(a.counts.weighted).toBe(utf16Units(text));
          if (platform === 'bluesky') expect(a.counts.weighted).toBe(a.counts.graphemes);
          // Threads counts code points, an emoji as its UTF-8 bytes: never fewer than the code points.
          if (platform === 'threads') expect(a.counts.weighted).toBeGreaterThanOrEqual(codePoints);
          for (const v of Object.values(a.counts)) expect(Number.isFinite(v)).toBe(true);
          for (const f of a.findings) {
            expect(REASONS).toContain(f.reason);
            for (const e of f.evidence) expect(e.end).toBeLessThanOrEqual(text.length);
          }
          // What the content script sends must survive structured cloning and JSON.
          expect(JSON.parse(JSON.stringify(a)).findings.length).toBe(a.findings.length);
        },
      ),
      { numRuns: RUNS, seed: 62_026 },
    );
  });
});

const catalog = (lang: Language) =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8'),
  ) as Catalog;
const CATALOGS = { en: catalog('en'), bn: catalog('bn') };
const options = (lang: Language): ExportOptions => {
  const fmt = new Intl.DateTimeFormat(lang === 'bn' ? 'bn-BD' : 'en-GB', {
    timeZone: 'UTC',
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return {
    t: (id, params) => formatMessage({ id, params: params ?? [] }, CATALOGS[lang], lang),
    num: (x) => formatNumber(x, lang),
    dateTime: (x) => fmt.format(x),
    lang,
    generated: Date.UTC(2026, 10, 30),
  };
};
const OPTS = { en: options('en'), bn: options('bn') };

/**
 * The test's own RFC 4180 reader: rows of cells exactly as written (quotes removed, nothing else
 * undone), so the CSV is checked without the project's parser.
 */
function rawRows(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let starting = true;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
      continue;
    }
    if (c === '"' && starting) {
      quoted = true;
      starting = false;
    } else if (c === ',' || c === '\n') {
      row.push(cell);
      cell = '';
      starting = true;
      if (c === '\n') {
        rows.push(row);
        row = [];
      }
    } else if (c === '\r' && csv[i + 1] === '\n') {
      // the row's end: handled by the \n
    } else {
      cell += c;
      starting = false;
    }
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

/** OWASP CSV injection: a value a spreadsheet would read as a formula is written after an apostrophe. */
const guarded = (value: string) => (/^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value);
const byId = (list: PostRecord[]) => [...list].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));

const WEEK = weekOf(Date.UTC(2026, 10, 24), 1, 'UTC');
// Five random strings a run.
const EXPORT_RUNS = Math.max(1, Math.round(RUNS / 5));

describe('weekly-summary exporters on random strings', () => {
  test(`${EXPORT_RUNS} random strings (texts, ids, rule ids, KPI names) through Markdown, CSV, JSON and HTML`, () => {
    fc.assert(
      fc.property(
        fc.record({
          text: anyString(200),
          text2: anyString(200),
          id: anyString(60).filter((s) => s.length > 0),
          rule: anyString(40).filter((s) => s.length > 0),
          kpi: anyString(40),
          value: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer()),
          lang: fc.constantFrom<Language>('en', 'bn'),
          platform: fc.constantFrom(...PLATFORMS),
          intent: fc.constantFrom(...INTENTS),
          offset: fc.integer({ min: 0, max: 7 * 86_400_000 - 1 }),
        }),
        (r) => {
          const base: PostRecord = {
            id: r.id,
            v: RECORD_VERSION,
            time: WEEK.start + r.offset,
            platform: r.platform,
            kind: 'post',
            language: r.lang,
            intent: r.intent,
            intentScores: { selling: 0, listening: 0, sharing: 0, [r.intent]: 1 },
            quality: 50,
            voice: 70,
            findings: [{ rule: r.rule, reason: 'content', severity: 'warn' }],
            characters: r.text.length,
            composeMs: 1000,
            source: 'import',
            text: r.text,
          };
          const posts = [base, { ...base, id: `${r.id}2`, text: r.text2, time: WEEK.start }];
          const s = weeklySummary({
            week: WEEK,
            posts,
            previousPosts: [],
            goals: { ...DEFAULT_GOALS, kpis: [r.kpi, 'followers'] },
            setupDone: true,
            kpis: [{ week: WEEK.startDate, kpi: r.kpi, value: r.value, time: WEEK.start }],
            earlierCounts: [1, 2],
          });
          const o = OPTS[r.lang];
          const md = summaryToMarkdown(s, o);
          const csv = summaryToCsv(s, { texts: true });
          const json = summaryToJson(s, o.generated);
          const html = summaryToHtml(s, o);

          // CSV, read by the test's own reader: a header, one row per post, a totals row, every row
          // as wide as the header; no cell a spreadsheet reads as a formula; every value as written.
          const rows = rawRows(csv);
          expect(rows).toHaveLength(1 + posts.length + 1);
          expect(rows[0]).toEqual([...CSV_COLUMNS]);
          for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
          for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          const rowOf = new Map(rows.slice(1, -1).map((row) => [row[0], row]));
          for (const p of posts) {
            const row = rowOf.get(guarded(p.id));
            expect(row, `row for id ${JSON.stringify(p.id)}`).toBeDefined();
            expect(row![CSV_COLUMNS.indexOf('text')]).toBe(guarded(p.text!));
            expect(row![CSV_COLUMNS.indexOf('nudges')]).toBe(guarded(r.rule));
            expect(row![CSV_COLUMNS.indexOf('characters')]).toBe(String(p.characters));
          }
          expect(rows.at(-1)![0]).toBe('TOTAL');

          // JSON: parses back to the very records exported.
          const back = JSON.parse(json);
          expect(byId(back.posts)).toEqual(byId(posts));
          expect(back.totals.posts).toBe(posts.length);

          // HTML: user words are text, never markup.
          expect(html).not.toContain('<xinj');
          expect(html).not.toContain('<script');
          expect(html.match(/<\/td>/g)?.length).toBe(html.match(/<td>/g)?.length);

          // Markdown: a KPI row stays one row of three cells whatever the KPI's name.
          const kpiRows = md
            .split(/\r\n|\r|\n|\u2028|\u2029/)
            .filter((l) => l.startsWith('| ') && l.endsWith(' |'));
          for (const l of kpiRows) {
            const pipes = l.replace(/\\./g, '').match(/\|/g)?.length ?? 0;
            expect([3, 4, 5]).toContain(pipes);
          }
          expect(md).not.toMatch(/(?<!\\)<xinj/);
          // No line break of any kind inside a table row or list item (CommonMark ends a line at a lone CR).
          expect(md).not.toMatch(/\r|\u2028|\u2029/);
        },
      ),
      { numRuns: EXPORT_RUNS, seed: 62_026 },
    );
  });
});
