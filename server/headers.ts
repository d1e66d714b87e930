/**
 * The HTTP headers of every response, decided in one pure function so they can be unit-tested and
 * extended (the embed path will open `frame-ancestors` to partner origins and drop X-Frame-Options).
 * The README's nginx example sends the same headers: change both together.
 */

export interface HeaderConfig {
  /** True when this server itself terminates TLS: only then is HSTS sent (browsers ignore it over http). */
  tls: boolean;
}

export type Headers = Record<string, string>;

/**
 * Strict CSP: nothing inline, nothing from another origin. `frame-ancestors 'none'` keeps the
 * standalone page out of frames (only a header can say so; a `<meta>` CSP cannot).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Powerful features this app never uses. `browsing-topics` (and the older `interest-cohort`) keep the
 * page out of the browser's ad-interest profiling: no visit here may feed a profile of the person.
 * Chromium 156 accepts both without a console message (checked: no Log, console or Issues entry).
 */
export const PERMISSIONS_POLICY =
  'camera=(), microphone=(), geolocation=(), browsing-topics=(), interest-cohort=()';

export const HSTS = 'max-age=31536000';

/** Vite's hashed build output: the name changes whenever the content does. */
const HASHED_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/** The pages the app answers with its HTML (the embed page will join them). */
export const HTML_PATHS: ReadonlySet<string> = new Set(['/']);

export function cacheControlFor(pathname: string, status: number): string {
  if (status !== 200 && status !== 304) return 'no-store';
  if (HTML_PATHS.has(pathname) || pathname.endsWith('.html')) return 'no-store';
  // The live service directory: always fetch the newest numbers.
  if (pathname === '/directory.json') return 'no-store';
  if (HASHED_ASSET.test(pathname)) return 'public, max-age=31536000, immutable';
  // Unhashed files (quick-exit.js): keep, but ask the server each time (ETag makes that cheap).
  return 'no-cache';
}

/**
 * Headers for a response to `pathname` with `status`. Every response carries the security headers,
 * HTML or not, found or not.
 */
export function headersFor(pathname: string, config: HeaderConfig, status = 200): Headers {
  const headers: Headers = {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    'Cache-Control': cacheControlFor(pathname, status),
  };
  if (config.tls) headers['Strict-Transport-Security'] = HSTS;
  return headers;
}
