/**
 * The production build: it publishes the directory as dist/directory.json, and it carries no msw
 * code, no service-worker registration and no mockServiceWorker.js, even with the live-directory
 * start call (whose dev-only mock import must be removed). A control build in development mode with
 * VITE_MOCK=1 shows that the same checks do find msw when it is there.
 *
 * Each build runs in a child process with a clean environment, as `npm run build` does (vitest sets
 * NODE_ENV=test, which Vite would take for a development build).
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCheckedDirectory } from '../../scripts/vite-directory';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PROBE = 'tests/directory/probe/index.html';
const work = mkdtempSync(path.join(tmpdir(), 'pathway-build-'));

function viteBuild(outDir: string, env: Record<string, string> = {}) {
  const script = `import { build } from 'vite';
await build({ configFile: 'vite.config.ts', logLevel: 'error', build: { outDir: ${JSON.stringify(outDir)},
  emptyOutDir: true, rolldownOptions: { input: { probe: ${JSON.stringify(PROBE)} } } } });`;
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(NODE_ENV|VITEST.*|VITE_.*|TEST|MODE)$/.test(key)),
  );
  execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    env: { ...clean, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesIn(full) : [full];
  });
}
const textOf = (dir: string) =>
  filesIn(dir)
    .filter((f) => /\.(js|mjs|html|json|css|webmanifest)$/.test(f))
    .map((f) => ({ file: path.relative(dir, f), text: readFileSync(f, 'utf8') }));

/** What msw or a service-worker registration leaves in built code. */
const MSW_TRACES = [/\[MSW\]/, /mockServiceWorker/, /serviceWorker/, /setupWorker/, /\bmsw\b/i];
const tracesIn = (dir: string) =>
  textOf(dir).flatMap(({ file, text }) =>
    MSW_TRACES.filter((pattern) => pattern.test(text)).map((pattern) => `${file}: ${pattern}`),
  );

const production = path.join(work, 'production');
const development = path.join(work, 'development-mock');

beforeAll(() => {
  viteBuild(production);
  viteBuild(development, { NODE_ENV: 'development', VITE_MOCK: '1' });
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the production build', () => {
  it('includes the live-directory start call (so the next checks mean something)', () => {
    expect(textOf(production).some(({ text }) => text.includes('keeping the bundled directory'))).toBe(true);
  });

  it('contains no msw code and no service-worker registration', () => {
    expect(tracesIn(production)).toEqual([]);
  });

  it('does not copy public/mockServiceWorker.js', () => {
    expect(existsSync(path.join(root, 'public/mockServiceWorker.js'))).toBe(true);
    expect(filesIn(production).map((f) => path.basename(f))).not.toContain('mockServiceWorker.js');
  });

  it('publishes the bundled directory as directory.json', () => {
    const published = readFileSync(path.join(production, 'directory.json'), 'utf8');
    expect(JSON.parse(published)).toEqual(
      JSON.parse(readFileSync(path.join(root, 'fixtures/directory.json'), 'utf8')),
    );
  });
});

describe('a development build with VITE_MOCK=1 (control)', () => {
  it('does contain msw: the checks above can fail', () => {
    expect(tracesIn(development).length).toBeGreaterThan(0);
  });

  it('still leaves mockServiceWorker.js out of the output', () => {
    expect(filesIn(development).map((f) => path.basename(f))).not.toContain('mockServiceWorker.js');
  });
});

describe('the dev server', () => {
  it('serves /directory.json from the fixture, never cached', async () => {
    const { createServer } = await import('vite');
    const server = await createServer({
      configFile: path.join(root, 'vite.config.ts'),
      logLevel: 'silent',
      server: { port: 0, host: '127.0.0.1', strictPort: false, hmr: false, watch: null },
    });
    try {
      await server.listen();
      const address = server.httpServer?.address();
      if (!address || typeof address === 'string') throw new Error('no port');
      const response = await fetch(`http://127.0.0.1:${address.port}/directory.json`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toEqual(
        JSON.parse(readFileSync(path.join(root, 'fixtures/directory.json'), 'utf8')),
      );
    } finally {
      await server.close();
    }
  }, 60_000);
});

describe('a directory fixture that fails the schema', () => {
  it('fails the build, naming the entry and field', () => {
    const broken = path.join(work, 'broken');
    mkdirSync(path.join(broken, 'fixtures'), { recursive: true });
    const doc = JSON.parse(readFileSync(path.join(root, 'fixtures/directory.json'), 'utf8'));
    doc.services[0].checkedOn = 'last week';
    writeFileSync(path.join(broken, 'fixtures/directory.json'), JSON.stringify(doc));
    expect(() => readCheckedDirectory(broken)).toThrow(/services\.0\.checkedOn: a date as YYYY-MM-DD/);
    expect(readCheckedDirectory(root)).toBe(readFileSync(path.join(root, 'fixtures/directory.json'), 'utf8'));
  });
});
