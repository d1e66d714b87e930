/**
 * The production server: the built app (dist/) with strict headers. Static files are served by
 * sirv, which in production mode lists dist/ once at start and serves only files in that list, so
 * no path (`/../package.json`, `%2e%2e`, `..%2f`, …) can reach outside it. The two HTML pages are
 * prepared once (with the configured exit address) and sent from memory; every path the app does not
 * have gets the 404 page, never index.html.
 */
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import type { ServerConfig } from './config';
import { createEmbedPages, readSnippet } from './embed';
import { EMBED_PATH, HTML_PATHS, headersFor, SNIPPET_PATH } from './headers';
import { type Page, pickEncoding, preparePage, withExitUrl } from './html';

/** The live service directory the app fetches (see scripts/vite-directory.ts). */
export const DIRECTORY_PATH = '/directory.json';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** The path of a request as sent (no dot-segment folding), for routing and headers. */
export function requestPath(url: string | undefined): string {
  const raw = url ?? '/';
  const end = raw.search(/[?#]/);
  return end === -1 ? raw : raw.slice(0, end);
}

function decoded(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

function readPage(root: string, name: string, exitUrl: string | null): Page {
  const file = join(root, name);
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file} is missing: build the app first (npm run build, or npm start)`);
  }
  return preparePage(withExitUrl(html, exitUrl));
}

function setAll(res: ServerResponse, headers: Record<string, string>) {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}

export function createHandler(config: ServerConfig): Handler {
  const partners = config.partners ?? [];
  const headerConfig = { tls: config.tls !== null, partners };
  const appPage = readPage(config.root, 'index.html', config.exitUrl);
  const notFoundPage = readPage(config.root, '404.html', config.exitUrl);
  // The embed page: index.html with the partner's checked options, per request (see embed.ts).
  const embedPage = createEmbedPages(readFileSync(join(config.root, 'index.html'), 'utf8'), {
    exitUrl: config.exitUrl,
    partners,
  });
  const snippet = readSnippet(config.root, config.exitUrl);

  function sendPage(
    req: IncomingMessage,
    res: ServerResponse,
    page: Page,
    status: number,
    path: string,
    contentType = 'text/html; charset=utf-8',
  ) {
    setAll(res, headersFor(path, headerConfig, status));
    const encoding = pickEncoding(req.headers['accept-encoding']);
    const body = encoding === 'br' ? page.br : encoding === 'gzip' ? page.gzip : page.body;
    res.setHeader('Content-Type', contentType);
    res.setHeader('Content-Length', String(body.length));
    res.setHeader('Vary', 'Accept-Encoding');
    if (encoding) res.setHeader('Content-Encoding', encoding);
    res.writeHead(status);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  function notFound(req: IncomingMessage, res: ServerResponse) {
    // Drop what was set for a file that turned out not to exist (ETag, immutable caching…).
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    sendPage(req, res, notFoundPage, 404, requestPath(req.url));
  }

  const files = sirv(config.root, {
    dev: false,
    etag: true,
    gzip: true,
    brotli: true,
    // No "/about" → about.html guessing, no dotfiles: only the exact files of the build.
    extensions: [],
    dotfiles: false,
    onNoMatch: notFound,
    setHeaders(res, pathname) {
      // sirv's pathname is decoded: cache by the file really sent.
      setAll(res, headersFor(pathname, headerConfig, 200));
    },
  });

  // The live service directory may be replaced in dist/ without a release or a restart: read it
  // afresh on each request (sirv's dev mode), never from a precompressed copy that could be stale.
  const directory = sirv(config.root, {
    dev: true,
    etag: false,
    extensions: [],
    dotfiles: false,
    onNoMatch: notFound,
  });

  return (req, res) => {
    const path = requestPath(req.url);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      setAll(res, headersFor(path, headerConfig, 405));
      res.setHeader('Allow', 'GET, HEAD');
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.writeHead(405);
      res.end('Method not allowed\n');
      return;
    }
    if (path === EMBED_PATH) {
      const query = req.url?.slice(path.length).replace(/#.*$/, '') ?? '';
      sendPage(req, res, embedPage(query), 200, path);
      return;
    }
    if (HTML_PATHS.has(path)) {
      sendPage(req, res, appPage, 200, path);
      return;
    }
    if (path === SNIPPET_PATH && snippet) {
      res.setHeader('ETag', snippet.etag);
      if (req.headers['if-none-match'] === snippet.etag) {
        setAll(res, headersFor(path, headerConfig, 304));
        res.writeHead(304);
        res.end();
        return;
      }
      sendPage(req, res, snippet, 200, path, 'text/javascript; charset=utf-8');
      return;
    }
    // The HTML files are only ever sent as pages above (with the configured exit address).
    if (/\.html?(\.br|\.gz)?$/i.test(decoded(path))) {
      notFound(req, res);
      return;
    }
    setAll(res, headersFor(path, headerConfig, 200));
    if (path === DIRECTORY_PATH) directory(req, res);
    else files(req, res);
  };
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts listening; `port: 0` picks a free port (tests). */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const handler = createHandler(config);
  const server = config.tls
    ? createHttpsServer({ cert: readFileSync(config.tls.cert), key: readFileSync(config.tls.key) }, handler)
    : createHttpServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const scheme = config.tls ? 'https' : 'http';
  const shownHost =
    !config.host || config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    url: `${scheme}://${shownHost}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
