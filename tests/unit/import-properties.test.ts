// Properties of the parsers over generated input, and the owner's own threads.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesSource, readArchive } from '../../src/import/index';
import { parseCsv } from '../../src/import/linkedin';
import { decodeEntities, htmlToText, repairMojibake } from '../../src/import/text';

const enc = (s: string) => new TextEncoder().encode(s);
const read = (name: string, text: string) => readArchive(bytesSource(name, enc(text)));

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) || s === '' ? `"${s.replace(/"/g, '""')}"` : s;
}

describe('properties', () => {
  it('CSV: what is written with RFC 4180 quoting reads back the same', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 20,
        }),
        (rows) => {
          const text = `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
          expect(parseCsv(text, 'f.csv', ',').rows.map((r) => r.cells)).toEqual(rows);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('X: any text survives the archive (escaped as X escapes it) exactly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 280 }), async (raw) => {
        const text = raw.trim();
        fc.pre(text !== '' && !/^RT @\w/.test(text));
        const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        const file = `window.YTD.tweets.part0 = [ { "tweet" : { "id_str" : "1", "created_at" : "Fri Feb 24 06:58:32 +0000 2023", "full_text" : ${JSON.stringify(escaped)} } } ]`;
        const r = await read('tweets.js', file);
        expect(r.posts[0]?.text).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('Mastodon: any text written as Mastodon HTML reads back', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }), {
          minLength: 1,
          maxLength: 4,
        }),
        async (paragraphs) => {
          const ps = paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
          fc.pre(ps.length > 0);
          const esc = (s: string) =>
            s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
          const html = ps.map((p) => `<p>${esc(p)}</p>`).join('');
          expect(htmlToText(html)).toBe(ps.join('\n\n'));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('mojibake repair undoes exactly the Latin-1 misreading of UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const bytes = new TextEncoder().encode(text);
        const mangled = String.fromCharCode(...bytes);
        expect(repairMojibake(mangled)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('text helpers never throw on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (s) => {
        htmlToText(s);
        decodeEntities(s);
        repairMojibake(s);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the owner’s own threads are posts, replies to others are replies', () => {
  it('X', async () => {
    const t = (id: string, parent?: string, user = '1') =>
      `{ "tweet" : { "id_str" : "${id}", "created_at" : "Fri Feb 24 06:58:3${id} +0000 2023", "full_text" : "text ${id}"${
        parent ? `, "in_reply_to_status_id_str" : "${parent}", "in_reply_to_user_id_str" : "${user}"` : ''
      } } }`;
    const r = await read(
      'tweets.js',
      `window.YTD.tweets.part0 = [ ${[t('1'), t('2', '1'), t('3', '9', '7')].join(', ')} ]`,
    );
    expect(r.posts.map((p) => p.kind)).toEqual(['post', 'post', 'reply']);
  });

  it('Mastodon', async () => {
    const note = (n: number, inReplyTo: string | null) => ({
      type: 'Create',
      object: {
        id: `https://s.example/users/a/statuses/${n}`,
        type: 'Note',
        published: `2023-03-0${n}T08:00:00Z`,
        to: ['https://www.w3.org/ns/activitystreams#Public'],
        inReplyTo,
        content: `<p>post ${n}</p>`,
      },
    });
    const outbox = {
      type: 'OrderedCollection',
      orderedItems: [
        note(1, null),
        note(2, 'https://s.example/users/a/statuses/1'),
        note(3, 'https://o.example/x/9'),
      ],
    };
    const r = await read('outbox.json', JSON.stringify(outbox));
    expect(r.posts.map((p) => p.kind)).toEqual(['post', 'post', 'reply']);
  });

  it('LinkedIn: a file cut in the middle of its last row says so and keeps the rest', async () => {
    const r = await read(
      'Shares.csv',
      'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n2023-01-01 10:00:00,,Hello,,,PUBLIC\n2023-01-02 10:00:00,,Half a po',
    );
    expect(r.posts.map((p) => p.text)).toEqual(['Hello']);
    expect(r.warnings).toEqual(['Shares.csv, line 3: the last row is incomplete (was the file cut short?)']);
  });
});
