// The real-site scenarios of issue 11 (tests/e2e/scenarios.ts, the one list both browsers run) in
// real Firefox ESR, with the end-to-end build of dist/e2e/firefox (the production code and
// manifest, the pill's test hooks on), against the fixture pages served at the real host names
// and typed with the real keyboard over WebDriver BiDi. Per scenario: the pill appears and shows
// what the engine says for the draft (platform, intent, count) without covering the text or the
// site's buttons (also once the composer grows), the draft is analysed for the flow's kind, a
// failed send is stored not at all and a successful one exactly once, and the
// editor's model text and DOM (Lexical, TipTap/ProseMirror, Quill, Draft.js, textarea) are those
// of a run in a second Firefox without the extension. The Chromium twin is
// tests/e2e/real-sites.test.ts; the markup snapshots and selector pairing are checked there only
// (they are the fixture's markup, not the browser's).
//   npx vite build --mode e2e --logLevel warn && POSTCOACH_SKIP_BUILD=1 \
//     node --import tsx --test tests/firefox/real-sites.test.ts
// (POSTCOACH_SCENARIOS=id,id runs a few.) One Firefox with the add-on and one without serve every
// scenario, a fresh tab each: the fixture pages keep no state across loads and each record is
// told apart by the ids stored before it.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { GECKO_ID } from '../../scripts/targets';
import { analyze } from '../../src/core/analyze';
import { buildExtension, DIST_E2E_FIREFOX, type Fixtures, HOSTS, serveFixtures } from '../e2e/harness';
import { type PillOverText, pillOverText } from '../e2e/pill-clear';
import { DRAFT, GROW, sendFlow } from '../e2e/real-site-flow';
import { SCENARIOS, type Scenario } from '../e2e/scenarios';
import { readStoredPosts } from '../e2e/stored-posts';
import { launchFirefox, openPage } from './launch';

// The extension APIs inside the add-on's own page, where ext.evaluate runs them.
// biome-ignore lint/suspicious/noExplicitAny: the browser namespace has no types in this project
declare const browser: any;

/** Not the UUID of firefox.test.ts: the suites run one after the other, each with its own profile. */
const UUID = '8b1d4e70-2c5a-4f39-a6e8-0d7c3b9f5a21';
const EXT = `moz-extension://${UUID}`;
const WAIT = 10_000;

const only = process.env.POSTCOACH_SCENARIOS?.split(',');
const CASES = only ? SCENARIOS.filter((s) => only.includes(s.id)) : SCENARIOS;

const root = (s: Scenario) => `[data-fixture="${s.id}"]`;
const editorSel = (s: Scenario) => s.editor ?? '[contenteditable="true"], textarea:not([readonly])';
const todo = (s: Scenario, part: 'pill' | 'send' | 'untouched') => s.todo?.[part];

/**
 * Finds elements the way Playwright's CSS engine does in the Chromium suite: through open shadow
 * roots, in composed-tree order (a host's shadow tree before its light children), `inner` anywhere
 * below an element matching `outer`. Installed in every page of both browsers before the page's
 * own scripts, as a string so that no bundler helper leaks into the page.
 */
const DEEP = `(() => {
  globalThis.__name ??= (f) => f; // tsx's keepNames helper, for functions the suite passes in
  const walk = function* (node) {
    if (node.shadowRoot) yield* walk(node.shadowRoot);
    for (const c of node.children) { yield c; yield* walk(c); }
  };
  const all = (outer, inner) => {
    const out = [];
    for (const o of walk(document)) if (o.matches(outer)) for (const e of walk(o)) if (e.matches(inner) && !out.includes(e)) out.push(e);
    return out;
  };
  const visible = (e) => { const b = e.getBoundingClientRect(); return b.width > 0 && b.height > 0; };
  Object.defineProperty(window, '__deep', { value: { walk, all, first: (o, i) => all(o, i)[0] ?? null, visible } });
})();`;

interface Deep {
  walk(n: Node): Iterable<Element>;
  all(outer: string, inner: string): Element[];
  first(outer: string, inner: string): Element | null;
  visible(e: Element): boolean;
}

let fx: Fixtures;
let withExt: Browser;
let plain: Browser;
/** A tab on the add-on's own origin: reads the database and messages the content scripts. */
let ext: Page;
const stray: string[] = [];
const errors: string[] = [];

function watch(page: Page): void {
  page.on('request', (r) => {
    const url = r.url();
    const host = /^https:\/\/([^/:]+)(?::\d+)?\//.exec(url)?.[1];
    if ((host && host in HOSTS) || /^(moz-extension|data|blob|about):/.test(url)) return;
    stray.push(url);
  });
  page.on('pageerror', (e) => {
    const err = e instanceof Error ? e : new Error(String(e));
    if (/moz-extension:/.test(`${err.message}\n${err.stack ?? ''}`)) errors.push(err.message);
  });
}

before(async () => {
  buildExtension();
  fx = await serveFixtures();
  [withExt, plain] = await Promise.all([launchFirefox(UUID), launchFirefox(UUID)]);
  assert.equal(await withExt.installExtension(DIST_E2E_FIREFOX), GECKO_ID);
  ext = await openPage(withExt, `${EXT}/src/popup/index.html`, { timeoutMs: WAIT });
});

after(async () => {
  await Promise.all([withExt?.close(), plain?.close()]);
  await fx?.close();
});

async function openScenario(b: Browser, s: Scenario): Promise<Page> {
  const page = await b.newPage();
  watch(page);
  await page.evaluateOnNewDocument(DEEP);
  const q = `scenarios=${s.id}&t=${Math.random().toString(36).slice(2)}`;
  await page.goto(`https://${s.host}:${fx.port}${s.path}?${q}`);
  await page.waitForFunction(() => (window as { __fixtureReady?: boolean }).__fixtureReady === true, {
    polling: 50,
    timeout: WAIT,
  });
  return page;
}

/** The first element matching `inner` inside the scenario's root (through shadow roots), or null. */
async function find(page: Page, s: Scenario, inner: string): Promise<ElementHandle<Element> | null> {
  const h = await page.evaluateHandle(
    (o, i) => (window as unknown as { __deep: Deep }).__deep.first(o, i),
    root(s),
    inner,
  );
  const el = h.asElement() as ElementHandle<Element> | null;
  if (!el) await h.dispose();
  return el;
}

async function mustFind(page: Page, s: Scenario, inner: string): Promise<ElementHandle<Element>> {
  const el = await find(page, s, inner);
  assert.ok(el, `${s.id}: nothing matches ${inner}`);
  return el;
}

/** Opens the scenario's dialog or box when it has an opener and its editor is not there yet. */
async function ensureOpen(page: Page, s: Scenario): Promise<void> {
  const opener = await page.evaluateHandle(
    (sel) =>
      [...(window as unknown as { __deep: Deep }).__deep.walk(document)].find((e) => e.matches(sel)) ?? null,
    `[data-fixture-open="${s.id}"]`,
  );
  const editor = await find(page, s, editorSel(s));
  // Instagram's "Reply" pre-fills a box that is already there.
  const openerEl = opener.asElement() as ElementHandle<Element> | null;
  if (openerEl && (!editor || s.prefill !== undefined)) await openerEl.click();
  await page.waitForFunction(
    (o, i) => {
      const d = (window as unknown as { __deep: Deep }).__deep;
      const e = d.first(o, i);
      return e !== null && d.visible(e);
    },
    { polling: 50, timeout: WAIT },
    root(s),
    editorSel(s),
  );
}

/** Playwright's `ControlOrMeta+…`: Control on Linux, where the suites run. */
async function chord(page: Page, keys: string): Promise<void> {
  const parts = keys.split('+').map((k) => (k === 'ControlOrMeta' ? 'Control' : k)) as Parameters<
    Page['keyboard']['press']
  >[0][];
  const key = parts.pop()!;
  for (const m of parts) await page.keyboard.down(m);
  await page.keyboard.press(key);
  for (const m of parts.reverse()) await page.keyboard.up(m);
}

/** Clicks into the editor and types like a person (the caret after any text the page put there). */
async function typeInto(page: Page, s: Scenario, text: string): Promise<void> {
  await ensureOpen(page, s);
  await (await mustFind(page, s, editorSel(s))).click();
  if (s.prefill !== undefined) await chord(page, 'ControlOrMeta+End');
  await page.keyboard.type(text);
}

async function clearEditor(page: Page, s: Scenario): Promise<void> {
  await (await mustFind(page, s, editorSel(s))).click();
  await chord(page, 'ControlOrMeta+a');
  await page.keyboard.press('Backspace');
}

async function send(page: Page, s: Scenario): Promise<void> {
  // A person reads the nudge before sending: the composer has its pill (its session) by then.
  if (!todo(s, 'pill')) await visiblePill(page);
  if (s.send === 'click') await (await mustFind(page, s, '[data-fixture-send]')).click();
  else await chord(page, s.send);
}

interface PillState {
  platform?: string;
  intent?: string;
  count?: string;
  score?: string;
}

/** Waits for a visible pill (anywhere, maybe in a shadow root) that passes `want`; returns its state. */
async function visiblePill(page: Page, want: PillState = {}): Promise<PillState> {
  const h = await page.waitForFunction(
    (want: PillState) => {
      const d = (window as unknown as { __deep: Deep }).__deep;
      for (const p of d.walk(document)) {
        if (p.localName !== 'postcoach-pill' || (p as HTMLElement).hidden || !d.visible(p)) continue;
        const state = { ...(p as HTMLElement).dataset } as PillState;
        if (Object.entries(want).every(([k, v]) => state[k as keyof PillState] === v)) return state;
      }
      return null;
    },
    { polling: 50, timeout: WAIT },
    want,
  );
  return (await h.jsonValue()) as PillState;
}

interface Draft {
  analysis: { platform: string; kind: string };
  text: string;
}

/**
 * The draft the content script analysed for the composer in use (`draft/get`, as the popup asks
 * it), once it has one. Asked of every tab but the add-on's own: one site tab is open at a time.
 */
async function currentDraft(): Promise<Draft> {
  const until = Date.now() + WAIT;
  for (;;) {
    const replies = (await ext.evaluate(
      async (msg) => {
        const me = (await browser.tabs.getCurrent())?.id;
        const out: unknown[] = [];
        for (const t of await browser.tabs.query({})) {
          if (t.id === me) continue;
          try {
            out.push(await browser.tabs.sendMessage(t.id, msg));
          } catch {
            // No content script in that tab (about:blank).
          }
        }
        return out;
      },
      { type: 'draft/get' },
    )) as Array<{ value: Draft | null }>;
    assert.ok(replies.length <= 1, `${replies.length} tabs answered`);
    const d = replies[0]?.value;
    if (d) return d;
    if (Date.now() > until) throw new Error('no draft analysed');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const storedPosts = () => ext.evaluate(readStoredPosts);

/** Waits until the visible pill covers none of the editor's text nor the site's buttons (it moves when the composer grows). */
async function pillClearOfText(page: Page, s: Scenario): Promise<void> {
  const until = Date.now() + WAIT;
  for (;;) {
    const r: PillOverText = await page.evaluate(pillOverText, { outer: root(s), inner: editorSel(s) });
    if (r.pill && r.lines > 0 && r.covered.length === 0 && r.controls.length === 0) return;
    if (Date.now() > until) assert.fail(`the pill covers the text or a control: ${JSON.stringify(r)}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** Records stored since `earlier`, once there are at least `n` (or the wait is over). */
async function recordsSince(earlier: Set<unknown>, n: number): Promise<Array<Record<string, unknown>>> {
  const until = Date.now() + WAIT;
  for (;;) {
    const added = (await storedPosts()).filter((p) => !earlier.has(p.id));
    if (added.length >= n || Date.now() > until) return added.sort((p, q) => Number(p.time) - Number(q.time));
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The editor's model text (the page's own editor state), its DOM, and a textarea's value. */
async function editorState(page: Page, s: Scenario) {
  return page.evaluate(
    (o, i, id) => {
      const el = (window as unknown as { __deep: Deep }).__deep.first(o, i)!;
      const model = (window as unknown as { __model: Record<string, () => string> }).__model[id]!();
      // Draft.js keys and ids the editors draw at random per run.
      const html = el.outerHTML.replace(
        /(data-offset-key|data-editor|aria-describedby|aria-owns|aria-controls)="[^"]*"/g,
        '$1=""',
      );
      return { model, html, value: el instanceof HTMLTextAreaElement ? el.value : null };
    },
    root(s),
    editorSel(s),
    s.id,
  );
}

const textOf = (page: Page, s: Scenario) =>
  page.evaluate(
    (o, i) => {
      const el = (window as unknown as { __deep: Deep }).__deep.first(o, i);
      return el instanceof HTMLTextAreaElement ? el.value : (el?.textContent ?? '');
    },
    root(s),
    editorSel(s),
  );

for (const s of CASES) {
  describe(`Firefox ESR: ${s.id} (${s.platform} ${s.kind})`, () => {
    it('the pill shows what the engine says for the draft, analysed for the right platform and kind', {
      todo: todo(s, 'pill'),
    }, async () => {
      const page = await openScenario(withExt, s);
      try {
        await typeInto(page, s, DRAFT);
        await visiblePill(page);
        const d = await currentDraft();
        assert.equal(d.analysis.platform, s.platform);
        assert.equal(d.analysis.kind, s.kind);
        assert.ok(d.text.endsWith(DRAFT), `analysed text: ${d.text}`);
        // The engine run a second time, in Node, on the text read and the scenario's own platform
        // and kind: the pill must reach the same intent and count through the content script.
        const a = analyze(d.text, { platform: s.platform, kind: s.kind });
        const pill = await visiblePill(page, { count: String(a.counts.weighted) }).catch(async () =>
          assert.fail(`the pill never counted the whole draft: ${JSON.stringify(await visiblePill(page))}`),
        );
        assert.equal(pill.platform, s.platform);
        assert.equal(pill.intent, a.intent.label);
        // The pill stays off the text being typed, also once the composer has grown.
        await pillClearOfText(page, s);
        for (const line of GROW) {
          await chord(page, 'Shift+Enter');
          await page.keyboard.type(line);
        }
        await pillClearOfText(page, s);
      } finally {
        await page.close();
      }
    });

    it('a failed send is not stored; a successful one is stored once', {
      todo: todo(s, 'send'),
    }, async () => {
      const page = await openScenario(withExt, s);
      try {
        await sendFlow(
          {
            storedIds: async () => new Set((await storedPosts()).map((p) => p.id)),
            typeInto: (text) => typeInto(page, s, text),
            ensureOpen: () => ensureOpen(page, s),
            clickEditor: async () => (await mustFind(page, s, editorSel(s))).click(),
            clearEditor: () => clearEditor(page, s),
            type: (text) => page.keyboard.type(text),
            send: () => send(page, s),
            waitForAlert: async () => {
              await page.waitForFunction(
                (o) => (window as unknown as { __deep: Deep }).__deep.first(o, '[role="alert"]') !== null,
                { polling: 50, timeout: WAIT },
                root(s),
              );
            },
            editorText: () => textOf(page, s),
            recordsSince,
          },
          s,
        );
      } finally {
        await page.close();
      }
    });

    it("the editor's model text and DOM are those of a run without the extension", {
      todo: todo(s, 'untouched'),
    }, async () => {
      const run = async (b: Browser) => {
        const page = await openScenario(b, s);
        try {
          await typeInto(page, s, 'Hello @maria, our sale starts at 9 https://shop.example/sale');
          await chord(page, 'Shift+Enter');
          await page.keyboard.type('Second line #local');
          await page.keyboard.press('ArrowLeft');
          await chord(page, 'Shift+ArrowLeft');
          // With the extension: past the pause, once it has read and analysed the draft.
          if (b === withExt && !todo(s, 'pill')) await currentDraft();
          return await editorState(page, s);
        } finally {
          await page.close();
        }
      };
      const [withIt, without] = await Promise.all([run(withExt), run(plain)]);
      assert.deepEqual(withIt, without);
      assert.match(without.model, /Second line #local$/);
    });
  });
}

describe('Firefox ESR: the pill-over-text check itself', () => {
  for (const id of ['x-reply-inline', 'md-post']) {
    it(`${id}: it sees a pill-sized box put over the text, and none put beside it`, async () => {
      const s = SCENARIOS.find((c) => c.id === id)!;
      const page = await openScenario(plain, s);
      try {
        await typeInto(page, s, DRAFT);
        const at = (where: 'text' | 'corner') =>
          page.evaluate(
            (o, i, where) => {
              const ed = (window as unknown as { __deep: Deep }).__deep.first(o, i)!;
              const r = ed.getBoundingClientRect();
              let fake = document.querySelector('postcoach-pill') as HTMLElement | null;
              if (!fake) {
                fake = document.createElement('postcoach-pill');
                document.body.append(fake);
              }
              const [x, y] =
                where === 'text' ? [r.left + 12, r.top + 10] : [innerWidth - 60, innerHeight - 40];
              fake.style.cssText = `position:fixed;display:block;left:${x}px;top:${y}px;width:48px;height:26px`;
            },
            root(s),
            editorSel(s),
            where,
          );
        await at('text');
        const over = await page.evaluate(pillOverText, { outer: root(s), inner: editorSel(s) });
        assert.ok(over.pill && over.lines > 0, JSON.stringify(over));
        assert.ok(over.covered.length > 0, `a box over the first line covers it: ${JSON.stringify(over)}`);
        await at('corner');
        const beside = await page.evaluate(pillOverText, { outer: root(s), inner: editorSel(s) });
        assert.ok(beside.pill, JSON.stringify(beside));
        assert.deepEqual(beside.covered, []);
      } finally {
        await page.close();
      }
    });
  }
});

describe('Firefox ESR: real-site hygiene', () => {
  it('no request left for anything but the fixture pages, and no extension error', () => {
    assert.deepEqual(stray, []);
    assert.deepEqual(errors, []);
  });
});
