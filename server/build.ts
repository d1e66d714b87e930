/**
 * Builds the app when dist/ is missing or older than its sources, then writes brotli and gzip copies
 * of the text files beside them (sirv sends them to browsers that accept them; nginx's
 * `gzip_static` does the same). One build at a time on this machine: a lock in node_modules/.cache
 * keeps `npm start` and the test runs from building into dist/ together. The lock names the process
 * that holds it: a lock whose process is gone (`kill -9` during a build) is taken over at once.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  type Stats,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** What the build reads: a change to any of them makes dist/ stale. */
export const BUILD_INPUTS = [
  'index.html',
  '404.html',
  'src',
  'public',
  'machines',
  'schemas',
  'fixtures',
  'vite.config.ts',
  'tsconfig.json',
  'package-lock.json',
];

/** The files whose presence says a build finished (vite writes the HTML last). */
const BUILD_OUTPUTS = ['index.html', '404.html'];

function newestIn(path: string): number {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestIn(join(path, entry)));
  }
  return newest;
}

export function newestSource(projectRoot: string): number {
  return Math.max(...BUILD_INPUTS.map((input) => newestIn(join(projectRoot, input))));
}

/** True when every output exists and none is older than the newest source. */
export function isBuildFresh(projectRoot: string, outDir: string): boolean {
  const outputs = BUILD_OUTPUTS.map((name) => join(outDir, name));
  if (!outputs.every((file) => existsSync(file))) return false;
  const oldestOutput = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  return oldestOutput >= newestSource(projectRoot);
}

const COMPRESSIBLE = /\.(js|mjs|css|json|svg|txt|xml|webmanifest)$/;
/**
 * The live directory may be replaced in dist/ by hand: a precompressed copy would then serve the
 * old phone numbers. The server reads it afresh instead.
 */
const NEVER_PRECOMPRESSED = /[\\/]directory\.json$/;
/** Below this, compression saves less than a packet. */
const MIN_BYTES = 1024;

function filesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    // Dot folders (vite's .vite/manifest.json) are never served.
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(path));
    else found.push(path);
  }
  return found;
}

function isUpToDate(copy: string, source: Stats): boolean {
  return existsSync(copy) && statSync(copy).mtimeMs >= source.mtimeMs;
}

/** Writes `file.br` and `file.gz` beside each text file that lacks a current one. Returns how many. */
export function precompress(outDir: string): number {
  if (!existsSync(outDir)) return 0;
  let written = 0;
  for (const file of filesUnder(outDir)) {
    if (!COMPRESSIBLE.test(file) || NEVER_PRECOMPRESSED.test(file)) continue;
    const stats = statSync(file);
    if (stats.size < MIN_BYTES) continue;
    if (isUpToDate(`${file}.br`, stats) && isUpToDate(`${file}.gz`, stats)) continue;
    const content = readFileSync(file);
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    );
    writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
    written += 2;
  }
  return written;
}

function runViteBuild(projectRoot: string, outDir: string): Promise<void> {
  const env = { ...process.env };
  // A test runner's NODE_ENV=test would give React's development build.
  delete env.NODE_ENV;
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  const vite = join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir'], {
      cwd: projectRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build failed (exit ${code}):\n${output}`)),
    );
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether a process with this id is running on this machine. */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process id written in a lock file, or null if it cannot be read (being written, or gone). */
function lockOwner(lockFile: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
    return Number.isInteger(pid) ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Runs `work` holding the lock file `lockFile`, which holds this process's id. The file is made whole
 * and at once (written beside it, then hard-linked into place: the link fails if a lock exists), so it
 * never exists without its owner. A lock whose owner is not running is removed and taken: a build
 * killed with `kill -9` never blocks the next start. An older lock left as a folder is removed too.
 */
export async function withLock<T>(lockFile: string, work: () => Promise<T>): Promise<T> {
  mkdirSync(join(lockFile, '..'), { recursive: true });
  const mine = `${lockFile}.${process.pid}`;
  writeFileSync(mine, String(process.pid));
  try {
    for (;;) {
      try {
        linkSync(mine, lockFile);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      let isFolder = false;
      try {
        isFolder = statSync(lockFile).isDirectory();
      } catch {
        continue; // released meanwhile: try again at once
      }
      const owner = isFolder ? null : lockOwner(lockFile);
      if (isFolder || (owner !== null && !isAlive(owner))) {
        // Left by a process that died. Remove it only if it is still that same lock.
        if (isFolder || lockOwner(lockFile) === owner) rmSync(lockFile, { recursive: true, force: true });
        continue;
      }
      await sleep(200);
    }
  } finally {
    rmSync(mine, { force: true });
  }
  try {
    return await work();
  } finally {
    if (lockOwner(lockFile) === process.pid) {
      try {
        unlinkSync(lockFile);
      } catch {
        // Already gone.
      }
    }
  }
}

export interface EnsureBuildOptions {
  projectRoot: string;
  outDir: string;
  /** Build even when dist/ looks fresh. */
  force?: boolean;
  log?: (message: string) => void;
}

/** Builds if needed (waiting for any other build on this machine), then precompresses. */
export async function ensureBuild(options: EnsureBuildOptions): Promise<'built' | 'fresh'> {
  const { projectRoot, outDir, force = false, log = () => {} } = options;
  const lockDir = join(projectRoot, 'node_modules', '.cache', 'pathway-build.lock');
  return withLock(lockDir, async () => {
    let result: 'built' | 'fresh' = 'fresh';
    if (force || !isBuildFresh(projectRoot, outDir)) {
      log('Building the app (vite build)…');
      await runViteBuild(projectRoot, outDir);
      result = 'built';
    }
    precompress(outDir);
    return result;
  });
}
