// `npm run coach -- import FILE [--json]`: reads an archive (one file or the whole export zip)
// with the same parsers as the options page, analyses every post and prints what it found.
// It writes nothing. Exit codes: 0 done, 1 the file could not be imported, 2 bad arguments.
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { readArchive } from '../import/index';
import {
  analyzePosts,
  countsLine,
  type ImportSummary,
  nothingReadable,
  reportLine,
  summarize,
} from '../import/pipeline';
import { ImportError, SKIP_LABELS, type SkipReason, type Source } from '../import/types';

const USAGE = 'usage: npm run coach -- import FILE [--json]';

/** Random access to a file on disk, so a large zip is never read whole. */
export async function fileSource(path: string): Promise<Source> {
  const info = await stat(path);
  if (!info.isFile()) throw new ImportError('not a file', { file: path });
  return {
    name: basename(path),
    size: info.size,
    async read(offset, length) {
      const len = Math.max(0, Math.min(length, info.size - offset));
      const handle = await open(path, 'r');
      try {
        const buffer = new Uint8Array(len);
        let done = 0;
        while (done < len) {
          const { bytesRead } = await handle.read(buffer, done, len - done, offset + done);
          if (bytesRead === 0) break;
          done += bytesRead;
        }
        return buffer.subarray(0, done);
      } finally {
        await handle.close();
      }
    },
  };
}

/** The `--json` object: exactly these keys (comments are counted with replies). */
export function jsonReport(s: ImportSummary | null, errors: string[]) {
  return {
    format: s?.format ?? null,
    posts: s?.posts ?? 0,
    replies: s ? s.replies + s.comments : 0,
    skipped: s?.skippedTotal ?? 0,
    first: s?.first ?? null,
    last: s?.last ?? null,
    intent: {
      selling: s?.intent.selling ?? 0,
      listening: s?.intent.listening ?? 0,
      sharing: s?.intent.sharing ?? 0,
    },
    quality_median: s?.qualityMedian ?? null,
    errors,
  };
}

function human(s: ImportSummary, ms: number): string {
  const total = s.posts + s.replies + s.comments;
  const pct = (v: number) => (total ? `${Math.round((v / total) * 100)}%` : '—');
  const lines = [
    `${s.format} archive: ${s.files.join(', ')}`,
    `  posts     ${s.posts.toLocaleString('en-US')}`,
    `  replies   ${s.replies.toLocaleString('en-US')}`,
    `  comments  ${s.comments.toLocaleString('en-US')}`,
    `  skipped   ${s.skippedTotal.toLocaleString('en-US')}`,
  ];
  for (const [reason, count] of Object.entries(s.skipped) as [SkipReason, number][]) {
    if (count) lines.push(`    ${count.toLocaleString('en-US').padStart(6)}  ${SKIP_LABELS[reason]}`);
  }
  lines.push(
    `  dates     ${s.first ? `${s.first.slice(0, 10)} to ${s.last!.slice(0, 10)}` : '—'}`,
    `  intent    selling ${s.intent.selling} (${pct(s.intent.selling)}), listening ${s.intent.listening} (${pct(s.intent.listening)}), sharing ${s.intent.sharing} (${pct(s.intent.sharing)})`,
    `  quality   median ${s.qualityMedian ?? '—'}`,
    `  counts    ${countsLine(s)}`,
  );
  if (s.warnings.length) {
    lines.push('  problems (items skipped as invalid):');
    for (const w of s.warnings) lines.push(`    ${w}`);
  }
  lines.push('', `${reportLine(s, 'found')} (read and analysed in ${ms.toFixed(0)} ms; nothing was written)`);
  return lines.join('\n');
}

export async function runImport(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  const unknown = files.filter((a) => a.startsWith('--'));
  if (files.length !== 1 || unknown.length) {
    const message = unknown.length ? `unknown option ${unknown[0]}; ${USAGE}` : USAGE;
    if (json) console.log(JSON.stringify(jsonReport(null, [message])));
    else console.error(message);
    return 2;
  }
  const path = files[0]!;
  const started = performance.now();
  try {
    const src = await fileSource(path).catch((error: NodeJS.ErrnoException) => {
      if (error instanceof ImportError) throw error;
      throw new ImportError(error.code === 'ENOENT' ? 'no such file' : error.message, { file: path });
    });
    const parsed = await readArchive(src);
    const records = await analyzePosts(parsed);
    const nothing = nothingReadable(parsed, records);
    if (nothing) throw new ImportError(nothing, { file: src.name });
    const summary = summarize(parsed, records);
    if (json) console.log(JSON.stringify(jsonReport(summary, summary.warnings)));
    else console.log(human(summary, performance.now() - started));
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (json) console.log(JSON.stringify(jsonReport(null, [message])));
    console.error(`postcoach import: ${message}`);
    return 1;
  }
}

// Run directly: `npx tsx src/cli/import.ts FILE [--json]` (the coach CLI dispatches here too).
if (import.meta.url === `file://${process.argv[1]}`) {
  runImport(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
