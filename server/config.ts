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
 */
import { resolve } from 'node:path';
import { loadPartners } from './partners';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..');
export const DEFAULT_DIST = resolve(PROJECT_ROOT, 'dist');
export const DEFAULT_PARTNERS_FILE = resolve(PROJECT_ROOT, 'config', 'partners.json');

/** The exit address written in index.html and 404.html, which `exitUrl` replaces. */
export const BUILT_EXIT_URL = 'https://www.bbc.co.uk/weather';

export interface ServerConfig {
  root: string;
  port: number;
  host: string | undefined;
  exitUrl: string | null;
  tls: { cert: string; key: string } | null;
  /** Origins allowed to frame /embed (config/partners.json). None: /embed is framed nowhere. */
  partners?: readonly string[];
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
    partners: loadPartners(env.PARTNERS_FILE?.trim() || DEFAULT_PARTNERS_FILE).map(
      (partner) => partner.origin,
    ),
  };
}
