/**
 * `npm start`: build the app if dist/ is missing or stale, then serve it (PORT, default 8080).
 * `npm run serve`: serve dist/ as it is (`--no-build`). Settings: see config.ts and the README.
 */
import { startServer } from './app';
import { ensureBuild, precompress } from './build';
import { configFromEnv, PROJECT_ROOT } from './config';
import { run, stopOnSignal } from './process';

async function main() {
  const config = configFromEnv(process.env);
  if (process.argv.includes('--no-build')) {
    precompress(config.root);
  } else {
    const started = Date.now();
    const result = await ensureBuild({ projectRoot: PROJECT_ROOT, outDir: config.root, log: console.log });
    if (result === 'built') console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const server = await startServer(config);
  console.log(`Support Pathway is being served on ${server.url}`);
  if (config.exitUrl) console.log(`Quick exit goes to ${config.exitUrl}`);
  stopOnSignal(() => server.close());
}

run(main);
