// @vitest-environment jsdom
/**
 * The real build (dist/, built here if missing or stale): its pages hold nothing a strict CSP would
 * refuse, no asset was inlined as a data: URI, and the text files have precompressed copies.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuild, isBuildFresh, precompress } from '../../server/build';
import { DEFAULT_DIST, PROJECT_ROOT } from '../../server/config';

const PAGES = ['index.html', '404.html'];

function assetFiles(extension: string): string[] {
  return readdirSync(join(DEFAULT_DIST, 'assets'))
    .filter((name) => name.endsWith(extension))
    .map((name) => join(DEFAULT_DIST, 'assets', name));
}

beforeAll(async () => {
  await ensureBuild({ projectRoot: PROJECT_ROOT, outDir: DEFAULT_DIST });
}, 180_000);

describe.each(PAGES)('the built %s', (page) => {
  const document = () =>
    new DOMParser().parseFromString(readFileSync(join(DEFAULT_DIST, page), 'utf8'), 'text/html');

  it('has no inline script: every script is a file from this site', () => {
    const scripts = [...document().querySelectorAll('script')];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script.getAttribute('src')).toMatch(/^\/[^/]/);
      expect(script.textContent?.trim()).toBe('');
    }
  });

  it('has no <style> element, no style attribute and no event handler attribute', () => {
    const doc = document();
    expect(doc.querySelectorAll('style')).toHaveLength(0);
    expect(doc.querySelectorAll('[style]')).toHaveLength(0);
    for (const element of doc.querySelectorAll('*')) {
      const handlers = [...element.attributes].filter((attribute) => /^on/i.test(attribute.name));
      expect(handlers, `${element.tagName} has an inline event handler`).toEqual([]);
    }
  });

  it('loads its styles and the quick exit from this site, the quick exit as a classic deferred script', () => {
    const doc = document();
    for (const link of doc.querySelectorAll('link[rel="stylesheet"]')) {
      expect(link.getAttribute('href')).toMatch(/^\/assets\/[^/]+\.css$/);
    }
    const quickExit = doc.querySelector('script[src="/quick-exit.js"]');
    expect(quickExit?.hasAttribute('defer')).toBe(true);
    expect(quickExit?.getAttribute('type')).toBeNull();
    expect(existsSync(join(DEFAULT_DIST, 'quick-exit.js'))).toBe(true);
  });
});

describe('the built assets', () => {
  it('inline nothing as a data: URI (build.assetsInlineLimit: 0), which img-src/font-src would refuse', () => {
    const files = [...assetFiles('.css'), ...assetFiles('.js')];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/data:[a-z]+\/[a-z0-9.+-]+[;,]/i);
    }
  });

  it('have brotli and gzip copies beside them, and the live directory has none', () => {
    for (const file of [...assetFiles('.js'), ...assetFiles('.css')]) {
      if (readFileSync(file).length < 1024) continue;
      expect(existsSync(`${file}.br`), `${file}.br`).toBe(true);
      expect(existsSync(`${file}.gz`), `${file}.gz`).toBe(true);
    }
    expect(existsSync(join(DEFAULT_DIST, 'directory.json.br'))).toBe(false);
    expect(existsSync(join(DEFAULT_DIST, 'directory.json.gz'))).toBe(false);
  });
});

describe('build freshness', () => {
  let project: string;
  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'pathway-fresh-'));
    mkdirSync(join(project, 'src'));
    mkdirSync(join(project, 'dist'));
    writeFileSync(join(project, 'index.html'), 'page');
    writeFileSync(join(project, 'src', 'main.tsx'), 'code');
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  const at = (file: string, seconds: number) => utimesSync(join(project, file), seconds, seconds);

  it('is stale while an output is missing, fresh once outputs are newer than every source', () => {
    expect(isBuildFresh(project, join(project, 'dist'))).toBe(false);
    writeFileSync(join(project, 'dist', 'index.html'), 'built');
    writeFileSync(join(project, 'dist', '404.html'), 'built');
    at('index.html', 1000);
    at('src/main.tsx', 1000);
    at('src', 1000);
    at('dist/index.html', 2000);
    at('dist/404.html', 2000);
    expect(isBuildFresh(project, join(project, 'dist'))).toBe(true);
    at('src/main.tsx', 3000);
    expect(isBuildFresh(project, join(project, 'dist'))).toBe(false);
  });

  it('precompresses only text files worth it, and only once', () => {
    const out = join(project, 'dist');
    writeFileSync(join(out, 'big.js'), 'x'.repeat(5000));
    writeFileSync(join(out, 'small.js'), 'x');
    writeFileSync(join(out, 'directory.json'), 'x'.repeat(5000));
    expect(precompress(out)).toBe(2);
    expect(existsSync(join(out, 'big.js.br'))).toBe(true);
    expect(existsSync(join(out, 'small.js.br'))).toBe(false);
    expect(existsSync(join(out, 'directory.json.gz'))).toBe(false);
    expect(precompress(out)).toBe(0);
  });
});
