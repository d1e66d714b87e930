/**
 * The production server against a small stand-in build in a temporary folder: which files it sends,
 * with which headers, and that no request reaches a file outside the build.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, requestPath, startServer } from '../../server/app';
import { checkExitUrl, configFromEnv, type ServerConfig } from '../../server/config';
import { withExitUrl } from '../../server/html';
import { sendForText, standInBuild } from './support';

let base: string;
let root: string;

function config(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return { root, port: 0, host: '127.0.0.1', exitUrl: null, tls: null, ...overrides };
}

beforeAll(() => {
  ({ base, root } = standInBuild('pathway-server-'));
  writeFileSync(join(root, 'quick-exit.js'), '/* quick exit */\n');
  writeFileSync(join(root, 'directory.json'), '{"version":1}\n');
  writeFileSync(join(root, '.env'), 'SECRET=dotfile\n');
  // Outside the build: what a traversal would try to reach.
  writeFileSync(join(base, 'package.json'), '{"secret":"outside"}\n');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A raw request: the path is sent exactly as written (fetch would fold `..` away). */
function get(
  server: RunningServer,
  path: string,
  options: { method?: string; headers?: Record<string, string> } = {},
) {
  return sendForText(server.port, path, { ...options, encoding: 'latin1' });
}

describe('the production server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(config());
  });
  afterAll(() => server.close());

  it('sends the app at / with the security headers and no caching', async () => {
    const reply = await get(server, '/');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>Support Pathway</title>');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.headers['content-security-policy']).toContain("default-src 'none'");
    expect(reply.headers['x-frame-options']).toBe('DENY');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(reply.headers['permissions-policy']).toContain('camera=()');
    expect(reply.headers).not.toHaveProperty('strict-transport-security');
  });

  it('sends the page compressed to browsers that accept it', async () => {
    const reply = await get(server, '/', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(reply.headers['content-encoding']).toBe('gzip');
    expect(reply.headers.vary).toBe('Accept-Encoding');
  });

  it('sends hashed build files with immutable caching and the security headers', async () => {
    const reply = await get(server, '/assets/index-AbCd1234.js');
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('console.log("app");\n');
    expect(reply.headers['content-type']).toMatch(/javascript/);
    expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends the quick exit script to be revalidated, and the directory never stored', async () => {
    expect((await get(server, '/quick-exit.js')).headers['cache-control']).toBe('no-cache');
    const directory = await get(server, '/directory.json');
    expect(directory.status).toBe(200);
    expect(directory.body).toBe('{"version":1}\n');
    expect(directory.headers['cache-control']).toBe('no-store');
  });

  it('reads a replaced directory.json at once, without a restart', async () => {
    writeFileSync(join(root, 'directory.json'), '{"version":2,"replaced":true}\n');
    const reply = await get(server, '/directory.json');
    expect(reply.body).toBe('{"version":2,"replaced":true}\n');
    writeFileSync(join(root, 'directory.json'), '{"version":1}\n');
  });

  it.each(['/no-such-page', '/question/area', '/assets/missing-12345678.js', '/index.html', '/404.html'])(
    'answers %s with the 404 page (never the app), not cached, with the security headers',
    async (path) => {
      const reply = await get(server, path);
      expect(reply.status).toBe(404);
      expect(reply.body).toContain('<title>Page not found</title>');
      expect(reply.headers['cache-control']).toBe('no-store');
      expect(reply.headers).not.toHaveProperty('etag');
      expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(reply.headers['x-frame-options']).toBe('DENY');
    },
  );

  it.each([
    '/../package.json',
    '/../../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/package.json',
    '/..%2fpackage.json',
    '/%2e%2e%2fpackage.json',
    '/assets/../../package.json',
    '/assets/%2e%2e/%2e%2e/package.json',
    '/assets/..%2f..%2fpackage.json',
    '/..%5cpackage.json',
    '/%252e%252e/package.json',
    '//package.json',
    '/.env',
    '/%2eenv',
    '/quick-exit.js%00.html',
  ])('refuses %s', async (path) => {
    const reply = await get(server, path);
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('secret');
    expect(reply.body).not.toContain('SECRET');
  });

  it('answers HEAD like GET without a body, and refuses other methods', async () => {
    const head = await get(server, '/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['cache-control']).toBe('no-store');
    const post = await get(server, '/', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
    expect(post.headers['content-security-policy']).toContain("default-src 'none'");
  });
});

describe('the exit address setting', () => {
  it('points the quick exit of both pages at EXIT_URL', async () => {
    const server = await startServer(config({ exitUrl: 'http://127.0.0.1:9/neutral' }));
    try {
      for (const path of ['/', '/nowhere']) {
        const reply = await get(server, path);
        expect(reply.body).not.toContain('bbc.co.uk');
        expect(reply.body).toContain('content="http://127.0.0.1:9/neutral"');
        expect(reply.body).toContain('href="http://127.0.0.1:9/neutral"');
      }
    } finally {
      await server.close();
    }
  });

  it('accepts https anywhere and http only on this machine', () => {
    expect(checkExitUrl('https://www.example.org/')).toBe('https://www.example.org/');
    expect(checkExitUrl('http://localhost:5000/x')).toBe('http://localhost:5000/x');
    expect(() => checkExitUrl('http://www.example.org/')).toThrow(/EXIT_URL/);
    expect(() => checkExitUrl('javascript:alert(1)')).toThrow(/EXIT_URL/);
    expect(() => checkExitUrl('/weather')).toThrow(/EXIT_URL/);
  });

  it('escapes the address for an HTML attribute', () => {
    expect(withExitUrl('<a href="https://www.bbc.co.uk/weather">', 'https://a.example/?x=1&y=2')).toBe(
      '<a href="https://a.example/?x=1&amp;y=2">',
    );
  });
});

describe('settings from the environment', () => {
  it('defaults to port 8080 and the built exit address', () => {
    const settings = configFromEnv({});
    expect(settings.port).toBe(8080);
    expect(settings.exitUrl).toBeNull();
    expect(settings.tls).toBeNull();
    expect(settings.root).toMatch(/dist$/);
  });

  it('reads PORT, EXIT_URL and the TLS pair, naming a bad one', () => {
    expect(configFromEnv({ PORT: '3000' }).port).toBe(3000);
    expect(() => configFromEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => configFromEnv({ EXIT_URL: 'ftp://x' })).toThrow(/EXIT_URL/);
    expect(() => configFromEnv({ TLS_CERT: 'cert.pem' })).toThrow(/TLS_CERT and TLS_KEY/);
    expect(configFromEnv({ TLS_CERT: 'c.pem', TLS_KEY: 'k.pem' }).tls).toEqual({
      cert: 'c.pem',
      key: 'k.pem',
    });
  });

  it('routes by the path as sent, without the query', () => {
    expect(requestPath('/?mode=professional')).toBe('/');
    expect(requestPath('/a/../b#x')).toBe('/a/../b');
    expect(requestPath(undefined)).toBe('/');
  });
});
