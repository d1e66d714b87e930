/**
 * The start-up build lock (issue #16, item 4): a build killed with `kill -9` must not block the next
 * start. The lock names its process; a lock whose process is gone is taken over at once (before the
 * fix the next `npm start` waited out a 5-minute stale timer: this test would time out).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAlive, withLock } from '../../server/build';

const PROJECT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'pathway-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the build lock', () => {
  it('is taken over at once from a build killed with kill -9', async () => {
    const lockFile = join(dir, 'killed.lock');
    const script = join(dir, 'hold.mts');
    writeFileSync(
      script,
      `import { withLock } from ${JSON.stringify(join(PROJECT, 'server', 'build.ts'))};\n` +
        `await withLock(${JSON.stringify(lockFile)}, async () => { console.log('locked'); await new Promise(() => {}); });\n`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: PROJECT, stdio: 'pipe' });
    await new Promise<void>((done, fail) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('locked')) done();
      });
      child.on('exit', (code) => fail(new Error(`the holder exited (${code})`)));
    });
    expect(readFileSync(lockFile, 'utf8')).toBe(String(child.pid));
    const exited = new Promise((done) => child.on('exit', done));
    child.kill('SIGKILL');
    await exited;
    expect(existsSync(lockFile)).toBe(true);
    expect(isAlive(child.pid ?? 0)).toBe(false);
    // The next start: runs its build now, not after a stale timer.
    await expect(withLock(lockFile, async () => 'built')).resolves.toBe('built');
    expect(existsSync(lockFile)).toBe(false);
  });

  it('takes over a lock folder left by the old server', async () => {
    const lockFile = join(dir, 'folder.lock');
    mkdirSync(lockFile);
    await expect(withLock(lockFile, async () => 'built')).resolves.toBe('built');
  });

  it('makes a second build wait while the first one runs', async () => {
    const lockFile = join(dir, 'live.lock');
    const order: string[] = [];
    let release = () => {};
    const first = withLock(lockFile, async () => {
      order.push('first starts');
      await new Promise<void>((done) => {
        release = done;
      });
      order.push('first ends');
    });
    await new Promise((done) => setTimeout(done, 50));
    const second = withLock(lockFile, async () => {
      order.push('second starts');
    });
    await new Promise((done) => setTimeout(done, 300));
    expect(order).toEqual(['first starts']);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first starts', 'first ends', 'second starts']);
  });
});
