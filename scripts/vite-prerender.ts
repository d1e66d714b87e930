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
const ENTRY = 'src/ui/prerender.tsx';

interface PrerenderModule {
  renderStartPage(): string;
}

/** Renders the start page with Vite's module runner (TypeScript and JSX as the app is built). */
export async function renderStartPageHtml(root: string): Promise<string> {
  const { module } = await runnerImport<PrerenderModule>(path.resolve(root, ENTRY), {
    root,
    configFile: false,
    logLevel: 'error',
  });
  return module.renderStartPage();
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
        if (!html.includes(APP_OUTLET)) return html;
        return html.replace(APP_OUTLET, await renderStartPageHtml(root));
      },
    },
  };
}
