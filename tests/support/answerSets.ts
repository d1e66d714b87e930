/**
 * Checks shared by the named answer sets' tests (tests/engine/fixtures.test.ts, marac-cli.test.ts):
 * the sets between them cover every value of a list; a check's result gives each criterion or
 * threshold the status its set names.
 */
import { expect } from 'vitest';

export const sorted = (list: readonly string[]) => [...list].sort();

/** Each value is covered (`covered` holds for it): one expectation each, named by `label`. */
export function expectEachCovered<T>(
  values: readonly T[],
  covered: (value: T) => boolean,
  label: (value: T) => string = String,
) {
  for (const value of values) expect(covered(value), label(value)).toBe(true);
}

/** For each status of `expected`, exactly its ids have that status in `items` (in any order). */
export function expectStatuses(
  items: readonly { id: string; status: string }[],
  expected: Record<string, readonly string[]>,
) {
  for (const [status, ids] of Object.entries(expected)) {
    expect(sorted(items.filter((item) => item.status === status).map((item) => item.id))).toEqual(
      sorted(ids),
    );
  }
}
