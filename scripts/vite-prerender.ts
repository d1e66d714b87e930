/**
 * Vite plugin: renders the start page into index.html (build and dev), where the page holds the
 * outlet comment inside `<div id="app">`. The markup is the app's own first render
 * (src/ui/prerender.tsx), so the browser paints the real start page from the HTML alone, before any
 * script, and React hydrates it instead of replacing it (src/boot.tsx). Without this the largest
 * paint waited for React; with it, the start page's phone numbers also work with scripts off.
 *
 * It first writes in the shell that index.html and 404.html share (src/shell/): the head's metas and
 * the quick exit's script, then the quick exit and the emergency line at the top of the page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Plugin, runnerImport } from 'vite';

/** Where a page asks for each part of the shell, and the file that holds it (one copy for every page). */
export const SHELL_OUTLETS = {
  '<!--shell-head-->': 'src/shell/head.html',
  '<!--shell-top-->': 'src/shell/top.html',
} as const;

/**
 * A page with the shell written into its outlets (`root`: the project's folder). The shell's comments
 * stay in its source: the pages carry only its markup.
 */
export function withShell(html: string, root: string): string {
  let page = html;
  for (const [outlet, file] of Object.entries(SHELL_OUTLETS)) {
    if (!page.includes(outlet)) continue;
    const part = readFileSync(path.join(root, file), 'utf8')
      .replace(/<!--[\s\S]*?-->\s*/g, '')
      .trim();
    page = page.replace(outlet, () => part);
  }
  return page;
}

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
export function fillOutlets(html: string, module: PrerenderModule, root: string): string {
  return withShell(html, root)
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
        if (!html.includes(APP_OUTLET) && !html.includes(HELPLINES_OUTLET)) return withShell(html, root);
        return fillOutlets(html, await prerenderModule(root), root);
      },
    },
  };
}
