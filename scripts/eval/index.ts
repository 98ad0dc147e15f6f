import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * `npm run eval [-- --json]`: every `scripts/eval/*.eval.ts` module is one section of the report
 * (intent, voice, judgments, engagement, …). Each exports `evaluate(): Promise<Section>`; the
 * figures that matter are the report halves' (see split.ts), printed beside the tuning halves'.
 */
export interface Section {
  title: string;
  /** One row per set (and half); values are printed in column order of the first row. */
  rows: Record<string, string | number | null>[];
  notes?: string[];
}

const here = import.meta.dirname;
const modules = readdirSync(here)
  .filter((f) => f.endsWith('.eval.ts'))
  .sort();
const sections: Section[] = [];
for (const file of modules) {
  const mod = (await import(join(here, file))) as { evaluate(): Promise<Section> | Section };
  sections.push(await mod.evaluate());
}

const fmt = (v: string | number | null) =>
  v === null ? '—' : typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(3)) : v;
for (const s of sections) {
  console.log(`\n## ${s.title}\n`);
  const cols = Object.keys(s.rows[0] ?? {});
  const cells = [cols, ...s.rows.map((r) => cols.map((c) => fmt(r[c] ?? null)))];
  const widths = cols.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  for (const row of cells) console.log(row.map((c, i) => c.padEnd(widths[i]!)).join('  '));
  for (const n of s.notes ?? []) console.log(`- ${n}`);
}
if (process.argv.includes('--json')) {
  const out = resolve(here, '../../eval');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'results.json'), `${JSON.stringify(sections, null, 2)}\n`);
  console.log(`\nwrote ${join(out, 'results.json')}`);
}
