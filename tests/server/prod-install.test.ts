/**
 * `npm ci --omit=dev && npm run serve` works after a build (issue #14, outcome 6): the server is
 * compiled to plain JavaScript (dist-server/start.js, vite.server.config.ts) and `serve` runs it with
 * node, without tsx or vite. Checked in a temporary copy whose node_modules holds only what
 * `--omit=dev` installs: the package-lock entries not marked dev (devOptional ones left out too, the
 * stricter case), hard-linked from this checkout. No network: nothing is downloaded.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

const PROJECT = resolve(import.meta.dirname, '../..');
const copy = mkdtempSync(join(tmpdir(), 'pathway-prod-'));
let child: ChildProcess | undefined;

afterAll(() => {
  if (child?.pid) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  rmSync(copy, { recursive: true, force: true });
});

/** The packages `npm ci --omit=dev` installs, as package-lock.json lists them. */
function productionPackages(): string[] {
  const lock = JSON.parse(readFileSync(join(PROJECT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
  };
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev && !entry.devOptional)
    .map(([path]) => path);
}

const fetchStatus = (url: string) =>
  new Promise<number>((done, fail) => {
    get(url, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    }).on('error', fail);
  });

describe('npm run serve without dev dependencies', () => {
  it('serves the built app from a copy with only production packages', async () => {
    // The build's server half, as `npm run build` makes it.
    await build({
      configFile: join(PROJECT, 'vite.server.config.ts'),
      root: PROJECT,
      logLevel: 'silent',
      build: { outDir: join(copy, 'dist-server') },
    });
    for (const file of ['package.json', 'package-lock.json', 'config/partners.json']) {
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      cpSync(join(PROJECT, file), join(copy, file));
    }
    // A stand-in app build (the server reads these two pages at start).
    mkdirSync(join(copy, 'dist'));
    const page =
      '<!doctype html><html lang="en-GB"><head><title>Support Pathway</title></head><body></body></html>';
    writeFileSync(join(copy, 'dist', 'index.html'), page);
    writeFileSync(join(copy, 'dist', '404.html'), page);
    writeFileSync(join(copy, 'dist', 'directory.json'), '{"version":1}');
    for (const path of productionPackages()) {
      mkdirSync(dirname(join(copy, path)), { recursive: true });
      execFileSync('cp', ['-al', join(PROJECT, path), join(copy, path)]);
    }
    expect(existsSync(join(copy, 'node_modules', 'tsx'))).toBe(false);
    expect(existsSync(join(copy, 'node_modules', 'vite'))).toBe(false);
    expect(existsSync(join(copy, 'node_modules', 'sirv'))).toBe(true);

    const serve = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')).scripts.serve as string;
    expect(serve).not.toMatch(/\btsx\b/);
    child = spawn('npm', ['run', 'serve'], {
      cwd: copy,
      detached: true,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', PATH: process.env.PATH },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const url = await new Promise<string>((done, fail) => {
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /being served on (http:\/\/\S+)/.exec(output);
        if (match?.[1]) done(match[1]);
      };
      child?.stdout?.on('data', read);
      child?.stderr?.on('data', read);
      child?.on('exit', (code) => fail(new Error(`npm run serve exited (${code}):\n${output}`)));
    });
    expect(await fetchStatus(`${url}/`)).toBe(200);
    expect(await fetchStatus(`${url}/directory.json`)).toBe(200);
  });
});
