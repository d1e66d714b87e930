/**
 * SAFER's alternatives fit the person's situation (issue #11, item 8): nobody already in a refuge is
 * offered a refuge, or told one "may fit", whatever else they answered; nobody in temporary
 * accommodation is offered the Medway scheme.
 */
import { describe, expect, it } from 'vitest';
import { HOUSING, LANDLORD_CONSENT } from '../../schemas/answers';
import { checkSafer } from '../../src/engine';

const flags = [true, false, undefined] as const;
const cases = HOUSING.flatMap((housing) =>
  flags.flatMap((perpetratorLivesThere) =>
    flags.map((safestOption) => ({ housing, perpetratorLivesThere, safestOption })),
  ),
);

describe('SAFER alternatives fit the situation', () => {
  it.each(['medway', 'maidstone'] as const)(
    'in a refuge: no refuge, and no reason naming one (%s)',
    (area) => {
      for (const c of cases.filter((x) => x.housing === 'refuge')) {
        const out = checkSafer({ ageBand: '18-plus', area, ...strip(c) });
        expect(out.alternatives.map((alt) => alt.id)).not.toContain('refuge');
        for (const alt of out.alternatives) expect(alt.reason).not.toMatch(/refuge/i);
      }
    },
  );

  it('in temporary accommodation: never the Medway scheme', () => {
    for (const c of cases.filter((x) => x.housing === 'temporary')) {
      const out = checkSafer({
        ageBand: '18-plus',
        area: 'medway',
        landlordConsent: LANDLORD_CONSENT[0],
        ...strip(c),
      });
      expect(out.alternatives.map((alt) => alt.id)).not.toContain('medway-sanctuary');
    }
  });
});

/** Leaves out the keys that are not known (undefined), as the contract's "missing" means. */
function strip<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
