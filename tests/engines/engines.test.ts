/**
 * The shared scenarios (scenarios.ts) in three engines at once, against one production server:
 * - Chromium (Debian's) through playwright-core, the back/forward cache on;
 * - Firefox ESR (Debian's `firefox-esr`) through puppeteer-core over WebDriver BiDi;
 * - WebKitGTK's MiniBrowser through WebKitWebDriver (under xvfb-run) and selenium-webdriver.
 *
 * One browser per engine for the whole run. The engines run side by side (the tests are concurrent,
 * listed scenario by scenario), each engine one scenario at a time (its own queue). `ENGINES=firefox`
 * (a comma-separated list) runs only some of them.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { SCENARIOS } from './scenarios';
import { startChromium } from './support/chromium';
import type { Driver, EngineName } from './support/driver';
import { type EngineEnv, type Servers, startServers } from './support/env';
import { startFirefox } from './support/firefox';
import { startWebKit } from './support/webkit';

const STARTERS: Record<EngineName, () => Promise<Driver>> = {
  chromium: startChromium,
  firefox: startFirefox,
  webkit: startWebKit,
};
const ALL = Object.keys(STARTERS) as EngineName[];
const chosen = (process.env.ENGINES ?? '').split(',').filter((name): name is EngineName => name in STARTERS);
const ENGINES = chosen.length > 0 ? chosen : ALL;

let servers: Servers | undefined;
const drivers = new Map<EngineName, Driver>();
const envs = new Map<EngineName, EngineEnv>();
/** Each engine's queue: a scenario starts once the engine's previous one has ended. */
const queues = new Map<EngineName, Promise<unknown>>();

beforeAll(async () => {
  const started = await startServers();
  servers = started;
  // The browsers start together.
  await Promise.all(
    ENGINES.map(async (engine) => {
      envs.set(engine, await started.forEngine());
      drivers.set(engine, await STARTERS[engine]());
    }),
  );
});

afterAll(async () => {
  await Promise.all([...drivers.values()].map((driver) => driver.close()));
  await servers?.close();
});

function inQueue(engine: EngineName, task: () => Promise<void>): Promise<void> {
  const previous = queues.get(engine) ?? Promise.resolve();
  const next = previous.catch(() => {}).then(task);
  queues.set(engine, next);
  return next;
}

describe.concurrent('the quick exit and the journeys in every engine', () => {
  for (const scenario of SCENARIOS) {
    for (const engine of ENGINES) {
      it(`${engine}: ${scenario.name}`, () =>
        inQueue(engine, async () => {
          const driver = drivers.get(engine);
          const env = envs.get(engine);
          if (!driver || !env) throw new Error(`${engine} did not start`);
          await driver.fresh();
          await scenario.run(driver, env);
        }));
    }
  }
});
