/**
 * `npm run bench`: the engine bench (tests/bench/engine.bench.ts), the server load bench
 * (tests/bench/server.bench.ts: requests/s and p99 on loopback), then the browser bench
 * (tests/bench/browser.bench.ts: bundle sizes, Lighthouse, step latency), each in its own process so
 * that one cannot slow the other. Arguments after `--` go to the browser bench
 * (`npm run bench -- --only latency`). Figures are reported against targets, not asserted: the exit
 * code is not 0 only when a bench could not run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../server/config';

const tsx = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const benches = [
  { name: 'engine', file: join(PROJECT_ROOT, 'tests', 'bench', 'engine.bench.ts'), args: [] as string[] },
  // Loopback load on the production server (needs dist/; BENCH_ROOT=other checkout to compare).
  { name: 'server', file: join(PROJECT_ROOT, 'tests', 'bench', 'server.bench.ts'), args: [] as string[] },
  {
    name: 'browser',
    file: join(PROJECT_ROOT, 'tests', 'bench', 'browser.bench.ts'),
    args: process.argv.slice(2),
  },
];

let failed = 0;
for (const bench of benches) {
  if (!existsSync(bench.file)) {
    console.log(`\n== ${bench.name} bench: ${bench.file} is not there yet, skipped ==`);
    continue;
  }
  console.log(`\n== ${bench.name} bench ==`);
  const run = spawnSync(tsx, [bench.file, ...bench.args], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    console.error(`${bench.name} bench failed (exit ${run.status ?? run.signal})`);
    failed += 1;
  }
}
process.exitCode = failed > 0 ? 1 : 0;
