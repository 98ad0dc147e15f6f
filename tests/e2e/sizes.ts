// Sizes of the production build: the content script as the browser loads it (the loader and
// every chunk it imports, gzip) and the whole extension zipped as a store package.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { DIST } from './harness';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/**
 * The content script's chunks: the manifest's loader and what it imports, transitively. With
 * `lazy`, also the chunks it may import later (`import()`: the catalog of a language the browser
 * does not serve).
 */
export function contentScriptFiles(dist = DIST, lazy = false): string[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
  };
  const seen = new Set<string>();
  const loaders = manifest.content_scripts?.flatMap((c) => c.js ?? []) ?? [];
  const queue = [...loaders];
  while (queue.length) {
    const f = queue.shift()!;
    if (seen.has(f)) continue;
    seen.add(f);
    const src = readFileSync(join(dist, f), 'utf8');
    const dir = f.includes('/') ? f.slice(0, f.lastIndexOf('/')) : '';
    // The loader imports the module at `getURL(…)` at once; in the module itself, `getURL(…)` is a
    // lazy import (scripts/targets.ts turns its lazy chunks into `import(runtime.getURL(…))`).
    const pattern =
      lazy || loaders.includes(f)
        ? /(?:from\s*|import\s*\(?\s*|getURL\(\s*)["'`]([^"'`]+\.js)["'`]/g
        : /(?:from\s*|import\s*)["'`]([^"'`]+\.js)["'`]/g;
    for (const m of src.matchAll(pattern)) {
      const spec = m[1]!;
      const path = spec.startsWith('./') ? join(dir, spec.slice(2)) : spec.replace(/^\//, '');
      queue.push(path);
    }
  }
  return [...seen];
}

export function bundleSizes(dist = DIST) {
  const cs = contentScriptFiles(dist);
  const gz = (f: string) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
  const contentScriptRaw = cs.reduce((n, f) => n + statSync(join(dist, f)).size, 0);
  const contentScriptGzip = cs.reduce((n, f) => n + gz(f), 0);
  const lazyChunksGzip = Object.fromEntries(
    contentScriptFiles(dist, true)
      .filter((f) => !cs.includes(f))
      .map((f) => [f, gz(f)]),
  );
  const all = Object.fromEntries(files(dist).map((p) => [relative(dist, p), readFileSync(p)]));
  const packagedZip = zipSync(all, { level: 9 }).length;
  // What `npm run bench:e2e` reports by name: the lazy chunk of each kind (the coach, its engine
  // and open panel, at the first composer session; a catalog, when the user picked a language the
  // browser does not serve), the largest where there are several.
  const onDemandGzip: Record<string, number> = {};
  for (const [f, n] of Object.entries(lazyChunksGzip)) {
    const kind = /\/coach-/.test(f) ? 'coach' : /\/messages-/.test(f) ? 'catalog' : f;
    onDemandGzip[kind] = Math.max(onDemandGzip[kind] ?? 0, n);
  }
  return {
    contentScriptFiles: cs,
    contentScriptRaw,
    contentScriptGzip,
    lazyChunksGzip,
    onDemandGzip,
    packagedZip,
  };
}
