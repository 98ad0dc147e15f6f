// Loads the coach (./coach.ts: the engine and the open panel) once, on demand: at the first
// composer the user focuses or that holds text, or when a pill's panel is asked for.
import { record } from './stats';

export type Coach = typeof import('./coach');

let coach: Coach | null = null;
let loading: Promise<Coach> | null = null;

/** The coach when it has loaded, else null (callers then wait for `loadCoach`). */
export const coachNow = (): Coach | null => coach;

/**
 * Resolves with the coach, loading it the first time. A failed load (the extension reloaded
 * under the page) can be tried again. The engine's first run compiles it and builds its lexicon
 * tables (tens of ms on a slow machine): that happens here, at load, not at the first pause.
 */
export function loadCoach(): Promise<Coach> {
  loading ??= import('./coach').then(
    (c) => {
      const t0 = performance.now();
      c.analyze('Warm up: thank you all! What do you think? Order now, 20% off.', {
        platform: 'x',
        kind: 'post',
      });
      record('warmup', performance.now() - t0);
      coach = c;
      return c;
    },
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}
