// Bluesky: the repository export (Settings › Export my data, or com.atproto.sync.getRepo) is a
// CAR v1 file (https://ipld.io/specs/transport/car/carv1/) of DAG-CBOR blocks. The root is a
// signed commit `{ did, version, data, rev, prev, sig }` whose `data` is the root of a Merkle
// Search Tree (https://atproto.com/specs/repository#mst-structure): nodes `{ l, e: [{ p, k, v, t }] }`,
// keys `<collection>/<rkey>` stored prefix-compressed. Posts are `app.bsky.feed.post` records
// (https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/feed/post.json).
// We walk the tree from the commit: blocks that the tree does not reach (old versions of
// records, deleted posts) are never read.
import { CarBlockIterator } from '@ipld/car/iterator';
import { decode } from '@ipld/dag-cbor';
import { parseDate } from './text';
import { Collector, ImportError, LIMITS, type ParseResult } from './types';

type Json = Record<string, unknown>;
interface CidLike {
  toString(): string;
  asCID: unknown;
}

/**
 * A post's text is at most 3,000 bytes (`maxLength` in the app.bsky.feed.post lexicon above) and
 * its facets index into that text, so a real post record is a few kilobytes. A record block this
 * large is crafted: decoding one of 6.6 MB (60,000 facets) took 1 to 4 s of DAG-CBOR,
 * so it is skipped as invalid before it is decoded.
 */
export const MAX_POST_BLOCK_BYTES = 1024 * 1024;

function isCid(v: unknown): v is CidLike {
  return !!v && typeof v === 'object' && (v as CidLike).asCID === v;
}

/** A CAR v1 file starts with a varint header length and a DAG-CBOR map holding `roots` and `version`. */
export function looksLikeCar(head: Uint8Array): boolean {
  if (head.length < 12) return false;
  // Header length varint, then a CBOR map (0xa2) with keys "roots"/"version".
  let i = 0;
  while (i < 4 && (head[i]! & 0x80) !== 0) i++;
  const rest = new TextDecoder('latin1').decode(head.subarray(i + 1, Math.min(head.length, 64)));
  return head[i + 1] === 0xa2 && rest.includes('roots') && rest.includes('version');
}

export async function parseBluesky(bytes: Uint8Array, file: string): Promise<ParseResult> {
  let roots: CidLike[];
  const blocks = new Map<string, Uint8Array>();
  try {
    const iterator = await CarBlockIterator.fromBytes(bytes);
    roots = (await iterator.getRoots()) as unknown as CidLike[];
    for await (const block of iterator) blocks.set(block.cid.toString(), block.bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError(
      /unexpected end|Unexpected end|not enough|length/i.test(reason)
        ? `the CAR file ends in the middle of a block (was it cut short?): ${reason}`
        : `this is not a readable CAR file: ${reason}`,
      { file },
    );
  }
  const root = roots[0];
  if (!root) throw new ImportError('the CAR file names no root commit', { file, offset: 0 });

  const get = (cid: CidLike, what: string): Json => {
    const key = cid.toString();
    const raw = blocks.get(key);
    if (!raw) throw new ImportError(`${what} ${key} is not in the file (an incomplete export?)`, { file });
    try {
      return decode(raw) as Json;
    } catch (error) {
      throw new ImportError(`${what} ${key} is not valid DAG-CBOR: ${(error as Error).message}`, { file });
    }
  };

  const commit = get(root, 'the root commit');
  if (typeof commit.did !== 'string' || !isCid(commit.data)) {
    throw new ImportError('the root block is not a repository commit (no “did” and “data”)', {
      file,
      field: typeof commit.did !== 'string' ? 'did' : 'data',
    });
  }
  const did = commit.did;
  const out = new Collector();
  const visited = new Set<string>();

  const record = (key: string, cid: CidLike) => {
    const slash = key.indexOf('/');
    const collection = key.slice(0, slash);
    const rkey = key.slice(slash + 1);
    if (collection === 'app.bsky.feed.repost') {
      out.skip('repost');
      return;
    }
    if (collection !== 'app.bsky.feed.post') return; // likes, follows, profile, ...
    const raw = blocks.get(cid.toString());
    if (!raw) {
      out.skip('invalid', `${file}, record ${key}: its block is missing`);
      return;
    }
    if (raw.length > MAX_POST_BLOCK_BYTES) {
      out.skip(
        'invalid',
        `${file}, record ${key}: the record is ${raw.length.toLocaleString('en-US')} bytes, larger than any post (at most 1 MiB)`,
      );
      return;
    }
    let r: Json;
    try {
      r = decode(raw) as Json;
    } catch {
      out.skip('invalid', `${file}, record ${key}: not valid DAG-CBOR`);
      return;
    }
    if (typeof r.text !== 'string') {
      out.skip('invalid', `${file}, record ${key}, field "text": missing`);
      return;
    }
    const time = typeof r.createdAt === 'string' ? parseDate(r.createdAt) : Number.NaN;
    if (Number.isNaN(time)) {
      out.skip('invalid', `${file}, record ${key}, field "createdAt": missing or not a date`);
      return;
    }
    const text = expandLinks(r.text, r.facets);
    if (text.trim() === '') {
      out.skip('no-text');
      return;
    }
    const reply =
      r.reply && typeof r.reply === 'object' ? (r.reply as { parent?: { uri?: unknown } }) : undefined;
    const parentUri = typeof reply?.parent?.uri === 'string' ? reply.parent.uri : '';
    // at://<did>/app.bsky.feed.post/<rkey>: a reply to the owner's own post continues a thread.
    const m = /^at:\/\/([^/]+)\/app\.bsky\.feed\.post\/([^/]+)$/.exec(parentUri);
    const own = m?.[1] === did;
    const kind = reply && !own ? 'reply' : 'post';
    out.add(
      {
        id: `bluesky:${did}/${rkey}`,
        platform: 'bluesky',
        kind,
        time,
        text,
        where: `${file}, record ${key}`,
      },
      m ? `bluesky:${m[1]}/${m[2]}` : undefined,
    );
  };

  const walk = (cid: CidLike, depth: number) => {
    const key = cid.toString();
    if (visited.has(key)) throw new ImportError(`the record tree has a loop at ${key}`, { file });
    if (depth > 64) throw new ImportError('the record tree is deeper than any real repository', { file });
    visited.add(key);
    const node = get(cid, 'tree node');
    if (!Array.isArray(node.e))
      throw new ImportError(`tree node ${key} has no entry list`, { file, field: 'e' });
    if (isCid(node.l)) walk(node.l, depth + 1);
    let last = new Uint8Array(0);
    for (const entry of node.e as Json[]) {
      const p = typeof entry.p === 'number' ? entry.p : 0;
      const k = entry.k instanceof Uint8Array ? entry.k : new Uint8Array(0);
      const full = new Uint8Array(p + k.length);
      full.set(last.subarray(0, p));
      full.set(k, p);
      last = full;
      if (isCid(entry.v)) record(new TextDecoder().decode(full), entry.v);
      if (isCid(entry.t)) walk(entry.t, depth + 1);
    }
  };
  walk(commit.data, 0);
  return out.result('bluesky', [file]);
}

interface Facet {
  index?: { byteStart?: number; byteEnd?: number };
  features?: { $type?: string; uri?: string }[];
}

/** UTF-16 index of each UTF-8 byte offset in `text` (facets count bytes, JavaScript counts code units). */
export function byteToUtf16(text: string, byteOffset: number): number {
  const map = byteOffsets(text);
  return byteOffset >= map.length ? text.length : map[byteOffset]!;
}

/** UTF-16 index of every UTF-8 byte offset of `text` (a byte inside a character maps to its end). */
function byteOffsets(text: string): Uint32Array {
  const width = (c: number) => (c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4);
  let bytes = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.codePointAt(i)!;
    bytes += width(c);
    i += c > 0xffff ? 2 : 1;
  }
  const map = new Uint32Array(bytes + 1);
  let b = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.codePointAt(i)!;
    const n = width(c);
    const next = i + (c > 0xffff ? 2 : 1);
    for (let k = 1; k <= n; k++) map[b + k] = next;
    b += n;
    i = next;
  }
  return map;
}

/**
 * The Bluesky app shortens long links in the text (`example.com/a-long-pa...`) and keeps the
 * full address in a link facet. Put the full address back so the post reads as it was typed.
 * Linear in facets and text (60,000 facets on a 50 KB post took minutes when each
 * facet re-counted the bytes and re-sliced the whole text): one byte map, one pass in order.
 */
export function expandLinks(text: string, facets: unknown): string {
  if (!Array.isArray(facets)) return text;
  const map = byteOffsets(text);
  const at = (byte: number) => (byte >= map.length ? text.length : map[byte]!);
  // (byteStart/byteEnd are integers by the lexicon; a crafted file may hold anything.)
  const links: { start: number; end: number; uri: string }[] = [];
  for (const f of facets as Facet[]) {
    if (!f || typeof f !== 'object') continue;
    const features = Array.isArray(f.features) ? f.features : [];
    const uri = features.find((x) => x?.$type === 'app.bsky.richtext.facet#link')?.uri;
    const s = Number(f.index?.byteStart);
    const e = Number(f.index?.byteEnd);
    if (typeof uri !== 'string' || !uri || !Number.isInteger(s) || !Number.isInteger(e) || !(e > s) || s < 0)
      continue;
    links.push({ start: at(s), end: at(e), uri });
  }
  links.sort((a, b) => a.start - b.start);
  let result = '';
  let cursor = 0;
  for (const l of links) {
    if (l.start < cursor) continue; // overlapping facets: the first one wins
    const shown = text.slice(l.start, l.end);
    const bare = shown.replace(/(\.\.\.|…)$/, '');
    if (shown !== bare && l.uri.replace(/^https?:\/\//, '').startsWith(bare.replace(/^https?:\/\//, ''))) {
      result += text.slice(cursor, l.start) + l.uri;
      cursor = l.end;
      if (result.length > LIMITS.maxPostChars) break;
    }
  }
  return result + text.slice(cursor);
}
