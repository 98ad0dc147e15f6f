// Issue 14 end to end, in Chromium with the extension: the owner allowed counts on X and named
// their handle; opening their profile (a page reproducing X's markup, tests/fixtures/counts/x.js)
// puts the counts the page shows on the stored record of that post, and nothing else is kept.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { post } from '../unit/habits-fixtures';
import { type Browser, buildExtension, type Fixtures, launch, serveFixtures, storedPosts } from './harness';

// biome-ignore lint/suspicious/noExplicitAny: the extension API inside page.evaluate
declare const chrome: any;

let fx: Fixtures;
let b: Browser;

before(async () => {
  buildExtension();
  fx = await serveFixtures({ 'x.com': 'counts/x-page' });
  b = await launch(fx.port);
});
after(async () => {
  await b?.close();
  await fx?.close();
});

const MENU = 'Our new autumn menu is out. What should we add next? 🍂 https://shop.example/menu';

/** Polls a condition (no fixed sleep): resolves with its first truthy value, fails after `ms`. */
async function until<T>(f: () => Promise<T | null | undefined>, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v) return v;
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('counts read on the owner’s own X profile', () => {
  it('land on the stored record of the post; the reposted post of someone else is not kept', async () => {
    const admin = await b.context.newPage();
    await admin.goto(`chrome-extension://${b.extensionId}/src/options/index.html`);
    const records = [
      post({ id: 'menu', time: Date.parse('2026-11-20T09:14:30.000Z'), text: MENU, platform: 'x' }),
      post({
        id: 'older',
        time: Date.parse('2026-10-01T10:00:00.000Z'),
        text: 'An older post not on the page',
        platform: 'x',
      }),
    ];
    const reply = await admin.evaluate(
      (records) => chrome.runtime.sendMessage({ type: 'posts/put', records }),
      records,
    );
    assert.equal(reply.ok, true, JSON.stringify(reply));
    await admin.evaluate(() =>
      chrome.storage.local.set({ readCounts: { x: true }, ownerHandles: { x: '@HollowBakery' } }),
    );

    const page = await b.context.newPage();
    await page.goto('https://x.com/hollowbakery');
    const menu = await until(async () => {
      const p = (await storedPosts(b)).find((r) => r.id === 'menu');
      return p?.engagement ? p : null;
    });
    const e = menu.engagement as Record<string, number>;
    assert.deepEqual(
      { replies: e.replies, reposts: e.reposts, likes: e.likes, views: e.views },
      { replies: 12, reposts: 5, likes: 1204, views: 30456 },
    );
    assert.ok(Math.abs(Date.now() - e.readAt!) < 5 * 60_000, 'read just now');
    const all = await storedPosts(b);
    assert.deepEqual(all.map((r) => r.id).sort(), ['menu', 'older'], 'no record added from the page');
    assert.equal(all.find((r) => r.id === 'older')!.engagement, undefined);
    assert.ok(!JSON.stringify(all).includes('Flour delivery'), 'nothing of the reposted post is kept');
    const last = await admin.evaluate(() => chrome.storage.local.get('countsLastRead'));
    assert.equal(typeof (last.countsLastRead as Record<string, number>)?.x, 'number');
    assert.deepEqual(b.strayRequests, []);
    await Promise.all([page.close(), admin.close()]);
  });
});
