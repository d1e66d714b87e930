/**
 * What the server tests share: a stand-in build in a temporary folder (its pages as the build writes
 * them), and a plain HTTP request to a running server.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The exit address the build writes into its pages. */
export const BUILT_EXIT = 'https://www.bbc.co.uk/weather';

/** A page as the build writes it: its title, the exit address, and the quick exit link. */
export const builtPage = (title: string) =>
  `<!doctype html><html lang="en-GB"><head><title>${title}</title>` +
  `<meta name="pathway:exit-url" content="${BUILT_EXIT}"></head>` +
  `<body><a data-quick-exit href="${BUILT_EXIT}">Exit this page</a></body></html>`;

/**
 * A stand-in build: `root` (dist/) inside a new temporary folder `base` (named from `prefix`), with
 * index.html, 404.html and one script under assets/.
 */
export function standInBuild(prefix: string) {
  const base = mkdtempSync(join(tmpdir(), prefix));
  const root = join(base, 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), builtPage('Support Pathway'));
  writeFileSync(join(root, '404.html'), builtPage('Page not found'));
  writeFileSync(join(root, 'assets', 'index-AbCd1234.js'), 'console.log("app");\n');
  return { base, root };
}

export interface Reply<B = Buffer> {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: B;
}

/**
 * One request to the server on `port` on this machine, the path sent exactly as written (fetch would
 * fold `..` away): the reply's status, headers and body (its bytes).
 */
export function send(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string> } = {},
) {
  return new Promise<Reply>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** The same, with the body as text. */
export const sendForText = async (
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; encoding?: BufferEncoding } = {},
): Promise<Reply<string>> => {
  const reply = await send(port, path, options);
  return { ...reply, body: reply.body.toString(options.encoding ?? 'utf8') };
};
