// Entities of a post: hashtags, mentions, URLs and cashtags by twitter-text's rules (passing
// extract.yml of its conformance suite), and emoji sequences. All ranges are UTF-16, half-open.
import type { Entities, Entity } from '../types';
import { extractEmoji } from './emoji';
import { extractCashtags, extractHashtags } from './hashtags';
import { extractMentions } from './mentions';
import { extractUrls } from './urls';

export { extractEmoji } from './emoji';
export { extractCashtags, extractHashtags } from './hashtags';
export { extractMentions } from './mentions';
export { extractUrls } from './urls';

// Every character an emoji sequence can start with or, for keycaps, contain: ©, ®, ‼, ⁉, the
// keycap mark U+20E3, the symbol blocks from ™ U+2122 to U+32FF (arrows, ☀, ✂…) and the astral
// planes (high surrogates); computed from the expression in emoji.ts over every BMP character.
// The rest of General Punctuation (’ “ ” – …), common in posts, is not: text without emoji,
// English or Bengali, skips the emoji expression entirely.
const MAYBE_EMOJI = /[\u00a9\u00ae\u203c\u2049\u20e3\u2122-\u32ff\ud800-\udbff]/;

/** Entities of `list` that do not overlap any of `urls` (both sorted by start). */
function outsideUrls(list: Entity[], urls: Entity[]): Entity[] {
  if (urls.length === 0 || list.length === 0) return list;
  const out: Entity[] = [];
  let u = 0;
  for (const e of list) {
    while (u < urls.length && (urls[u] as Entity).end <= e.start) u++;
    const url = urls[u];
    if (url && url.start < e.end) continue;
    out.push(e);
  }
  return out;
}

/** Merges sorted lists by start, dropping an entity that overlaps one kept before it. */
type Three = [Entity[], Entity[], Entity[]];

function withoutOverlaps(lists: Three): Three {
  const kept: Three = [[], [], []];
  const at = lists.map(() => 0);
  let end = -1;
  for (;;) {
    let pick = -1;
    let best = Number.POSITIVE_INFINITY;
    for (let k = 0; k < lists.length; k++) {
      const e = (lists[k] as Entity[])[at[k] as number];
      if (e && e.start < best) {
        best = e.start;
        pick = k;
      }
    }
    if (pick < 0) return kept;
    const e = (lists[pick] as Entity[])[at[pick] as number] as Entity;
    at[pick] = (at[pick] as number) + 1;
    if (e.start < end) continue;
    (kept[pick] as Entity[]).push(e);
    end = e.end;
  }
}

/**
 * Every entity in `text`. URLs take precedence: a hashtag, mention, cashtag or emoji inside a URL
 * is not reported (twitter-text's extractHashtagsWithIndices and extractEntitiesWithIndices drop
 * them too). Hashtags, mentions and cashtags never overlap one another (the earliest start wins,
 * as in twitter-text's removeOverlappingEntities).
 */
export function extractEntities(text: string): Entities {
  const s = typeof text === 'string' ? text : String(text ?? '');
  const urls = extractUrls(s);
  let hashtags = outsideUrls(s.includes('#') || s.includes('\uff03') ? extractHashtags(s) : [], urls);
  let mentions = outsideUrls(s.includes('@') || s.includes('\uff20') ? extractMentions(s) : [], urls);
  let cashtags = outsideUrls(s.includes('$') ? extractCashtags(s) : [], urls);
  const emoji = outsideUrls(MAYBE_EMOJI.test(s) ? extractEmoji(s) : [], urls);
  if (hashtags.length + mentions.length + cashtags.length > 1) {
    [hashtags, mentions, cashtags] = withoutOverlaps([hashtags, mentions, cashtags]);
  }
  return { hashtags, mentions, urls, cashtags, emoji };
}
