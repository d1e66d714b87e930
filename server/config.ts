/**
 * The production server's settings, from the environment (see README, "Deploying"):
 *
 *   PORT       port to listen on (default 8080)
 *   HOST       address to listen on (default: every interface)
 *   EXIT_URL   where the quick exit goes (default: the address built into index.html, BBC Weather);
 *              https only, or http://localhost / 127.0.0.1 for tests
 *   TLS_CERT, TLS_KEY   paths to a PEM certificate and key: serve https, and send HSTS
 *   DIST_DIR   the built app (default: dist/ beside this folder)
 *   PARTNERS_FILE   the partner sites allowed to embed /embed (default: config/partners.json)
 *   MAX_CONNECTIONS how many connections at once (default 4096; more are refused at once)
 *   HTTP_REDIRECT_PORT  with TLS: also listen on this plain-HTTP port and redirect every request
 *              to https (301), so that no page is ever served without TLS
 * Limits and the redirect: docs/deploying-hardening.md.
 */
import { resolve } from 'node:path';
import { loadPartners } from './partners';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..');
export const DEFAULT_DIST = resolve(PROJECT_ROOT, 'dist');
export const DEFAULT_PARTNERS_FILE = resolve(PROJECT_ROOT, 'config', 'partners.json');

/** The exit address written in index.html and 404.html, which `exitUrl` replaces. */
export const BUILT_EXIT_URL = 'https://www.bbc.co.uk/weather';

/**
 * What one client can hold (docs/deploying-hardening.md). Node's defaults let a slow client keep a
 * connection for 60 s without sending its headers; these cut a slow-socket flood short.
 */
export interface ServerLimits {
  /** Time to receive a request's headers (Node: headersTimeout, default 60 s). */
  headersTimeoutMs: number;
  /** Time to receive a whole request (Node: requestTimeout, default 300 s). */
  requestTimeoutMs: number;
  /** How often Node checks the two above (default 30 s: a timeout could run 30 s late). */
  checkIntervalMs: number;
  /** Idle time between requests on a kept-alive connection. */
  keepAliveTimeoutMs: number;
  /** Connections at once; more are closed as they arrive (Node: maxConnections, default none). */
  maxConnections: number;
  /** Requests on one kept-alive connection (Node: maxRequestsPerSocket). */
  maxRequestsPerSocket: number;
  /** Size of a request's headers (Node: maxHeaderSize; larger gets 431). */
  maxHeaderBytes: number;
}

export const SERVER_LIMITS: ServerLimits = {
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  checkIntervalMs: 1_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 4096,
  maxRequestsPerSocket: 1000,
  maxHeaderBytes: 16 * 1024,
};

export interface ServerConfig {
  root: string;
  port: number;
  host: string | undefined;
  exitUrl: string | null;
  tls: { cert: string; key: string } | null;
  /** Origins allowed to frame /embed (config/partners.json). None: /embed is framed nowhere. */
  partners?: readonly string[];
  /** Connection and time limits (default SERVER_LIMITS). */
  limits?: Partial<ServerLimits>;
  /** With TLS: a plain-HTTP port that redirects every request to https. */
  httpRedirectPort?: number | null;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The same rule as public/quick-exit.js: https anywhere, plain http only to this machine. Returns
 * the normalised address, or throws naming the setting.
 */
export function checkExitUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`EXIT_URL: "${value}" is not an absolute address`);
  }
  if (url.protocol === 'https:') return url.href;
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) return url.href;
  throw new Error(`EXIT_URL: "${value}" must start with https:// (http:// only for localhost)`);
}

export function checkPort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new Error(`PORT: "${value}" is not a port number`);
  return port;
}

function checkCount(name: string, value: string): number {
  const count = Number(value);
  if (!/^\d+$/.test(value) || count < 1)
    throw new Error(`${name}: "${value}" is not a positive whole number`);
  return count;
}

function httpRedirectPort(env: NodeJS.ProcessEnv, tls: boolean): number | null {
  const value = env.HTTP_REDIRECT_PORT?.trim();
  if (!value) return null;
  if (!tls) throw new Error('HTTP_REDIRECT_PORT: only with TLS_CERT and TLS_KEY (it redirects to https)');
  return checkPort(value);
}

export function configFromEnv(env: NodeJS.ProcessEnv): ServerConfig {
  const cert = env.TLS_CERT?.trim();
  const key = env.TLS_KEY?.trim();
  if (Boolean(cert) !== Boolean(key)) throw new Error('TLS_CERT and TLS_KEY: set both or neither');
  return {
    root: env.DIST_DIR?.trim() || DEFAULT_DIST,
    port: env.PORT?.trim() ? checkPort(env.PORT.trim()) : 8080,
    host: env.HOST?.trim() || undefined,
    exitUrl: env.EXIT_URL?.trim() ? checkExitUrl(env.EXIT_URL.trim()) : null,
    tls: cert && key ? { cert, key } : null,
    limits: env.MAX_CONNECTIONS?.trim()
      ? { maxConnections: checkCount('MAX_CONNECTIONS', env.MAX_CONNECTIONS.trim()) }
      : {},
    httpRedirectPort: httpRedirectPort(env, Boolean(cert && key)),
    partners: loadPartners(env.PARTNERS_FILE?.trim() || DEFAULT_PARTNERS_FILE).map(
      (partner) => partner.origin,
    ),
  };
}
