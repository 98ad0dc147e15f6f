import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../../src/core/analyze';
import {
  engagementOf,
  type GroupEffect,
  learnFrom,
  type Observation,
  type OutcomePost,
  observe,
  predictEngagement,
  spearman,
} from '../../src/core/outcomes';
import type { Section } from './index';

/**
 * Engagement on real accounts' own posts (tests/fixtures/engagement, see its README):
 * (a) does the engine's quality score (and the pill's number) rank an account's posts
 *     the way their engagement does? Spearman within the account; goal ≥ 0.3, no bar.
 * (b) fit "what works" on each account's first 70% of posts by time, then on the last
 *     30% report whether each clear finding keeps its direction, and the Spearman between the
 *     personal predicted engagement and the real one.
 * Nothing here is tuned: the outcomes code has no parameters fitted to these posts.
 */
const ROOT = resolve(import.meta.dirname, '../../tests/fixtures/engagement');
const TRAIN_SHARE = 0.7;
// The accounts' own time zones are not in the exports; UTC keeps weekday/hour groups honest
// about that (they are UTC weekdays and hours).
const TIME_ZONE = 'UTC';
const SEED = 14;
const TEXT_FEATURES = ['question', 'link', 'textOnly', 'hashtags', 'length', 'intent'];

interface Item {
  text: string;
  time: string;
  likes: number;
  reposts: number;
  replies: number;
  views: number;
  media: boolean;
  reply: boolean;
  account: string;
}

function readItems(set: string): Item[] {
  return readFileSync(join(ROOT, set, 'items.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Item);
}

const toPost = (i: Item): OutcomePost => ({
  text: i.text,
  time: Date.parse(i.time),
  platform: 'x',
  media: i.media,
  reading: {
    replies: i.replies,
    reposts: i.reposts,
    likes: i.likes,
    views: i.views,
    readAt: Date.parse(i.time),
  },
});

const round = (n: number | null) => (n === null ? null : Math.round(n * 1000) / 1000);

/** The same group's ratio in another set of observations, or null where either side is empty. */
function ratioIn(obs: readonly Observation[], e: GroupEffect): number | null {
  const fit = learnFrom(obs, { minPosts: 1, minGroup: 1, resamples: 1, seed: SEED });
  return fit.effects.find((x) => x.feature === e.feature && x.value === e.value)?.ratio ?? null;
}

function directionKept(test: readonly Observation[], effects: readonly GroupEffect[]) {
  let kept = 0;
  let scored = 0;
  for (const e of effects) {
    const r = ratioIn(test, e);
    if (r === null || e.ratio === 1) continue;
    scored++;
    if (Math.sign(r - 1) === Math.sign(e.ratio - 1)) kept++;
  }
  return { kept, scored };
}

function describeFinding(e: GroupEffect): string {
  const factor = e.ratio >= 1 ? `${e.ratio.toFixed(1)}×` : `1/${(1 / e.ratio).toFixed(1)}`;
  return `${e.feature}=${e.value}: ${factor} (${e.n} vs ${e.others}, 95% ${e.low.toFixed(2)}–${e.high.toFixed(2)})`;
}

export function evaluate(): Section {
  const rows: Section['rows'] = [];
  const notes: string[] = [];
  for (const set of readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const items = readItems(set.name).sort((a, b) => a.time.localeCompare(b.time));
    const posts = items.map(toPost);
    const analyses = items.map((i) => analyze(i.text, { platform: 'x', kind: i.reply ? 'reply' : 'post' }));
    const engagement = posts.map((p) => engagementOf(p.reading));
    const perView = items.map((i, k) => (i.views > 0 ? engagement[k]! / i.views : 0));
    const quality = analyses.map((a) => a.quality);
    const pill = analyses.map((a) => Math.round((a.quality + a.voice) / 2));

    const obs = observe(posts, TIME_ZONE);
    const cut = Math.round(obs.length * TRAIN_SHARE);
    const train = obs.slice(0, cut);
    const test = obs.slice(cut);
    const model = learnFrom(train, { seed: SEED });
    const clear = model.effects.filter((e) => e.clear);
    const measured = model.effects.filter((e) => e.n >= 6 && e.others >= 6);
    const findings = directionKept(test, clear);
    const groups = directionKept(test, measured);
    const real = test.map((o) => o.engagement);
    const rhoWith = (features: readonly string[] | null) => {
      const m = features
        ? { ...model, effects: model.effects.filter((e) => features.includes(e.feature)) }
        : model;
      return round(
        spearman(
          test.map((o) => predictEngagement(m, o.features) ?? 0),
          real,
        ),
      );
    };

    rows.push({
      set: set.name,
      posts: posts.length,
      'ρ quality': round(spearman(quality, engagement)),
      'ρ pill': round(spearman(pill, engagement)),
      'ρ quality/view': round(spearman(quality, perView)),
      'ρ reach': round(
        spearman(
          items.map((i) => i.views),
          engagement,
        ),
      ),
      'ρ media': round(
        spearman(
          items.map((i) => (i.media ? 1 : 0)),
          engagement,
        ),
      ),
      'train/test': `${train.length}/${test.length}`,
      'clear findings': clear.length,
      'kept direction': findings.scored ? `${findings.kept}/${findings.scored}` : '—',
      'groups kept': groups.scored ? `${groups.kept}/${groups.scored}` : '—',
      'ρ predicted': rhoWith(null),
      'ρ text groups': rhoWith(TEXT_FEATURES),
      'ρ time groups': rhoWith(['weekday', 'hour']),
    });
    const all = learnFrom(obs, { seed: SEED });
    notes.push(
      `${set.name}: on all ${obs.length} posts the card would say: ${
        all.findings.length ? all.findings.map((f) => describeFinding(f.effect)).join('; ') : 'nothing clear'
      }. Train findings: ${clear.length ? clear.map(describeFinding).join('; ') : 'none'}.`,
    );
  }
  notes.unshift(
    'ρ = Spearman within the account. ρ quality/ρ pill: the engine score (pill = round((quality+voice)/2)) against replies+reposts+likes; ρ quality/view: against engagement per impression. Goal ≥ 0.3, no bar. For context, not the engine: ρ reach = impressions against engagement, ρ media = carrying an image/video against engagement — what the counts mostly follow.',
    `Split by time: first ${TRAIN_SHARE * 100}% fit, last ${100 - TRAIN_SHARE * 100}% scored. "kept direction": clear train findings whose group is still above (or below) the rest in the test part; "groups kept": the same for every group with ≥ 6 posts on both sides. ρ predicted: the personal prediction (src/core/outcomes/predict.ts) against the test posts' real engagement; ρ text/time groups: the same prediction from the text groups (question, link, text-only, hashtags, length, intent) or the time groups (weekday, hour) alone (a measurement, not a choice made on these posts); a blank means the prediction was constant (no group of that kind had posts on both sides).`,
  );
  return {
    title: 'Engagement: quality vs counts, and what works for you (real X analytics exports)',
    rows,
    notes,
  };
}
