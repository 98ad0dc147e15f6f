// The CSV export: one row per post in the week's time zone, then a totals row. Post texts are
// left out unless the owner asks for them (a file handed to an accountant or a helper should not
// carry every post word for word by default).
import { ymdKey, zoned } from '../calendar';
import type { WeeklySummary } from '../summary/summary';
import { INTENTS } from '../types';
import { pct } from './common';

/** Cells a spreadsheet would read as a formula get a leading apostrophe (OWASP CSV injection). */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  // Also a cell that already starts with apostrophes before one: `readCsvCell` takes one off.
  if (/^'*[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = [
  'id',
  'date',
  'time',
  'platform',
  'kind',
  'language',
  'intent',
  'quality',
  'voice',
  'characters',
  'compose_seconds',
  'nudges',
  'source',
  'text',
] as const;

export interface CsvOptions {
  /** Include each post's text (as stored under the privacy setting); off unless asked for. */
  texts?: boolean;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * One row per post (local date and time in the week's zone), then a totals row. Without
 * `texts` the `text` column stays, empty, so a spreadsheet built on the columns keeps working.
 */
export function summaryToCsv(s: WeeklySummary, options: CsvOptions = {}): string {
  const tz = s.week.timeZone;
  const lines = [CSV_COLUMNS.join(',')];
  for (const p of s.posts) {
    const z = zoned(p.time, tz);
    lines.push(
      [
        p.id,
        ymdKey(z),
        `${pad2(z.h)}:${pad2(z.mi)}`,
        p.platform,
        p.kind,
        p.language,
        p.intent,
        p.quality,
        p.voice,
        p.characters,
        p.composeMs === null ? '' : Math.round(p.composeMs / 1000),
        p.findings.map((f) => f.rule).join(' '),
        p.source,
        options.texts ? (p.text ?? '') : '',
      ]
        .map(csvCell)
        .join(','),
    );
  }
  const nudges = s.posts.reduce((a, p) => a + p.findings.length, 0);
  const chars = s.posts.reduce((a, p) => a + p.characters, 0);
  lines.push(
    [
      'TOTAL',
      s.week.startDate,
      s.week.endDate,
      String(s.posts.length),
      INTENTS.map((i) => `${i} ${s.byIntent[i]}`).join('; '),
      '',
      s.selling.share === null ? '' : `selling ${pct(s.selling.share)}%`,
      s.qualityMedian ?? '',
      s.voiceMedian ?? '',
      chars,
      Math.round(s.composeMs / 1000),
      nudges,
      '',
      '',
    ]
      .map(csvCell)
      .join(','),
  );
  for (const row of whatWorksRows(s)) lines.push(row.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * After the totals, what the owner's own counts say, in the TOTAL row's style: a
 * `WHAT_WORKS` row with the status and the posts with counts, a `FINDING` row per clear finding
 * (group, value, ratio of medians, group sizes, interval) and a `BEST_TIMES` row. Each is
 * padded to the columns so a spreadsheet reads them as rows of the same table.
 */
function whatWorksRows(s: WeeklySummary): (string | number)[][] {
  if (!s.outcomes) return [];
  const { whatWorks: w, times } = s.outcomes;
  const pad = (cells: (string | number)[]) => [
    ...cells,
    ...Array(CSV_COLUMNS.length - cells.length).fill(''),
  ];
  const r2 = (x: number) => Math.round(x * 100) / 100;
  return [
    pad(['WHAT_WORKS', w.status, `${w.posts} posts with counts`, `at least ${w.minPosts}`]),
    ...w.findings.map(({ effect: e }) =>
      pad([
        'FINDING',
        e.feature,
        e.value,
        `${r2(e.ratio)}x`,
        `${e.n} posts`,
        `${e.others} others`,
        `${r2(e.low)}-${r2(e.high)}`,
      ]),
    ),
    pad([
      'BEST_TIMES',
      times.source,
      times.days.join(' '),
      `${times.hours[0]}-${times.hours[1]}h`,
      `${times.posts} posts`,
    ]),
  ];
}

/** Undoes `csvCell`'s formula guard on a cell read back by the CSV reader (src/import/linkedin.ts). */
export function readCsvCell(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
