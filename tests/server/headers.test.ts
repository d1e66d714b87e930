/** headersFor: the security and caching headers of every response, decided in one pure function. */
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, cacheControlFor, headersFor } from '../../server/headers';

const plain = { tls: false };

describe('headersFor', () => {
  it('sends the strict CSP the issue asks for, with nothing inline and nothing from elsewhere', () => {
    expect(headersFor('/', plain)['Content-Security-Policy']).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'; " +
        "frame-ancestors 'none'",
    );
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*|data:|https?:/);
  });

  it.each([
    ['/', 200],
    ['/assets/index-DmN3tNut.js', 200],
    ['/quick-exit.js', 200],
    ['/directory.json', 200],
    ['/no-such-page', 404],
    ['/', 405],
  ])('puts every security header on %s (%i)', (path, status) => {
    const headers = headersFor(path, plain, status);
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'X-Frame-Options': 'DENY',
    });
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    for (const feature of ['camera', 'microphone', 'geolocation', 'browsing-topics', 'interest-cohort']) {
      expect(headers['Permissions-Policy']).toContain(`${feature}=()`);
    }
  });

  it('sends HSTS only when this server speaks TLS', () => {
    expect(headersFor('/', plain)).not.toHaveProperty('Strict-Transport-Security');
    expect(headersFor('/', { tls: true })['Strict-Transport-Security']).toBe('max-age=31536000');
  });
});

describe('cacheControlFor', () => {
  it('never stores the page, nor the live directory', () => {
    expect(cacheControlFor('/', 200)).toBe('no-store');
    expect(cacheControlFor('/index.html', 200)).toBe('no-store');
    expect(cacheControlFor('/directory.json', 200)).toBe('no-store');
  });

  it('keeps hashed build files for a year, unchanged', () => {
    expect(cacheControlFor('/assets/index-DmN3tNut.js', 200)).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('/assets/shell-C1ohsD98.css', 200)).toBe('public, max-age=31536000, immutable');
  });

  it('asks again each time for unhashed files, so a fix to the quick exit reaches everyone at once', () => {
    expect(cacheControlFor('/quick-exit.js', 200)).toBe('no-cache');
    expect(cacheControlFor('/assets/unhashed.js', 200)).toBe('no-cache');
  });

  it('never stores an error, even under /assets/', () => {
    expect(cacheControlFor('/assets/index-DmN3tNut.js', 404)).toBe('no-store');
    expect(cacheControlFor('/', 405)).toBe('no-store');
  });
});
