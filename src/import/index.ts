// Reads any supported archive — one file or the whole export zip — into posts.
// Detection looks at the bytes, not the file name, so a renamed file still imports and an
// unrelated one gets a message saying what it is not.
import { looksLikeLinkedIn, readLinkedInFile } from './linkedin';
import { looksLikeMastodon, parseMastodon } from './mastodon';
import { metaKind, readMetaFile } from './meta';
import { decodeText, parseJson } from './text';
import { Collector, ImportError, type ImportFormat, LIMITS, type ParseResult, type Source } from './types';
import { archiveDate, looksLikeX, readXFile } from './x';
import { guardEntries, listZip, looksLikeZip, readEntry, type ZipEntry } from './zip';

export * from './types';

const EXPECTED =
  'an X archive (data/tweets.js), a Mastodon outbox.json, a Bluesky repository (.car), LinkedIn Shares.csv, ' +
  'Facebook your_posts_1.json or Instagram posts_1.json — or the whole export .zip';

async function looksLikeCar(head: Uint8Array): Promise<boolean> {
  return (await import('./bluesky')).looksLikeCar(head);
}

/** Reads and parses `src`. Throws ImportError with a message naming what was wrong and where. */
export async function readArchive(src: Source): Promise<ParseResult> {
  if (src.size === 0) throw new ImportError('the file is empty', { file: src.name });
  const head = await src.read(0, 64);
  if (looksLikeZip(head)) return readZip(src);
  if (src.size > LIMITS.maxFileBytes) {
    throw new ImportError(
      `the file is larger than the ${LIMITS.maxFileBytes / 1024 / 1024} MB we read whole`,
      {
        file: src.name,
      },
    );
  }
  const bytes = await src.read(0, src.size);
  return readSingle(src.name, bytes);
}

async function readSingle(name: string, bytes: Uint8Array): Promise<ParseResult> {
  if (await looksLikeCar(bytes.subarray(0, 64))) {
    return (await import('./bluesky')).parseBluesky(bytes, name);
  }
  const text = decodeText(bytes, name);
  const start = text.trimStart();
  const ytd = /^(?:window\.YTD\.([A-Za-z0-9_]+)\.part\d+|Grailbird\.data\.([a-z_]+))\s*=/.exec(
    start.slice(0, 200),
  );
  if (ytd && !looksLikeX(start)) {
    throw new ImportError(
      `this is the X archive's “${ytd[1] ?? ytd[2]}” file, not the posts; choose data/tweets.js or the whole archive .zip`,
      { file: name, line: 1 },
    );
  }
  if (looksLikeX(start)) {
    const out = new Collector();
    readXFile({ name, text }, out);
    return out.result('x', [name]);
  }
  if (start.startsWith('{') || start.startsWith('[')) {
    const data = parseJson(text, name);
    if (looksLikeMastodon(data)) return parseMastodon(data, name);
    if (metaKind(data)) {
      const out = new Collector();
      const format = readMetaFile(data, name, out);
      return out.result(format, [name]);
    }
    throw new ImportError(`this JSON file is not one Postcoach can import; expected ${EXPECTED}`, {
      file: name,
    });
  }
  if (looksLikeLinkedIn(text)) {
    const out = new Collector();
    readLinkedInFile(text, name, out);
    return out.result('linkedin', [name]);
  }
  throw new ImportError(`this is not a file Postcoach can import; expected ${EXPECTED}`, {
    file: name,
    offset: 0,
  });
}

const PATTERNS: { format: ImportFormat | 'meta'; test: RegExp }[] = [
  { format: 'x', test: /(^|\/)data\/(tweets?(-part\d+)?\.js|js\/tweets\/\d{4}_\d{2}\.js)$/ },
  { format: 'mastodon', test: /(^|\/)outbox\.json$/ },
  { format: 'bluesky', test: /\.car$/i },
  { format: 'linkedin', test: /(^|\/)(Shares|Comments)\.csv$/i },
  {
    format: 'meta',
    test: /(^|\/)(your_posts(__[a-z_]+)?_\d+\.json|comments(_v2)?\.json|posts_\d+\.json|post_comments(_\d+)?\.json)$/,
  },
];

async function readZip(src: Source): Promise<ParseResult> {
  const entries = (await listZip(src)).filter(
    (e) => !e.name.endsWith('/') && !/(^|\/)__MACOSX\//.test(e.name),
  );
  let chosen: ZipEntry[] = [];
  let format: ImportFormat | 'meta' | undefined;
  for (const p of PATTERNS) {
    chosen = entries.filter((e) => p.test.test(e.name));
    if (chosen.length) {
      format = p.format;
      break;
    }
  }
  if (!format) {
    const hint = zipHint(entries.map((e) => e.name));
    if (hint) throw new ImportError(hint, { file: src.name });
    const some = entries
      .slice(0, 6)
      .map((e) => e.name)
      .join(', ');
    throw new ImportError(
      `no posts file found in this zip (it holds ${entries.length} entries: ${some}${entries.length > 6 ? ', …' : ''}); expected ${EXPECTED}`,
      { file: src.name },
    );
  }
  guardEntries(chosen, src.name);
  chosen.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names = chosen.map((e) => `${src.name} › ${e.name}`);
  if (format === 'bluesky') {
    const entry = chosen[0]!;
    return (await import('./bluesky')).parseBluesky(await readEntry(src, entry), names[0]!);
  }
  const out = new Collector();
  if (format === 'x') {
    const manifest = entries.find((e) => /(^|\/)data\/manifest\.js$/.test(e.name));
    // A manifest larger than a megabyte is not X's (theirs is a few kilobytes): not read.
    // It only dates the counts: a damaged one leaves the import time in its place, never stops it.
    if (manifest && manifest.size < 1024 * 1024) {
      const made = await readEntry(src, manifest)
        .then((bytes) => archiveDate(decodeText(bytes, manifest.name)))
        .catch(() => null);
      if (made !== null) out.madeAt = made;
    }
  }
  let result: ImportFormat = format === 'meta' ? 'facebook' : format;
  for (const [i, entry] of chosen.entries()) {
    const name = names[i]!;
    const text = decodeText(await readEntry(src, entry), name);
    if (format === 'x') readXFile({ name, text }, out);
    else if (format === 'linkedin') readLinkedInFile(text, name, out);
    else if (format === 'mastodon') {
      // Some exports repeat the `orderedItems` key, first empty and then full. JSON.parse keeps the
      // last value of a repeated key (ECMA-262 JSON.parse, InternalizeJSONProperty), the full list.
      const r = parseMastodon(parseJson(text, name), name);
      for (const p of r.posts) out.add(p);
      for (const [k, v] of Object.entries(r.skipped)) out.skipped[k as keyof typeof r.skipped] += v;
      out.warnings.push(...r.warnings);
    } else {
      const data = parseJson(text, name);
      if (!metaKind(data)) continue; // e.g. a comments.json of another shape: not posts
      result = readMetaFile(data, name, out);
    }
  }
  return out.result(result, names);
}

/** Known exports that hold no posts file we can read, and what to do about it. */
function zipHint(names: string[]): string | undefined {
  const has = (re: RegExp) => names.some((n) => re.test(n));
  if (has(/(^|\/)(your_posts[^/]*|posts_\d+|post_comments[^/]*)\.html$/)) {
    return 'this Facebook/Instagram download is in HTML; download your information again and choose the JSON format';
  }
  if (has(/(^|\/)(Profile|Connections)\.csv$/i)) {
    return 'this LinkedIn export has no Shares.csv; request the larger data archive (it includes your posts) and import that';
  }
  if (has(/(^|\/)data\/account\.js$/)) {
    return 'this X archive has no data/tweets.js (an archive without posts?); download your archive again';
  }
  return undefined;
}
