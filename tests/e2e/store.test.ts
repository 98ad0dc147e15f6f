// What the stores' reviewers (and careful users) check, on the production builds in dist/chrome
// and dist/firefox: no network call anywhere in the built code, the least permissions (each one
// explained in docs/store-review.md), a Firefox manifest that addons-linter accepts, content-script
// files that a page cannot find at a fixed URL, and a content script that still loads on a page
// with a strict Content-Security-Policy.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Page } from 'playwright-core';
import { FIREFOX_MIN, GECKO_ID, type Manifest } from '../../scripts/targets';
import { SITE_MATCHES } from '../../src/sites/matches';
import {
  buildExtension,
  CHROMIUM,
  chromiumArgs,
  DIST,
  DIST_FIREFOX,
  type Fixtures,
  launch,
  ROOT,
  serveFixtures,
} from './harness';
import { serveWithCsp } from './strict-csp';

function files(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? files(p) : [p];
    })
    .sort();
}

const manifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const REVIEW = () => readFileSync(join(ROOT, 'docs/store-review.md'), 'utf8');
/** The main composer of a fixture page (tests/fixtures/sites/*.js). */
const COMPOSER = '[data-fixture="main"] [contenteditable="true"], [data-fixture="main"] textarea';

/**
 * Every way built code could reach the network. Strict on purpose: a library that merely
 * mentions one of these (a polyfill, a feature test) must be looked at, not allowed by pattern.
 */
const NETWORK: { what: string; re: RegExp; sample: string }[] = [
  { what: 'fetch(', re: /\bfetch\s*\(/, sample: 'await fetch(url)' },
  { what: 'XMLHttpRequest', re: /\bXMLHttpRequest\b/, sample: 'new XMLHttpRequest()' },
  { what: 'WebSocket', re: /\bWebSocket\b/, sample: 'new WebSocket("wss://a")' },
  { what: 'sendBeacon', re: /\bsendBeacon\b/, sample: 'navigator.sendBeacon(u, d)' },
  { what: 'EventSource', re: /\bEventSource\b/, sample: 'new EventSource(u)' },
  { what: 'RTCPeerConnection', re: /\bRTCPeerConnection\b/, sample: 'new RTCPeerConnection()' },
  { what: 'importScripts', re: /\bimportScripts\s*\(/, sample: 'importScripts("a.js")' },
  {
    what: 'remote import()',
    re: /\bimport\s*\(\s*["'`](?:[a-z][a-z0-9+.-]*:)?\/\//i,
    sample: 'import(`https://cdn.example/x.js`)',
  },
  {
    what: 'remote static import',
    re: /\b(?:from|import)\s*["'`](?:[a-z][a-z0-9+.-]*:)?\/\//i,
    sample: 'import x from "https://cdn.example/x.js"',
  },
  {
    what: 'remote script, style, frame or image in HTML',
    re: /<(?:script|link|iframe|img|embed|object)\b[^>]*\b(?:src|href|data)\s*=\s*["']?(?:https?:)?\/\//i,
    sample: '<script src="https://cdn.example/x.js"></script>',
  },
  {
    what: 'remote CSS url() or @import',
    re: /url\(\s*["']?(?:https?:)?\/\/|@import\s+["']?(?:url\()?\s*["']?(?:https?:)?\/\//i,
    sample: '@font-face{src:url(https://fonts.example/a.woff2)}',
  },
];

before(() => buildExtension());

describe('the built files', () => {
  it('the network patterns catch what they are meant to catch', () => {
    for (const p of NETWORK) assert.match(p.sample, p.re, p.what);
    // …and not the harmless look-alikes that are in the build.
    for (const ok of ['prefetch', 'a.fetched', 'http://www.w3.org/2000/svg', '"https://x.com/*"'])
      assert.ok(!NETWORK.some((p) => p.re.test(ok)), ok);
  });

  for (const [name, dir] of [
    ['Chrome', DIST],
    ['Firefox', DIST_FIREFOX],
  ] as const) {
    it(`${name}: no built file contains a network call or remote code`, () => {
      const hits: string[] = [];
      const scanned = files(dir).filter((f) => ['.js', '.html', '.css', '.json'].includes(extname(f)));
      assert.ok(scanned.length > 10, `${scanned.length} files`);
      for (const f of scanned) {
        const text = readFileSync(f, 'utf8');
        for (const p of NETWORK) {
          const m = p.re.exec(text);
          if (m)
            hits.push(
              `${relative(dir, f)}: ${p.what}: …${text.slice(Math.max(0, m.index - 60), m.index + 60)}…`,
            );
        }
      }
      assert.deepEqual(hits, []);
    });
  }

  it('our sources inject no HTML and evaluate no strings (the one innerHTML in the build is Preact’s)', () => {
    const bad =
      /\.(?:inner|outer)HTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|\beval\s*\(|new Function\s*\(|setTimeout\(\s*["'`]/;
    const hits = files(join(ROOT, 'src'))
      .filter((f) => /\.(tsx?|css|html)$/.test(f))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${relative(ROOT, f)}:${i + 1}` }))
          .filter(({ line }) => !/^\s*(\/\/|\*|\/\*)/.test(line) && bad.test(line))
          .map(({ at, line }) => `${at}: ${line.trim()}`),
      );
    assert.deepEqual(hits, []);
    const assignments = files(DIST)
      .filter((f) => f.endsWith('.js'))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\.innerHTML\s*=/g)].map(() => relative(DIST, f)));
    assert.equal(assignments.length, 1, `innerHTML assignments: ${assignments.join(', ')}`);
    const preact = readFileSync(join(DIST, assignments[0]!), 'utf8');
    assert.match(
      preact,
      /dangerouslySetInnerHTML[\s\S]{0,300}\.innerHTML\s*=\s*\w+\.__html/,
      'it is Preact’s dangerouslySetInnerHTML',
    );
  });

  it('Chrome and Firefox get the same files; only manifest.json differs', () => {
    const a = files(DIST).map((p) => relative(DIST, p));
    // Firefox's one extra file: its content script as one classic script (issue 12, scripts/targets.ts).
    const b = files(DIST_FIREFOX)
      .map((p) => relative(DIST_FIREFOX, p))
      .filter((f) => !f.endsWith('-classic.js'));
    assert.deepEqual(a, b);
    const differ = a.filter((f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(DIST_FIREFOX, f))));
    assert.deepEqual(differ, ['manifest.json']);
  });
});

describe('manifests', () => {
  it('the least permissions, each one explained in docs/store-review.md', () => {
    const review = REVIEW();
    for (const dir of [DIST, DIST_FIREFOX]) {
      const m = manifest(dir);
      const all = [
        ...(m.permissions ?? []),
        ...(m.optional_permissions ?? []),
        ...(m.host_permissions ?? []),
        ...(m.optional_host_permissions ?? []),
      ];
      assert.ok(!all.includes('<all_urls>'), 'no <all_urls>');
      assert.ok(!all.includes('tabs'), 'no tabs permission');
      assert.deepEqual(m.host_permissions ?? [], [], 'no host permission beyond the content scripts');
      for (const p of all) assert.ok(review.includes(`\`${p}\``), `docs/store-review.md explains \`${p}\``);
      const matches = (m.content_scripts as { matches: string[] }[]).flatMap((c) => c.matches);
      assert.deepEqual(
        [...new Set(matches)].sort(),
        [...SITE_MATCHES].sort(),
        'content scripts: the eight sites',
      );
      assert.ok(!JSON.stringify(m.content_security_policy ?? {}).includes('unsafe-eval'));
    }
  });

  it('Chrome: content-script files are web-accessible only at the per-session dynamic URL', () => {
    const m = manifest(DIST);
    const war = m.web_accessible_resources as { resources: string[]; use_dynamic_url?: boolean }[];
    assert.ok(war.length > 0);
    for (const w of war) {
      assert.equal(w.use_dynamic_url, true);
      for (const r of w.resources) assert.match(r, /^assets\/[^/]+\.js$/);
    }
    assert.equal(m.background.service_worker, 'service-worker-loader.js');
    assert.equal(m.background.scripts, undefined);
  });

  it('Firefox: background scripts beside the service worker, gecko id and version, nothing collected', () => {
    const m = manifest(DIST_FIREFOX);
    assert.deepEqual(m.background, {
      service_worker: 'service-worker-loader.js',
      scripts: ['service-worker-loader.js'],
      type: 'module',
    });
    const gecko = m.browser_specific_settings.gecko;
    assert.equal(gecko.id, GECKO_ID);
    assert.equal(gecko.strict_min_version, FIREFOX_MIN);
    assert.deepEqual(gecko.data_collection_permissions, { required: ['none'] });
    assert.equal(JSON.stringify(m).includes('use_dynamic_url'), false);
    assert.equal(m.version, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });
});

describe('addons-linter', () => {
  it('dist/firefox: 0 errors; every warning is explained in docs/store-review.md', () => {
    const run = spawnSync('npx', ['addons-linter', DIST_FIREFOX, '--output', 'json'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as {
      summary: { errors: number; warnings: number; notices: number };
      errors: { code: string; message: string; file?: string }[];
      warnings: { code: string; message: string; file?: string }[];
    };
    console.log(
      `addons-linter: ${JSON.stringify(report.summary)} ${report.warnings.map((w) => `${w.code} (${w.file})`).join(', ')}`,
    );
    assert.deepEqual(
      report.errors.map((e) => `${e.code}: ${e.message} (${e.file})`),
      [],
    );
    const review = REVIEW();
    const unexplained = report.warnings.filter((w) => !review.includes(`\`${w.code}\``));
    assert.deepEqual(
      unexplained.map((w) => `${w.code}: ${w.message} (${w.file})`),
      [],
      'warnings not explained in docs/store-review.md',
    );
  });
});

describe('in Chromium', () => {
  let fx: Fixtures;
  before(async () => {
    fx = await serveFixtures();
  });
  after(async () => {
    await fx?.close();
  });

  /** Tries to load each of the extension's files from a web page, as a detection script would. */
  const probe = (page: Page, urls: string[]) =>
    page.evaluate(
      (urls) =>
        Promise.all(
          urls.map((u) =>
            fetch(u).then(
              (r) => `${u} ${r.status}`,
              () => null,
            ),
          ),
        ),
      urls,
    );

  /** Chromium with a copy of dist/chrome whose manifest `edit` changed. */
  async function launchCopy(port: number, edit: (m: Manifest) => void) {
    const dir = mkdtempSync(join(tmpdir(), 'postcoach-copy-'));
    const profile = mkdtempSync(join(tmpdir(), 'postcoach-profile-'));
    cpSync(DIST, dir, { recursive: true });
    const m = manifest(dir);
    edit(m);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      ignoreHTTPSErrors: true,
      args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...chromiumArgs(port, false)],
    });
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
    return {
      context,
      worker,
      id: new URL(worker.url()).host,
      close: async () => {
        await context.close();
        rmSync(dir, { recursive: true, force: true });
        rmSync(profile, { recursive: true, force: true });
      },
    };
  }

  it('a page cannot load the content script files at the fixed chrome-extension:// URL', async () => {
    const resources = (manifest(DIST).web_accessible_resources as { resources: string[] }[]).flatMap(
      (w) => w.resources,
    );
    const b = await launch(fx.port, { dist: DIST });
    try {
      const page = await b.context.newPage();
      await page.goto('https://x.com/');
      await page.waitForFunction(() => (window as { __fixtureReady?: boolean }).__fixtureReady === true);
      // The content script itself loaded them (at the dynamic URL): its element comes with a focus.
      await page.locator(COMPOSER).first().click();
      await page.waitForSelector('postcoach-pill', { state: 'attached', timeout: 5000 });
      const urls = resources.map((r) => `chrome-extension://${b.extensionId}/${r}`);
      assert.deepEqual((await probe(page, urls)).filter(Boolean), [], 'a file answered at its fixed URL');
    } finally {
      await b.close();
    }

    // The control: the same build with `use_dynamic_url: false` (what crxjs writes) is detectable.
    const copy = await launchCopy(fx.port, (m) => {
      for (const w of m.web_accessible_resources) w.use_dynamic_url = false;
    });
    try {
      const page = await copy.context.newPage();
      await page.goto('https://x.com/');
      const answered = (await probe(page, [`chrome-extension://${copy.id}/${resources[0]}`])).filter(Boolean);
      assert.equal(answered.length, 1, 'the probe finds a file at a fixed URL (the test can fail)');
    } finally {
      await copy.close();
    }
  });

  it('the content script runs on a site the user added (its host permission granted)', async () => {
    // As after the options page's permission request: the host is granted (here by the manifest)
    // and listed in `customSites`; the background registers the content script there.
    const copy = await launchCopy(fx.port, (m) => {
      m.host_permissions = ['https://board.example.org/*'];
    });
    try {
      await copy.worker.evaluate(() =>
        (
          globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
        ).chrome.storage.local.set({
          customSites: ['board.example.org'],
        }),
      );
      const page = await copy.context.newPage();
      await page.goto('https://board.example.org/');
      await page.waitForFunction(() => (window as { __fixtureReady?: boolean }).__fixtureReady === true);
      await page.locator(COMPOSER).first().click();
      await page.waitForSelector('postcoach-pill', { state: 'attached', timeout: 5000 });
    } finally {
      await copy.close();
    }
  });

  it('the content script loads on a page with a strict Content-Security-Policy', async () => {
    const csp = await serveWithCsp(fx);
    const b = await launch(csp.port);
    try {
      const page = await b.context.newPage();
      const response = await page.goto('https://x.com/');
      assert.match(response?.headers()['content-security-policy'] ?? '', /script-src 'self'/);
      await page.waitForFunction(() => (window as { __fixtureReady?: boolean }).__fixtureReady === true);
      await page.locator(COMPOSER).first().click();
      await page.keyboard.type('FLASH SALE TODAY ONLY!!! Shop now.');
      await page.waitForSelector('postcoach-pill[data-score]:not([hidden])', { timeout: 5000 });
      assert.deepEqual(b.strayRequests, []);
    } finally {
      await b.close();
      await csp.close();
    }
  });
});
