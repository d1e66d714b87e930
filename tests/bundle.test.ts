/**
 * The bundle budget of issue 3, enforced in `npm test`: a production build into a temporary folder,
 * measured from its index.html and build manifest (scripts/bundle-size.ts).
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUDGET,
  type BundleReport,
  buildToTemp,
  formatReport,
  measureBundle,
  pageAssets,
} from '../scripts/bundle-size';

let outDir: string;
let report: BundleReport;

beforeAll(async () => {
  outDir = await buildToTemp();
  report = measureBundle(outDir);
  console.info(formatReport(report));
}, 180_000);
afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the bundle budget', () => {
  it('loads at most 100 kB of gzipped JavaScript on the first page', () => {
    expect(report.firstPage.jsGzip).toBeLessThanOrEqual(BUDGET.firstPageJs);
  });

  it('loads at most 10 kB of gzipped CSS on the first page', () => {
    expect(report.firstPage.cssGzip).toBeLessThanOrEqual(BUDGET.firstPageCss);
  });

  it('ships at most 150 kB of gzipped JavaScript in all', () => {
    expect(report.wholeApp.jsGzip).toBeLessThanOrEqual(BUDGET.wholeAppJs);
  });

  it('counts every chunk the page can load in the whole app, and only the partner snippet outside it', () => {
    const app = report.wholeApp.js.map((f) => f.file);
    for (const f of report.firstPage.js) expect(app).toContain(f.file);
    for (const file of report.lazy) expect(app).toContain(file);
    expect(report.notApp.map((f) => f.file).every((file) => !file.startsWith('assets/'))).toBe(true);
  });

  it('counts the quick exit and the app’s chunk on the first page, and leaves the flows’ code for later', () => {
    const first = report.firstPage.js.map((f) => f.file);
    expect(first).toContain('quick-exit.js');
    expect(first.some((file) => /^assets\/boot-/.test(file))).toBe(true);
    // The three wizards and the live directory check: one chunk (scripts/vite-chunks.ts).
    expect(report.lazy.some((file) => /^assets\/flows-/.test(file))).toBe(true);
    expect(first.some((file) => /flows|Wizard|schemas/.test(file))).toBe(false);
  });
});

describe('pageAssets', () => {
  it('finds scripts, module preloads and stylesheets, and nothing else', () => {
    const html = `<link rel="stylesheet" href="/assets/a.css"><link rel="icon" href="/favicon.svg">
      <script src="/quick-exit.js" defer></script><script type="module" crossorigin src="/assets/index.js"></script>
      <link rel="modulepreload" href="/assets/vendor.js"><script>inline()</script>`;
    expect(pageAssets(html)).toEqual({
      js: ['quick-exit.js', 'assets/index.js', 'assets/vendor.js'],
      css: ['assets/a.css'],
    });
  });
});
