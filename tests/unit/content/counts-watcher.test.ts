// @vitest-environment happy-dom
// The content side of issue 14 (src/content/counts.ts): it reads only where consent is on and
// the page is the owner's, only the owner's posts, sends them in one message, and after a
// change reads only the posts around what changed (an unchanged post is not sent again).
import { afterEach, describe, expect, test } from 'vitest';
import { CountsWatcher } from '../../../src/content/counts';
import type { CountsReadMessage } from '../../../src/messages';
import { xCounts } from '../../../src/sites/x/counts';
import * as X from '../../fixtures/counts/x.js';

const setURL = (u: string) =>
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(u);
const tick = () => new Promise((r) => setTimeout(r, 0));

let ctrl: AbortController;
function watch(path: string, settings: { on: boolean; owner: string }) {
  setURL(`https://x.com${path}`);
  document.body.innerHTML = X.X_PROFILE.html;
  const sent: CountsReadMessage[] = [];
  ctrl = new AbortController();
  const w = new CountsWatcher(xCounts, ctrl.signal, (m) => sent.push(m));
  w.apply(settings);
  return { w, sent };
}
afterEach(() => ctrl.abort());

describe('the counts watcher', () => {
  test('on the owner’s profile: one message with the owner’s two posts, nothing of the other one', () => {
    const { w, sent } = watch('/hollowbakery', { on: true, owner: '@hollowbakery' });
    w.flush();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.type).toBe('counts/read');
    expect(sent[0]!.platform).toBe('x');
    expect(sent[0]!.handle).toBe('@hollowbakery');
    expect(sent[0]!.posts.map((p) => p.likes)).toEqual([1204, 31]);
    expect(JSON.stringify(sent)).not.toContain('Flour delivery');
  });

  test('a count that changes is sent again, alone; an unchanged page sends nothing', async () => {
    const { w, sent } = watch('/hollowbakery', { on: true, owner: 'hollowbakery' });
    w.flush();
    w.flush();
    expect(sent).toHaveLength(1);
    const like = document.querySelector('[data-testid="unlike"]')!;
    like.setAttribute('aria-label', '32 Likes. Liked');
    like.querySelector('[data-testid="app-text-transition-container"] span')!.textContent = '32';
    await tick();
    w.flush();
    expect(sent).toHaveLength(2);
    expect(sent[1]!.posts).toEqual([expect.objectContaining({ likes: 32, reposts: 2 })]);
  });

  test('someone else’s profile, the home feed: nothing is read', () => {
    for (const path of ['/rivermill', '/home']) {
      const { w, sent } = watch(path, { on: true, owner: 'hollowbakery' });
      w.flush();
      expect(sent, path).toEqual([]);
      ctrl.abort();
    }
  });

  test('consent off, or no handle: nothing is observed or sent', async () => {
    for (const s of [
      { on: false, owner: 'hollowbakery' },
      { on: true, owner: '' },
    ]) {
      const { w, sent } = watch('/hollowbakery', s);
      document.querySelector('[data-testid="like"]')!.setAttribute('aria-label', '9 Likes. Like');
      await tick();
      w.flush();
      expect(sent).toEqual([]);
      ctrl.abort();
    }
  });

  test('switched off while watching: the next change sends nothing', async () => {
    const { w, sent } = watch('/hollowbakery', { on: true, owner: 'hollowbakery' });
    w.flush();
    w.apply({ on: false, owner: 'hollowbakery' });
    document.querySelector('[data-testid="like"]')!.setAttribute('aria-label', '9 Likes. Like');
    await tick();
    w.flush();
    expect(sent).toHaveLength(1);
  });
});

describe('the consent the content script follows', async () => {
  const { countSettings } = await import('../../../src/content/counts-start');
  test.each([
    [{}, { on: false, owner: '' }],
    [{ readCounts: { x: true } }, { on: true, owner: '' }],
    [
      { readCounts: { x: true }, ownerHandles: { x: ' @shop ' } },
      { on: true, owner: '@shop' },
    ],
    [
      { readCounts: { x: 'yes' }, ownerHandles: { x: 'shop' } },
      { on: false, owner: 'shop' },
    ],
    [
      { readCounts: { bluesky: true }, ownerHandles: { x: 'shop' } },
      { on: false, owner: 'shop' },
    ],
    // Postcoach switched off for the site, or for this host: no counts either.
    [
      { readCounts: { x: true }, sites: { x: false } },
      { on: false, owner: '' },
    ],
    [
      { readCounts: { x: true }, sites: { 'x.com': false } },
      { on: false, owner: '' },
    ],
  ])('%j → %j', (raw, expected) => expect(countSettings(raw, 'x', 'x.com')).toEqual(expected));
});
