// `npm run coach -- [options] "text"`: the engine from the terminal.
//   --platform x|linkedin|…   (default generic)     --kind post|reply|comment (default post)
//   --lang en|bn   language of the draft (detected when absent)
//   --ui en|bn     language of the report (default: the draft's)
//   --file PATH    read the draft from a file ("-" for stdin)
//   --json         print the Analysis as JSON
//   --jsonl        read JSON lines {"text","platform","kind","language"?} from stdin, write one
//                  Analysis (or {"error"}) per line, in order
//   import FILE [--json]   read a platform archive (see src/cli/import.ts)
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyze } from '../core/analyze';
import { type Catalog, formatMessage } from '../core/i18n';
import { draftScore } from '../core/score';
import {
  type Analysis,
  KINDS,
  type Kind,
  LANGUAGES,
  type Language,
  PLATFORMS,
  type Platform,
  REASONS,
} from '../core/types';

const catalogs: Record<Language, Catalog> = {
  en: loadCatalog('en'),
  bn: loadCatalog('bn'),
};

function loadCatalog(lang: Language): Catalog {
  return JSON.parse(
    readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'),
  );
}

class UsageError extends Error {}

interface Options {
  platform: Platform;
  kind: Kind;
  lang?: Language;
  ui?: Language;
  file?: string;
  json: boolean;
  jsonl: boolean;
  text: string[];
}

function oneOf<T extends string>(list: readonly T[], value: string | undefined, flag: string): T {
  if (value !== undefined && (list as readonly string[]).includes(value)) return value as T;
  throw new UsageError(
    `${flag} must be one of ${list.join(', ')} (got ${value === undefined ? 'nothing' : `"${value}"`})`,
  );
}

export function parseArgs(argv: string[]): Options {
  const o: Options = { platform: 'generic', kind: 'post', json: false, jsonl: false, text: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => argv[++i];
    if (a === '--platform') o.platform = oneOf(PLATFORMS, next(), '--platform');
    else if (a === '--kind') o.kind = oneOf(KINDS, next(), '--kind');
    else if (a === '--lang') o.lang = oneOf(LANGUAGES, next(), '--lang');
    else if (a === '--ui') o.ui = oneOf(LANGUAGES, next(), '--ui');
    else if (a === '--file') {
      const f = next();
      if (!f) throw new UsageError('--file needs a path');
      o.file = f;
    } else if (a === '--json') o.json = true;
    else if (a === '--jsonl') o.jsonl = true;
    else if (a === '--help' || a === '-h') throw new UsageError('');
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else o.text.push(a);
  }
  return o;
}

const USAGE = `usage: npm run coach -- [--platform ${PLATFORMS.join('|')}] [--kind post|reply|comment]
                        [--lang en|bn] [--ui en|bn] [--json] ("text" | --file PATH)
       npm run coach -- --jsonl < drafts.jsonl
       npm run coach -- import FILE [--json]`;

/** A readable report: score, intent with its evidence, nudges grouped by reason. */
export function report(a: Analysis, ui: Language = a.language): string {
  const t = (id: string, params?: (string | number)[]) =>
    formatMessage({ id, ...(params ? { params } : {}) }, catalogs[ui], ui);
  const lines: string[] = [];
  const c = a.counts;
  const head = `${t(`platform_${a.platform}`)} · ${t(`kind_${a.kind}`)} · ${t(`cli_language_${a.language}`)}`;
  if (a.blank) {
    lines.push(`${head}   ${t('score_blank')}`);
    return lines.join('\n');
  }
  // Every label from the catalog, numbers in the report language's digits (Bengali: ০–৯); the
  // pill's own number (src/core/score.ts) first, then the two scores it is made of.
  const count = t('cli_count', [c.weighted, c.limit]) + (c.over ? ` ${t('cli_over', [c.over])}` : '');
  lines.push(
    `${head}   ${t('cli_score', [draftScore(a)])}   ${t('cli_quality', [a.quality])}   ${t('cli_voice', [a.voice])}   ${count}`,
  );
  if (a.cap) lines.push(t(a.cap.message.id, a.cap.message.params));
  const ev = a.intent.evidence.filter((e) => e.intent === a.intent.label).slice(0, 6);
  const pct = (x: number) => Math.round(x * 100);
  const mix = t('cli_mix', [
    pct(a.intent.scores.selling),
    pct(a.intent.scores.listening),
    pct(a.intent.scores.sharing),
  ]);
  lines.push(
    `${t(`intent_${a.intent.label}`)}  (${mix})${ev.length ? `: ${ev.map((e) => `“${e.text}”`).join(', ')}` : ''}`,
  );
  if (a.findings.length === 0) {
    lines.push('', t('cli_no_nudges'));
    return lines.join('\n');
  }
  for (const reason of REASONS) {
    const group = a.findings.filter((f) => f.reason === reason);
    if (group.length === 0) continue;
    lines.push('', `${t(`reason_${reason}`).toUpperCase()}`);
    for (const f of group) {
      const mark = f.severity === 'error' ? '✖' : f.severity === 'warn' ? '▲' : '•';
      lines.push(`  ${mark} ${t(f.message.id, f.message.params)}`);
      if (f.evidence.length)
        lines.push(
          `      ${t('cli_why')} ${f.evidence
            .slice(0, 4)
            .map((e) => `“${e.text}”`)
            .join(', ')}`,
        );
      lines.push(`      ${t('cli_try')} ${t(f.suggestion.id, f.suggestion.params)}`);
    }
  }
  return lines.join('\n');
}

/** One JSON line in, one out; a bad line yields {"error"} and the run goes on. */
export function analyzeLine(line: string): string {
  try {
    const input = JSON.parse(line) as unknown;
    if (typeof input !== 'object' || input === null || Array.isArray(input))
      throw new UsageError('expected a JSON object');
    const { text, platform = 'generic', kind = 'post', language } = input as Record<string, unknown>;
    if (typeof text !== 'string') throw new UsageError('"text" must be a string');
    const ctx = {
      platform: oneOf(PLATFORMS, String(platform), 'platform'),
      kind: oneOf(KINDS, String(kind), 'kind'),
      ...(language === undefined ? {} : { language: oneOf(LANGUAGES, String(language), 'language') }),
    };
    return JSON.stringify(analyze(text, ctx));
  } catch (e) {
    return JSON.stringify({
      error: e instanceof SyntaxError ? `not JSON: ${e.message}` : (e as Error).message,
    });
  }
}

async function runJsonl(): Promise<number> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  // Buffered writes: one write per line would dominate the run time on 10,000 lines.
  let buf: string[] = [];
  for await (const line of rl) {
    if (line.trim() === '') continue;
    buf.push(analyzeLine(line));
    if (buf.length >= 500) {
      process.stdout.write(`${buf.join('\n')}\n`);
      buf = [];
    }
  }
  if (buf.length) process.stdout.write(`${buf.join('\n')}\n`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'import') {
    const { runImport } = await import('./import');
    return runImport(argv.slice(1));
  }
  const o = parseArgs(argv);
  if (o.jsonl) return runJsonl();
  let text: string;
  if (o.file) text = readFileSync(o.file === '-' ? 0 : o.file, 'utf8');
  else if (o.text.length) text = o.text.join(' ');
  else throw new UsageError('give the draft as an argument or with --file');
  const a = analyze(text, { platform: o.platform, kind: o.kind, ...(o.lang ? { language: o.lang } : {}) });
  process.stdout.write(`${o.json ? JSON.stringify(a, null, 2) : report(a, o.ui)}\n`);
  return 0;
}

const isMain =
  process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!);
if (isMain) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      if (e instanceof UsageError) {
        if (e.message) process.stderr.write(`coach: ${e.message}\n`);
        process.stderr.write(`${USAGE}\n`);
        process.exitCode = 2;
      } else {
        process.stderr.write(`coach: ${(e as Error).message}\n`);
        process.exitCode = 1;
      }
    },
  );
}
