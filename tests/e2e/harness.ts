// E2E harness: builds the fixture pages with esbuild, serves them over HTTPS (a self-signed
// certificate made with openssl at test time) at the real sites' host names, and launches
// Chromium (playwright-core, /usr/bin/chromium) with the production build of the extension.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { readStoredPosts } from './stored-posts';

// The extension APIs inside the service worker, where page.evaluate runs them.
// biome-ignore lint/suspicious/noExplicitAny: the chrome namespace has no types in this project
declare const chrome: any;

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = process.env.POSTCOACH_DIST ?? join(ROOT, 'dist/chrome');
export const DIST_FIREFOX = process.env.POSTCOACH_DIST_FIREFOX ?? join(ROOT, 'dist/firefox');
/**
 * The end-to-end build (`vite build --mode e2e`): the production code and manifest with the pill's
 * test hooks on (src/content/test-hooks.ts: an open shadow root and its data-* state), which the
 * suites read. The security suite and the store checks use the production build above.
 */
export const DIST_E2E = process.env.POSTCOACH_DIST_E2E ?? join(ROOT, 'dist/e2e/chrome');
export const DIST_E2E_FIREFOX = process.env.POSTCOACH_DIST_E2E_FIREFOX ?? join(ROOT, 'dist/e2e/firefox');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Host name → fixture page. The first eight are the manifest's own sites. */
export const HOSTS: Record<string, string> = {
  'x.com': 'x',
  'www.linkedin.com': 'linkedin',
  'www.facebook.com': 'facebook',
  'www.instagram.com': 'instagram',
  'www.threads.com': 'threads',
  'bsky.app': 'bluesky',
  'www.reddit.com': 'reddit',
  'mastodon.social': 'mastodon',
  // Not in the manifest: a Mastodon server and a site the user adds themselves.
  'social.example.org': 'mastodon',
  'board.example.org': 'generic',
};

export interface Fixtures {
  port: number;
  server: Server;
  dir: string;
  close(): Promise<void>;
}

/**
 * Bundles every fixture page and serves it at each host name (any path: a single-page app).
 * `pages` serves other fixture pages (a path under tests/fixtures/, without `.js`) at some hosts
 * instead of their site's page: the security suite's hostile page.
 */
export async function serveFixtures(pages: Record<string, string> = {}): Promise<Fixtures> {
  const dir = mkdtempSync(join(tmpdir(), 'postcoach-fixtures-'));
  const hosts: Record<string, string> = { ...HOSTS, ...pages };
  const sites = [...new Set(Object.values(hosts))];
  await build({
    entryPoints: Object.fromEntries(
      sites.map((s) => [s, join(ROOT, 'tests/fixtures', `${s.includes('/') ? s : `sites/${s}`}.js`)]),
    ),
    bundle: true,
    format: 'esm',
    outdir: dir,
    minify: true,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  });
  const names = Object.keys(HOSTS);
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=postcoach-fixtures',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
      '-addext',
      `subjectAltName=${names.map((n) => `DNS:${n}`).join(',')}`,
    ],
    { stdio: 'ignore' },
  );
  const bundles = new Map(sites.map((s) => [s, readFileSync(join(dir, `${s}.js`))]));
  const server = createServer(
    { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
    (req, res) => {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '');
      const site = hosts[host];
      if (!site) {
        res.writeHead(404).end();
        return;
      }
      if (req.url === '/fixture.js') {
        res
          .writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' })
          .end(bundles.get(site));
        return;
      }
      if (req.url === '/favicon.ico') {
        res.writeHead(204).end();
        return;
      }
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
        .end(
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${site}</title></head><body><script type="module" src="/fixture.js"></script></body></html>`,
        );
    },
  );
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    server,
    dir,
    close: async () => {
      await new Promise<void>((ok) => server.close(() => ok()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function chromiumArgs(port: number, extension: boolean, dist = DIST_E2E): string[] {
  const rules = Object.keys(HOSTS).map((h) => `MAP ${h} 127.0.0.1:${port}`);
  // Every other name fails to resolve: nothing can leave the machine unnoticed.
  rules.push('MAP * ~NOTFOUND');
  return [
    ...(extension ? [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--ignore-certificate-errors',
    `--host-resolver-rules=${rules.join(', ')}`,
  ];
}

export interface Browser {
  context: BrowserContext;
  /** The extension's id (from its service worker URL); '' without the extension. */
  extensionId: string;
  worker: Worker | null;
  /** Requests that left for anything but the fixture server or the extension's own files. */
  strayRequests: string[];
  close(): Promise<void>;
}

export async function launch(
  port: number,
  { extension = true, headless = !process.env.HEADED, dist = DIST_E2E } = {},
): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'postcoach-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    ignoreHTTPSErrors: true,
    viewport: { width: 1200, height: 900 },
    args: chromiumArgs(port, extension, dist),
  });
  // tsx compiles this suite with esbuild's keepNames: functions passed to page.evaluate may call
  // its `__name` helper. The same no-op in both browsers (with and without the extension).
  await context.addInitScript('globalThis.__name = (f) => f;');
  const strayRequests: string[] = [];
  const fixtureOrigins = Object.keys(HOSTS).map((h) => `https://${h}/`);
  context.on('request', (r) => {
    const url = r.url();
    if (fixtureOrigins.some((o) => url.startsWith(o))) return;
    if (/^(chrome-extension|data|blob|about|chrome):/.test(url)) return;
    strayRequests.push(url);
  });
  let worker: Worker | null = null;
  let extensionId = '';
  if (extension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
    extensionId = new URL(worker.url()).host;
    // The options page opens on install (first-run setup); it is not part of these tests. Wait
    // for it so that it cannot take over a tab a test opens.
    const isOptions = (p: Page) => p.url().includes('/src/options/');
    if (!context.pages().some(isOptions)) {
      await context.waitForEvent('page', { predicate: isOptions, timeout: 5000 }).catch(() => undefined);
    }
    for (const p of context.pages()) if (isOptions(p)) await p.close();
  }
  return {
    context,
    extensionId,
    worker,
    strayRequests,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Builds the production extension into dist/chrome and dist/firefox, and the end-to-end build into
 * dist/e2e/ (skipped with POSTCOACH_SKIP_BUILD=1).
 */
export function buildExtension(): void {
  if (process.env.POSTCOACH_SKIP_BUILD) return;
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync('npx', ['vite', 'build', '--mode', 'e2e', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

/** Reads every stored post from the extension's own origin, without creating the database. */
export async function storedPosts(b: Browser): Promise<Array<Record<string, unknown>>> {
  return b.worker!.evaluate(readStoredPosts);
}

/**
 * Sends a tab message to the content script of `page` (through the service worker). Without the
 * `tabs` permission tab URLs are hidden, so the page is brought to the front and the active tab
 * is addressed.
 */
export async function tabMessage<T>(b: Browser, page: Page, msg: unknown): Promise<T> {
  await page.bringToFront();
  return b.worker!.evaluate(async (msg) => {
    const tabs: { id?: number }[] = await chrome.tabs.query({ active: true });
    if (tabs.length !== 1 || tabs[0]!.id === undefined) throw new Error(`${tabs.length} active tabs`);
    return chrome.tabs.sendMessage(tabs[0]!.id, msg);
  }, msg) as Promise<T>;
}

export function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}
