// Weekly summary exports: the renderers are pure (core/export/); here they get the user's
// words, digits and dates, and go to a download or the clipboard.
import type { ExportOptions } from '../core/export/common';
import { type CsvOptions, summaryToCsv } from '../core/export/csv';
import { summaryToHtml } from '../core/export/html';
import { summaryToJson } from '../core/export/json';
import { summaryToMarkdown } from '../core/export/markdown';
import type { WeeklySummary } from '../core/summary/summary';
import type { I18n } from '../ui/i18n';

export type ExportFormat = 'md' | 'csv' | 'json' | 'html';

const MIME: Record<ExportFormat, string> = {
  md: 'text/markdown',
  csv: 'text/csv',
  json: 'application/json',
  html: 'text/html',
};

export function exportOptions(i: I18n): ExportOptions {
  return { t: i.t, num: i.num, dateTime: i.dateTime, lang: i.lang, weekday: i.weekday };
}

export function render(s: WeeklySummary, format: ExportFormat, i: I18n, csv: CsvOptions = {}): string {
  switch (format) {
    case 'md':
      return summaryToMarkdown(s, exportOptions(i));
    case 'csv':
      return summaryToCsv(s, csv);
    case 'json':
      return summaryToJson(s);
    case 'html':
      return summaryToHtml(s, exportOptions(i));
  }
}

export const fileName = (s: WeeklySummary, format: ExportFormat) =>
  `postcoach-week-${s.week.startDate}.${format}`;

export function download(s: WeeklySummary, format: ExportFormat, i: I18n, csv: CsvOptions = {}): void {
  const t0 = performance.now();
  const text = render(s, format, i, csv);
  performance.measure(`postcoach:export-${format}`, { start: t0, detail: { posts: s.posts.length } });
  // A byte-order mark helps spreadsheets read UTF-8 CSV (Bengali text) correctly.
  const blob = new Blob([format === 'csv' ? '\ufeff' : '', text], { type: `${MIME[format]};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName(s, format);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function copy(
  s: WeeklySummary,
  format: ExportFormat,
  i: I18n,
  csv: CsvOptions = {},
): Promise<void> {
  await navigator.clipboard.writeText(render(s, format, i, csv));
}
