/**
 * What the browser tests run against:
 * - the production server (server/app.ts, what `npm start` runs) on a free port, over the real
 *   build in dist/ (built once per run when missing or stale, under the build lock);
 * - a stand-in for the neutral exit page (BBC Weather in production) on another localhost port, so
 *   no test leaves this machine. The app server's `exitUrl` setting (EXIT_URL for `npm start`)
 *   rewrites the quick exit's address in the pages it sends: the build itself is not changed.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type RunningServer, startServer } from '../../../server/app';
import { ensureBuild } from '../../../server/build';
import { DEFAULT_DIST, PROJECT_ROOT } from '../../../server/config';

export const NEUTRAL_TITLE = 'Weather forecast';

const NEUTRAL_PAGE = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${NEUTRAL_TITLE}</title></head>
<body><main><h1>${NEUTRAL_TITLE}</h1><p>Sunny spells, light winds.</p></main></body></html>`;

export interface NeutralServer {
  /** The exit address to give the app. */
  exitUrl: string;
  origin: string;
  /** Every path asked of it, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startNeutralServer(): Promise<NeutralServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '/');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(req.method === 'HEAD' ? undefined : NEUTRAL_PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    exitUrl: `${origin}/weather`,
    origin,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export interface AppServer extends RunningServer {
  origin: string;
}

/** Builds if needed, then serves dist/ as `npm start` does, on a free port of 127.0.0.1. */
export async function startAppServer(options: {
  exitUrl: string;
  partners?: readonly string[];
}): Promise<AppServer> {
  await ensureBuild({ projectRoot: PROJECT_ROOT, outDir: DEFAULT_DIST });
  const server = await startServer({
    root: DEFAULT_DIST,
    port: 0,
    host: '127.0.0.1',
    exitUrl: options.exitUrl,
    tls: null,
    partners: options.partners ?? [],
  });
  return { ...server, origin: `http://127.0.0.1:${server.port}` };
}
