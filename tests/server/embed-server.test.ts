/**
 * The server's side of embedding: `/embed` may be framed by the allow-listed partners only (and `/`
 * by nobody); `/embed.js` may be loaded by any site; the embed page carries the partner's checked
 * options, and drops bad ones.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../server/app';
import { configFromEnv } from '../../server/config';
import { embedChoices, embedHtml } from '../../server/embed';
import {
  CONTENT_SECURITY_POLICY,
  EMBED_PATH,
  HTML_PATHS,
  headersFor,
  SNIPPET_PATH,
} from '../../server/headers';
import { pageWithShell } from '../support/shell';
import { builtPage, sendForText } from './support';

const PARTNERS = ['https://www.medway.gov.uk', 'http://localhost:8081'];
const config = { tls: false, partners: PARTNERS };

describe('headersFor: the embed page', () => {
  it('lets only the allow-listed partners frame /embed, and sends no X-Frame-Options there', () => {
    const headers = headersFor(EMBED_PATH, config);
    expect(headers['Content-Security-Policy']).toBe(
      CONTENT_SECURITY_POLICY.replace(
        "frame-ancestors 'none'",
        'frame-ancestors https://www.medway.gov.uk http://localhost:8081',
      ),
    );
    expect(headers).not.toHaveProperty('X-Frame-Options');
    expect(headers['Cache-Control']).toBe('no-store');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(HTML_PATHS.has(EMBED_PATH)).toBe(true);
  });

  it('keeps the embed page out of every frame while the allow-list is empty', () => {
    const headers = headersFor(EMBED_PATH, { tls: false, partners: [] });
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headers).not.toHaveProperty('X-Frame-Options');
  });

  it.each(['/', '/quick-exit.js', '/directory.json', '/embed/', '/embed.html', '/EMBED', '/nowhere'])(
    'keeps %s out of every frame, partners or not',
    (path) => {
      const headers = headersFor(path, config);
      expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
      expect(headers['X-Frame-Options']).toBe('DENY');
    },
  );

  it('an error on the embed path is framed by nobody', () => {
    for (const status of [404, 405]) {
      const headers = headersFor(EMBED_PATH, config, status);
      expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
      expect(headers['X-Frame-Options']).toBe('DENY');
    }
  });

  it('lets other sites load the snippet, revalidated each time; nothing else leaves the origin', () => {
    const snippet = headersFor(SNIPPET_PATH, config);
    expect(snippet['Cross-Origin-Resource-Policy']).toBe('cross-origin');
    expect(snippet['Cache-Control']).toBe('no-cache');
    for (const path of ['/', EMBED_PATH, '/quick-exit.js', '/assets/index-DmN3tNut.js', '/directory.json']) {
      expect(headersFor(path, config)['Cross-Origin-Resource-Policy']).toBe('same-origin');
    }
    expect(headersFor(SNIPPET_PATH, config, 404)['Cross-Origin-Resource-Policy']).toBe('same-origin');
  });
});

const INDEX = builtPage('Support Pathway');
const SNIPPET = "(() => { const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather'; })();\n";
const settings = { exitUrl: null, partners: PARTNERS };

describe('the embed page', () => {
  it('uses a valid exit address and an allow-listed parent', () => {
    const search = `?exit=${encodeURIComponent('https://www.example.org/news')}&parent=${encodeURIComponent('https://www.medway.gov.uk')}`;
    const choices = embedChoices(search, settings);
    expect(choices).toEqual({ exit: 'https://www.example.org/news', parent: 'https://www.medway.gov.uk' });
    const html = embedHtml(INDEX, choices, settings);
    expect(html).toContain('<meta name="pathway:embed" content="1" />');
    expect(html).toContain('<meta name="pathway:parent-origin" content="https://www.medway.gov.uk" />');
    expect(html).toContain('<meta name="pathway:exit-url" content="https://www.example.org/news">');
    expect(html).toContain('href="https://www.example.org/news"');
    expect(html).not.toContain('bbc.co.uk');
  });

  it('leaves out a parent that is not on the allow-list, and a bad exit address', () => {
    for (const search of [
      '?parent=https%3A%2F%2Fevil.example&exit=javascript%3Aalert(1)',
      '?parent=*&exit=data%3Atext%2Fhtml%2Chi',
      '?parent=https%3A%2F%2Fwww.medway.gov.uk%2F&exit=http%3A%2F%2Fwww.example.org%2F',
    ]) {
      const choices = embedChoices(search, settings);
      expect(choices).toEqual({ exit: null, parent: null });
      const html = embedHtml(INDEX, choices, settings);
      expect(html).not.toContain('pathway:parent-origin');
      expect(html).toContain('content="https://www.bbc.co.uk/weather"');
      expect(html).not.toMatch(/javascript:|data:|evil/);
    }
  });

  it('falls back to the server’s own exit address (EXIT_URL)', () => {
    const html = embedHtml(
      INDEX,
      { exit: null, parent: null },
      { ...settings, exitUrl: 'http://127.0.0.1:9/n' },
    );
    expect(html).toContain('content="http://127.0.0.1:9/n"');
  });

  it('sends every static phone link of the real page (the 999 line) to the top page', () => {
    const index = pageWithShell('index.html');
    const embedded = embedHtml(index, { exit: null, parent: null }, settings);
    const phoneLinks = embedded.match(/<a\b[^>]*\bhref="tel:[^>]*>/g) ?? [];
    expect(phoneLinks.length).toBe((index.match(/href="tel:/g) ?? []).length);
    expect(phoneLinks.length).toBeGreaterThan(0);
    for (const link of phoneLinks) expect(link).toContain('target="_top"');
    // Nothing else changes target: the other links stay in the frame.
    expect(embedded.match(/target="_top"/g)?.length).toBe(
      (index.match(/target="_top"/g)?.length ?? 0) + phoneLinks.length,
    );
  });

  it('writes an address with quotes or markup in it as inert text', () => {
    const exit = 'https://www.example.org/?q="><script>alert(1)</script>';
    const html = embedHtml(INDEX, { exit, parent: null }, settings);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&quot;&gt;&lt;script&gt;');
  });
});

function get(server: RunningServer, path: string, headers: Record<string, string> = {}) {
  return sendForText(server.port, path, { headers });
}

describe('the server', () => {
  let base: string;
  let server: RunningServer;
  let withoutSnippet: RunningServer;

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'pathway-embed-'));
    const root = join(base, 'dist');
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'index.html'), INDEX);
    writeFileSync(join(root, '404.html'), INDEX.replace('Support Pathway', 'Page not found'));
    writeFileSync(join(root, 'embed.js'), SNIPPET);
    const bare = join(base, 'bare');
    mkdirSync(bare);
    writeFileSync(join(bare, 'index.html'), INDEX);
    writeFileSync(join(bare, '404.html'), INDEX);
    const common = { port: 0, host: '127.0.0.1', tls: null };
    server = await startServer({
      ...common,
      root,
      exitUrl: 'http://127.0.0.1:9/neutral',
      partners: PARTNERS,
    });
    withoutSnippet = await startServer({ ...common, root: bare, exitUrl: null });
  });

  afterAll(async () => {
    await server?.close();
    await withoutSnippet?.close();
    rmSync(base, { recursive: true, force: true });
  });

  it('serves /embed with the partners’ frame-ancestors and the checked options', async () => {
    const reply = await get(
      server,
      `/embed?mode=professional&exit=${encodeURIComponent('https://www.example.org/')}&parent=${encodeURIComponent('http://localhost:8081')}`,
      // A partner's frame (a top-level visit never takes the exit address: issue #16).
      { 'Sec-Fetch-Dest': 'iframe' },
    );
    expect(reply.status).toBe(200);
    expect(reply.headers['content-security-policy']).toContain(
      'frame-ancestors https://www.medway.gov.uk http://localhost:8081',
    );
    expect(reply.headers).not.toHaveProperty('x-frame-options');
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.body).toContain('<meta name="pathway:parent-origin" content="http://localhost:8081" />');
    expect(reply.body).toContain('href="https://www.example.org/"');
  });

  it('serves / as before: framed by nobody, no embed markers', async () => {
    const reply = await get(server, '/?parent=http%3A%2F%2Flocalhost%3A8081');
    expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(reply.headers['x-frame-options']).toBe('DENY');
    expect(reply.body).not.toContain('pathway:embed');
    expect(reply.body).not.toContain('pathway:parent-origin');
  });

  it('never answers with the app under the embed path (only /embed itself)', async () => {
    for (const path of ['/embed/', '/embed/x', '/embed.html']) {
      const reply = await get(server, path);
      expect(reply.status).toBe(404);
      expect(reply.headers['x-frame-options']).toBe('DENY');
    }
  });

  it('serves the snippet to any site, with the server’s exit address, revalidated by ETag', async () => {
    const reply = await get(server, '/embed.js', { 'Accept-Encoding': 'identity' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(reply.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(reply.headers['cache-control']).toBe('no-cache');
    expect(reply.body).toBe('(() => { const DEFAULT_EXIT_URL = "http://127.0.0.1:9/neutral"; })();\n');
    const etag = String(reply.headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get(server, '/embed.js', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers['cross-origin-resource-policy']).toBe('cross-origin');
    const gzip = await get(server, '/embed.js', { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
  });

  it('a build without the snippet answers /embed.js with the 404 page', async () => {
    const reply = await get(withoutSnippet, '/embed.js');
    expect(reply.status).toBe(404);
  });
});

describe('the allow-list setting', () => {
  it('comes from config/partners.json, or the file PARTNERS_FILE names', () => {
    expect(configFromEnv({}).partners).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'pathway-partners-'));
    try {
      const file = join(dir, 'partners.json');
      writeFileSync(file, JSON.stringify({ partners: [{ name: 'Demo', origin: 'http://localhost:8081' }] }));
      expect(configFromEnv({ PARTNERS_FILE: file }).partners).toEqual(['http://localhost:8081']);
      writeFileSync(file, JSON.stringify({ partners: [{ name: 'Demo', origin: 'http://demo.example' }] }));
      expect(() => configFromEnv({ PARTNERS_FILE: file })).toThrow(/partners\.0\.origin/);
      expect(() => configFromEnv({ PARTNERS_FILE: join(dir, 'missing.json') })).toThrow(
        /allow-list is missing/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
