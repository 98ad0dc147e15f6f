import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.config';
import { privacyPage } from './scripts/privacy-page';
import { browserTargets } from './scripts/targets';

export default defineConfig(({ mode }) => ({
  // browserTargets: dist/chrome/ is finished for Chrome and copied to dist/firefox/ (scripts/targets.ts).
  // privacyPage: docs/privacy.md shipped as privacy.html, linked from the options page.
  plugins: [preact(), crx({ manifest }), privacyPage(), browserTargets()],
  build: {
    // `vite build --mode e2e` is the end-to-end suites' build: the same code and manifest, with the
    // pill's test hooks on (an open shadow root and its data-* state, src/content/test-hooks.ts),
    // kept apart in dist/e2e/ so that dist/chrome/ and dist/firefox/ are always what ships.
    outDir: mode === 'e2e' ? 'dist/e2e/chrome' : 'dist/chrome',
    emptyOutDir: true,
    target: 'es2022',
    // Minified (vite's default, esbuild/oxc); no sourcemaps, so none ship in the store package.
    sourcemap: false,
    // Chrome and Firefox both know <link rel="modulepreload">; vite's polyfill for older browsers
    // is the only `fetch(` the build would otherwise contain (tests/e2e/store.test.ts).
    // No preload lists for lazy chunks either: in the content script, vite's helper would append
    // <link rel="modulepreload"> for the open panel's shared chunks to the page's own document
    // (the page would see them, and Chrome's dynamic URLs forbid the static ones it names).
    // scripts/targets.ts makes each lazy content-script chunk self-contained instead.
    modulePreload: { polyfill: false, resolveDependencies: () => [] },
    // Extension pages that the manifest does not name are built from their html (crxjs builds
    // the popup and options pages from the manifest): the practice composer (src/practice/).
    rollupOptions: { input: { practice: 'src/practice/index.html' } },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5174 } },
}));
