/**
 * The msw browser worker for `npm run dev:mock` only. It is imported dynamically from
 * startLiveDirectory() behind `import.meta.env.DEV && import.meta.env.VITE_MOCK === '1'`, so
 * production builds contain neither msw nor a service-worker registration (tests/directory/build.test.ts).
 * Choose what /directory.json answers with VITE_MOCK_DIRECTORY (see SCENARIOS in ./handlers).
 */
import { setupWorker } from 'msw/browser';
import { directoryHandler, isScenario } from './handlers';

export async function startMockWorker(): Promise<void> {
  const wanted = import.meta.env.VITE_MOCK_DIRECTORY;
  const scenario = isScenario(wanted) ? wanted : 'bundled';
  const worker = setupWorker(directoryHandler(scenario));
  await worker.start({ onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
  console.info(`msw: /directory.json answers with the "${scenario}" scenario`);
}
