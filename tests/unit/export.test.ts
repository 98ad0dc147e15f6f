import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { weekOf } from '../../src/core/calendar';
import type { ExportOptions } from '../../src/core/export/common';
import { CSV_COLUMNS, csvCell, readCsvCell, summaryToCsv } from '../../src/core/export/csv';
import { summaryToHtml } from '../../src/core/export/html';
import { SUMMARY_FORMAT, summaryToJson } from '../../src/core/export/json';
import { escapeMarkdown, summaryToMarkdown } from '../../src/core/export/markdown';
import { type Catalog, formatMessage, formatNumber } from '../../src/core/i18n';
import type { PostRecord } from '../../src/core/model';
import { DEFAULT_GOALS, type Goals } from '../../src/core/model';
import { type WeeklySummary, weeklySummary } from '../../src/core/summary/summary';
import type { Language } from '../../src/core/types';
import { parseCsv as readCsv } from '../../src/import/linkedin';
import { history, post, rng } from './habits-fixtures';

const H = 3_600_000;
const catalog = (lang: Language) =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8'),
  ) as Catalog;
const opts = (lang: Language, tz = 'UTC'): ExportOptions => {
  const c = catalog(lang);
  const fmt = new Intl.DateTimeFormat(lang === 'bn' ? 'bn-BD' : 'en-GB', {
    timeZone: tz,
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return {
    t: (id, params) => formatMessage({ id, params: params ?? [] }, c, lang),
    num: (n) => formatNumber(n, lang),
    dateTime: (t) => fmt.format(t),
    lang,
  };
};

const NASTY = [
  '=HYPERLINK("http://evil.example","click")',
  '+1 555 0100 call now',
  '-5% off today, "quoted", and commas',
  '@everyone look\nsecond line\r\nthird',
  '<script>alert("x")</script><img src=x onerror=alert(1)>',
  'বাংলা পোস্ট: নতুন পণ্য 🎉 #ঢাকা',
  '\tTabbed start',
  "'already quoted",
];

const GOALS: Goals = {
  ...DEFAULT_GOALS,
  postsPerWeek: 3,
  focusPlatforms: ['linkedin'],
  kpis: ['followers', 'a|b <kpi>'],
};

function summaryWith(posts: PostRecord[], tz = 'UTC'): WeeklySummary {
  const week = weekOf(posts[0]?.time ?? Date.UTC(2026, 10, 24), 1, tz);
  return weeklySummary({
    week,
    posts: posts.filter((p) => p.time >= week.start && p.time < week.end),
    previousPosts: [],
    goals: GOALS,
    setupDone: true,
    kpis: [{ week: week.startDate, kpi: 'followers', value: 1234, time: week.start }],
    earlierCounts: [4, 5, 1],
  });
}

function nastyWeek(): PostRecord[] {
  const start = weekOf(Date.UTC(2026, 10, 24), 1, 'UTC').start;
  return NASTY.map((text, i) =>
    post({
      id: i === 0 ? '=cmd|/C calc!A0' : `p${i}`,
      time: start + i * 9 * H,
      text,
      intent: (['selling', 'listening', 'sharing'] as const)[i % 3],
      platform: i % 2 ? 'linkedin' : 'x',
      findings: i % 2 ? [{ rule: 'hook', reason: 'content', severity: 'warn' }] : [],
    }),
  );
}

/** The project's one CSV reader (the import's, which reports line numbers), cells as written. */
const parseCsvRaw = (text: string) => readCsv(text, 'export.csv', ',').rows.map((r) => r.cells);
/** The same, with the export's formula guard taken off again. */
const parseCsv = (text: string) => parseCsvRaw(text).map((r) => r.map(readCsvCell));

describe('CSV', () => {
  test('formula-looking cells are escaped and parse back to the original values', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@x')).toBe("'@x");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(12)).toBe('12');
    const posts = nastyWeek();
    const s = summaryWith(posts);
    const csv = summaryToCsv(s, { texts: true });
    // No raw cell starts with a formula character.
    const raw = parseCsvRaw(csv);
    for (const row of raw) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + posts.length + 1);
    const byId = new Map(rows.slice(1, -1).map((r) => [r[0], r]));
    for (const p of posts) {
      const r = byId.get(p.id)!;
      expect(r).toBeDefined();
      const rec = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]]));
      expect(rec.text).toBe(p.text);
      expect(rec.platform).toBe(p.platform);
      expect(rec.intent).toBe(p.intent);
      expect(Number(rec.quality)).toBe(p.quality);
      expect(Number(rec.voice)).toBe(p.voice);
      expect(Number(rec.compose_seconds)).toBe(Math.round(p.composeMs! / 1000));
      expect(rec.nudges).toBe(p.findings.map((f) => f.rule).join(' '));
      expect(rec.date).toBe(new Date(p.time).toISOString().slice(0, 10));
    }
    const total = rows[rows.length - 1]!;
    expect(total[0]).toBe('TOTAL');
    expect(total[3]).toBe(String(posts.length));
    expect(total[4]).toBe(
      `selling ${s.byIntent.selling}; listening ${s.byIntent.listening}; sharing ${s.byIntent.sharing}`,
    );
  });

  test('dates and times are local to the week’s zone', () => {
    const t = Date.UTC(2026, 10, 24, 20, 5); // 02:05 next day in Dhaka
    const s = summaryWith([post({ id: 'd', time: t })], 'Asia/Dhaka');
    const rows = parseCsv(summaryToCsv(s));
    expect(rows[1]!.slice(1, 3)).toEqual(['2026-11-25', '02:05']);
  });

  test('post texts are left out unless asked for; the column stays so the layout is the same', () => {
    const posts = nastyWeek();
    const without = parseCsv(summaryToCsv(summaryWith(posts)));
    expect(without[0]).toEqual([...CSV_COLUMNS]);
    for (const r of without.slice(1)) expect(r[CSV_COLUMNS.indexOf('text')]).toBe('');
    const csv = summaryToCsv(summaryWith(posts));
    for (const p of posts) expect(csv).not.toContain(p.text!.slice(0, 12).replace(/"/g, '""'));
    const withTexts = parseCsv(summaryToCsv(summaryWith(posts), { texts: true }));
    expect(withTexts[1]![CSV_COLUMNS.indexOf('text')]).toBe(NASTY[0]);
  });
});

describe('JSON', () => {
  test('versioned and complete: the records and figures round-trip', () => {
    const posts = nastyWeek();
    const s = summaryWith(posts);
    const j = JSON.parse(summaryToJson(s, Date.UTC(2026, 10, 30)));
    expect(j.format).toBe(SUMMARY_FORMAT);
    expect(j.version).toBe(3);
    expect(j.generated).toBe('2026-11-30T00:00:00.000Z');
    expect(j.week.startDate).toBe('2026-11-23');
    expect(j.week.timeZone).toBe('UTC');
    expect(j.posts).toEqual(s.posts);
    expect(j.totals.posts).toBe(posts.length);
    expect(j.totals.byIntent).toEqual(s.byIntent);
    // Eight posts, i % 3 === 0 selling (0, 3, 6): 3 / 8 = 37.5%.
    expect(j.selling.sharePct).toBe(37.5);
    expect(j.selling.verdict).toBe('missed');
    expect(j.streak).toBe(s.streak);
    expect(j.kpis[0]).toEqual({ kpi: 'followers', value: 1234, previous: null });
    expect(j.focus).toBe(s.focus);
  });
});

describe('Markdown', () => {
  test('figures, tables and escaped user words (English)', () => {
    const s = summaryWith(nastyWeek());
    const md = summaryToMarkdown(s, opts('en'));
    expect(md).toContain('# Weekly summary 2026-11-23 – 2026-11-29');
    expect(md).toContain(`- Posts: ${s.posts.length} (+${s.posts.length})`);
    expect(md).toContain('| LinkedIn | 4 |');
    expect(md).toContain('| X | 4 |');
    expect(md).toContain('| followers | 1,234 | — |');
    expect(md).toContain('| a\\|b \\<kpi\\> | — | — |');
    expect(md).toContain('First line (hook)');
    expect(md).not.toContain('<script>');
    expect(escapeMarkdown('*bold* [x](y)')).toBe('\\*bold\\* \\[x\\]\\(y\\)');
  });

  test('Bengali: words from the bn catalog and Bengali digits', () => {
    const s = summaryWith(nastyWeek());
    const md = summaryToMarkdown(s, opts('bn'));
    expect(md).toContain('সাপ্তাহিক সারাংশ');
    expect(md).toContain('১,২৩৪');
    expect(md).toMatch(/পোস্ট: ৮/);
  });
});

describe('printable HTML', () => {
  test('post text that looks like HTML stays text; charts have text alternatives', () => {
    const s = summaryWith(nastyWeek());
    const html = summaryToHtml(s, opts('en'));
    const win = new Window();
    const doc = new win.DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('script').length).toBe(0);
    expect(doc.querySelectorAll('img').length).toBe(0);
    const cells = [...doc.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells).toContain('<script>alert("x")</script><img src=x onerror=alert(1)>');
    expect(cells).toContain('বাংলা পোস্ট: নতুন পণ্য 🎉 #ঢাকা');
    const svgs = doc.querySelectorAll('svg[role="img"]');
    expect(svgs.length).toBe(2);
    for (const svg of svgs) {
      expect(svg.getAttribute('aria-label')!.length).toBeGreaterThan(10);
      expect(svg.querySelector('desc')!.textContent).toBe(svg.getAttribute('aria-label'));
    }
    expect(doc.querySelector('h1')!.textContent).toBe('Weekly summary 2026-11-23 – 2026-11-29');
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    win.close();
  });
});

describe('printable HTML: days and verdicts', () => {
  const dayLabels = (html: string) => {
    const win = new Window();
    const doc = new win.DOMParser().parseFromString(html, 'text/html');
    const svg = doc.querySelectorAll('svg')[0]!;
    // The labels under the bars are the texts in the band below the bars (y beyond 144).
    const out = [...svg.querySelectorAll('text')]
      .filter((x) => Number(x.getAttribute('y')) > 144)
      .map((x) => x.textContent);
    win.close();
    return out;
  };

  test('the per-day chart names the weekdays (not 1–7), from the week’s first day, in each language', () => {
    const s = summaryWith(nastyWeek()); // Monday weeks
    expect(dayLabels(summaryToHtml(s, opts('en')))).toEqual([
      'Mon',
      'Tue',
      'Wed',
      'Thu',
      'Fri',
      'Sat',
      'Sun',
    ]);
    expect(dayLabels(summaryToHtml(s, opts('bn')))).toEqual([
      'সোম',
      'মঙ্গল',
      'বুধ',
      'বৃহস্পতি',
      'শুক্র',
      'শনি',
      'রবি',
    ]);
    // A Sunday week in Dhaka: its first day is a Sunday there.
    const week = weekOf(Date.UTC(2026, 10, 24), 0, 'Asia/Dhaka');
    const sunday = weeklySummary({
      week,
      posts: [],
      previousPosts: [],
      goals: { ...GOALS, weekStart: 0 },
      setupDone: true,
      kpis: [],
      earlierCounts: [],
    });
    expect(dayLabels(summaryToHtml(sunday, opts('en')))[0]).toBe('Sun');
  });

  test('an empty finished week: selling, quality and voice say "no posts yet", never "missed" on 0', () => {
    const week = weekOf(Date.UTC(2026, 10, 24), 1, 'UTC');
    const s = weeklySummary({
      week,
      posts: [],
      previousPosts: [],
      goals: { ...GOALS, kpis: [] },
      setupDone: true,
      kpis: [],
      earlierCounts: [],
    });
    const md = summaryToMarkdown(s, opts('en'));
    expect(md).toContain('| Selling share at most | — | 20% | no posts yet |');
    expect(md).toContain('| Median quality | — | 70 | no posts yet |');
    expect(md).toContain('| Posts | 0 | 3 | missed |');
    const html = summaryToHtml(s, opts('bn'));
    expect(html).toContain('<td>এখনো পোস্ট নেই</td>');
    expect(JSON.parse(summaryToJson(s)).goalResults.find((g: { id: string }) => g.id === 'quality')).toEqual({
      id: 'quality',
      value: null,
      target: 70,
      verdict: 'nodata',
    });
  });

  test('only a post’s own text, on paper, may break inside a word; the print style has an A4 page per week', () => {
    const html = summaryToHtml(summaryWith(nastyWeek()), opts('en'));
    const style = html.slice(html.indexOf('<style>'), html.indexOf('</style>'));
    expect(style).toMatch(/th,td\{[^}]*overflow-wrap:break-word/);
    expect(style.match(/overflow-wrap:anywhere/g)).toHaveLength(1);
    expect(style).toContain('@media print{table.posts td:last-child{overflow-wrap:anywhere}');
    expect(style).toContain('@page{size:A4');
    expect(style).toContain('.week-page{break-after:page}');
  });
});

describe('a large week', () => {
  // How long this takes is measured by the benchmarks, never asserted here (DEVELOPERS.md).
  test('a week of 500 posts is summarized and exported in all four formats, every row present', () => {
    const week = weekOf(Date.UTC(2026, 10, 24), 1, 'Asia/Dhaka');
    const rand = rng(42);
    const posts = Array.from({ length: 500 }, (_, i) =>
      post({
        id: `s${i}`,
        time: week.start + Math.floor(rand() * (week.end - week.start)),
        intent: (['selling', 'listening', 'sharing'] as const)[i % 3],
        platform: (['x', 'linkedin', 'facebook', 'bluesky'] as const)[i % 4],
        quality: Math.floor(rand() * 100),
        text: `Post ${i}: ${'words and more words, '.repeat(8)}`,
        findings: [{ rule: ['hook', 'emoji', 'selling'][i % 3]!, reason: 'content', severity: 'tip' }],
      }),
    );
    const previous = history('seller', week.start, 1);
    const o = opts('bn', 'Asia/Dhaka');
    const s = weeklySummary({
      week,
      posts,
      previousPosts: previous,
      goals: GOALS,
      setupDone: true,
      kpis: [],
      earlierCounts: [500],
    });
    const csv = summaryToCsv(s);
    expect(csv.split('\r\n').length).toBe(1 + 500 + 1 + 1);
    expect(JSON.parse(summaryToJson(s)).posts).toHaveLength(500);
    expect(summaryToMarkdown(s, o)).toContain('পোস্ট: ৫০০');
    // Table rows, head rows included: intents 1 + 3, platforms 1 + 4, goals, KPIs 1 + 2, posts 1 + 500.
    expect(summaryToHtml(s, o).match(/<tr>/g)).toHaveLength(4 + 5 + 1 + s.goalResults.length + 3 + 501);
  });
});
