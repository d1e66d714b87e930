import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { appChunks } from './scripts/vite-chunks';
import { compileHintsPlugin } from './scripts/vite-compile-hints';
import { directoryPlugin } from './scripts/vite-directory';
import { minifyPublicScriptsPlugin } from './scripts/vite-minify-public';
import { prerenderPlugin } from './scripts/vite-prerender';

export default defineConfig({
  plugins: [react(), directoryPlugin(), prerenderPlugin(), minifyPublicScriptsPlugin(), compileHintsPlugin()],
  resolve: {
    alias: [
      // @xstate/react imports use-sync-external-store's shims, for React before 18: with React 19 the
      // shim hands over to React's own useSyncExternalStore, but its fallback ships all the same. The
      // same package's entries for React 18 on are the shims' code without the fallback.
      {
        find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/,
        replacement: 'use-sync-external-store/with-selector',
      },
      { find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: 'use-sync-external-store' },
    ],
  },
  build: {
    // No data: URIs: a strict CSP (img-src 'self') would refuse them.
    assetsInlineLimit: 0,
    // What each page loads (scripts/bundle-size.ts reads it to check the first page's budget).
    manifest: true,
    // Two pages: the app, and the 404 page the production server sends for unknown paths.
    rolldownOptions: {
      input: { index: 'index.html', 'not-found': '404.html' },
      // One file for each moment the app loads code: the app's shell, the flows, zod and the schemas
      // (scripts/vite-chunks.ts).
      output: { codeSplitting: appChunks(import.meta.dirname) },
    },
  },
});
