/**
 * The HTTP headers of every response, decided in one pure function so they can be unit-tested and
 * extended. The embed page (`/embed`) opens `frame-ancestors` to the partner allow-list and drops
 * X-Frame-Options; everything else stays out of every frame. The partner snippet (`/embed.js`) may be
 * loaded by other sites. The README's nginx example sends the same headers: change both together.
 */

export interface HeaderConfig {
  /** True when this server itself terminates TLS: only then is HSTS sent (browsers ignore it over http). */
  tls: boolean;
  /** Origins allowed to frame the embed page (config/partners.json, checked by schemas/embed.ts). */
  partners?: readonly string[];
}

/** The app's page for partner sites' frames (README, "Embed it on your site"). */
export const EMBED_PATH = '/embed';
/** The one-line snippet partners paste: it writes the frame and listens to it. */
export const SNIPPET_PATH = '/embed.js';

export type Headers = Record<string, string>;

/**
 * Strict CSP: nothing inline, nothing from another origin. `frame-ancestors 'none'` keeps the
 * standalone page out of frames (only a header can say so; a `<meta>` CSP cannot).
 */
export function contentSecurityPolicy(frameAncestors: readonly string[] = []): string {
  return [
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
    `frame-ancestors ${frameAncestors.length > 0 ? frameAncestors.join(' ') : "'none'"}`,
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

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

/** The pages the app answers with its HTML. */
export const HTML_PATHS: ReadonlySet<string> = new Set(['/', EMBED_PATH]);

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
  const ok = status === 200 || status === 304;
  const embedPage = ok && pathname === EMBED_PATH;
  const headers: Headers = {
    'Content-Security-Policy': embedPage
      ? contentSecurityPolicy(config.partners ?? [])
      : CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': PERMISSIONS_POLICY,
    // The snippet is a script on partner pages: another site's page must be able to load it.
    'Cross-Origin-Resource-Policy': ok && pathname === SNIPPET_PATH ? 'cross-origin' : 'same-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': cacheControlFor(pathname, status),
  };
  // X-Frame-Options cannot name partner sites: on the embed page, frame-ancestors alone decides.
  if (!embedPage) headers['X-Frame-Options'] = 'DENY';
  if (config.tls) headers['Strict-Transport-Security'] = HSTS;
  return headers;
}
