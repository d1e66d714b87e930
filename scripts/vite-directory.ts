/**
 * Vite plugin for the live service directory:
 * - build: checks fixtures/directory.json against the schema (a bad edit fails the build) and
 *   publishes it as dist/directory.json, the file the app fetches at start and that commissioners
 *   can replace without a release;
 * - build: removes public/mockServiceWorker.js from the output (msw is for `npm run dev:mock` only:
 *   a service worker in production would leave traces on the device);
 * - dev: serves /directory.json from the fixture; dev and preview send it with Cache-Control: no-store.
 */
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import type { Connect, Plugin } from 'vite';
import { Directory } from '../schemas/directory';
import { formatProblems, problemsOf } from '../schemas/issues';

export const DIRECTORY_FILE = 'directory.json';
const FIXTURE = 'fixtures/directory.json';
const MOCK_WORKER = 'mockServiceWorker.js';

/** The fixture's text, after checking it against the schema; throws naming each bad field. */
export function readCheckedDirectory(root: string): string {
  const file = path.resolve(root, FIXTURE);
  const text = readFileSync(file, 'utf8');
  const parsed = Directory.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new Error(
      `${FIXTURE} does not pass the directory schema:\n${formatProblems(problemsOf(parsed.error, JSON.parse(text)))}`,
    );
  }
  return text;
}

export function directoryPlugin(): Plugin {
  let root = process.cwd();
  let outDir = path.resolve(root, 'dist');
  const serve = (req: Connect.IncomingMessage, res: ServerResponse, next: Connect.NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(req.method === 'HEAD' ? undefined : readCheckedDirectory(root));
  };
  return {
    name: 'support-pathway:directory',
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use(`/${DIRECTORY_FILE}`, serve);
    },
    configurePreviewServer(server) {
      // Preview serves the built dist/directory.json (replace it to try a live update), never cached.
      server.middlewares.use(`/${DIRECTORY_FILE}`, (_req, res, next) => {
        res.setHeader('Cache-Control', 'no-store');
        next();
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: DIRECTORY_FILE, source: readCheckedDirectory(root) });
    },
    async closeBundle() {
      await rm(path.join(outDir, MOCK_WORKER), { force: true });
    },
  };
}
