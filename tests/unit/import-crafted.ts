// Crafted archives from issue 12 ("imports that a crafted file can crash"), built in code so the
// unit tests, the Chromium e2e and the benchmark import the same bytes. Each comment says what
// the input attacked in the code before the fix.
import { CarWriter } from '@ipld/car/writer';
import * as dagCbor from '@ipld/dag-cbor';
import { CID } from 'multiformats/cid';
import { sha256 } from 'multiformats/hashes/sha2';

const enc = new TextEncoder();

/**
 * 1.4 KB tweets.js: 40 URL entities `{url: 'a', expanded_url: 'aa'}` on the text "a". The old
 * `split(short).join(long)` per entity doubled the whole text each time (2^40 characters:
 * "Target crashed"). Each entity replaces one occurrence: the text becomes "aa".
 */
export function xEntityBomb(entities = 40): string {
  const urls = Array.from({ length: entities }, () => ({ url: 'a', expanded_url: 'aa' }));
  const tweet = {
    tweet: {
      id_str: '1700000000000000001',
      created_at: 'Fri Feb 24 06:58:32 +0000 2023',
      full_text: 'a',
      entities: { urls },
    },
  };
  return `window.YTD.tweets.part0 = ${JSON.stringify([tweet])}`;
}

/** Mastodon HTML with `<` never closed: `<[^>]*>` rescanned to the end from each one (quadratic). */
export function mastodonUnclosed(chars: number): { json: string; crafted: string } {
  const crafted = '<a'.repeat(Math.floor(chars / 2));
  const note = (n: number, content: string) => ({
    id: `https://social.example/users/bakery/statuses/${n}/activity`,
    type: 'Create',
    published: '2023-03-01T10:00:00Z',
    to: ['https://www.w3.org/ns/activitystreams#Public'],
    object: {
      id: `https://social.example/users/bakery/statuses/${n}`,
      type: 'Note',
      published: '2023-03-01T10:00:00Z',
      to: ['https://www.w3.org/ns/activitystreams#Public'],
      content,
    },
  });
  const outbox = {
    '@context': 'https://www.w3.org/ns/activitystreams',
    type: 'OrderedCollection',
    totalItems: 2,
    orderedItems: [note(1, '<p>Fresh bread today</p><p>Come early!</p>'), note(2, crafted)],
  };
  return { json: JSON.stringify(outbox), crafted };
}

async function block(value: unknown) {
  const bytes = dagCbor.encode(value);
  const cid = CID.create(1, dagCbor.code, await sha256.digest(bytes));
  return { cid, bytes };
}

export const CRAFTED_DID = 'did:plc:crafted5example';

/**
 * A Bluesky repository of the given post records (rkey → record), one flat tree node. Keys must
 * sort as the MST stores them; we sort them here.
 */
export async function blueskyCar(posts: Record<string, Record<string, unknown>>): Promise<Uint8Array> {
  const keys = Object.keys(posts).sort();
  const recs = await Promise.all(keys.map((k) => block({ $type: 'app.bsky.feed.post', ...posts[k] })));
  const node = await block({
    l: null,
    e: keys.map((k, i) => ({ p: 0, k: enc.encode(`app.bsky.feed.post/${k}`), v: recs[i]!.cid, t: null })),
  });
  const commit = await block({
    did: CRAFTED_DID,
    version: 3,
    data: node.cid,
    rev: '3crafted',
    prev: null,
    sig: new Uint8Array(64),
  });
  const { writer, out } = CarWriter.create([commit.cid]);
  const chunks: Uint8Array[] = [];
  const collect = (async () => {
    for await (const c of out) chunks.push(c);
  })();
  for (const b of [commit, node, ...recs]) await writer.put(b);
  await writer.close();
  await collect;
  const total = chunks.reduce((a, c) => a + c.length, 0);
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

/** The shortened link the facet post ends with, and the address its facet holds. */
export const FACET_SHOWN = 'example.com/spring-me...';
export const FACET_URI = 'https://example.com/spring-menu-2024';

/**
 * A ~50 KB post with `facets` link facets: every one but the last points at a span that is not a
 * shortened link (left alone); the last expands the link at the end. Before the fix each facet
 * re-counted the text's bytes from the start and re-sliced it: 8,000 facets took 4 s, 60,000 more
 * than 30 s.
 */
export function facetPost(
  facets: number,
  repeat = 1400,
): { record: Record<string, unknown>; expected: string } {
  const body = 'ধন্যবাদ! Fresh bread today. '.repeat(repeat);
  const text = `${body}${FACET_SHOWN}`;
  const bodyBytes = enc.encode(body).length;
  const list: unknown[] = [];
  for (let i = 0; i < facets - 1; i++) {
    const start = (i * 7) % (bodyBytes - 10);
    list.push({
      index: { byteStart: start, byteEnd: start + 5 },
      features: [{ $type: 'app.bsky.richtext.facet#link', uri: `https://example.com/${i}` }],
    });
  }
  list.push({
    index: { byteStart: bodyBytes, byteEnd: bodyBytes + enc.encode(FACET_SHOWN).length },
    features: [{ $type: 'app.bsky.richtext.facet#link', uri: FACET_URI }],
  });
  return {
    record: { text, createdAt: '2024-03-02T08:00:00.000Z', facets: list },
    expected: `${body}${FACET_URI}`,
  };
}

/** LinkedIn Shares.csv whose second row's ShareLink has a broken `%` escape (URIError before). */
export const LINKEDIN_BAD_ESCAPE = [
  'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility',
  '2023-02-24 06:58:32,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7034000000000000001,"Our spring menu is here",,,MEMBER_NETWORK',
  '2023-02-25 07:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A70340%E0%A4,"Thank you for coming",,,MEMBER_NETWORK',
  '',
].join('\n');
