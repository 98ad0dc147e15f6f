import type { SiteSelectors } from './types';

/**
 * A selector with the fixture scenarios it matches in (ids from tests/e2e/scenarios.ts), the way
 * refined-github keeps `[selector, test URL]` pairs: tests/unit/sites-paired.test.ts fails when a
 * selector matches in none of its scenarios' snapshots or when a scenario is exercised by none.
 */
export type Paired = readonly [selector: string, scenarios: readonly string[]];

/** The selector lists of a site adapter, each selector paired with its scenarios. */
export type SitePairs = {
  [K in Exclude<keyof SiteSelectors, 'hosts' | 'replyPath'>]?: readonly Paired[];
} & Record<string, readonly Paired[] | undefined>;

/** The selectors of a list of pairs, in order. */
export function selectorsOf(list: readonly Paired[] | undefined): string[] {
  return (list ?? []).map(([s]) => s);
}

/**
 * Last resort: a control by its localised accessible name, as one selector over the common UI
 * languages (`:is(...)`), listed after every structural selector of the same list.
 */
export function byLabel(
  template: (label: string) => string,
  labels: readonly string[],
  scenarios: readonly string[],
): Paired {
  return [`:is(${labels.map((l) => template(JSON.stringify(l))).join(', ')})`, scenarios];
}

/** SiteSelectors from pairs (every list of the adapter) plus the host names and the reply path. */
export function fromPairs(
  hosts: string[],
  pairs: SitePairs,
  extra: Pick<SiteSelectors, 'replyPath'> = {},
): SiteSelectors {
  const out: SiteSelectors = {
    hosts,
    composers: selectorsOf(pairs.composers),
    submit: selectorsOf(pairs.submit),
    scope: selectorsOf(pairs.scope),
    ...extra,
  };
  for (const k of ['replyWithin', 'replyScopeHas', 'commentWithin', 'enterSendsWithin'] as const) {
    if (pairs[k]?.length) out[k] = selectorsOf(pairs[k]);
  }
  return out;
}
