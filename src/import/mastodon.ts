// Mastodon archives: outbox.json, an ActivityStreams OrderedCollection of activities
// (https://www.w3.org/TR/activitystreams-vocabulary/, https://docs.joinmastodon.org/spec/activitypub/).
// `Create` activities carry `Note` objects whose `content` is HTML; `Announce` (boost) objects
// are bare URIs. Visibility is not a field: it follows from the `to`/`cc` addressing
// (https://docs.joinmastodon.org/spec/activitypub/#visibility).
import { htmlToText, parseDate } from './text';
import { Collector, ImportError, type ParseResult } from './types';

type Json = Record<string, unknown>;

const PUBLIC = new Set(['https://www.w3.org/ns/activitystreams#Public', 'as:Public', 'Public']);

function list(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return [];
}

/** public, unlisted, private (followers only) or direct, from the addressing. */
export function visibility(activity: Json, object: Json): 'public' | 'unlisted' | 'private' | 'direct' {
  const to = [...list(object.to ?? activity.to)];
  const cc = [...list(object.cc ?? activity.cc)];
  if (to.some((a) => PUBLIC.has(a))) return 'public';
  if (cc.some((a) => PUBLIC.has(a))) return 'unlisted';
  if ([...to, ...cc].some((a) => a.endsWith('/followers'))) return 'private';
  return 'direct';
}

export function looksLikeMastodon(data: unknown): boolean {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return false;
  const d = data as Json;
  return (d.type === 'OrderedCollection' || d.type === 'OrderedCollectionPage') && 'orderedItems' in d;
}

export function parseMastodon(data: unknown, file: string): ParseResult {
  if (!looksLikeMastodon(data)) {
    throw new ImportError(
      'this is not a Mastodon outbox: expected an OrderedCollection with “orderedItems”',
      {
        file,
        field: 'type',
      },
    );
  }
  const items = (data as Json).orderedItems;
  if (!Array.isArray(items)) {
    throw new ImportError('“orderedItems” should be a list', { file, field: 'orderedItems' });
  }
  // totalItems is often wrong in real exports; the items themselves are what counts.
  const out = new Collector();
  items.forEach((item: unknown, index) => {
    const place = `${file}, item ${index + 1}`;
    if (!item || typeof item !== 'object') {
      out.skip('invalid', `${place}: not an object`);
      return;
    }
    const a = item as Json;
    if (a.type === 'Announce') {
      out.skip('repost');
      return;
    }
    if (a.type !== 'Create') {
      out.skip('invalid', `${place}, field "type": “${String(a.type)}” is not a post`);
      return;
    }
    if (typeof a.object === 'string') {
      // A Create whose object is only a link: nothing of the owner's text to read.
      out.skip('no-text');
      return;
    }
    const o = a.object as Json | undefined;
    if (!o || typeof o !== 'object') {
      out.skip('invalid', `${place}, field "object": missing`);
      return;
    }
    if (visibility(a, o) === 'direct') {
      out.skip('direct');
      return;
    }
    const id =
      typeof o.id === 'string' ? o.id : typeof a.id === 'string' ? a.id.replace(/\/activity$/, '') : '';
    if (!id) {
      out.skip('invalid', `${place}, field "object.id": missing`);
      return;
    }
    const published =
      typeof o.published === 'string' ? o.published : typeof a.published === 'string' ? a.published : '';
    const time = parseDate(published);
    if (Number.isNaN(time)) {
      out.skip(
        'invalid',
        `${place}, field "object.published": ${published ? `not a date: “${published.slice(0, 40)}”` : 'missing'}`,
      );
      return;
    }
    const html =
      typeof o.content === 'string'
        ? o.content
        : o.contentMap && typeof o.contentMap === 'object'
          ? String(Object.values(o.contentMap as Json)[0] ?? '')
          : '';
    const summary = typeof o.summary === 'string' && o.summary ? `${htmlToText(o.summary)}\n\n` : '';
    const text = summary + htmlToText(html);
    if (text.trim() === '') {
      out.skip('no-text');
      return;
    }
    const reply = typeof o.inReplyTo === 'string' && o.inReplyTo !== '';
    out.add(
      {
        id: `mastodon:${id}`,
        platform: 'mastodon',
        kind: reply ? 'reply' : 'post',
        time,
        text,
        where: place,
      },
      reply ? `mastodon:${o.inReplyTo}` : undefined,
    );
  });
  return out.result('mastodon', [file]);
}
