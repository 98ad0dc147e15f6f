import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byteToUtf16, expandLinks } from '../../src/import/bluesky';
import { bytesSource, ImportError, type ParseResult, readArchive } from '../../src/import/index';
import { parseCsv, unwrapLines } from '../../src/import/linkedin';
import { visibility } from '../../src/import/mastodon';
import { decodeEntities, htmlToText, parseDate, repairMojibake, stableHash } from '../../src/import/text';

const dir = join(__dirname, '../fixtures/archives');
const fixture = (p: string) => new Uint8Array(readFileSync(join(dir, p)));
const read = (p: string) => readArchive(bytesSource(p.split('/').pop()!, fixture(p)));
const texts = (r: ParseResult) => r.posts.map((p) => p.text);
const byId = (r: ParseResult, id: string) => r.posts.find((p) => p.id === id);

describe('X', () => {
  it('reads tweets.js: numeric strings, entities, replies, retweets skipped, sorted by time', async () => {
    const r = await read('x/tweets.js');
    expect(r.format).toBe('x');
    expect(r.posts.map((p) => p.id)).toEqual([
      'x:1620000000000000005',
      'x:1621000000000000006',
      'x:1628990000000000002',
      'x:1629001000000000003',
    ]);
    expect(r.skipped.repost).toBe(1);
    const first = byId(r, 'x:1629001000000000003')!;
    // &amp; decoded, t.co expanded to what was typed
    expect(first.text).toBe('Fresh sourdough & cardamom buns 🍞✨ #bakery https://example.com/menu');
    expect(first.time).toBe(Date.UTC(2023, 1, 24, 6, 58, 32));
    expect(first.kind).toBe('post');
    expect(byId(r, 'x:1628990000000000002')!.kind).toBe('reply');
    expect(byId(r, 'x:1628990000000000002')!.text).toContain('next? <3');
    // a reply that names the user without a parent tweet id is still a reply
    expect(byId(r, 'x:1621000000000000006')!.kind).toBe('reply');
    // Bengali text kept, the media t.co link removed
    expect(byId(r, 'x:1620000000000000005')!.text).toBe('আজ আমাদের দোকানে নতুন রুটি এসেছে! #নতুন_রুটি');
  });

  it('reads the 2019 tweet.js without the "tweet" wrapper', async () => {
    const r = await read('x/tweet-2019.js');
    expect(r.posts).toHaveLength(2);
    expect(r.posts[1]!.text).toBe('Our 5th birthday! Thank you all for coming 🎉');
  });

  it('reads the oldest Grailbird YYYY_MM.js with its date format; retweeted_status skipped', async () => {
    const r = await read('x/2013_06.js');
    expect(r.posts).toHaveLength(1);
    expect(r.posts[0]!.time).toBe(Date.UTC(2013, 5, 30, 13, 50, 33));
    expect(r.skipped.repost).toBe(1);
  });

  it('reads the whole archive zip: every tweets part, nothing else', async () => {
    const r = await read('x/twitter-archive.zip');
    expect(r.format).toBe('x');
    expect(r.posts).toHaveLength(5);
    expect(r.files).toEqual([
      'twitter-archive.zip › data/tweets-part1.js',
      'twitter-archive.zip › data/tweets.js',
    ]);
    expect(texts(r)).toContain('Part two of the archive: hello from 2022 👋');
  });

  it('skips an item with a missing field, naming the item and the field', async () => {
    const text = new TextDecoder()
      .decode(fixture('x/tweets.js'))
      .replace('"created_at" : "Fri Feb 24 06:58:32 +0000 2023",', '');
    const r = await readArchive(bytesSource('tweets.js', new TextEncoder().encode(text)));
    expect(r.posts).toHaveLength(3);
    expect(r.skipped.invalid).toBe(1);
    expect(r.warnings[0]).toBe('tweets.js, item 1, field "created_at": missing');
  });
});

describe('Mastodon', () => {
  it('reads outbox.json: HTML to text, boosts and DMs skipped, repeated orderedItems key', async () => {
    const r = await read('mastodon/outbox.json');
    expect(r.format).toBe('mastodon');
    // JSON.parse keeps the last `orderedItems` (the full one), not the first empty one.
    expect(r.posts).toHaveLength(4);
    expect(r.skipped.repost).toBe(1);
    expect(r.skipped.direct).toBe(1);
    const [first, reply, bengali, followers] = r.posts;
    expect(first!.text).toBe(
      'Spring menu is here 🌸 Thanks @rina for the lemon idea!\n\nFull list: https://example.com/spring-menu-2023/full-list #bakery',
    );
    expect(first!.id).toBe('mastodon:https://social.example/users/bakery/statuses/110000000000000001');
    expect(reply!.kind).toBe('reply');
    expect(reply!.text).toBe('@rina How did the lemon tart go down at the party? <3');
    expect(bengali!.text).toBe('আজ সকালে গরম পরোটা আর চা ☕\nসবাইকে শুভেচ্ছা!');
    expect(followers!.text).toContain('"butter"');
    expect(texts(r).join(' ')).not.toContain('order code');
  });

  it('reads the archive zip', async () => {
    const r = await read('mastodon/archive.zip');
    expect(r.posts).toHaveLength(4);
    expect(r.files).toEqual(['archive.zip › outbox.json']);
  });

  it('tells visibility from addressing', () => {
    const pub = 'https://www.w3.org/ns/activitystreams#Public';
    expect(visibility({}, { to: [pub] })).toBe('public');
    expect(visibility({}, { to: ['https://s/u/a/followers'], cc: [pub] })).toBe('unlisted');
    expect(visibility({}, { to: ['https://s/u/a/followers'] })).toBe('private');
    expect(visibility({}, { to: ['https://s/u/b'] })).toBe('direct');
    expect(visibility({ to: 'as:Public' }, {})).toBe('public');
  });
});

describe('Bluesky', () => {
  it('walks the tree from the root commit: posts and replies, reposts counted, deleted block ignored', async () => {
    const r = await read('bluesky/repo.car');
    expect(r.format).toBe('bluesky');
    expect(r.posts.map((p) => p.id)).toEqual([
      'bluesky:did:plc:bakery5example5fixture5/3jzfcijpj2z2a',
      'bluesky:did:plc:bakery5example5fixture5/3jzfcijpj2z2b',
      'bluesky:did:plc:bakery5example5fixture5/3jzfcijpj2z2c',
    ]);
    expect(texts(r).join(' ')).not.toContain('deleted');
    expect(r.skipped.repost).toBe(1);
    expect(r.posts[1]!.kind).toBe('reply');
    // the shortened link after an emoji (UTF-8 byte offsets) is put back in full
    expect(r.posts[0]!.text).toBe('Fresh bread 🍞 today! Menu: https://example.com/spring-menu-2023');
    expect(r.posts[2]!.text).toBe('ধন্যবাদ @rina.bsky.social, for the idea 🙏');
    expect(r.posts[2]!.time).toBe(Date.UTC(2023, 4, 4, 12, 30));
  });

  it('converts UTF-8 byte offsets to UTF-16 indices', () => {
    const text = 'আ 🍞 a';
    // আ is 3 bytes, space 1, 🍞 4 bytes (2 UTF-16 units), space 1
    expect(byteToUtf16(text, 3)).toBe(1);
    expect(byteToUtf16(text, 4)).toBe(2);
    expect(byteToUtf16(text, 8)).toBe(4);
    expect(byteToUtf16(text, 9)).toBe(5);
    const link = 'x.com/abc...';
    const t = `🍞 ${link}`;
    const s = new TextEncoder().encode('🍞 ').length;
    const facets = [
      {
        index: { byteStart: s, byteEnd: s + link.length },
        features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://x.com/abcdef' }],
      },
    ];
    expect(expandLinks(t, facets)).toBe('🍞 https://x.com/abcdef');
  });

  it('refuses a CAR cut in the middle', async () => {
    const car = fixture('bluesky/repo.car');
    await expect(readArchive(bytesSource('repo.car', car.subarray(0, car.length - 300)))).rejects.toThrow(
      /repo\.car: .*(cut short|not in the file|not a readable CAR)/,
    );
  });
});

describe('LinkedIn', () => {
  it('reads Shares.csv: multi-line quoted posts, reshares without text skipped, stable urn ids', async () => {
    const r = await read('linkedin/Shares.csv');
    expect(r.format).toBe('linkedin');
    expect(r.posts.map((p) => p.id)).toEqual([
      'linkedin:activity:7018000000000000002',
      'linkedin:share:7034000000000000001',
      'linkedin:share:7043000000000000004',
    ]);
    expect(r.posts[0]!.text).toBe(
      'What I learned in ten years of running a small bakery:\n\n1. Listen to regulars, they know what sells.\n2. Say no to the wrong orders.',
    );
    expect(r.posts[2]!.text).toBe('ঢাকায় আমাদের নতুন শাখা খুলছে, সবাইকে আমন্ত্রণ!');
    expect(r.skipped.repost).toBe(1);
    expect(r.posts[1]!.time).toBe(Date.UTC(2023, 1, 24, 6, 58, 32));
  });

  it('reads the old UTF-16 tab-separated export with other column names and UTC dates', async () => {
    const r = await read('linkedin/Shares-2017-utf16.csv');
    expect(r.posts).toHaveLength(2);
    expect(r.posts[1]!.time).toBe(Date.UTC(2017, 5, 8, 8, 15, 44));
    expect(r.posts[1]!.text).toBe('Proud to support the school fair this weekend — bread for 300 kids! 🍞');
    expect(r.posts[0]!.text).toBe('Who else bakes on a Sunday?\t(tabs inside quotes survive)');
  });

  it('reads the export zip: shares and comments', async () => {
    const r = await read('linkedin/Basic_LinkedInDataExport.zip');
    expect(r.posts.filter((p) => p.kind === 'comment')).toHaveLength(1);
    expect(r.posts.filter((p) => p.kind === 'post')).toHaveLength(3);
  });

  it('parses CSV with quotes, CRLF and embedded newlines; an unclosed quote names its line', () => {
    const { rows } = parseCsv('a,b\r\n"x ""y""","1\n2"\r\nz,w', 'f.csv');
    expect(rows.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['x "y"', '1\n2'],
      ['z', 'w'],
    ]);
    expect(rows[2]!.line).toBe(4);
    expect(() => parseCsv('a,b\n1,2\n3,"never closed\nmore', 'f.csv')).toThrow(
      'f.csv, line 3: a quoted field is never closed',
    );
    expect(unwrapLines('"one"\n""\n""two"')).toBe('one\n\ntwo');
  });
});

describe('Facebook and Instagram', () => {
  it('reads your_posts_1.json: mojibake repaired, Unix seconds, shares skipped, stable ids', async () => {
    const r = await read('meta/your_posts_1.json');
    expect(r.format).toBe('facebook');
    expect(texts(r)).toEqual([
      'Our café turns five this Saturday 🎂 Free coffee for everyone who drops by!',
      'আমাদের নতুন মিষ্টি দই চেখে দেখুন! কোনটা আপনার প্রিয়?',
      'What should we call the new rye loaf? Best name wins a loaf 🍞',
    ]);
    expect(r.posts[0]!.time).toBe(1677222000 * 1000);
    expect(r.skipped.repost).toBe(1);
    const again = await read('meta/your_posts_1.json');
    expect(again.posts.map((p) => p.id)).toEqual(r.posts.map((p) => p.id));
    expect(r.posts[0]!.id).toMatch(/^facebook:p[0-9a-z]{14}$/);
  });

  it('reads comments.json as comments', async () => {
    const r = await read('meta/comments.json');
    expect(r.posts).toEqual([
      expect.objectContaining({ kind: 'comment', text: 'Thank you Maya! See you on Saturday 😊' }),
    ]);
  });

  it('reads Instagram posts_1.json: caption in media[0].title (single) or top level (multi)', async () => {
    const r = await read('meta/posts_1.json');
    expect(r.format).toBe('instagram');
    expect(texts(r)).toEqual([
      'Single photo: cinnamon rolls straight from the oven 🔥 #bakery',
      'তিনটি ছবি, একটি গল্প: আমাদের রান্নাঘরের এক সকাল ☀️',
    ]);
    expect(r.skipped['no-text']).toBe(1);
  });

  it('reads the Facebook export zip (posts and comments)', async () => {
    const r = await read('meta/facebook-export.zip');
    expect(r.format).toBe('facebook');
    expect(r.posts).toHaveLength(4);
  });
});

describe('text helpers', () => {
  it('parses every date shape the archives use', () => {
    expect(parseDate('Fri Feb 24 06:58:32 +0000 2023')).toBe(Date.UTC(2023, 1, 24, 6, 58, 32));
    expect(parseDate('Fri Feb 24 06:58:32 +0530 2023')).toBe(Date.UTC(2023, 1, 24, 1, 28, 32));
    expect(parseDate('2013-06-30 13:50:33 +0000')).toBe(Date.UTC(2013, 5, 30, 13, 50, 33));
    expect(parseDate('2017/06/08 08:15:44 UTC')).toBe(Date.UTC(2017, 5, 8, 8, 15, 44));
    expect(parseDate('2023-05-02T08:00:00.123Z')).toBe(Date.UTC(2023, 4, 2, 8, 0, 0, 123));
    expect(parseDate('2023-02-30 10:00:00')).toBeNaN();
    expect(parseDate('yesterday')).toBeNaN();
  });

  it('decodes entities and HTML', () => {
    expect(decodeEntities('a &amp;amp; &lt;b&gt; &#x1F35E; &#2438; &bogus;')).toBe(
      'a &amp; <b> 🍞 আ &bogus;',
    );
    expect(htmlToText('<p>a<br/>b</p><p>c &amp; d</p>')).toBe('a\nb\n\nc & d');
  });

  it('repairs mojibake only when it is mojibake', () => {
    expect(repairMojibake('caf\u00c3\u00a9')).toBe('café');
    expect(repairMojibake('café')).toBe('café'); // valid Latin-1 text that is not UTF-8 bytes stays
    expect(repairMojibake('plain')).toBe('plain');
  });

  it('hashes stably', () => {
    expect(stableHash('1677222000000\nhello')).toBe(stableHash('1677222000000\nhello'));
    expect(stableHash('a')).not.toBe(stableHash('b'));
    expect(stableHash('x')).toHaveLength(14);
  });
});

describe('detection and clear errors', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const fail = async (name: string, bytes: Uint8Array) => {
    try {
      await readArchive(bytesSource(name, bytes));
    } catch (e) {
      expect(e).toBeInstanceOf(ImportError);
      return (e as Error).message;
    }
    throw new Error('expected an ImportError');
  };

  it('an empty file', async () => {
    expect(await fail('tweets.js', new Uint8Array(0))).toBe('tweets.js: the file is empty');
  });

  it('an unrelated file', async () => {
    expect(await fail('notes.txt', enc('Dear diary,\ntoday I baked.'))).toMatch(
      /^notes\.txt, byte 0: this is not a file Postcoach can import; expected an X archive/,
    );
    expect(await fail('package.json', enc('{"name":"x"}'))).toMatch(
      /^package\.json: this JSON file is not one/,
    );
  });

  it('a tweets.js cut in the middle names the line', async () => {
    const whole = fixture('x/tweets.js');
    const msg = await fail('tweets.js', whole.subarray(0, 2000));
    expect(msg).toMatch(/^tweets\.js, line \d+, column \d+: the file ends in the middle of the data/);
  });

  it('an outbox with a syntax error names line and column', async () => {
    const text = new TextDecoder()
      .decode(fixture('mastodon/outbox.json'))
      .replace('"type": "Announce",', '"type": "Announce",,');
    const msg = await fail('outbox.json', enc(text));
    const line = text.split('\n').findIndex((l) => l.includes('"Announce",,')) + 1;
    expect(msg).toMatch(new RegExp(`^outbox\\.json, line ${line}, column \\d+: this is not valid JSON`));
  });

  it('wrong encoding: Latin-1 bytes where UTF-8 is expected', async () => {
    const bytes = enc('window.YTD.tweets.part0 = [ { "tweet" : { "full_text" : "caf');
    const latin1 = new Uint8Array([...bytes, 0xe9, ...enc('" } } ]')]);
    expect(await fail('tweets.js', latin1)).toMatch(
      /^tweets\.js, line 1, column \d+, byte \d+: the text is not valid UTF-8 \(byte 0xe9\)/,
    );
  });

  it('a CSV that is not a LinkedIn export is not mistaken for one', async () => {
    expect(await fail('data.csv', enc('name,price\nbread,3\n'))).toMatch(/not a file Postcoach can import/);
  });

  it('a 10 MB string field: read quickly, skipped as too long, the rest kept', async () => {
    const big = 'a'.repeat(10 * 1024 * 1024);
    const text = `window.YTD.tweets.part0 = [ { "tweet" : { "id_str" : "1", "created_at" : "Fri Feb 24 06:58:32 +0000 2023", "full_text" : "${big}" } }, { "tweet" : { "id_str" : "2", "created_at" : "Fri Feb 24 06:58:33 +0000 2023", "full_text" : "short" } } ]`;
    const started = performance.now();
    const r = await readArchive(bytesSource('tweets.js', enc(text)));
    expect(performance.now() - started).toBeLessThan(3000);
    expect(r.posts.map((p) => p.text)).toEqual(['short']);
    expect(r.skipped['too-long']).toBe(1);
  });

  it('the same archive read twice gives the same ids', async () => {
    for (const f of [
      'x/tweets.js',
      'mastodon/outbox.json',
      'bluesky/repo.car',
      'linkedin/Shares.csv',
      'meta/posts_1.json',
    ]) {
      const a = await read(f);
      const b = await read(f);
      expect(b.posts.map((p) => p.id)).toEqual(a.posts.map((p) => p.id));
      expect(new Set(a.posts.map((p) => p.id)).size).toBe(a.posts.length);
    }
  });
});
