/**
 * Server load bench (issue #16), loopback only and bounded: requests/s and p99 latency for `/` under
 * 50 and 1,000 connections, under a slow-socket flood, and for `/embed` with a made-up exit address
 * on every request (each one a page cache miss before the fix).
 *
 *   npx tsx tests/bench/server.bench.ts            this checkout (dist/ must be built)
 *   BENCH_ROOT=/path/to/other/checkout npx tsx …   another checkout, e.g. the old code to compare
 *   BENCH_SECONDS=5 BENCH_SLOW_SOCKETS=3000        length of each run, size of the flood
 *
 * The server runs in its own process (`tsx server/start.ts --no-build` in that checkout), so the
 * load generator (autocannon) and the flood do not share its event loop. Figures depend on the
 * machine and its load: the load average is printed with them. Reported, not asserted.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';

const ROOT = resolve(process.env.BENCH_ROOT ?? join(import.meta.dirname, '..', '..'));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const SLOW_SOCKETS = Number(process.env.BENCH_SLOW_SOCKETS ?? 3000);
const HOST = '127.0.0.1';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, HOST, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

async function startServer(port: number): Promise<ChildProcess> {
  if (!existsSync(join(ROOT, 'dist', 'index.html'))) throw new Error(`${ROOT}/dist is not built`);
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, ['server/start.ts', '--no-build'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((done, fail) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('being served')) done();
    });
    child.once('exit', (code) => fail(new Error(`the server exited (${code})`)));
  });
  return child;
}

interface Figures {
  name: string;
  rps: number;
  p99: number;
  errors: number;
  non2xx: number;
  note?: string;
}

async function run(name: string, options: autocannon.Options): Promise<Figures> {
  const result = await autocannon({ duration: SECONDS, ...options });
  return {
    name,
    rps: Math.round(result.requests.average),
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Keeps `count` sockets open that send a request's headers one byte a second and never finish. */
function slowFlood(port: number, count: number) {
  const sockets = new Set<Socket>();
  let stopped = false;
  let opened = 0;
  let cut = 0;
  const open = () => {
    if (stopped) return;
    const socket = connect(port, HOST);
    opened += 1;
    sockets.add(socket);
    socket.on('connect', () => socket.write('GET / HTTP/1.1\r\nHost: x\r\n'));
    socket.on('error', () => {});
    socket.on('close', () => {
      sockets.delete(socket);
      cut += 1;
      // A real flood opens another at once.
      setTimeout(open, 100);
    });
  };
  for (let i = 0; i < count; i += 1) open();
  const drip = setInterval(() => {
    for (const socket of sockets) if (socket.writable) socket.write('X');
  }, 1000);
  return {
    stats: () => ({ open: sockets.size, opened, cut }),
    stop() {
      stopped = true;
      clearInterval(drip);
      for (const socket of sockets) socket.destroy();
    },
  };
}

async function main() {
  const port = await freePort();
  const server = await startServer(port);
  const url = `http://${HOST}:${port}`;
  const results: Figures[] = [];
  try {
    const load = () =>
      loadavg()
        .map((n) => n.toFixed(1))
        .join(' ');
    console.log(`checkout ${ROOT}; ${SECONDS} s a run; load average at start ${load()}`);
    // Warm-up.
    await autocannon({ url: `${url}/`, connections: 10, duration: 1 });
    results.push(await run('/ x50', { url: `${url}/`, connections: 50 }));
    results.push(await run('/ x1000', { url: `${url}/`, connections: 1000 }));
    let i = 0;
    results.push(
      await run('/embed unique exit x50', {
        url: `${url}/embed`,
        connections: 50,
        headers: { 'accept-encoding': 'gzip, br', 'sec-fetch-dest': 'iframe' },
        requests: [
          {
            setupRequest: (request) => {
              i += 1;
              return {
                ...request,
                path: `/embed?exit=${encodeURIComponent(`https://x.example/${i}`)}`,
              };
            },
          },
        ],
      }),
    );
    const flood = slowFlood(port, SLOW_SOCKETS);
    await new Promise((done) => setTimeout(done, 2000));
    const during = await run(`/ x50 during ${SLOW_SOCKETS} slow sockets`, {
      url: `${url}/`,
      connections: 50,
    });
    const { open, opened, cut } = flood.stats();
    during.note = `${open} slow sockets open at the end, ${cut} cut by the server, ${opened} opened`;
    results.push(during);
    flood.stop();
    console.log(`load average at end ${load()}`);
  } finally {
    server.kill('SIGTERM');
  }
  console.log('\n| run | requests/s | p99 (ms) | errors | non-2xx | note |');
  console.log('| --- | ---: | ---: | ---: | ---: | --- |');
  for (const r of results)
    console.log(`| ${r.name} | ${r.rps} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${r.note ?? ''} |`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
