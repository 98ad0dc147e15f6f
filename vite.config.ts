import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.config';

export default defineConfig({
  plugins: [preact(), crx({ manifest })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Readable stack traces matter more to reviewers than a few bytes; sourcemaps stay out of the zip.
    sourcemap: false,
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5174 } },
});
