import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifest as Parameters<typeof crx>[0]['manifest'] })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Chrome Web Store reviewers read the code; keep it legible and source maps out of the package.
    sourcemap: false,
    // Vite's preload helper would add <link rel=modulepreload> tags to the helpdesk's own page when
    // the content script loads its lazy half; the page's DOM is not ours to touch.
    modulePreload: false,
  },
});
