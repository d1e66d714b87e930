/**
 * The msw server for Node tests of the live directory, in its own module (ENGINEERING-NOTES: msw 2).
 * A test file calls `withDirectoryServer()` at its top level: listen before all tests with
 * `onUnhandledRequest: 'error'`, reset per-test overrides after each, close after all. Override a
 * test's answer with `server.use(directoryHandler('server-error'))`.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { handlers } from '../../src/mocks/handlers';

export const server = setupServer(...handlers);

/** The origin the Node tests pretend the app runs on. */
export const ORIGIN = 'http://localhost';

export function withDirectoryServer() {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}
