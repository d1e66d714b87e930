/**
 * The model-based tests every machine's exploration passes (model.test.ts, marac-model.test.ts): its
 * forward paths, Back, Change, and the coverage of its definition. Each machine adds its own numbers.
 */
import { expect, it } from 'vitest';
import type { Exploration } from './model';

/** Generous: thousands of engine runs, on two shared cores. Speed is `npm run bench`'s business. */
export const TIMEOUT = 180_000;

/** The exploration, made once for every test that reads it. */
export const once = <T>(make: () => T) => {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
};

export function modelTests(
  explore: () => Exploration,
  forward: {
    /** What the first test says of every forward path. */
    title: string;
    /** The machine's own expectations of its forward paths (their number). */
    expect: (model: Exploration) => void;
  },
  /** The machine's own expectations of the coverage (transitions it names). */
  covers: () => void = () => {},
) {
  /** A test that enough was explored (`enough`) and that no part of it (`parts`) failed. */
  const checked = (
    title: string,
    enough: (model: Exploration) => void,
    ...parts: (keyof Exploration['failures'])[]
  ) =>
    it(
      title,
      () => {
        const model = explore();
        enough(model);
        for (const part of parts) expect(model.failures[part]).toEqual([]);
      },
      TIMEOUT,
    );

  checked(forward.title, forward.expect, 'paths', 'values');
  checked(
    'Back from every state on a path returns to the state before it, keeping the answers',
    (model) => expect(model.backChecks).toBeGreaterThan(model.vertices / 2),
    'back',
  );
  checked(
    'Change, then an answer: back at check answers having asked exactly the newly-needed questions',
    (model) => expect(model.changeScenarios).toBeGreaterThan(100),
    'change',
  );

  it(
    'between them, the paths enter every state and fire every transition, `always` ones included',
    () => {
      const { coverage } = explore();
      const missed = coverage.missed();
      expect(missed.states).toEqual([]);
      expect(missed.transitions).toEqual([]);
      expect(coverage.fired.size).toBe(missed.total);
      covers();
    },
    TIMEOUT,
  );
}
