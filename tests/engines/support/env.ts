/**
 * What the cross-engine tests run against, started once per test file and shared by its scenarios:
 * - the production server (server/app.ts over dist/, as the browser tests use it), whose pages are
 *   sent `Cache-Control: no-store` (no engine here keeps such a page in its back/forward cache);
 * - the same server behind a small proxy that sends its pages `Cache-Control: no-cache` instead of
 *   `no-store`, and without `Cross-Origin-Opener-Policy` (WebKitGTK caches no page sent with it), so
 *   that every engine keeps them in its back/forward cache (as Chrome's rollout does with no-store
 *   pages): a stand-in for the browsers that restore this page. It can be cut off ("offline"), to
 *   prove a restore needs no network;
 * - the neutral exit page's stand-in, which also serves the "page before the service" (`/before`).
 */
import { createServer, request } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import {
  type AppServer,
  type NeutralServer,
  startAppServer,
  startNeutralServer,
} from '../../browser/support/servers';

export interface CacheableProxy {
  origin: string;
  /** When true, every request is refused (the connection dropped), as with no network. */
  offline: boolean;
  /** Requests that arrived while offline. */
  refused: string[];
  close(): Promise<void>;
}

async function startCacheableProxy(target: AppServer): Promise<CacheableProxy> {
  const sockets = new Set<Socket>();
  const proxy: CacheableProxy = {
    origin: '',
    offline: false,
    refused: [],
    close: async () => {},
  };
  const server = createServer((req, res) => {
    if (proxy.offline) {
      proxy.refused.push(req.url ?? '/');
      req.socket.destroy();
      return;
    }
    const upstream = request(
      `${target.origin}${req.url ?? '/'}`,
      { method: req.method, headers: { ...req.headers, host: new URL(target.origin).host } },
      (reply) => {
        const headers = { ...reply.headers };
        if (String(headers['content-type'] ?? '').startsWith('text/html'))
          headers['cache-control'] = 'no-cache';
        // WebKitGTK keeps no page sent with Cross-Origin-Opener-Policy in its back/forward cache
        // (checked here: with it, Back loads the page again; without it, the page is restored).
        delete headers['cross-origin-opener-policy'];
        res.writeHead(reply.statusCode ?? 502, headers);
        reply.pipe(res);
      },
    );
    upstream.on('error', () => {
      res.writeHead(502).end();
    });
    req.pipe(upstream);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return proxy;
}

export interface EngineEnv {
  neutral: NeutralServer;
  /** The production server, pages sent `no-store`. */
  app: AppServer;
  /** The same pages, sent `no-cache`, and able to go offline: one per engine (its own switch). */
  cacheable: CacheableProxy;
  /** A page of another site, opened before the service: where Back after a quick exit must land. */
  beforeUrl: string;
}

export interface Servers {
  neutral: NeutralServer;
  app: AppServer;
  /** An engine's own view: the shared servers and a cacheable proxy of its own. */
  forEngine(): Promise<EngineEnv>;
  close(): Promise<void>;
}

/** The servers, started once for every engine. */
export async function startServers(): Promise<Servers> {
  const neutral = await startNeutralServer();
  const app = await startAppServer({ exitUrl: neutral.exitUrl });
  const proxies: CacheableProxy[] = [];
  return {
    neutral,
    app,
    async forEngine() {
      const cacheable = await startCacheableProxy(app);
      proxies.push(cacheable);
      return { neutral, app, cacheable, beforeUrl: `${neutral.origin}/before` };
    },
    async close() {
      for (const proxy of proxies) await proxy.close();
      await app.close();
      await neutral.close();
    },
  };
}
