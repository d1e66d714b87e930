/**
 * A partner's website, for the demo and the browser tests: serves demo/partner.html (with the snippet
 * pointing at the app) and demo/partner.css on its own origin, with the strict CSP a careful partner
 * would send. Tests add pages of their own (`setPage`), e.g. for a site that is not on the allow-list.
 *
 *   const site = await startDemoSite({ host: 'localhost' });   // listen first: the app's allow-list needs the origin
 *   site.configure({ appOrigin, exitUrl });
 *   site.url('/?mode=professional&area=medway')                // the snippet's attributes, from the query
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

const HERE = import.meta.dirname;

export interface DemoSettings {
  appOrigin: string;
  exitUrl: string;
  /** Other origins this page may frame (tests: a third site's frame). */
  frameSrc?: string[];
}

export interface DemoSite {
  origin: string;
  url(path?: string): string;
  configure(settings: DemoSettings): void;
  /** Serves `html` at `path` (with the same headers). `__APP_ORIGIN__` is replaced in it. */
  setPage(path: string, html: string): void;
  /** Every path asked of it, in order. */
  requests: string[];
  close(): Promise<void>;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The snippet's attributes from the page's query: `?mode=…&area=…&exit=…` (empty: leave it out). */
export function partnerPage(template: string, settings: DemoSettings, query: URLSearchParams): string {
  const values: Record<string, string> = {
    MODE: query.get('mode') ?? 'self-service',
    AREA: query.get('area') ?? 'maidstone',
    EXIT_URL: query.get('exit') ?? settings.exitUrl,
  };
  let html = template.replace(/__APP_ORIGIN__/g, settings.appOrigin);
  for (const [name, value] of Object.entries(values)) {
    html = html.replace(new RegExp(`\\s*data-[a-z-]+="__${name}__"`), (attribute) =>
      value === '' ? '' : attribute.replace(`__${name}__`, escapeAttribute(value)),
    );
  }
  return html;
}

export async function startDemoSite(options: { host?: string; port?: number } = {}): Promise<DemoSite> {
  const host = options.host ?? 'localhost';
  const template = readFileSync(join(HERE, 'partner.html'), 'utf8');
  const css = readFileSync(join(HERE, 'partner.css'), 'utf8');
  const extra = new Map<string, string>();
  const requests: string[] = [];
  let settings: DemoSettings | null = null;

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://demo.invalid');
    requests.push(url.pathname + url.search);
    if (!settings) {
      res.writeHead(503, { 'Content-Type': 'text/plain' }).end('Not configured yet\n');
      return;
    }
    const csp = [
      "default-src 'none'",
      `script-src ${settings.appOrigin}`,
      `frame-src ${[settings.appOrigin, ...(settings.frameSrc ?? [])].join(' ')}`,
      "style-src 'self'",
      "img-src 'self'",
      "base-uri 'none'",
      "form-action 'none'",
    ].join('; ');
    const headers = {
      'Content-Security-Policy': csp,
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    };
    let body: string | null = null;
    let type = 'text/html; charset=utf-8';
    if (url.pathname === '/') body = partnerPage(template, settings, url.searchParams);
    else if (url.pathname === '/partner.css') {
      body = css;
      type = 'text/css; charset=utf-8';
    } else if (extra.has(url.pathname)) {
      body = (extra.get(url.pathname) ?? '').replace(/__APP_ORIGIN__/g, settings.appOrigin);
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204, headers).end();
      return;
    }
    if (body === null) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('Not found\n');
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': type });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host === 'localhost' ? '127.0.0.1' : host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  return {
    origin,
    url: (path = '/') => `${origin}${path}`,
    configure(next) {
      settings = next;
    },
    setPage(path, html) {
      extra.set(path, html);
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
