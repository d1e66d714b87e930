/**
 * Vite plugin: renders the start page into index.html (build and dev), where the page holds the
 * outlet comment inside `<div id="app">`. The markup is the app's own first render
 * (src/ui/prerender.tsx), so the browser paints the real start page from the HTML alone, before any
 * script, and React hydrates it instead of replacing it (src/boot.tsx). Without this the largest
 * paint waited for React; with it, the start page's phone numbers also work with scripts off.
 */
import path from 'node:path';
import { type Plugin, runnerImport } from 'vite';

/** Where index.html asks for the start page. */
export const APP_OUTLET = '<!--app-html-->';
/** Where 404.html asks for the helplines (the directory's numbers and hours, never retyped). */
export const HELPLINES_OUTLET = '<!--helplines-html-->';
const ENTRY = 'src/ui/prerender.tsx';

export interface PrerenderModule {
  renderStartPage(): string;
  renderHelplines(): string;
}

/** A page with its outlets filled: what the build sends (the tests build pages the same way). */
export function fillOutlets(html: string, module: PrerenderModule): string {
  return html
    .replace(APP_OUTLET, () => module.renderStartPage())
    .replace(HELPLINES_OUTLET, () => module.renderHelplines());
}

/** Loads the prerender module with Vite's module runner (TypeScript and JSX as the app is built). */
async function prerenderModule(root: string): Promise<PrerenderModule> {
  const { module } = await runnerImport<PrerenderModule>(path.resolve(root, ENTRY), {
    root,
    configFile: false,
    logLevel: 'error',
  });
  return module;
}

export function prerenderPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'support-pathway:prerender',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        if (!html.includes(APP_OUTLET) && !html.includes(HELPLINES_OUTLET)) return html;
        return fillOutlets(html, await prerenderModule(root));
      },
    },
  };
}
