// Accessibility in real Chromium with the production build (issue 6): axe-core finds no serious
// or critical violation in the popup, the options page and the open nudge panel, in English and
// Bengali, light and dark (the "auto" theme following the system's colour scheme); every control
// has an accessible name (Chromium's own accessibility tree); every control reached with Tab shows
// a focus indicator; the pill's colour always comes with an icon and words.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { type Browser, buildExtension, type Fixtures, launch, ROOT, serveFixtures } from './harness';

// biome-ignore lint/suspicious/noExplicitAny: the chrome namespace has no types in this project
declare const chrome: any;

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const LANGS = ['en', 'bn'] as const;
const THEMES = ['light', 'dark'] as const;
const EDITOR = '[data-fixture="main"] [contenteditable="true"], [data-fixture="main"] textarea';
const INTERACTIVE = new Set([
  'button',
  'link',
  'textbox',
  'searchbox',
  'checkbox',
  'radio',
  'combobox',
  'listbox',
  'spinbutton',
  'slider',
  'switch',
  'tab',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'option',
]);

let fx: Fixtures;
let b: Browser;
let admin: Page;
/** Every problem found, by page, language and theme (reported at the end, then asserted). */
const found: string[] = [];
const counts = { axeRuns: 0, controlsNamed: 0, focusStops: 0 };

/** axe-core's serious and critical violations, inside `include` when given (a shadow host). */
async function axe(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(AXE);
  counts.axeRuns++;
  const violations = await page.evaluate(async (include) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected above
    const a = (window as any).axe;
    const r = await a.run(include ? { include: [[include]] } : document, { resultTypes: ['violations'] });
    return r.violations.map((v: { id: string; impact: string; nodes: { target: unknown[] }[] }) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
    }));
  }, include);
  return violations
    .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v: { id: string; impact: string; targets: string[] }) =>
        `${v.impact} ${v.id}: ${v.targets.join(', ')}`,
    );
}

/** Interactive nodes of Chromium's accessibility tree without a name. */
async function unnamedControls(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
    };
    const controls = nodes.filter((n) => !n.ignored && INTERACTIVE.has(String(n.role?.value)));
    counts.controlsNamed += controls.length;
    return controls.filter((n) => !String(n.name?.value ?? '').trim()).map((n) => `unnamed ${n.role?.value}`);
  } finally {
    await cdp.detach();
  }
}

/**
 * Tabs through the page (into shadow roots) and reports every focused control that shows no
 * outline or box shadow. `within` keeps to one shadow host (the pill and its panel).
 */
async function focusProblems(page: Page, max: number, within?: string): Promise<string[]> {
  const problems: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate((within) => {
      let a: Element | null = document.activeElement;
      const host = a;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      if (!a || a === document.body) return null;
      if (within && host?.tagName.toLowerCase() !== within) return { outside: true } as const;
      const s = getComputedStyle(a);
      const outline = s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) > 0;
      const shadow = s.boxShadow !== 'none' && s.boxShadow !== '';
      const path: string[] = [];
      for (let e: Element | null = a; e && path.length < 4; e = e.parentElement) {
        path.unshift(
          `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.classList[0] ? `.${e.classList[0]}` : ''}`,
        );
      }
      // Marked once seen: meeting a marked control again means Tab went all the way round.
      const again = a.hasAttribute('data-a11y-focused');
      a.setAttribute('data-a11y-focused', '');
      return {
        outside: false,
        again,
        visible: outline || shadow,
        what: `${path.join(' > ')} "${(a.getAttribute('aria-label') ?? a.textContent ?? '').trim().slice(0, 30)}"`,
      };
    }, within);
    if (f?.outside) break; // left the pill
    if (!f) continue;
    if (f.again) break; // wrapped around
    counts.focusStops++;
    if (!f.visible) problems.push(`no visible focus on ${f.what}`);
  }
  return problems;
}

async function setSettings(local: Record<string, unknown>): Promise<void> {
  await admin.evaluate((local) => chrome.storage.local.set(local), local);
}

before(async () => {
  buildExtension();
  fx = await serveFixtures();
  b = await launch(fx.port);
  admin = await b.context.newPage();
  await admin.goto(`chrome-extension://${b.extensionId}/manifest.json`);
  // A short history, KPIs to log and goals, so that every control of the popup is on screen.
  const now = Date.now();
  const records = Array.from({ length: 24 }, (_, i) => ({
    id: `a11y:${i}`,
    v: 2,
    time: now - i * 7 * 3_600_000,
    platform: (['x', 'linkedin', 'instagram', 'mastodon'] as const)[i % 4],
    kind: i % 3 ? 'post' : 'reply',
    language: i % 5 ? 'en' : 'bn',
    intent: (['selling', 'listening', 'sharing'] as const)[i % 3],
    intentScores: {
      selling: i % 3 === 0 ? 1 : 0,
      listening: i % 3 === 1 ? 1 : 0,
      sharing: i % 3 === 2 ? 1 : 0,
    },
    quality: 40 + ((i * 7) % 60),
    voice: 50 + ((i * 5) % 50),
    findings: [{ rule: 'hook', reason: 'content', severity: 'warn' }],
    characters: 120,
    composeMs: 60_000,
    source: 'import',
    text: `Post ${i}: fresh bread and a question for you, what should we bake next?`,
  }));
  const reply = await admin.evaluate(
    (records) => chrome.runtime.sendMessage({ type: 'posts/put', records }),
    records,
  );
  assert.equal(reply.ok, true, JSON.stringify(reply));
  await admin.evaluate(() =>
    chrome.storage.sync.set({
      goals: {
        postsPerWeek: 4,
        sellingRule: '80-20',
        focusPlatforms: ['x'],
        kpis: ['followers'],
        weekStart: 1,
      },
    }),
  );
});

after(async () => {
  if (found.length) console.log(`a11y problems:\n${found.join('\n')}`);
  console.log(`a11y: ${JSON.stringify(counts)}`);
  await b?.close();
  await fx?.close();
});

describe('accessibility of the extension pages', () => {
  for (const lang of LANGS) {
    for (const theme of THEMES) {
      it(`popup and options, ${lang}, ${theme}`, async () => {
        await setSettings({ setupDone: true, language: lang, theme: 'auto' });
        const problems: string[] = [];

        const popup = await b.context.newPage();
        await popup.setViewportSize({ width: 400, height: 600 });
        await popup.emulateMedia({ colorScheme: theme });
        await popup.goto(`chrome-extension://${b.extensionId}/src/popup/index.html`);
        await popup.waitForSelector('body[data-scorecard="ready"]', { timeout: 20_000 });
        assert.equal(await popup.evaluate(() => document.documentElement.lang), lang);
        problems.push(...(await axe(popup)).map((p) => `popup: ${p}`));
        problems.push(...(await unnamedControls(popup)).map((p) => `popup: ${p}`));
        // Focus styles depend on the theme, not the language: one language per theme.
        const focus = (lang === 'en') === (theme === 'light');
        if (focus) problems.push(...(await focusProblems(popup, 40)).map((p) => `popup: ${p}`));
        // The history tab (a list of posts with their own controls).
        await popup.click('[role="tab"]:nth-child(2)');
        await popup.waitForSelector('.post-row');
        problems.push(...(await axe(popup)).map((p) => `popup history: ${p}`));
        problems.push(...(await unnamedControls(popup)).map((p) => `popup history: ${p}`));
        await popup.close();

        const options = await b.context.newPage();
        await options.setViewportSize({ width: 900, height: 900 });
        await options.emulateMedia({ colorScheme: theme });
        await options.goto(`chrome-extension://${b.extensionId}/src/options/index.html`);
        await options.waitForSelector('main.options');
        assert.equal(await options.evaluate(() => document.documentElement.lang), lang);
        problems.push(...(await axe(options)).map((p) => `options: ${p}`));
        problems.push(...(await unnamedControls(options)).map((p) => `options: ${p}`));
        if (focus) problems.push(...(await focusProblems(options, 80)).map((p) => `options: ${p}`));
        await options.close();

        found.push(...problems.map((p) => `${lang} ${theme} ${p}`));
        assert.deepEqual(problems, []);
      });
    }
  }
});

describe('accessibility of the pill and the nudge panel', () => {
  let page: Page;
  before(async () => {
    page = await b.context.newPage();
    await page.goto(`https://x.com/?t=${Math.random().toString(36).slice(2)}`);
    await page.waitForFunction(
      () => (window as unknown as { __fixtureReady?: boolean }).__fixtureReady === true,
    );
    await page.locator(EDITOR).first().click();
    await page.keyboard.type(
      'FLASH SALE TODAY ONLY!!! We are the leading provider of synergy, 50% off everything, buy now! #sale #deal #shop #buy #now #cheap',
    );
    await page.waitForFunction(
      () => document.querySelector('postcoach-pill[data-score]:not([hidden])') !== null,
    );
  });
  after(async () => {
    await page?.close();
  });

  for (const lang of LANGS) {
    for (const theme of THEMES) {
      it(`the open panel, ${lang}, ${theme}`, async () => {
        await setSettings({ language: lang });
        await page.bringToFront();
        await page.emulateMedia({ colorScheme: theme });
        const host = 'postcoach-pill[data-score]';
        if (!(await page.locator(`${host} >> .panel`).count()))
          await page.locator(`${host} >> .pill`).click();
        await page.waitForSelector(`${host} >> .panel`);
        if (lang === 'bn') {
          await page.waitForFunction(
            (host) => /পরামর্শ|কেন|উদ্দেশ্য/.test(document.querySelector(host)?.shadowRoot?.textContent ?? ''),
            host,
          );
        } else {
          await page.waitForFunction(
            (host) => /nudge/i.test(document.querySelector(host)?.shadowRoot?.textContent ?? ''),
            host,
          );
        }
        const problems: string[] = [];
        problems.push(...(await axe(page, 'postcoach-pill')).map((p) => `panel: ${p}`));

        // Names (aria-label, aria-labelledby or text) of every control in the pill's shadow root.
        const controls = await page.evaluate((host) => {
          const root = document.querySelector(host)!.shadowRoot!;
          return [...root.querySelectorAll('button, input, select, textarea, a[href], [role="button"]')].map(
            (c) => {
              const by = c.getAttribute('aria-labelledby');
              const name =
                c.getAttribute('aria-label') ??
                (by
                  ? by
                      .split(' ')
                      .map((id) => root.getElementById(id)?.textContent ?? '')
                      .join(' ')
                  : c.textContent);
              return { tag: c.tagName, name: (name ?? '').trim() };
            },
          );
        }, host);
        counts.controlsNamed += controls.length;
        assert.ok(controls.length >= 3, 'the pill, the close button and nudge actions');
        for (const c of controls) if (!c.name) problems.push(`panel: unnamed ${c.tag}`);

        // The pill's colour comes with an icon and words: the severity's symbol is shown and the
        // accessible name says the score, the number of nudges and the severity in words.
        const pill = await page.evaluate((host) => {
          const h = document.querySelector(host) as HTMLElement;
          const b = h.shadowRoot!.querySelector('.pill') as HTMLElement;
          return {
            sev: b.dataset.sev,
            icon: b.querySelector('.icon')?.textContent ?? '',
            label: b.getAttribute('aria-label') ?? '',
            score: h.dataset.score,
            nudges: h.dataset.nudges,
            items: [...h.shadowRoot!.querySelectorAll('li.nudge')].map((li) => ({
              icon: li.querySelector('.sev')?.textContent ?? '',
              words: li.querySelector('.sr')?.textContent ?? '',
            })),
          };
        }, host);
        assert.ok(['▲', '✖', '●', '✓'].includes(pill.icon), `pill icon for ${pill.sev}: ${pill.icon}`);
        const digits = (s: string) => s.replace(/[০-৯]/g, (d) => String('০১২৩৪৫৬৭৮৯'.indexOf(d)));
        assert.ok(digits(pill.label).includes(String(pill.score)), `label has the score: ${pill.label}`);
        assert.ok(digits(pill.label).includes(String(pill.nudges)), `label has the nudges: ${pill.label}`);
        assert.ok(pill.items.length > 0);
        for (const item of pill.items) {
          assert.ok(item.icon.trim(), 'each nudge has its severity icon');
          assert.ok(item.words.trim().length > 2, 'and its severity in words');
        }
        if (lang === 'bn') assert.match(pill.label, /[\u0980-\u09ff]/, 'Bengali label');

        // Focus: Tab from the panel through its controls; each one shows its focus.
        await page.locator(`${host} >> .panel`).focus();
        problems.push(...(await focusProblems(page, 30, 'postcoach-pill')).map((p) => `panel: ${p}`));
        // The pill itself, focused from the keyboard after Escape (from inside the panel).
        if (!(await page.locator(`${host} >> .panel`).count()))
          await page.locator(`${host} >> .pill`).click();
        await page.locator(`${host} >> .panel button`).first().focus();
        await page.keyboard.press('Escape');
        const pillFocus = await page.evaluate((host) => {
          const a = document.querySelector(host)!.shadowRoot!.activeElement as HTMLElement | null;
          if (!a?.classList.contains('pill')) return 'the pill did not get focus back';
          const s = getComputedStyle(a);
          return s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) > 0
            ? ''
            : 'no visible focus on the pill';
        }, host);
        if (pillFocus) problems.push(`pill: ${pillFocus}`);

        found.push(...problems.map((p) => `${lang} ${theme} ${p}`));
        assert.deepEqual(problems, []);
      });
    }
  }
});
