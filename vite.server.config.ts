/**
 * The production server compiled to plain JavaScript (dist-server/start.js) by `npm run build`, so
 * that `npm ci --omit=dev && npm run serve` runs it with node alone: no tsx, no vite. Its packages
 * (sirv, zod) stay imports of node_modules: they are dependencies, installed without dev ones.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'server/start.ts',
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    rolldownOptions: { output: { format: 'esm', entryFileNames: 'start.js' } },
  },
});
