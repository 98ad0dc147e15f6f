// Import benchmark: 50,000 posts read and analysed must take < 60 s.
// Run: npx tsx bench/import-bench.mts [count] [--write archive.zip]   — prints one JSON line with the figures.
// Builds a synthetic X archive (tweets.js, and the same inside a zip) of varied posts in
// English and Bengali with links, mentions, hashtags, emoji, replies and retweets.
import { writeFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { bytesSource, readArchive } from '../src/import/index';
import { analyzePosts } from '../src/import/pipeline';

const args = process.argv.slice(2);
const writeAt = args.indexOf('--write');
const writePath = writeAt === -1 ? undefined : args[writeAt + 1];
const count = Number(args.find((a, i) => /^\d+$/.test(a) && i !== writeAt + 1) ?? 50_000);
const samples = [
  'Fresh sourdough &amp; cardamom buns today 🍞✨ #bakery https://t.co/AbCdEf1234',
  'What would you like us to bake next weekend? Tell us below 👇',
  '20% off all cakes this Friday only! Order now at https://t.co/Shop123456 #sale #cake',
  'আজ আমাদের দোকানে নতুন রুটি এসেছে! সবাই আসবেন 🙏 #নতুন_রুটি',
  'Behind the scenes: our head baker Rina starts at 4am every day. Here is why she loves it, in her own words, and what she has learned after ten years of early mornings.',
  '@rina_cafe thank you so much! See you on Saturday 😊',
  'Which do you prefer: lemon tart or carrot cake? Vote in the replies!',
];
const items: string[] = [];
// `count` posts of the owner's own, plus one retweet (skipped) for every tenth.
const total = count + Math.floor(count / 10);
for (let i = 0; i < total; i++) {
  const text =
    i >= count
      ? `RT @townmarket: Saturday market is open from 8 till noon, come early for the best… (${i})`
      : `${samples[i % samples.length]} (${i})`;
  const reply = i < count && i % samples.length === 5;
  const d = new Date(Date.UTC(2015, 0, 1) + ((i * 7919) % total) * 3_600_000);
  const created = `${d.toUTCString().slice(0, 3)} ${d.toUTCString().slice(8, 11)} ${d.toUTCString().slice(5, 7)} ${d.toISOString().slice(11, 19)} +0000 ${d.getUTCFullYear()}`;
  items.push(
    `  {\n    "tweet" : {\n      "retweeted" : false,\n      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ ], "urls" : [ { "url" : "https://t.co/AbCdEf1234", "expanded_url" : "https://example.com/menu", "display_url" : "example.com/menu", "indices" : [ "0", "23" ] } ] },\n      "favorite_count" : "${i % 50}",\n      "id_str" : "${1_000_000_000_000_000_000n + BigInt(i)}",\n${reply ? '      "in_reply_to_status_id_str" : "1",\n      "in_reply_to_user_id_str" : "2",\n' : ''}      "retweet_count" : "0",\n      "id" : "${1_000_000_000_000_000_000n + BigInt(i)}",\n      "created_at" : "${created}",\n      "full_text" : ${JSON.stringify(text)},\n      "lang" : "en"\n    }\n  }`,
  );
}
const js = new TextEncoder().encode(`window.YTD.tweets.part0 = [\n${items.join(',\n')}\n]`);
const zip = zipSync({ 'data/tweets.js': js, 'Your archive.html': new Uint8Array(10) });
if (writePath) {
  // For the browser benchmark (tests/e2e/import-bench.ts): write the archive and stop.
  writeFileSync(writePath, zip);
  process.exit(0);
}

async function run(name: string, bytes: Uint8Array) {
  const t0 = performance.now();
  const parsed = await readArchive(bytesSource(name, bytes));
  const t1 = performance.now();
  const records = await analyzePosts(parsed);
  const t2 = performance.now();
  return {
    parse_ms: Math.round(t1 - t0),
    analyze_ms: Math.round(t2 - t1),
    total_ms: Math.round(t2 - t0),
    records: records.length,
    skipped: parsed.skipped.repost,
  };
}

const plain = await run('tweets.js', js);
const zipped = await run('twitter.zip', zip);
console.log(
  JSON.stringify({
    posts_in_archive: count,
    tweets_js_mb: +(js.length / 1024 / 1024).toFixed(1),
    zip_mb: +(zip.length / 1024 / 1024).toFixed(1),
    node: process.version,
    tweets_js: plain,
    zip: zipped,
    budget_ms: 60_000,
    ok: plain.total_ms < 60_000 && zipped.total_ms < 60_000,
  }),
);
