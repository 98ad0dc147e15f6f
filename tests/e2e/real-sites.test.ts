// Every flow of issue 11 on pages that reproduce the sites' real markup (tests/e2e/scenarios.ts,
// tests/fixtures/sites/*.js), in real Chromium with the production build, typed with the real
// keyboard: the pill appears with the site's platform and the flow's kind, a successful send is
// stored once, a failed one not at all, and the editor's model text and DOM are those of a run
// without the extension. Parts that need the content script's shadow-DOM traversal or its generic
// send detector were node:test `todo`s; what still cannot pass says why in scenarios.ts.
//
// Snapshots for tests/unit/sites-paired.test.ts (regenerate after changing a fixture):
//   npx vite build --logLevel warn && POSTCOACH_SKIP_BUILD=1 POSTCOACH_WRITE_SNAPSHOTS=1 \
//     node --import tsx --test tests/e2e/real-sites.test.ts
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  type Browser,
  buildExtension,
  type Fixtures,
  launch,
  ROOT,
  serveFixtures,
  storedPosts,
  tabMessage,
} from './harness';
import { type PillOverText, pillOverText } from './pill-clear';
import { DRAFT, GROW, sendFlow } from './real-site-flow';
import { SITE_PAIRS as PAIRS, SCENARIOS, type Scenario } from './scenarios';

const SNAPSHOTS = join(ROOT, 'tests/fixtures/sites/snapshots');
const WAIT = 10_000;

const only = process.env.POSTCOACH_SCENARIOS?.split(',');
const CASES = only ? SCENARIOS.filter((s) => only.includes(s.id)) : SCENARIOS;

const root = (s: Scenario) => `[data-fixture="${s.id}"]`;
const editorOf = (s: Scenario) =>
  s.editor
    ? `${root(s)} ${s.editor}`
    : `${root(s)} [contenteditable="true"], ${root(s)} textarea:not([readonly])`;

let fx: Fixtures;
let b: Browser;
let plain: Browser;

before(async () => {
  buildExtension();
  fx = await serveFixtures();
  [b, plain] = await Promise.all([launch(fx.port), launch(fx.port, { extension: false })]);
});

after(async () => {
  await Promise.all([b?.close(), plain?.close()]);
  await fx?.close();
});

async function openScenario(browser: Browser, s: Scenario): Promise<Page> {
  const page = await browser.context.newPage();
  const q = `scenarios=${s.id}&t=${Math.random().toString(36).slice(2)}`;
  await page.goto(`https://${s.host}${s.path}?${q}`);
  await page.waitForFunction(
    () => (window as unknown as { __fixtureReady?: boolean }).__fixtureReady === true,
  );
  return page;
}

/** Opens the scenario's dialog or box when it has an opener and its editor is not there yet. */
async function ensureOpen(page: Page, s: Scenario): Promise<void> {
  const opener = page.locator(`[data-fixture-open="${s.id}"]`);
  const editor = page.locator(editorOf(s)).first();
  // Instagram's "Reply" pre-fills a box that is already there.
  if ((await opener.count()) > 0 && ((await editor.count()) === 0 || s.prefill !== undefined))
    await opener.first().click();
  await editor.waitFor({ state: 'visible', timeout: WAIT });
}

/** Clicks into the editor and types like a person (the caret after any text the page put there). */
async function typeInto(page: Page, s: Scenario, text: string): Promise<void> {
  await ensureOpen(page, s);
  await page.locator(editorOf(s)).first().click();
  if (s.prefill !== undefined) await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
}

async function clearEditor(page: Page, s: Scenario): Promise<void> {
  await page.locator(editorOf(s)).first().click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
}

async function send(page: Page, s: Scenario): Promise<void> {
  // A person reads the nudge before sending: the composer has its pill (its session) by then.
  if (!s.todo?.pill) await waitForPill(page);
  if (s.send === 'click')
    await page
      .locator(`${root(s)} [data-fixture-send]`)
      .first()
      .click();
  else await page.keyboard.press(s.send);
}

/** A visible pill anywhere on the page (its host is outside the site's DOM tree, maybe in a shadow root). */
async function waitForPill(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const visit = (r: Document | ShadowRoot): boolean => {
        for (const p of r.querySelectorAll('postcoach-pill')) {
          const box = p.getBoundingClientRect();
          if (!(p as HTMLElement).hidden && box.width > 0 && box.height > 0) return true;
        }
        for (const el of r.querySelectorAll('*')) if (el.shadowRoot && visit(el.shadowRoot)) return true;
        return false;
      };
      return visit(document);
    },
    undefined,
    { timeout: WAIT },
  );
}

interface DraftReply {
  value: { analysis: { platform: string; kind: string }; text: string } | null;
}

/** The draft the content script analysed for the composer in use, once it has one. */
async function currentDraft(page: Page): Promise<NonNullable<DraftReply['value']>> {
  const until = Date.now() + WAIT;
  for (;;) {
    const d = await tabMessage<DraftReply>(b, page, { type: 'draft/get' });
    if (d.value) return d.value;
    if (Date.now() > until) throw new Error('no draft analysed');
    await page.waitForTimeout(100);
  }
}

/** Records stored since `earlier`, once there are at least `n` (or the wait is over). */
async function recordsSince(earlier: Set<unknown>, n: number): Promise<Array<Record<string, unknown>>> {
  const until = Date.now() + WAIT;
  for (;;) {
    const added = (await storedPosts(b)).filter((p) => !earlier.has(p.id));
    if (added.length >= n || Date.now() > until) return added.sort((p, q) => Number(p.time) - Number(q.time));
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the visible pill covers none of the editor's text nor the site's buttons (it moves when the composer grows). */
async function pillClearOfText(page: Page, s: Scenario): Promise<void> {
  const until = Date.now() + WAIT;
  const inner = s.editor ?? '[contenteditable="true"], textarea:not([readonly])';
  for (;;) {
    const r: PillOverText = await page.evaluate(pillOverText, { outer: root(s), inner });
    if (r.pill && r.lines > 0 && r.covered.length === 0 && r.controls.length === 0) return;
    if (Date.now() > until) assert.fail(`the pill covers the text or a control: ${JSON.stringify(r)}`);
    await page.waitForTimeout(100);
  }
}

/** The editor's model text (the page's own editor state), its DOM, and the page's markup. */
async function editorState(page: Page, s: Scenario) {
  return page.evaluate(
    ({ sel, id }) => {
      const deep = (r: Document | ShadowRoot): Element | null => {
        for (const part of sel.split(', ')) {
          const hit = r.querySelector(part);
          if (hit) return hit;
        }
        for (const el of r.querySelectorAll('*')) {
          const hit = el.shadowRoot && deep(el.shadowRoot);
          if (hit) return hit;
        }
        return null;
      };
      const el = deep(document)!;
      const model = (window as unknown as { __model: Record<string, () => string> }).__model[id]!();
      const html = el.outerHTML.replace(
        /(data-offset-key|data-editor|aria-describedby|aria-owns|aria-controls)="[^"]*"/g,
        '$1=""',
      );
      return { model, html, value: el instanceof HTMLTextAreaElement ? el.value : null };
    },
    { sel: editorOf(s).replaceAll(`${root(s)} `, ''), id: s.id },
  );
}

/** Which of the site's paired selectors claiming this scenario match nowhere on the page. */
async function unmatchedPairs(page: Page, s: Scenario): Promise<string[]> {
  const claimed = Object.values(PAIRS[s.platform]!)
    .flatMap((list) => list ?? [])
    .filter(([, ids]) => ids.includes(s.id))
    .map(([sel]) => sel);
  return page.evaluate((claimed) => {
    const roots: Array<Document | ShadowRoot> = [document];
    for (let i = 0; i < roots.length; i++)
      for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    return claimed.filter((sel) => !roots.some((r) => r.querySelector(sel)));
  }, claimed);
}

/** The page's markup with its open shadow roots (declarative), for the pairing unit test. */
async function snapshot(page: Page): Promise<string> {
  return page.evaluate(() => {
    const roots: ShadowRoot[] = [];
    const walk = (r: Document | ShadowRoot) => {
      for (const el of r.querySelectorAll('*'))
        if (el.shadowRoot) {
          roots.push(el.shadowRoot);
          walk(el.shadowRoot);
        }
    };
    walk(document);
    for (const s of document.querySelectorAll('script, style')) s.remove();
    return document.body.getHTML({ shadowRoots: roots });
  });
}

for (const s of CASES) {
  describe(`${s.id} (${s.platform} ${s.kind})`, () => {
    it('the pill appears; the draft is analysed for the right platform and kind', {
      todo: s.todo?.pill,
    }, async () => {
      const page = await openScenario(b, s);
      try {
        await typeInto(page, s, DRAFT);
        await waitForPill(page);
        const d = await currentDraft(page);
        assert.equal(d.analysis.platform, s.platform);
        assert.equal(d.analysis.kind, s.kind);
        assert.ok(d.text.endsWith(DRAFT), `analysed text: ${d.text}`);
        // The pill stays off the text being typed, also once the composer has grown.
        await pillClearOfText(page, s);
        for (const line of GROW) {
          await page.keyboard.press('Shift+Enter');
          await page.keyboard.type(line);
        }
        await pillClearOfText(page, s);
      } finally {
        await page.close();
      }
    });

    it('a failed send is not stored; a successful one is stored once', { todo: s.todo?.send }, async () => {
      const page = await openScenario(b, s);
      try {
        await sendFlow(
          {
            storedIds: async () => new Set((await storedPosts(b)).map((p) => p.id)),
            typeInto: (text) => typeInto(page, s, text),
            ensureOpen: () => ensureOpen(page, s),
            clickEditor: () => page.locator(editorOf(s)).first().click(),
            clearEditor: () => clearEditor(page, s),
            type: (text) => page.keyboard.type(text),
            send: () => send(page, s),
            waitForAlert: () => page.locator(`${root(s)} [role="alert"]`).waitFor({ timeout: WAIT }),
            editorText: () =>
              page
                .locator(editorOf(s))
                .first()
                .evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? ''))),
            recordsSince,
          },
          s,
        );
      } finally {
        await page.close();
      }
    });

    it("the editor's model text and DOM are those of a run without the extension", {
      todo: s.todo?.untouched,
    }, async () => {
      const run = async (browser: Browser) => {
        const page = await openScenario(browser, s);
        try {
          await typeInto(page, s, 'Hello @maria, our sale starts at 9 https://shop.example/sale');
          await page.keyboard.press('Shift+Enter');
          await page.keyboard.type('Second line #local');
          await page.keyboard.press('ArrowLeft');
          await page.keyboard.press('Shift+ArrowLeft');
          // With the extension: past the pause, once it has read and analysed the draft.
          if (browser === b && !s.todo?.pill) await currentDraft(page);
          const state = await editorState(page, s);
          let missing: string[] = [];
          let current = true;
          if (browser === plain) {
            missing = await unmatchedPairs(page, s);
            // Draft.js keys are random per run: blanked, so that a snapshot changes only with the markup.
            const html = `${(await snapshot(page)).replace(/(data-offset-key|data-editor)="[^"]*"/g, '$1=""')}\n`;
            const file = join(SNAPSHOTS, `${s.id}.html`);
            if (process.env.POSTCOACH_WRITE_SNAPSHOTS) {
              mkdirSync(SNAPSHOTS, { recursive: true });
              writeFileSync(file, html);
            }
            current = html === readFileSync(file, 'utf8');
          }
          return { state, missing, current };
        } finally {
          await page.close();
        }
      };
      const [withExt, without] = await Promise.all([run(b), run(plain)]);
      assert.deepEqual(withExt.state, without.state);
      assert.match(without.state.model, /Second line #local$/);
      assert.deepEqual(without.missing, [], 'selectors paired with this scenario match on its page');
      assert.ok(
        without.current,
        `snapshots/${s.id}.html is stale: regenerate it (command at the top of this file)`,
      );
    });
  });
}

describe('hygiene', () => {
  it('no request left the machine', () => {
    assert.deepEqual(b.strayRequests, []);
  });
});
