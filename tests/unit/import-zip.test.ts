import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bytesSource, ImportError, LIMITS, readArchive } from '../../src/import/index';
import { listZip, readEntry } from '../../src/import/zip';

const dir = join(__dirname, '../fixtures/archives');
const fixture = (p: string) => new Uint8Array(readFileSync(join(dir, p)));
const enc = (s: string) => new TextEncoder().encode(s);

async function message(name: string, bytes: Uint8Array): Promise<string> {
  try {
    await readArchive(bytesSource(name, bytes));
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return (e as Error).message;
  }
  throw new Error('expected an ImportError');
}

describe('zip reading', () => {
  it('lists entries and reads one without touching the others', async () => {
    const zip = fixture('x/twitter-archive.zip');
    const reads: [number, number][] = [];
    const src = bytesSource('a.zip', zip);
    const spy = {
      ...src,
      read: (o: number, l: number) => {
        reads.push([o, l]);
        return src.read(o, l);
      },
    };
    const entries = await listZip(spy);
    expect(entries.map((e) => e.name)).toContain('data/tweets_media/1620000000000000005-photo.jpg');
    const tweets = entries.find((e) => e.name === 'data/tweets.js')!;
    const bytes = await readEntry(spy, tweets);
    expect(new TextDecoder().decode(bytes)).toMatch(/^window\.YTD\.tweets\.part0 = \[/);
    const media = entries.find((e) => e.name.endsWith('.jpg'))!;
    // No read covered the media entry's data.
    expect(
      reads.some(([o, l]) => o <= media.localOffset + 40 && o + l > media.localOffset + 40 && l < zip.length),
    ).toBe(false);
  });

  it('refuses a zip bomb by its compression ratio before inflating it', async () => {
    const zeros = new Uint8Array(20 * 1024 * 1024);
    const bomb = zipSync({ 'data/tweets.js': [zeros, { level: 9 }] });
    expect(bomb.length).toBeLessThan(100 * 1024);
    const msg = await message('bomb.zip', bomb);
    expect(msg).toMatch(
      /^bomb\.zip › data\/tweets\.js: this entry inflates \d+ times its size .* looks like a zip bomb/,
    );
  });

  it('refuses an entry declaring more than the size limit', async () => {
    const zip = zipSync({ 'outbox.json': [enc('{}'), { level: 0 }] });
    // Patch the central directory's uncompressed size to 4 GB - 2.
    const entries = await listZip(bytesSource('z.zip', zip));
    expect(entries).toHaveLength(1);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const cd = zip.findLastIndex((_, i) => i + 4 <= zip.length && view.getUint32(i, true) === 0x02014b50);
    view.setUint32(cd + 24, 0xfffffffe, true);
    const msg = await message('z.zip', zip);
    expect(msg).toMatch(
      /^z\.zip › outbox\.json: this entry would inflate to 4\.0 GB, more than the 512\.0 MB/,
    );
    expect(LIMITS.maxFileBytes).toBe(512 * 1024 * 1024);
  });

  it('an entry that lies about its size cannot grow past it, and is reported', async () => {
    const body = enc(
      `{"type":"OrderedCollection","orderedItems":[${'{"type":"Announce","object":"x"},'.repeat(2000)}{}]}`,
    );
    const zip = zipSync({ 'outbox.json': [body, { level: 6 }] });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const cd = zip.findLastIndex((_, i) => i + 4 <= zip.length && view.getUint32(i, true) === 0x02014b50);
    view.setUint32(cd + 24, 100, true);
    const msg = await message('liar.zip', zip);
    expect(msg).toMatch(
      /^liar\.zip › outbox\.json: the entry inflated to more than the 100 bytes its header declares/,
    );
  });

  it('a zip cut in the middle says so', async () => {
    const zip = fixture('mastodon/archive.zip');
    const msg = await message('archive.zip', zip.subarray(0, Math.floor(zip.length / 2)));
    expect(msg).toMatch(
      /^archive\.zip, byte \d+: this zip file has no directory at its end: it was cut short/,
    );
  });

  it('a zip without any posts file lists what it holds', async () => {
    const zip = zipSync({ 'photos/a.jpg': new Uint8Array(10), 'readme.txt': enc('hi') });
    expect(await message('photos.zip', zip)).toMatch(
      /^photos\.zip: no posts file found in this zip \(it holds 2 entries: photos\/a\.jpg, readme\.txt\)/,
    );
  });

  it('damaged compressed data names the entry', async () => {
    const zip = zipSync({
      'outbox.json': [
        enc(`{"type":"OrderedCollection","orderedItems":[${'{"a":1},'.repeat(500)}{}]}`),
        { level: 6 },
      ],
    });
    const entries = await listZip(bytesSource('d.zip', zip));
    const start = entries[0]!.localOffset + 30 + 'outbox.json'.length;
    for (let i = start + 5; i < start + 40; i++) zip[i] = 0xff;
    expect(await message('d.zip', zip)).toMatch(/^d\.zip › outbox\.json/);
  });

  it('known exports without a posts file get advice', async () => {
    const html = zipSync({ 'your_activity_across_facebook/posts/your_posts_1.html': enc('<html>') });
    expect(await message('facebook.zip', html)).toMatch(
      /in HTML; download your information again and choose the JSON format/,
    );
    const basic = zipSync({ 'Profile.csv': enc('a'), 'Connections.csv': enc('b') });
    expect(await message('linkedin.zip', basic)).toMatch(/no Shares\.csv; request the larger data archive/);
  });

  it('another file of the X archive is named as such', async () => {
    const msg = await message('account.js', enc('window.YTD.account.part0 = [ ]'));
    expect(msg).toBe(
      "account.js, line 1: this is the X archive's “account” file, not the posts; choose data/tweets.js or the whole archive .zip",
    );
  });

  it('reads ZIP64 archives (the format of exports larger than 4 GB)', async () => {
    const body = fixture('mastodon/outbox.json');
    const zip = zip64Stored('outbox.json', body);
    const entries = await listZip(bytesSource('big.zip', zip));
    expect(entries).toEqual([
      expect.objectContaining({
        name: 'outbox.json',
        size: body.length,
        compressedSize: body.length,
        method: 0,
      }),
    ]);
    const r = await readArchive(bytesSource('big.zip', zip));
    expect(r.posts).toHaveLength(4);
  });
});

/** A one-entry stored zip written the ZIP64 way: sizes and offsets in ZIP64 records only. */
function zip64Stored(name: string, data: Uint8Array): Uint8Array {
  const n = enc(name);
  const parts: Uint8Array[] = [];
  const le = (bytes: number, v: number | bigint) => {
    const b = new Uint8Array(bytes);
    const dv = new DataView(b.buffer);
    if (bytes === 2) dv.setUint16(0, Number(v), true);
    else if (bytes === 4) dv.setUint32(0, Number(v), true);
    else dv.setBigUint64(0, BigInt(v), true);
    return b;
  };
  const cat = (...xs: Uint8Array[]) => {
    const out = new Uint8Array(xs.reduce((a, x) => a + x.length, 0));
    let o = 0;
    for (const x of xs) {
      out.set(x, o);
      o += x.length;
    }
    return out;
  };
  const extra = cat(le(2, 1), le(2, 16), le(8, data.length), le(8, data.length));
  const local = cat(
    le(4, 0x04034b50),
    le(2, 45),
    le(2, 0x800),
    le(2, 0),
    le(4, 0),
    le(4, 0),
    le(4, 0xffffffff),
    le(4, 0xffffffff),
    le(2, n.length),
    le(2, extra.length),
    n,
    extra,
  );
  parts.push(local, data);
  const cdOffset = local.length + data.length;
  const cdExtra = cat(le(2, 1), le(2, 24), le(8, data.length), le(8, data.length), le(8, 0));
  const cd = cat(
    le(4, 0x02014b50),
    le(2, 45),
    le(2, 45),
    le(2, 0x800),
    le(2, 0),
    le(4, 0),
    le(4, 0),
    le(4, 0xffffffff),
    le(4, 0xffffffff),
    le(2, n.length),
    le(2, cdExtra.length),
    le(2, 0),
    le(2, 0),
    le(2, 0),
    le(4, 0),
    le(4, 0xffffffff),
    n,
    cdExtra,
  );
  parts.push(cd);
  const z64At = cdOffset + cd.length;
  const z64 = cat(
    le(4, 0x06064b50),
    le(8, 44),
    le(2, 45),
    le(2, 45),
    le(4, 0),
    le(4, 0),
    le(8, 1),
    le(8, 1),
    le(8, cd.length),
    le(8, cdOffset),
  );
  const locator = cat(le(4, 0x07064b50), le(4, 0), le(8, z64At), le(4, 1));
  const eocd = cat(
    le(4, 0x06054b50),
    le(2, 0),
    le(2, 0),
    le(2, 0xffff),
    le(2, 0xffff),
    le(4, 0xffffffff),
    le(4, 0xffffffff),
    le(2, 0),
  );
  parts.push(z64, locator, eocd);
  return cat(...parts);
}
