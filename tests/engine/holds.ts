/**
 * How long and how hard the property tests run (properties.test.ts, marac-properties.test.ts):
 * 1,000 runs a property, 10,000 in CI.
 */
import fc from 'fast-check';
import { it } from 'vitest';

export const NUM_RUNS = process.env.CI ? 10_000 : 1_000;
export const params = { numRuns: NUM_RUNS };
/** The longest property: 10,000 runs of several engine evaluations each, on a shared machine. */
export const TIMEOUT = 300_000;

/** A test that the property holds for NUM_RUNS runs (the property is made when the test runs). */
export const itHolds = <Ts extends unknown[]>(title: string, property: () => fc.IProperty<Ts>) =>
  it(
    title,
    () => {
      fc.assert(property(), params);
    },
    TIMEOUT,
  );
