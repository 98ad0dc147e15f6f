// @vitest-environment happy-dom
// Selectors as data, each paired with the fixture scenarios that exercise it (refined-github keeps
// [selector, test URL] pairs): every selector of src/sites/<site>/selectors.ts must match in every
// scenario it names, every scenario must be exercised by at least one selector, and the adapter's
// selector lists must be exactly the paired ones. The pages are DOM snapshots of the fixture
// scenarios taken in real Chromium by tests/e2e/real-sites.test.ts (the command to regenerate them
// is at the top of that file); the e2e run checks the same pairs against the live pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectorsOf } from '../../src/sites/paired';
import { ADAPTERS } from '../../src/sites/registry';
import { SCENARIOS, SITE_PAIRS as SITES } from '../e2e/scenarios';

const SNAPSHOTS = join(import.meta.dirname, '../fixtures/sites/snapshots');

/** Loads a snapshot into the document, attaching its declarative shadow roots; returns every root. */
function load(id: string): Array<Document | ShadowRoot> {
  document.body.innerHTML = readFileSync(join(SNAPSHOTS, `${id}.html`), 'utf8');
  const roots: Array<Document | ShadowRoot> = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const t of [...roots[i]!.querySelectorAll('template[shadowrootmode]')] as HTMLTemplateElement[]) {
      const host = t.parentElement!;
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.append(t.content);
      t.remove();
      roots.push(shadow);
    }
  }
  return roots;
}

const matches = (roots: Array<Document | ShadowRoot>, sel: string) => roots.some((r) => r.querySelector(sel));

describe('selectors paired with fixture scenarios', () => {
  for (const [site, pairs] of Object.entries(SITES)) {
    describe(site, () => {
      const scenarios = SCENARIOS.filter((s) => s.platform === site).map((s) => s.id);
      const all = Object.values(pairs).flatMap((list) => list ?? []);

      it('every selector names scenarios of this site and matches in each of them', () => {
        const misses: string[] = [];
        for (const [sel, ids] of all) {
          expect(ids.length, `${sel} is paired with no scenario`).toBeGreaterThan(0);
          for (const id of ids) {
            expect(scenarios, `${sel} names an unknown scenario`).toContain(id);
            if (!matches(load(id), sel)) misses.push(`${sel} in ${id}`);
          }
        }
        expect(misses).toEqual([]);
      });

      it('every scenario is exercised by a selector', () => {
        const used = new Set(all.flatMap(([, ids]) => ids));
        expect(scenarios.filter((id) => !used.has(id))).toEqual([]);
      });

      it("the adapter's selector lists are the paired ones", () => {
        const a = ADAPTERS.find((ad) => ad.id === site)!;
        expect(a.selectors.composers).toEqual(selectorsOf(pairs.composers));
        expect(a.selectors.submit).toEqual(selectorsOf(pairs.submit));
        expect(a.selectors.scope).toEqual(selectorsOf(pairs.scope));
        for (const k of ['replyWithin', 'replyScopeHas', 'commentWithin', 'enterSendsWithin'] as const)
          expect(a.selectors[k] ?? []).toEqual(selectorsOf(pairs[k]));
      });
    });
  }

  it('fails for a selector that matches in none of its scenarios (the check can fail)', () => {
    const roots = load('x-post-inline');
    expect(matches(roots, '[data-testid="tweetTextarea_0"]')).toBe(true);
    expect(matches(roots, '[data-testid="tweetButton"]')).toBe(false);
    // Inside a shadow root (LinkedIn's interop outlet): found only through the attached roots.
    const li = load('li-share-classic');
    expect(li[0]!.querySelector('.share-actions__primary-action')).toBeNull();
    expect(matches(li, '.share-actions__primary-action')).toBe(true);
  });
});
