/**
 * Vite plugin: minifies the hand-written classic scripts that Vite copies from public/ as they are
 * (public/quick-exit.js, which every page loads first, and public/embed.js, which runs on partner
 * pages). Their comments stay in the source; visitors download only the code. Top-level names are kept:
 * these are classic scripts, not modules.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { minify, type Plugin } from 'vite';

export const PUBLIC_SCRIPTS = ['quick-exit.js', 'embed.js'];

export function minifyPublicScriptsPlugin(): Plugin {
  let outDir = path.resolve('dist');
  return {
    name: 'support-pathway:minify-public-scripts',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      for (const name of PUBLIC_SCRIPTS) {
        const file = path.join(outDir, name);
        const source = await readFile(file, 'utf8').catch(() => undefined);
        if (source === undefined) continue;
        const result = await minify(name, source, { compress: true, mangle: { toplevel: false } });
        if (result.errors.length > 0) {
          throw new Error(`could not minify ${name}: ${result.errors.map((e) => e.message).join('; ')}`);
        }
        await writeFile(file, result.code);
      }
    },
  };
}
