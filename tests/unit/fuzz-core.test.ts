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
import { CSV_COLUMNS, readCsvCell, summaryToCsv } from '../../src/core/export/csv';
import { summaryToHtml } from '../../src/core/export/html';
import { summaryToJson } from '../../src/core/export/json';
import { summaryToMarkdown } from '../../src/core/export/markdown';
import { type Catalog, formatMessage, formatNumber } from '../../src/core/i18n';
import { weeklySummary } from '../../src/core/summary/summary';
import { INTENTS, KINDS, type Language, PLATFORMS, REASONS } from '../../src/core/types';
import { parseCsv as readCsv } from '../../src/import/linkedin';
import { DEFAULT_GOALS } from '../../src/storage/goals';
import type { PostRecord } from '../../src/storage/record';

const RUNS = 10_000;

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

describe('analyze on random strings', () => {
  test(`${RUNS} random strings, every platform and kind: no throw, sane results`, () => {
    let n = 0;
    fc.assert(
      fc.property(
        anyString(300),
        fc.constantFrom(...PLATFORMS),
        fc.constantFrom(...KINDS),
        fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: undefined }),
        (text, platform, kind, limit) => {
          n++;
          const a = analyze(text, { platform, kind, ...(limit ? { limit } : {}) });
          expect(a.quality).toBeGreaterThanOrEqual(0);
          expect(a.quality).toBeLessThanOrEqual(100);
          expect(a.voice).toBeGreaterThanOrEqual(0);
          expect(a.voice).toBeLessThanOrEqual(100);
          expect(a.counts.characters).toBe(text.length);
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
    expect(n).toBe(RUNS);
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

/** The cells exactly as written (quotes removed, nothing else undone). */
function rawCells(csv: string): string[] {
  const cells: string[] = [];
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
      cells.push(cell);
      cell = '';
      starting = true;
    } else if (c === '\r' && csv[i + 1] === '\n') {
      // the row's end: handled by the \n
    } else {
      cell += c;
      starting = false;
    }
  }
  return cells;
}

const WEEK = weekOf(Date.UTC(2026, 10, 24), 1, 'UTC');
const STRINGS_PER_RUN = 5;
const EXPORT_RUNS = RUNS / STRINGS_PER_RUN;

describe('weekly-summary exporters on random strings', () => {
  test(`${RUNS} random strings (texts, ids, rule ids, KPI names) through Markdown, CSV, JSON and HTML`, () => {
    let strings = 0;
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
          strings += STRINGS_PER_RUN;
          const base: PostRecord = {
            id: r.id,
            v: 1,
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

          // CSV: spreadsheet-safe, and every value reads back as written.
          for (const cell of rawCells(csv)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          const rows = readCsv(csv, 'fuzz.csv', ',').rows.map((x) => x.cells.map(readCsvCell));
          expect(rows).toHaveLength(1 + posts.length + 1);
          for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
          const byId = new Map(rows.slice(1, -1).map((row) => [row[0], row]));
          for (const p of posts) {
            const row = byId.get(p.id);
            expect(row, `row for id ${JSON.stringify(p.id)}`).toBeDefined();
            expect(row![CSV_COLUMNS.indexOf('text')]).toBe(p.text);
            expect(row![CSV_COLUMNS.indexOf('nudges')]).toBe(r.rule);
          }

          // JSON: parses back to the same words.
          const back = JSON.parse(json);
          expect(back.posts.map((p: PostRecord) => p.text).sort()).toEqual(posts.map((p) => p.text).sort());

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
    expect(strings).toBe(RUNS);
  });
});
