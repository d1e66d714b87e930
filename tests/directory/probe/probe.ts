/** The app's one start call, built on its own by tests/directory/build.test.ts. */
import { startLiveDirectory } from '../../../src/directory/live';

void startLiveDirectory();
