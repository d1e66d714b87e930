/**
 * The project's pages as the build writes them before anything else: each page as written, with the
 * shell every page shares (src/shell/) written into its outlets (scripts/vite-prerender.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { withShell } from '../../scripts/vite-prerender';

const ROOT = resolve(import.meta.dirname, '../..');

/** `index.html` or `404.html` with its shell: its own outlets (the start page, the helplines) left as they are. */
export function pageWithShell(file: string): string {
  return withShell(readFileSync(resolve(ROOT, file), 'utf8'), ROOT);
}
