import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compileHintsPlugin } from './scripts/vite-compile-hints';
import { directoryPlugin } from './scripts/vite-directory';
import { minifyPublicScriptsPlugin } from './scripts/vite-minify-public';
import { prerenderPlugin } from './scripts/vite-prerender';

export default defineConfig({
  plugins: [react(), directoryPlugin(), prerenderPlugin(), minifyPublicScriptsPlugin(), compileHintsPlugin()],
  build: {
    // No data: URIs: a strict CSP (img-src 'self') would refuse them.
    assetsInlineLimit: 0,
    // What each page loads (scripts/bundle-size.ts reads it to check the first page's budget).
    manifest: true,
    // Two pages: the app, and the 404 page the production server sends for unknown paths.
    rolldownOptions: {
      input: { index: 'index.html', 'not-found': '404.html' },
      output: {
        codeSplitting: {
          // zod and the schemas in one chunk: everything that loads one (the wizards, the live
          // directory, the embed's start) loads zod, and one gzip stream compresses better than two
          // (-0.69 kB gzip in all; no chunk joins the first page).
          groups: [{ name: 'schemas', test: /node_modules[\\/]zod[\\/]|[\\/]schemas[\\/]/ }],
        },
      },
    },
  },
});
