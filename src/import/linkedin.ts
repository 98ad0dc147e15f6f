// LinkedIn "Get a copy of your data": Shares.csv (Date, ShareLink, ShareCommentary, SharedUrl,
// MediaUrl, Visibility) and Comments.csv (Date, Link, Message).
// https://www.linkedin.com/help/linkedin/answer/a1339364 ; quirks seen in real exports
// (tests/fixtures/archives/):
// older files are UTF-16 with a byte-order mark and tab-separated, with other column names,
// `2017/06/08 08:15:44 UTC` dates, `SharedURL`/`MediaURL`, and multi-line posts whose lines
// come each wrapped in extra quotes.
import { parseDate, stableHash } from './text';
import { type Collector, ImportError } from './types';

export interface CsvRow {
  /** 1-based line where the row starts. */
  line: number;
  cells: string[];
}

/** RFC 4180 CSV (or TSV): quoted fields may hold the delimiter, quotes ("") and line breaks. */
export function parseCsv(
  text: string,
  file: string,
  delimiter?: string,
): { delimiter: string; rows: CsvRow[] } {
  const firstLine = text.slice(0, Math.max(0, text.indexOf('\n')) || text.length);
  const d = delimiter ?? (firstLine.split('\t').length > firstLine.split(',').length ? '\t' : ',');
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === '"' && cell === '') {
      // Quoted field.
      const startLine = line;
      i++;
      let done = false;
      let parts = '';
      while (i < n) {
        const q = text.indexOf('"', i);
        if (q === -1) break;
        const chunk = text.slice(i, q);
        for (let k = chunk.indexOf('\n'); k !== -1; k = chunk.indexOf('\n', k + 1)) line++;
        parts += chunk;
        if (text[q + 1] === '"') {
          parts += '"';
          i = q + 2;
        } else {
          i = q + 1;
          done = true;
          break;
        }
      }
      if (!done) {
        throw new ImportError('a quoted field is never closed: the file ends inside it (was it cut short?)', {
          file,
          line: startLine,
        });
      }
      cell = parts;
      // Text after the closing quote up to the delimiter is kept (lenient, as spreadsheets are).
      while (i < n && text[i] !== d && text[i] !== '\n' && text[i] !== '\r') cell += text[i++];
      continue;
    }
    if (c === d) {
      cells.push(cell);
      cell = '';
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      cells.push(cell);
      cell = '';
      if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
      cells = [];
      if (c === '\r' && text[i + 1] === '\n') i++;
      i++;
      line++;
      rowLine = line;
      continue;
    }
    cell += c;
    i++;
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return { delimiter: d, rows };
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
const COLUMNS = {
  date: ['date', 'createdat', 'sharedate', 'time', 'timestamp'],
  text: ['sharecommentary', 'commentary', 'sharetext', 'text', 'content', 'message', 'comment'],
  link: ['sharelink', 'link', 'permalink', 'shareurl'],
};

function findColumn(header: string[], names: string[]): number {
  const h = header.map(norm);
  for (const name of names) {
    const i = h.indexOf(name);
    if (i !== -1) return i;
  }
  return -1;
}

export function looksLikeLinkedIn(text: string): boolean {
  const head = norm(text.slice(0, 300).split('\n')[0] ?? '');
  return (
    head.includes('date') &&
    (head.includes('sharecommentary') ||
      head.includes('sharelink') ||
      (head.includes('link') && head.includes('message')))
  );
}

/** Multi-line posts come with each line wrapped in quotes (`"Line one"\n""\n""Line two"`). */
export function unwrapLines(text: string): string {
  if (!text.includes('\n') || !text.startsWith('"')) return text;
  return text
    .split('\n')
    .map((l) =>
      l
        .replace(/^"{1,2}/, '')
        .replace(/"{1,2}$/, '')
        .replace(/""/g, '"'),
    )
    .join('\n');
}

/** The post's own URN from its link; null when the link holds one we cannot read (a bad `%` escape). */
function linkId(link: string): string | undefined | null {
  const m = /urn(?::|%3A)li(?::|%3A)(share|activity|ugcPost|comment)(?::|%3A)([0-9A-Za-z(),%-]+)/i.exec(link);
  if (!m) return undefined;
  try {
    return `${m[1]}:${decodeURIComponent(m[2]!)}`;
  } catch {
    return null; // URIError: this row is skipped as invalid, not the whole file
  }
}

/** Reads one Shares.csv or Comments.csv (already decoded) into `out`. */
export function readLinkedInFile(text: string, file: string, out: Collector): void {
  const { rows } = parseCsv(text, file);
  const header = rows[0];
  if (!header) throw new ImportError('the file is empty', { file });
  const cDate = findColumn(header.cells, COLUMNS.date);
  const cText = findColumn(header.cells, COLUMNS.text);
  const cLink = findColumn(header.cells, COLUMNS.link);
  if (cDate === -1 || cText === -1) {
    throw new ImportError(
      `the header has no ${cDate === -1 ? '“Date”' : '“ShareCommentary”'} column (found: ${header.cells
        .slice(0, 8)
        .join(', ')})`,
      { file, line: 1 },
    );
  }
  const comments =
    norm(header.cells[cText] ?? '') === 'message' || norm(header.cells[cText] ?? '') === 'comment';
  const last = rows[rows.length - 1];
  const cut = rows.length > 1 && !/[\r\n]$/.test(text) && last!.cells.length < header.cells.length;
  for (const row of rows.slice(1)) {
    if (cut && row === last) {
      out.skip('invalid', `${file}, line ${row.line}: the last row is incomplete (was the file cut short?)`);
      continue;
    }
    const dateText = row.cells[cDate] ?? '';
    const time = parseDate(dateText);
    if (Number.isNaN(time)) {
      out.skip(
        'invalid',
        `${file}, line ${row.line}, field "${header.cells[cDate]}": ${dateText ? `not a date: “${dateText.slice(0, 40)}”` : 'missing'}`,
      );
      continue;
    }
    const body = unwrapLines(row.cells[cText] ?? '').trim();
    if (body === '') {
      out.skip(comments ? 'no-text' : 'repost');
      continue;
    }
    const link = cLink === -1 ? '' : (row.cells[cLink] ?? '');
    const own = linkId(link);
    if (own === null) {
      out.skip(
        'invalid',
        `${file}, line ${row.line}, field "${header.cells[cLink]}": the link has a broken % escape: “${link.slice(0, 80)}”`,
      );
      continue;
    }
    const id = `linkedin:${own ?? `h${stableHash(`${time}\n${body}`)}`}${comments && own ? `:c${stableHash(`${time}\n${body}`)}` : ''}`;
    out.add({
      id,
      platform: 'linkedin',
      kind: comments ? 'comment' : 'post',
      time,
      text: body,
      where: `${file}, line ${row.line}`,
    });
  }
}
