// @vitest-environment happy-dom
// Site knowledge in one place: the hosts the manifest injects the content script into are the
// hosts the adapters serve, and the reverse. The expected list is written out here; the
// adapters are asked by their own `matches`, as the content script asks them.
import { describe, expect, test } from 'vitest';
import manifest from '../../manifest.config';
import { ADAPTERS, adapterFor } from '../../src/sites/registry';

/** Host → the adapter that must serve it (src/sites/<site>/selectors.ts says why each is there). */
const EXPECTED: Record<string, string> = {
  'x.com': 'x',
  'twitter.com': 'x',
  'www.linkedin.com': 'linkedin',
  'www.facebook.com': 'facebook',
  'web.facebook.com': 'facebook',
  'www.instagram.com': 'instagram',
  'www.threads.com': 'threads',
  'www.threads.net': 'threads',
  'bsky.app': 'bluesky',
  'www.reddit.com': 'reddit',
  'sh.reddit.com': 'reddit',
  'mastodon.social': 'mastodon',
};

const page = (hostname: string) => ({ hostname, pathname: '/' }) as Location;
const matches = (manifest as { content_scripts: { matches: string[] }[] }).content_scripts.flatMap(
  (c) => c.matches,
);

describe('manifest hosts and adapter hosts', () => {
  test('the manifest injects exactly the expected hosts, over https, whole sites', () => {
    expect([...matches].sort()).toEqual(
      Object.keys(EXPECTED)
        .map((h) => `https://${h}/*`)
        .sort(),
    );
  });

  test('every injected host is served by its own adapter, not the generic one', () => {
    for (const m of matches) {
      const host = /^https:\/\/([^/]+)\/\*$/.exec(m)![1]!;
      expect(adapterFor(page(host), document).id, host).toBe(EXPECTED[host]);
    }
  });

  test("every adapter's host is injected (a host the manifest leaves out would never be served)", () => {
    const injected = new Set(matches.map((m) => m.slice('https://'.length, -'/*'.length)));
    for (const a of ADAPTERS)
      for (const h of a.selectors.hosts) expect(injected.has(h), `${a.id}: ${h}`).toBe(true);
  });

  test('hosts left out on purpose are not served by a built-in adapter', () => {
    for (const host of [
      'mobile.x.com',
      'mobile.twitter.com',
      'm.facebook.com',
      'new.reddit.com',
      'linkedin.com',
    ])
      expect(adapterFor(page(host), document).id, host).toBe('generic');
  });
});
