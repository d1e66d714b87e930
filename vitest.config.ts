import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

/**
 * Test projects: `node` (engine, schemas, command line, server, data), `ui` (React in jsdom) and
 * `browser` (real Chromium against the production server). `npm test` runs them all.
 */
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      reporters: ['default', './tests/support/summaryReporter.ts'],
      projects: [
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            // Some tests spawn the real command line (tsx start-up): give them room on a busy 2-core machine.
            testTimeout: 30_000,
            include: ['tests/**/*.test.ts'],
            exclude: ['tests/ui/**', 'tests/browser/**'],
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
          },
        },
      ],
    },
  }),
);
