// A lazy content-script chunk that imports shared code (the coach: engine and open panel) made
// self-contained for Chrome's dynamic URLs, and inlined in Firefox's classic script
// (scripts/targets.ts), on a small dist tree shaped like crxjs's output.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { classicContentScripts, selfContainedContentScript } from '../../scripts/targets';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** crxjs's shape: a loader importing the module at getURL, the module, a lazy chunk, a shared chunk. */
function tree(): { dir: string; source: string } {
  dir = mkdtempSync(join(tmpdir(), 'postcoach-targets-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, 'src'));
  const put = (f: string, text: string) => writeFileSync(join(dir, f), text);
  put(
    'manifest.json',
    JSON.stringify({
      content_scripts: [{ js: ['assets/loader.js'], matches: ['https://x.com/*'] }],
      web_accessible_resources: [
        {
          matches: ['https://x.com/*'],
          resources: ['assets/entry.js', 'assets/lazy.js', 'assets/shared.js'],
          use_dynamic_url: false,
        },
      ],
    }),
  );
  put('assets/loader.js', '(async()=>{await import(chrome.runtime.getURL("assets/entry.js"))})();');
  put('assets/shared.js', 'export const base = 1;');
  put(
    'assets/entry.js',
    'import { base } from "./shared.js"; export const go = () => import("./lazy.js").then((m) => m.run(base));',
  );
  // vite's chunk imports the shared one; its source is what gets bundled instead.
  put('assets/lazy.js', 'import { base } from "./shared.js"; export const run = (x) => x + base;');
  const source = join(dir, 'src/lazy.ts');
  put(
    'src/lazy.ts',
    "import { two } from './two';\nexport const run = (x: number): number => x + two + (import.meta.env.MODE === 'e2e' ? 100 : 0);\n",
  );
  put('src/two.ts', 'export const two = 2;\n');
  return { dir, source };
}

const dataUrl = (code: string) => `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;

describe('a lazy content-script chunk with shared imports', () => {
  it('Chrome: rebuilt from its source into one file, loaded at its dynamic URL; the old chunk goes', async () => {
    const { dir, source } = tree();
    await selfContainedContentScript(dir, new Map([['assets/lazy.js', source]]), 'e2e');
    const entry = readFileSync(join(dir, 'assets/entry.js'), 'utf8');
    expect(entry).toContain('import(chrome.runtime.getURL("assets/lazy.self.js"))');
    expect(entry).not.toMatch(/from\s*["']/);
    const lazy = readFileSync(join(dir, 'assets/lazy.self.js'), 'utf8');
    expect(lazy).not.toMatch(/\bimport\b/);
    // Its own copy of what it imports, with the build's mode: 1 + 2 + 100.
    const mod = (await import(dataUrl(lazy))) as { run(x: number): number };
    expect(mod.run(1)).toBe(103);
    expect(existsSync(join(dir, 'assets/lazy.js'))).toBe(false);
    const war = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).web_accessible_resources;
    expect(war[0].resources).toEqual(['assets/entry.js', 'assets/lazy.self.js']);
  });

  it('Chrome: without its source the build stops rather than ship a chunk that cannot load', async () => {
    const { dir } = tree();
    await expect(selfContainedContentScript(dir, new Map())).rejects.toThrow(/source unknown/);
  });

  it('Firefox: the classic script inlines the lazy part from its source', async () => {
    const { dir, source } = tree();
    const [classic] = await classicContentScripts(dir, new Map([['assets/lazy.js', source]]), 'production');
    expect(classic!.code).not.toMatch(/\bimport\s*\(|\bfrom\s*["']/);
    // The source's `x + two` (production: no test hook), not vite's chunk's `x + base`.
    expect(classic!.code).toMatch(/\+\s*2\b/);
  });
});
