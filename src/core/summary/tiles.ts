// The scorecard's six tiles: each reason's status, read from the goals' verdicts (verdict.ts)
// so that a tile never says "on track" for a goal the summary calls missed, and a new owner
// sees "not set" / "no posts yet" rather than red. Before setup every goal is unset (the
// defaults are nobody's goals), so every tile is neutral whatever the posts.
import { RULE_MIX } from '../model';
import type { Reason } from '../types';
import type { GoalResult, WeeklySummary } from './summary';
import type { Verdict } from './verdict';

/** `unset`: no goal to hold the week against; `empty`: no posts to judge yet. */
export type Status = 'on' | 'attention' | 'off' | 'empty' | 'unset';

export interface Tile {
  reason: Reason;
  status: Status;
}

const goal = (s: WeeklySummary, id: GoalResult['id']) => s.goalResults.find((g) => g.id === id);

/** The neutral statuses, shared by every tile: not set, or nothing to judge. */
function neutral(v: Verdict | undefined): Status | null {
  if (v === 'unset') return 'unset';
  if (v === 'nodata') return 'empty';
  return null;
}

/** A score goal (median quality, voice, focus share): met is on, then near it needs attention. */
function graded(g: GoalResult | undefined, attentionFrom: number): Status {
  if (!g) return 'unset';
  const n = neutral(g.verdict);
  if (n) return n;
  if (g.verdict === 'met') return 'on';
  return (g.value ?? 0) >= attentionFrom ? 'attention' : 'off';
}

/** Status of each of the six reasons for a week in progress (`now` inside the week) or a past week. */
export function tiles(s: WeeklySummary, setupDone: boolean, now: number): Tile[] {
  const n = s.posts.length;
  const g = s.goals;
  const kpis = goal(s, 'kpis');
  const plan: Status = !setupDone ? 'unset' : !kpis || kpis.verdict === 'met' ? 'on' : 'attention';

  const selling = goal(s, 'selling')!;
  const listeningGoal = goal(s, 'listening');
  let listening = neutral(selling.verdict);
  if (!listening) {
    const over = (selling.value ?? 0) - RULE_MIX[g.sellingRule].sellingMax;
    if (selling.verdict !== 'met') listening = over <= 0.1 ? 'attention' : 'off';
    else listening = !listeningGoal || listeningGoal.verdict === 'met' ? 'on' : 'attention';
  }

  // No focus platforms chosen: the audience goal is simply not set.
  const audience: Status = !setupDone || !g.focusPlatforms.length ? 'unset' : graded(goal(s, 'focus'), 0.5);

  // The post goal is a pace while the week runs: behind the pro-rated count is not yet off track.
  const posts = goal(s, 'posts')!;
  let commitment = neutral(posts.verdict);
  if (!commitment) {
    if (posts.verdict === 'met') commitment = 'on';
    else if (posts.verdict === 'missed') commitment = 'off';
    else {
      const elapsed = Math.min(1, Math.max(0, (now - s.week.start) / (s.week.end - s.week.start)));
      const expected = g.postsPerWeek * elapsed;
      commitment =
        n >= Math.ceil(expected - 1e-9) ? 'on' : n >= Math.floor(expected / 2) ? 'attention' : 'off';
    }
  }
  return [
    { reason: 'plan', status: plan },
    { reason: 'content', status: graded(goal(s, 'quality'), 50) },
    { reason: 'audience', status: audience },
    { reason: 'voice', status: graded(goal(s, 'voice'), 50) },
    { reason: 'listening', status: listening },
    { reason: 'commitment', status: commitment },
  ];
}
