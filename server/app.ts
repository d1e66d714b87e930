/**
 * The production server: the built app (dist/) with strict headers. Static files are served by
 * sirv, which in production mode lists dist/ once at start and serves only files in that list, so
 * no path (`/../package.json`, `%2e%2e`, `..%2f`, …) can reach outside it. The two HTML pages are
 * prepared once (with the configured exit address) and sent from memory; every path the app does not
 * have gets the 404 page, never index.html.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { SERVER_LIMITS, type ServerConfig, type ServerLimits } from './config';
import { createEmbedPages, isFramed, readSnippet } from './embed';
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

/**
 * The path that routing and headers are decided on: percent-decoded, as sirv decodes it to find a
 * file, so that `/%65mbed.js` or `/directory%2Ejson` get the headers of the file they reach.
 */
export function normalisedPath(url: string | undefined): string {
  return decoded(requestPath(url));
}

/** A path sirv would answer with the file it names (or its index) whatever the trailing slash. */
const TRAILING_SLASH = /.\/$/;

/** Whether a Range header asks for bytes past the end (sirv answers 416), as sirv reads it. */
function rangeUnsatisfiable(range: string | undefined, size: number): boolean {
  if (!range) return false;
  const start = Number.parseInt(range.replace('bytes=', '').split('-')[0] ?? '', 10) || 0;
  return start >= size;
}

interface DirectoryFile {
  key: string;
  page: Page;
  etag: string;
}

function isJson(body: Buffer): boolean {
  try {
    JSON.parse(body.toString('utf8'));
    return true;
  } catch {
    return false;
  }
}

/**
 * The live directory (dist/directory.json), which may be replaced without a restart. Each request
 * looks at the file's identity (inode, size, modification time); when it changed, the file is read
 * once, whole, into memory, and every response is sent from that buffer, so a response is never part
 * of one version and part of another. A copy that is not JSON (a file caught half-written by a plain
 * overwrite) is not taken while a good one is held: publish with a rename (docs/deploying-hardening.md).
 */
export function createDirectoryFile(file: string): () => DirectoryFile | null {
  let current: DirectoryFile | null = null;
  let seen = '';
  return () => {
    let key: string;
    try {
      const stats = statSync(file);
      if (!stats.isFile()) return null;
      key = `${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;
    } catch {
      return null;
    }
    if (key === current?.key || key === seen) return current;
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      return current;
    }
    seen = key;
    if (current && !isJson(body)) return current;
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    current = { key, page: preparePage(body, 'best'), etag };
    return current;
  };
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

  /** Sets the ETag; answers 304 (with this path's headers) and true when the client has this version. */
  function notModified(req: IncomingMessage, res: ServerResponse, path: string, etag: string) {
    res.setHeader('ETag', etag);
    if (req.headers['if-none-match'] !== etag) return false;
    setAll(res, headersFor(path, headerConfig, 304));
    res.writeHead(304);
    res.end();
    return true;
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
    setHeaders(res, pathname, stats) {
      // sirv's pathname is decoded: cache by the file really sent. A range past the end is a 416.
      const status = rangeUnsatisfiable(res.req.headers.range, stats.size) ? 416 : 200;
      setAll(res, headersFor(pathname, headerConfig, status));
    },
  });

  // The live service directory may be replaced in dist/ without a release or a restart.
  const directory = createDirectoryFile(join(config.root, 'directory.json'));

  return (req, res) => {
    const path = normalisedPath(req.url);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      setAll(res, headersFor(path, headerConfig, 405));
      res.setHeader('Allow', 'GET, HEAD');
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.writeHead(405);
      res.end('Method not allowed\n');
      return;
    }
    // `/embed.js/`, `/directory.json/`…: not a file of the build, whatever sirv would make of it.
    if (TRAILING_SLASH.test(path)) {
      notFound(req, res);
      return;
    }
    if (path === EMBED_PATH) {
      const raw = req.url ?? '';
      const query = raw.slice(requestPath(raw).length).replace(/#.*$/, '');
      const framed = isFramed(req.headers['sec-fetch-dest']);
      sendPage(req, res, embedPage(query, { framed }), 200, path);
      return;
    }
    if (HTML_PATHS.has(path)) {
      sendPage(req, res, appPage, 200, path);
      return;
    }
    if (path === SNIPPET_PATH && snippet) {
      if (notModified(req, res, path, snippet.etag)) return;
      sendPage(req, res, snippet, 200, path, 'text/javascript; charset=utf-8');
      return;
    }
    // The HTML files are only ever sent as pages above (with the configured exit address).
    if (/\.html?(\.br|\.gz)?$/i.test(path)) {
      notFound(req, res);
      return;
    }
    if (path === DIRECTORY_PATH) {
      const file = directory();
      if (!file) {
        notFound(req, res);
        return;
      }
      if (notModified(req, res, path, file.etag)) return;
      sendPage(req, res, file.page, 200, path, 'application/json; charset=utf-8');
      return;
    }
    setAll(res, headersFor(path, headerConfig, 200));
    files(req, res);
  };
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The status Node's parser would answer a malformed request with. */
function clientErrorStatus(error: NodeJS.ErrnoException): number {
  if (error.code === 'HPE_HEADER_OVERFLOW') return 431;
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
};

/**
 * Node answers a request it cannot parse (400), one with too large headers (431) or too slow (408)
 * itself, without the handler: this answers in its place, with the security headers of every
 * response, and closes the connection.
 */
export function clientErrorResponse(status: number, headerConfig: { tls: boolean }): string {
  const headers = headersFor('/', headerConfig, status);
  const body = `${STATUS_TEXT[status] ?? 'Bad Request'}\n`;
  const lines = [
    `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Bad Request'}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    'Content-Type: text/plain; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
  ];
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

function applyLimits(server: Server, limits: ServerLimits, headerConfig: { tls: boolean }) {
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxRequestsPerSocket = limits.maxRequestsPerSocket;
  server.maxConnections = limits.maxConnections;
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    socket.end(clientErrorResponse(clientErrorStatus(error), headerConfig));
  });
}

/** A host name as a Host header may give it (no userinfo, no path): anything else is refused. */
const HOST_NAME =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$|^\[[0-9a-f:.]+\]$/i;

/**
 * The plain-HTTP side when TLS is configured: every request is sent to the same path on https
 * (301), with the security headers; nothing of the app is served without TLS.
 */
export function createRedirectHandler(httpsPort: number): Handler {
  const headerConfig = { tls: false };
  return (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    setAll(res, headersFor('/', headerConfig, 301));
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    if (!HOST_NAME.test(host)) {
      res.writeHead(400);
      res.end('Bad Request\n');
      return;
    }
    const port = httpsPort === 443 ? '' : `:${httpsPort}`;
    const path = (req.url ?? '/').startsWith('/') ? (req.url ?? '/') : '/';
    res.setHeader('Location', `https://${host.toLowerCase()}${port}${path}`);
    res.writeHead(301);
    res.end(req.method === 'HEAD' ? undefined : 'Moved to https\n');
  };
}

function listen(server: Server, port: number, host: string | undefined): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

export interface RunningServer {
  url: string;
  port: number;
  /** With TLS and `httpRedirectPort`: the plain-HTTP port that redirects to https. */
  redirectPort?: number;
  close(): Promise<void>;
}

/** Starts listening; `port: 0` picks a free port (tests). */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const handler = createHandler(config);
  const limits = { ...SERVER_LIMITS, ...config.limits };
  const headerConfig = { tls: config.tls !== null };
  const options = {
    maxHeaderSize: limits.maxHeaderBytes,
    connectionsCheckingInterval: limits.checkIntervalMs,
  };
  const server: Server = config.tls
    ? (createHttpsServer(
        { ...options, cert: readFileSync(config.tls.cert), key: readFileSync(config.tls.key) },
        handler,
      ) as unknown as Server)
    : createHttpServer(options, handler);
  applyLimits(server, limits, headerConfig);
  await listen(server, config.port, config.host);
  const { port } = server.address() as AddressInfo;
  let redirect: Server | null = null;
  if (config.tls && config.httpRedirectPort != null) {
    redirect = createHttpServer(options, createRedirectHandler(port));
    applyLimits(redirect, limits, { tls: false });
    await listen(redirect, config.httpRedirectPort, config.host);
  }
  const scheme = config.tls ? 'https' : 'http';
  const shownHost =
    !config.host || config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    url: `${scheme}://${shownHost}:${port}`,
    port,
    ...(redirect ? { redirectPort: (redirect.address() as AddressInfo).port } : {}),
    close: async () => {
      await Promise.all([closeServer(server), ...(redirect ? [closeServer(redirect)] : [])]);
    },
  };
}
