/**
 * The service directory bundled with the app. It is checked against the schema where a bad edit can
 * be stopped, not on every visitor's phone: the build fails on it (scripts/vite-directory.ts) and so do
 * the tests (tests/directory.test.ts, which also proves that parsing it changes nothing,
 * so that this typed view is exactly what `Directory.parse` would give). Data from outside the build,
 * the live directory (liveDirectory.ts) and the command line's `pathway directory --file`, is parsed at the boundary.
 */
import data from '../../fixtures/directory.json';
import type { Directory } from '../../schemas/directory';

export const bundledDirectory = data as unknown as Directory;
