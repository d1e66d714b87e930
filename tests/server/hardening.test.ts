/**
 * The server under attack (issue #16), on a stand-in build in a temporary folder, loopback only:
 * no open redirect from /embed, embed pages whose cost does not depend on made-up options, slow and
 * malformed clients cut short with the security headers, headers decided on the normalised path, a
 * live directory swapped without a partial body and sent compressed, EXIT_URL in /embed.js, and the
 * optional HTTP → HTTPS redirect. Load figures are in `npm run bench` (scripts/bench-server.ts).
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { minify } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedirectHandler, type RunningServer, startServer } from '../../server/app';
import { configFromEnv, type ServerConfig } from '../../server/config';
import { createEmbedPages, readSnippet } from '../../server/embed';
import { BUILT_EXIT, builtPage, send, standInBuild } from './support';

const PARTNER = 'https://www.medway.gov.uk';
const EVIL = 'https://evil.example/phish';

let base: string;
let root: string;
let server: RunningServer;
const directoryV1 = JSON.stringify({ version: 1, services: [{ id: 'a', text: 'x'.repeat(4000) }] });
const directoryV2 = JSON.stringify({ version: 1, services: [{ id: 'b', text: 'y'.repeat(9000) }] });

function config(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return { root, port: 0, host: '127.0.0.1', exitUrl: null, tls: null, partners: [PARTNER], ...overrides };
}

beforeAll(async () => {
  ({ base, root } = standInBuild('pathway-harden-'));
  writeFileSync(join(root, 'directory.json'), directoryV1);
  // The snippet as the build writes it: public/embed.js through the same minifier.
  const minified = await minify('embed.js', readFileSync('public/embed.js', 'utf8'), {
    compress: true,
    mangle: { toplevel: false },
  });
  writeFileSync(join(root, 'embed.js'), minified.code);
  server = await startServer(config({ exitUrl: 'https://neutral.example/' }));
});

afterAll(async () => {
  await server?.close();
  rmSync(base, { recursive: true, force: true });
});

function get(target: RunningServer | number, path: string, headers: Record<string, string> = {}) {
  return send(typeof target === 'number' ? target : target.port, path, { headers });
}

/** Writes raw bytes on a new connection and collects what comes back until the server closes it. */
function raw(port: number, bytes: string, { end = true } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      answer += chunk;
    });
    socket.on('close', () => resolve(answer));
    socket.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' ? resolve(answer) : reject(error),
    );
    socket.write(bytes);
    if (end) socket.end();
  });
}

const embedQuery = (exit: string, parent = PARTNER) =>
  `/embed?exit=${encodeURIComponent(exit)}&parent=${encodeURIComponent(parent)}`;

describe('no open redirect from /embed', () => {
  it('ignores the exit address of a top-level visit, even with a partner named', async () => {
    for (const dest of ['document', undefined]) {
      const reply = await get(server, embedQuery(EVIL), dest ? { 'Sec-Fetch-Dest': dest } : {});
      const html = reply.body.toString();
      expect(html).not.toContain('evil.example');
      expect(html).toContain('href="https://neutral.example/"');
    }
  });

  it('ignores the exit address in a frame without an allow-listed partner', async () => {
    for (const path of [
      `/embed?exit=${encodeURIComponent(EVIL)}`,
      embedQuery(EVIL, 'https://other.example'),
    ]) {
      const html = (await get(server, path, { 'Sec-Fetch-Dest': 'iframe' })).body.toString();
      expect(html).not.toContain('evil.example');
    }
  });

  it('uses it as the partner’s option on the partner’s framed page', async () => {
    const exit = 'https://www.example.org/news';
    const html = (await get(server, embedQuery(exit), { 'Sec-Fetch-Dest': 'iframe' })).body.toString();
    expect(html).toContain(`href="${exit}"`);
    expect(html).toContain(`<meta name="pathway:parent-origin" content="${PARTNER}" />`);
  });
});

describe('the embed page’s cost does not depend on made-up options', () => {
  const pages = createEmbedPages(builtPage('Support Pathway'), { exitUrl: null, partners: [PARTNER] });

  it('gives one prepared page for any unknown or refused option', () => {
    const plain = pages('', { framed: false });
    for (let i = 0; i < 300; i += 1) {
      expect(pages(`?x${i}=${i}`, { framed: false })).toBe(plain);
      expect(pages(`?exit=${encodeURIComponent(`https://x.example/${i}`)}`, { framed: false })).toBe(plain);
    }
  });

  it('keeps the partner’s pages while made-up exit addresses come and go', () => {
    const partnerPage = pages(`?parent=${encodeURIComponent(PARTNER)}`, { framed: true });
    for (let i = 0; i < 300; i += 1) pages(embedQuery(`https://x.example/${i}`).slice(6), { framed: true });
    expect(pages(`?parent=${encodeURIComponent(PARTNER)}`, { framed: true })).toBe(partnerPage);
  });
});

describe('slow and malformed clients', () => {
  it('closes a connection that sends its headers too slowly, with a 408 and the security headers', async () => {
    const slow = await startServer(config({ limits: { headersTimeoutMs: 300, checkIntervalMs: 100 } }));
    try {
      // Headers never finished: Node's default would hold this for 60 s (the test would time out).
      const answer = await raw(slow.port, 'GET / HTTP/1.1\r\nHost: x\r\nX-Slow: 1', { end: false });
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect(answer).toMatch(/X-Content-Type-Options: nosniff/i);
    } finally {
      await slow.close();
    }
  });

  it('refuses connections over the cap and keeps answering the others', async () => {
    const capped = await startServer(config({ limits: { maxConnections: 2 } }));
    const held = [connect(capped.port, '127.0.0.1'), connect(capped.port, '127.0.0.1')];
    try {
      await Promise.all(held.map((s) => new Promise((resolve) => s.on('connect', resolve))));
      const refused = await raw(capped.port, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n');
      expect(refused).toBe('');
      for (const socket of held) socket.destroy();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((await get(capped, '/')).status).toBe(200);
    } finally {
      for (const socket of held) socket.destroy();
      await capped.close();
    }
  });

  it('answers a request Node cannot parse with a 400 that carries the security headers', async () => {
    const answer = await raw(server.port, 'NOT HTTP AT ALL\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect(answer).toMatch(/Content-Security-Policy: default-src 'none'/);
    expect(answer).toMatch(/X-Frame-Options: DENY/);
  });

  it('answers headers that are too large with a 431 that carries the security headers', async () => {
    const answer = await raw(
      server.port,
      `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(40_000)}\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 431/);
    expect(answer).toMatch(/X-Content-Type-Options: nosniff/);
    expect(answer).toMatch(/Cache-Control: no-store/);
  });
});

describe('headers decided on the normalised path', () => {
  it('answers /embed.js/ and /directory.json/ as not found, never as the file with other headers', async () => {
    for (const path of ['/embed.js/', '/directory.json/', '/quick-exit.js/']) {
      const reply = await get(server, path);
      expect(reply.status).toBe(404);
      expect(reply.headers['cache-control']).toBe('no-store');
    }
  });

  it('sends an encoded path with the headers (and content) of the file it names', async () => {
    const snippet = await get(server, '/%65mbed.js');
    expect(snippet.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(snippet.body.toString()).toContain('neutral.example');
    const directory = await get(server, '/directory%2Ejson');
    expect(directory.headers['cache-control']).toBe('no-store');
    expect(directory.body.toString()).toBe(readFileSync(join(root, 'directory.json'), 'utf8'));
  });

  it('never sends a 416 as immutable', async () => {
    const reply = await get(server, '/assets/index-AbCd1234.js', { Range: 'bytes=999999-' });
    expect(reply.status).toBe(416);
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('the live directory file', () => {
  it('is sent compressed, from memory, with an ETag', async () => {
    const reply = await get(server, '/directory.json', { 'Accept-Encoding': 'gzip' });
    expect(reply.headers['content-encoding']).toBe('gzip');
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(gunzipSync(reply.body).toString()).toBe(readFileSync(join(root, 'directory.json'), 'utf8'));
    const again = await get(server, '/directory.json', { 'If-None-Match': String(reply.headers.etag) });
    expect(again.status).toBe(304);
  });

  it('keeps sending the last whole copy while a plain overwrite is half written', async () => {
    writeFileSync(join(root, 'directory.json'), directoryV1);
    expect((await get(server, '/directory.json')).body.toString()).toBe(directoryV1);
    writeFileSync(join(root, 'directory.json'), directoryV2.slice(0, 1000));
    expect((await get(server, '/directory.json')).body.toString()).toBe(directoryV1);
    writeFileSync(join(root, 'directory.json'), directoryV2);
    expect((await get(server, '/directory.json')).body.toString()).toBe(directoryV2);
  });

  it('gives only whole copies while it is swapped by rename under load', async () => {
    const versions = new Set([directoryV1, directoryV2]);
    let swaps = 0;
    let swapping = true;
    const swapper = (async () => {
      while (swapping) {
        const next = swaps % 2 === 0 ? directoryV2 : directoryV1;
        writeFileSync(join(root, '.directory.tmp'), next);
        renameSync(join(root, '.directory.tmp'), join(root, 'directory.json'));
        swaps += 1;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const bodies: string[] = [];
    for (let round = 0; round < 20; round += 1) {
      const replies = await Promise.all(Array.from({ length: 10 }, () => get(server, '/directory.json')));
      bodies.push(...replies.map((r) => r.body.toString()));
    }
    swapping = false;
    await swapper;
    expect(swaps).toBeGreaterThan(1);
    expect(bodies.filter((body) => !versions.has(body))).toEqual([]);
  });
});

describe('EXIT_URL reaches /embed.js', () => {
  it('replaces the address the minifier wrote as a template literal', async () => {
    const built = readFileSync(join(root, 'embed.js'), 'utf8');
    expect(built).toContain(BUILT_EXIT);
    const snippet = readSnippet(root, 'https://neutral.example/');
    expect(snippet?.body.toString()).not.toContain(BUILT_EXIT);
    expect(snippet?.body.toString()).toContain('"https://neutral.example/"');
    const reply = await get(server, '/embed.js');
    expect(reply.body.toString()).not.toContain('bbc.co.uk');
  });
});

describe('HTTP → HTTPS redirect (with TLS)', () => {
  it('sends every plain-HTTP request to the same path on https, with the security headers', async () => {
    const plain = createServer(createRedirectHandler(8443));
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
    const port = (plain.address() as { port: number }).port;
    try {
      const reply = await get(port, '/embed?mode=professional', { Host: 'pathway.example:8080' });
      expect(reply.status).toBe(301);
      expect(reply.headers.location).toBe('https://pathway.example:8443/embed?mode=professional');
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      const bad = await get(port, '/', { Host: 'evil.example/x@y' });
      expect(bad.status).toBe(400);
    } finally {
      plain.close();
    }
  });

  it('is configured with HTTP_REDIRECT_PORT, only beside TLS', () => {
    expect(() => configFromEnv({ HTTP_REDIRECT_PORT: '8080' })).toThrow(/only with TLS/);
    expect(configFromEnv({ HTTP_REDIRECT_PORT: '80', TLS_CERT: 'c', TLS_KEY: 'k' }).httpRedirectPort).toBe(
      80,
    );
    expect(configFromEnv({ MAX_CONNECTIONS: '100' }).limits).toEqual({ maxConnections: 100 });
  });
});
