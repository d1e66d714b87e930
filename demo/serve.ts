/**
 * The embed demo on this machine: `npx tsx demo/serve.ts`
 *
 * Starts the app (built if needed) on http://127.0.0.1:8080 with the demo partner's origin as its only
 * allow-listed partner, and the demo partner page on http://localhost:8081 (another site). Open the
 * second address: the tool is embedded by one script tag. APP_PORT and DEMO_PORT change the ports;
 * EXIT_URL the quick exit's address (default BBC Weather).
 */
import { startServer } from '../server/app';
import { ensureBuild } from '../server/build';
import { BUILT_EXIT_URL, checkExitUrl, checkPort, DEFAULT_DIST, PROJECT_ROOT } from '../server/config';
import { run, stopOnSignal } from '../server/process';
import { startDemoSite } from './site';

async function main() {
  const appPort = checkPort(process.env.APP_PORT ?? '8080');
  const demoPort = checkPort(process.env.DEMO_PORT ?? '8081');
  const exitUrl = process.env.EXIT_URL ? checkExitUrl(process.env.EXIT_URL) : BUILT_EXIT_URL;
  const site = await startDemoSite({ host: 'localhost', port: demoPort });
  await ensureBuild({ projectRoot: PROJECT_ROOT, outDir: DEFAULT_DIST, log: console.log });
  const app = await startServer({
    root: DEFAULT_DIST,
    port: appPort,
    host: '127.0.0.1',
    exitUrl: process.env.EXIT_URL ? exitUrl : null,
    tls: null,
    partners: [site.origin],
  });
  const appOrigin = `http://127.0.0.1:${app.port}`;
  site.configure({ appOrigin, exitUrl });
  console.log(`The app:                 ${appOrigin}/ (embed page: ${appOrigin}/embed)`);
  console.log(`The demo partner's page: ${site.url('/')}`);
  console.log(`  professional mode:     ${site.url('/?mode=professional')}`);
  stopOnSignal(() => Promise.all([app.close(), site.close()]));
}

run(main);
