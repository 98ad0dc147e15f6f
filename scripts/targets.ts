// Every difference between the Chrome and the Firefox builds lives in this file. Vite and crxjs
// build the extension once, into dist/chrome/; this plugin then finishes that manifest for Chrome
// and writes dist/firefox/ from the same files with a manifest for Firefox. The trees differ only
// in manifest.json and Firefox's classic content script (`*-classic.js`, the same code bundled
// into one file: see classicContentScripts). (At run time the code is the same in both browsers: extension
// pages and the background go through webextension-polyfill; the content script uses the
// browser's own promise-based namespace, chosen in src/content/ext.ts.)
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { type BuildOptions, build } from 'esbuild';
import type { Plugin } from 'vite';

/** The add-on's id on addons.mozilla.org; it must never change once published. */
export const GECKO_ID = 'postcoach@postcoach.app';

/**
 * The oldest Firefox that has everything the manifest uses, by addons-linter's compatibility data
 * (lower it and the linter names the key): MV3 (109), `background.type` (112),
 * `optional_host_permissions` (128) and `data_collection_permissions` (140, itself an ESR).
 */
export const FIREFOX_MIN = '140.0';
/** Firefox for Android reads `data_collection_permissions` from 142 on. */
export const FIREFOX_ANDROID_MIN = '142.0';

// biome-ignore lint/suspicious/noExplicitAny: manifest.json is free-form JSON here
export type Manifest = Record<string, any>;

interface WebAccessible {
  resources: string[];
  matches?: string[];
  use_dynamic_url?: boolean;
}

/**
 * Chrome: crxjs lists the content script's chunks in `web_accessible_resources` with
 * `use_dynamic_url: false`, which lets any page probe `chrome-extension://<fixed id>/assets/…` to
 * tell that Postcoach is installed. With `true`, Chrome serves them only at a per-session random
 * origin (what `runtime.getURL` returns to the content script), so a page cannot guess the URL.
 * (That only works because `selfContainedContentScript` ran first: see there.)
 */
export function chromeManifest(m: Manifest): Manifest {
  const out = structuredClone(m);
  out.web_accessible_resources = (out.web_accessible_resources as WebAccessible[] | undefined)?.map((w) => ({
    ...w,
    use_dynamic_url: true,
  }));
  return out;
}

/**
 * Firefox:
 * - `background.scripts` beside `service_worker`: Firefox runs the background as an event page
 *   (it has no extension service workers); Chrome ignores `scripts`. The loader is an ES module.
 * - `browser_specific_settings.gecko`: the id (required for MV3 on AMO), the minimum version and
 *   `data_collection_permissions` saying that nothing is collected or transmitted.
 * - no `web_accessible_resources` for the content script: Firefox has no
 *   `use_dynamic_url` (MDN's compatibility table for web_accessible_resources), and the add-on's
 *   `moz-extension://<uuid>/` origin, random per profile but then fixed, would be a lasting
 *   identifier to every site listed in `matches` (`https://*\/*` for the sites users add).
 *   Firefox runs one classic script instead (classicContentScripts), which loads nothing, so
 *   nothing needs to be web-accessible. Other entries, should the build ever add some, stay.
 */
export function firefoxManifest(m: Manifest): Manifest {
  const out = structuredClone(m);
  const bg = out.background as { service_worker?: string; type?: string } | undefined;
  if (bg?.service_worker) {
    out.background = { service_worker: bg.service_worker, scripts: [bg.service_worker], type: 'module' };
  }
  out.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN,
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN },
  };
  out.web_accessible_resources = (out.web_accessible_resources as WebAccessible[] | undefined)?.map(
    ({ use_dynamic_url: _dropped, ...w }) => w,
  );
  return out;
}

const listFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(join(dir, d.name)) : [join(dir, d.name)],
  );

const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const writeManifest = (dir: string, m: Manifest) =>
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(m, null, 2)}\n`);

/** dist/chrome → dist/firefox (any other out dir D → D-firefox). */
export const firefoxDir = (chromeDir: string): string =>
  basename(chromeDir) === 'chrome' ? join(dirname(chromeDir), 'firefox') : `${chromeDir}-firefox`;

/**
 * Lazy chunks' sources, from the bundle vite wrote: chunk file → the module it was built from
 * (rollup's `facadeModuleId`), for the lazy content-script chunks that import shared chunks.
 */
export type ChunkSources = ReadonlyMap<string, string>;

/** Imports another chunk by a relative URL (statically or lazily). */
const IMPORTS_A_CHUNK = /^\s*import[\s{*"'`]|\bfrom\s*["'`]\.{0,2}\/|\bimport\s*\(\s*["'`]\.{0,2}\//m;

/** One file with everything `entry` imports, minified, in memory (ESM unless `options` say). */
const bundle = (entry: string, options: Omit<BuildOptions, 'write'> = {}) =>
  build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    logLevel: 'error',
    ...options,
    write: false,
  });

/** The build's `import.meta.env.MODE` (test hooks on in `e2e`), for what is bundled from source. */
const modeDefine = (mode: string) => ({ 'import.meta.env.MODE': JSON.stringify(mode) });

/**
 * Makes the content script's module one file that imports nothing by a relative URL, in both
 * builds. crxjs's loader imports the module at `runtime.getURL(…)`; with `use_dynamic_url`,
 * Chrome (checked in Chromium 156) serves it from the random origin but gives the module its
 * static URL as its base, so its own `import "./chunk.js"` goes to the static URL, which
 * `use_dynamic_url` forbids: nothing loads. Bundling the module with the chunks it imports
 * statically, and turning its lazy imports into `import(runtime.getURL(…))`, leaves only URLs
 * that the browser resolves to the random origin. A lazy chunk that imports nothing (the other
 * language's catalog) is used as it is; one that imports shared chunks (the open panel, which
 * shares the pill's helpers) is bundled again from its source into `<chunk>.self.js`, so it
 * carries its own copy of what it shares: such a module must keep no state that the rest of the
 * content script relies on (the panel gets everything from the pill). The list of web-accessible
 * files shrinks to that module and its lazy chunks.
 */
export async function selfContainedContentScript(
  dir: string,
  sources: ChunkSources = new Map(),
  mode = 'production',
): Promise<void> {
  const manifest = readManifest(dir);
  const entries = new Set<string>();
  for (const loader of (manifest.content_scripts ?? []).flatMap((c: { js?: string[] }) => c.js ?? [])) {
    const src = readFileSync(join(dir, loader), 'utf8');
    for (const m of src.matchAll(/getURL\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) entries.add(m[1]!);
  }
  const accessible = new Set<string>();
  const rebuilt = new Set<string>();
  for (const entry of entries) {
    const result = await bundle(join(dir, entry), {
      plugins: [
        {
          name: 'lazy-chunks-stay-apart',
          setup(b) {
            b.onResolve({ filter: /.*/ }, (args) =>
              args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
            );
          },
        },
      ],
    });
    const base = posix.dirname(entry);
    let code = result.outputFiles[0]!.text;
    const lazy = new Map<string, string>();
    for (const m of code.matchAll(/import\((["'`])(\.{1,2}\/[^"'`]+\.js)\1\)/g)) {
      const target = posix.join(base, m[2]!);
      if (lazy.has(target)) continue;
      if (!IMPORTS_A_CHUNK.test(readFileSync(join(dir, target), 'utf8'))) {
        lazy.set(target, target);
        continue;
      }
      const source = sources.get(target);
      if (!source)
        throw new Error(`${target}: a lazy content-script chunk imports other chunks, source unknown`);
      const self = await bundle(source, { define: modeDefine(mode) });
      const file = target.replace(/\.js$/, '.self.js');
      const text = self.outputFiles[0]!.text;
      if (IMPORTS_A_CHUNK.test(text)) throw new Error(`${source}: its content-script chunk still imports`);
      writeFileSync(join(dir, file), text);
      lazy.set(target, file);
      rebuilt.add(target);
    }
    code = code.replace(/import\((["'`])(\.{1,2}\/[^"'`]+\.js)\1\)/g, (_all, _q, spec: string) => {
      const file = lazy.get(posix.join(base, spec))!;
      accessible.add(file);
      return `import(chrome.runtime.getURL(${JSON.stringify(file)}))`;
    });
    if (/\bimport\s*\(?\s*["'`]\.{0,2}\//.test(code) || /\bfrom\s*["'`]/.test(code))
      throw new Error(`${entry}: a relative import is left in the content script`);
    writeFileSync(join(dir, entry), code);
    accessible.add(entry);
  }
  // vite's own chunk of a rebuilt one is dead weight in the package unless a page imports it too.
  // (The manifest is left out: its web-accessible list is rewritten below.)
  const files = listFiles(dir).filter((f) => /\.(js|html|json)$/.test(f) && f !== join(dir, 'manifest.json'));
  for (const chunk of rebuilt) {
    const name = posix.basename(chunk);
    if (!files.some((f) => !f.endsWith(chunk) && readFileSync(f, 'utf8').includes(name)))
      rmSync(join(dir, chunk));
  }
  if (!entries.size) {
    // No crxjs loader (the build changed): with chunks left to import by relative URL, the
    // dynamic URL would break the content script in Chrome, so refuse rather than ship that.
    if (manifest.web_accessible_resources?.length)
      throw new Error('content script loader not found: cannot make its module self-contained');
    return;
  }
  // The module loads wherever the content script runs: the eight sites, and the sites the user
  // adds (registered through `scripting` once their optional host permission is granted), which
  // crxjs leaves out. Listing those is safe because the URL is the per-session random one.
  const matches = [
    ...new Set<string>([
      ...(manifest.content_scripts ?? []).flatMap((c: { matches?: string[] }) => c.matches ?? []),
      ...(manifest.optional_host_permissions ?? []),
    ]),
  ].sort();
  manifest.web_accessible_resources = (manifest.web_accessible_resources as WebAccessible[] | undefined)?.map(
    (w) =>
      w.resources.some((r) => entries.has(r)) ? { ...w, matches, resources: [...accessible].sort() } : w,
  );
  writeManifest(dir, manifest);
}

/** The classic (non-module) content script Firefox runs in place of crxjs's loader. */
export interface ClassicScript {
  loader: string;
  file: string;
  module: string;
  code: string;
}

/**
 * For Firefox: each content-script loader's module, with everything it imports (its lazy
 * catalogs and the open panel too), bundled by esbuild into one classic script that runs the
 * module's `onExecute` as crxjs's loader would. It imports nothing, so nothing has to be
 * web-accessible. A lazy chunk that imports shared chunks is taken from its source, as for
 * Chrome (selfContainedContentScript): vite's chunk imports the module that imports it.
 */
export async function classicContentScripts(
  dir: string,
  sources: ChunkSources = new Map(),
  mode = 'production',
): Promise<ClassicScript[]> {
  const manifest = readManifest(dir);
  const out: ClassicScript[] = [];
  for (const loader of (manifest.content_scripts ?? []).flatMap((c: { js?: string[] }) => c.js ?? [])) {
    const src = readFileSync(join(dir, loader), 'utf8');
    const module = /getURL\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/.exec(src)?.[1];
    if (!module) continue;
    const result = await bundle(join(dir, module), {
      format: 'iife',
      globalName: 'postcoachContent',
      define: modeDefine(mode),
      plugins: [
        {
          name: 'lazy-chunks-from-source',
          setup(b) {
            b.onResolve({ filter: /\.js$/ }, (args) => {
              if (args.kind !== 'dynamic-import') return undefined;
              const chunk = relative(dir, resolve(dirname(args.importer), args.path))
                .split(sep)
                .join('/');
              const source = sources.get(chunk);
              return source && IMPORTS_A_CHUNK.test(readFileSync(join(dir, chunk), 'utf8'))
                ? { path: source }
                : undefined;
            });
          },
        },
      ],
      footer: {
        // crxjs's loader calls the module's onExecute when it exports one (this one runs on import).
        js: 'postcoachContent?.onExecute?.({perf:{injectTime:performance.now(),loadTime:0}});',
      },
    });
    const file = loader.replace(/\.js$/, '-classic.js');
    out.push({ loader, file, module, code: result.outputFiles[0]!.text });
  }
  return out;
}

/** Points the manifest's content scripts at the classic scripts; drops what is then unused. */
export function withClassicContentScripts(m: Manifest, scripts: ClassicScript[]): Manifest {
  const out = structuredClone(m);
  const byLoader = new Map(scripts.map((s) => [s.loader, s]));
  out.content_scripts = (out.content_scripts ?? []).map((c: { js?: string[] }) => ({
    ...c,
    js: (c.js ?? []).map((j) => byLoader.get(j)?.file ?? j),
  }));
  const modules = new Set(scripts.map((s) => s.module));
  const war = (out.web_accessible_resources as WebAccessible[] | undefined)?.filter(
    (w) => !w.resources.some((r) => modules.has(r)),
  );
  if (war?.length) out.web_accessible_resources = war;
  else delete out.web_accessible_resources;
  return out;
}

/** Finishes a crxjs build in `chromeDir` for Chrome and writes the Firefox tree beside it. */
export async function finishBuild(
  chromeDir: string,
  sources: ChunkSources = new Map(),
  mode = 'production',
): Promise<{ chrome: string; firefox: string }> {
  const firefox = firefoxDir(chromeDir);
  // Bundled from crxjs's own output, before the Chrome module is rewritten to dynamic URLs.
  const classic = await classicContentScripts(chromeDir, sources, mode);
  await selfContainedContentScript(chromeDir, sources, mode);
  const base = readManifest(chromeDir);
  writeManifest(chromeDir, chromeManifest(base));
  rmSync(firefox, { recursive: true, force: true });
  cpSync(chromeDir, firefox, { recursive: true });
  // Firefox only (Chrome's package would carry it unused): the one file besides manifest.json
  // in which the trees differ.
  for (const s of classic) writeFileSync(join(firefox, s.file), s.code);
  writeManifest(firefox, withClassicContentScripts(firefoxManifest(base), classic));
  return { chrome: chromeDir, firefox };
}

/** Vite plugin: runs `finishBuild` on the build's out dir once crxjs has written everything. */
export function browserTargets(): Plugin {
  let outDir = '';
  let mode = 'production';
  const sources = new Map<string, string>();
  return {
    name: 'postcoach:browser-targets',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      mode = config.mode;
    },
    generateBundle(_options, bundle) {
      for (const c of Object.values(bundle))
        if (c.type === 'chunk' && c.isDynamicEntry && c.facadeModuleId && isAbsolute(c.facadeModuleId))
          sources.set(c.fileName, c.facadeModuleId);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        if (existsSync(join(outDir, 'manifest.json'))) await finishBuild(outDir, sources, mode);
      },
    },
  };
}
