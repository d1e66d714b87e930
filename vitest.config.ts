import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

/**
 * Test projects: `node` (engine, schemas, command line, server, data), `ui` (React in jsdom),
 * `browser` (real Chromium against the production server) and `engines` (one list of scenarios in
 * Chromium, Firefox ESR and WebKitGTK: tests/engines). `npm test` runs them all.
 */
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      reporters: ['default', './tests/support/summaryReporter.ts'],
      // Two test files at a time (vitest's default on 2 cores is one: cores - 1). The engines file spends
      // most of its time waiting on its three browsers, so the node and ui files run beside it. The
      // browser project stays one file at a time (fileParallelism: false puts it in a group of its own,
      // after the others). Measured in docs/performance.md, "The test suite's time".
      maxWorkers: 2,
      projects: [
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            // Some tests spawn the real command line (tsx start-up): give them room on a busy 2-core machine.
            testTimeout: 30_000,
            include: ['tests/**/*.test.ts'],
            exclude: ['tests/ui/**', 'tests/browser/**', 'tests/engines/**'],
          },
        },
        {
          extends: true,
          test: {
            name: 'ui',
            environment: 'jsdom',
            testTimeout: 30_000,
            include: ['tests/ui/**/*.test.{ts,tsx}'],
            setupFiles: ['tests/ui/setup.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            environment: 'node',
            include: ['tests/browser/**/*.test.ts'],
            testTimeout: 60_000,
            hookTimeout: 120_000,
            fileParallelism: false,
            // Journeys and result pages run side by side within a file (it.concurrent): each mostly waits
            // on Chromium, so eight at a time (vitest's default is five) keep the cores busier.
            maxConcurrency: 8,
          },
        },
        {
          extends: true,
          test: {
            // The same scenarios (tests/engines/scenarios.ts) in Chromium, Firefox ESR and WebKitGTK:
            // one browser per engine, one server, the engines side by side (concurrent tests, each
            // engine one scenario at a time).
            name: 'engines',
            environment: 'node',
            include: ['tests/engines/**/*.test.ts'],
            testTimeout: 120_000,
            hookTimeout: 120_000,
            maxConcurrency: 3,
          },
        },
      ],
    },
  }),
);
