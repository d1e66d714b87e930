/**
 * Vite plugin for the hand-written classic scripts that Vite copies from public/ (public/quick-exit.js,
 * which every page loads first, and public/embed.js, which runs on partner pages):
 *
 * - public/embed.js takes its list of partner areas and its URL check from the schema (schemas/embed.ts
 *   PARTNER_AREAS and parseSafeUrl), written in where the script holds `PARTNER_AREAS_OUTLET` and
 *   `SAFE_URL_OUTLET`, in the build and by the dev server;
 * - the build minifies both. Their comments stay in the source; visitors download only the code.
 *   Top-level names are kept: these are classic scripts, not modules.
 */
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { minify, type Plugin } from 'vite';
import { PARTNER_AREAS, parseSafeUrl } from '../schemas/embed';

export const PUBLIC_SCRIPTS = ['quick-exit.js', 'embed.js'];

/** Where public/embed.js holds its partner areas: an empty list until the schema's is written in. */
export const PARTNER_AREAS_OUTLET = '/* PARTNER_AREAS */ []';
/** Where public/embed.js holds its URL check: one that refuses everything until the schema's is written in. */
export const SAFE_URL_OUTLET = '/* parseSafeUrl */ () => null';

/** Each outlet of public/embed.js, and what the build writes there: the schema's own list and code. */
const EMBED_OUTLETS: readonly (readonly [string, string])[] = [
  [PARTNER_AREAS_OUTLET, JSON.stringify(PARTNER_AREAS)],
  // The function's own text (self-contained; the type annotations already stripped by the transform).
  [SAFE_URL_OUTLET, parseSafeUrl.toString()],
];

/** A public script as visitors get it, before minifying: embed.js with the schema's areas and URL check. */
export function publicScript(name: string, source: string): string {
  if (name !== 'embed.js') return source;
  let script = source;
  for (const [outlet, text] of EMBED_OUTLETS) {
    if (!script.includes(outlet)) throw new Error(`${name} has no ${outlet}`);
    script = script.replace(outlet, () => text);
  }
  return script;
}

export function minifyPublicScriptsPlugin(): Plugin {
  let outDir = path.resolve('dist');
  let publicDir = path.resolve('public');
  let building = false;
  return {
    name: 'support-pathway:minify-public-scripts',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      publicDir = config.publicDir;
      building = config.command === 'build';
    },
    configureServer(server) {
      // Before Vite's own public/ files: the dev server sends embed.js as the build writes it.
      server.middlewares.use('/embed.js', (_request, response) => {
        const source = readFileSync(path.join(publicDir, 'embed.js'), 'utf8');
        response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        response.end(publicScript('embed.js', source));
      });
    },
    async closeBundle() {
      if (!building) return;
      for (const name of PUBLIC_SCRIPTS) {
        const file = path.join(outDir, name);
        const copied = await readFile(file, 'utf8').catch(() => undefined);
        if (copied === undefined) continue;
        const source = publicScript(name, copied);
        const result = await minify(name, source, { compress: true, mangle: { toplevel: false } });
        if (result.errors.length > 0) {
          throw new Error(`could not minify ${name}: ${result.errors.map((e) => e.message).join('; ')}`);
        }
        await writeFile(file, result.code);
      }
    },
  };
}
