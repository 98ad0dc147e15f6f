// Facebook and Instagram "Download your information" in JSON.
// Facebook: your_posts_1.json — a list of `{ timestamp, data: [{ post }], attachments, title }`;
// comments.json — `{ comments_v2: [{ timestamp, data: [{ comment: { comment } }] }] }`.
// Instagram: content/posts_1.json — a list of `{ media: [{ uri, creation_timestamp, title }],
// title?, creation_timestamp? }`; a single-photo post keeps its caption in media[0].title, a
// multi-photo post at the top level. Comments: `{ string_map_data: { Comment, Time } }`.
// Both export non-ASCII text as one `\u00xx` escape per UTF-8 byte (repaired here), timestamps
// are Unix seconds, and posts carry no id: we derive a stable one from the time and the text.
// https://www.facebook.com/help/212802592074644 ; https://help.instagram.com/181231772500920
import { repairMojibake, stableHash } from './text';
import { type Collector, ImportError, type ImportFormat } from './types';

type Json = Record<string, unknown>;

const obj = (v: unknown): Json | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const seconds = (v: unknown): number =>
  typeof v === 'number' && Number.isFinite(v) && v > 0 ? v * 1000 : Number.NaN;

type MetaKind = 'facebook-posts' | 'facebook-comments' | 'instagram-posts' | 'instagram-comments';

/** Which Meta export a parsed JSON file is, if any. */
export function metaKind(data: unknown): MetaKind | undefined {
  const o = obj(data);
  if (o) {
    if (
      Array.isArray(o.comments_v2) ||
      (Array.isArray(o.comments) && obj(arr(o.comments)[0])?.timestamp !== undefined)
    )
      return 'facebook-comments';
    if (Array.isArray(o.comments_media_comments)) return 'instagram-comments';
    if (Array.isArray(o.status_updates_v2)) return 'facebook-posts';
    if (Array.isArray(o.ig_posts ?? o.posts)) return metaKind(o.ig_posts ?? o.posts);
    return undefined;
  }
  const first = obj(arr(data).find((x) => obj(x)));
  if (!first) return undefined;
  if (Array.isArray(first.media)) return 'instagram-posts';
  if (obj(first.string_map_data) && 'Comment' in (first.string_map_data as Json)) return 'instagram-comments';
  if (typeof first.timestamp === 'number' && ('data' in first || 'attachments' in first || 'title' in first))
    return 'facebook-posts';
  return undefined;
}

function list(data: unknown, ...keys: string[]): unknown[] {
  if (Array.isArray(data)) return data;
  const o = obj(data);
  for (const k of keys) if (o && Array.isArray(o[k])) return o[k] as unknown[];
  return [];
}

function fb(out: Collector, data: unknown, file: string, comments: boolean): void {
  const items = comments ? list(data, 'comments_v2', 'comments') : list(data, 'status_updates_v2');
  items.forEach((item, index) => {
    const o = obj(item);
    const place = `${file}, item ${index + 1}`;
    if (!o) {
      out.skip('invalid', `${place}: not an object`);
      return;
    }
    const time = seconds(o.timestamp);
    if (Number.isNaN(time)) {
      out.skip('invalid', `${place}, field "timestamp": missing or not Unix seconds`);
      return;
    }
    let text = '';
    for (const d of arr(o.data)) {
      const e = obj(d);
      const piece = comments ? obj(e?.comment)?.comment : e?.post;
      if (typeof piece === 'string' && piece.trim()) text = text ? `${text}\n${piece}` : piece;
    }
    text = repairMojibake(text).trim();
    if (!text) {
      // A share of someone else's post or link without words of the owner's own.
      const title = typeof o.title === 'string' ? o.title : '';
      out.skip(
        !comments && (/\bshared\b/i.test(title) || arr(o.attachments).length > 0) ? 'repost' : 'no-text',
      );
      return;
    }
    const id = `facebook:${comments ? 'c' : 'p'}${stableHash(`${time}\n${text}`)}`;
    out.add({ id, platform: 'facebook', kind: comments ? 'comment' : 'post', time, text, where: place });
  });
}

function ig(out: Collector, data: unknown, file: string, comments: boolean): void {
  const items = comments ? list(data, 'comments_media_comments') : list(data, 'ig_posts', 'posts');
  items.forEach((item, index) => {
    const o = obj(item);
    const place = `${file}, item ${index + 1}`;
    if (!o) {
      out.skip('invalid', `${place}: not an object`);
      return;
    }
    let time: number;
    let text: string;
    if (comments) {
      const m = obj(o.string_map_data) ?? {};
      time = seconds(obj(m.Time)?.timestamp);
      const v = obj(m.Comment)?.value;
      text = typeof v === 'string' ? v : '';
    } else {
      const media = arr(o.media)
        .map(obj)
        .filter((x): x is Json => !!x);
      const first = media[0];
      time = seconds(o.creation_timestamp ?? first?.creation_timestamp);
      // Multi-photo posts keep the caption at the top level; single-photo posts in media[0].
      const caption = typeof o.title === 'string' && o.title ? o.title : first?.title;
      text = typeof caption === 'string' ? caption : '';
      if (!first && !text) {
        out.skip('invalid', `${place}, field "media": missing`);
        return;
      }
    }
    if (Number.isNaN(time)) {
      out.skip(
        'invalid',
        `${place}, field "${comments ? 'string_map_data.Time' : 'creation_timestamp'}": missing or not Unix seconds`,
      );
      return;
    }
    text = repairMojibake(text).trim();
    if (!text) {
      out.skip('no-text');
      return;
    }
    const id = `instagram:${comments ? 'c' : 'p'}${stableHash(`${time}\n${text}`)}`;
    out.add({ id, platform: 'instagram', kind: comments ? 'comment' : 'post', time, text, where: place });
  });
}

/** Reads one parsed Meta JSON file into `out`; returns which platform it was. */
export function readMetaFile(data: unknown, file: string, out: Collector): ImportFormat {
  const kind = metaKind(data);
  switch (kind) {
    case 'facebook-posts':
      fb(out, data, file, false);
      return 'facebook';
    case 'facebook-comments':
      fb(out, data, file, true);
      return 'facebook';
    case 'instagram-posts':
      ig(out, data, file, false);
      return 'instagram';
    case 'instagram-comments':
      ig(out, data, file, true);
      return 'instagram';
    default:
      throw new ImportError(
        'this JSON is not a Facebook or Instagram posts file (expected a list of posts with “timestamp” or “media”)',
        { file },
      );
  }
}
