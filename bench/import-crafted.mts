// Import times of the crafted archives (Node, the parsers and pipeline the options page's
// worker runs): each imports or is refused; the time is printed, never asserted.
//   npx tsx bench/import-crafted.mts
import { bytesSource, readArchive } from '../src/import/index';
import { analyzePosts, summarize } from '../src/import/pipeline';
import {
  blueskyCar,
  facetPost,
  LINKEDIN_BAD_ESCAPE,
  mastodonUnclosed,
  xEntityBomb,
} from '../tests/unit/import-crafted';

const enc = new TextEncoder();
const cases: [string, string, () => Promise<Uint8Array>][] = [
  [
    'X tweets.js, 40 entities {url:"a", expanded_url:"aa"} (1.4 KB)',
    'tweets.js',
    async () => enc.encode(xEntityBomb(40)),
  ],
  [
    'Mastodon, 40,000 characters of unclosed "<a"',
    'outbox.json',
    async () => enc.encode(mastodonUnclosed(40_000).json),
  ],
  [
    'Mastodon, 90,000 characters of unclosed "<a"',
    'outbox.json',
    async () => enc.encode(mastodonUnclosed(90_000).json),
  ],
  ['Bluesky, 8,000 facets on a 50 KB post', 'a.car', () => blueskyCar({ '3a': facetPost(8_000).record })],
  ['Bluesky, 60,000 facets on a 50 KB post', 'b.car', () => blueskyCar({ '3b': facetPost(60_000).record })],
  [
    'Bluesky, createdAt 1970 / 2099, id over 200 characters',
    'c.car',
    () =>
      blueskyCar({
        '3c1': { text: 'past', createdAt: '1970-01-01T00:00:00.000Z' },
        '3c2': { text: 'future', createdAt: '2099-01-01T00:00:00.000Z' },
        [`3${'k'.repeat(220)}`]: { text: 'long id', createdAt: '2024-01-01T00:00:00.000Z' },
        '3c4': { text: 'fine', createdAt: '2024-01-01T00:00:00.000Z' },
      }),
  ],
  [
    'LinkedIn Shares.csv, a ShareLink with a bad % escape',
    'Shares.csv',
    async () => enc.encode(LINKEDIN_BAD_ESCAPE),
  ],
];

for (const [label, name, make] of cases) {
  const bytes = await make();
  const runs: number[] = [];
  let line = '';
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    try {
      const parsed = await readArchive(bytesSource(name, bytes));
      const records = await analyzePosts(parsed);
      const s = summarize(parsed, records);
      line = `${s.posts + s.replies + s.comments} imported, ${s.skippedTotal} skipped`;
    } catch (error) {
      line = `refused: ${(error as Error).message.slice(0, 80)}`;
    }
    runs.push(performance.now() - started);
  }
  runs.sort((a, b) => a - b);
  console.log(
    `${label}: median ${runs[2]!.toFixed(1)} ms (${bytes.length.toLocaleString('en-US')} bytes; ${line})`,
  );
}
