import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.config';
import { privacyPage } from './scripts/privacy-page';
import { browserTargets } from './scripts/targets';

export default defineConfig({
  // browserTargets: dist/chrome/ is finished for Chrome and copied to dist/firefox/ (scripts/targets.ts).
  // privacyPage: docs/privacy.md shipped as privacy.html, linked from the options page.
  plugins: [preact(), crx({ manifest }), privacyPage(), browserTargets()],
  build: {
    outDir: 'dist/chrome',
    emptyOutDir: true,
    target: 'es2022',
    // Minified (vite's default, esbuild/oxc); no sourcemaps, so none ship in the store package.
    sourcemap: false,
    // Chrome and Firefox both know <link rel="modulepreload">; vite's polyfill for older browsers
    // is the only `fetch(` the build would otherwise contain (tests/e2e/store.test.ts).
    modulePreload: { polyfill: false },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5174 } },
});
