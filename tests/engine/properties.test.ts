/**
 * Property tests over the whole answers contract (fast-check): any combination of keys, each with any
 * value the contract allows (multi-choice in any order), at any time. runTriage either returns a
 * schema-valid result that keeps every rule of DOMAIN.md, or throws AnswersError naming the question
 * left unanswered; it is deterministic, ignores answers to questions it does not ask, and adding a
 * risk sign never takes the IDVA away. The SAFER verdict follows its criteria. Anything that is not
 * an answers object is refused with AnswersError, never a crash.
 *
 * 10,000 runs per property when CI is set (`CI=true npx vitest run tests/engine/properties.test.ts`),
 * else 1,000.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { driveTriage } from '../../machines/drive';
import { appliesEverywhere } from '../../machines/predicates';
import { recommend, sanctuaryFits } from '../../machines/recommend';
import { triagePath } from '../../machines/triageMachine';
import {
  ABUSE_TYPES,
  AGE_BANDS,
  AREAS,
  COMMUNICATION,
  GENDERS,
  HOUSING,
  KENT_DISTRICTS,
  LANDLORD_CONSENT,
  RISK_SIGNS,
  ROLES,
  type SaferAnswers,
  TRIAGE_QUESTIONS,
  type TriageAnswers,
  type TriageQuestion,
  WANTS,
  YES_NO_UNSURE,
} from '../../schemas/answers';
import { SaferResult, TriageResult } from '../../schemas/output';
import { bundledDirectory } from '../../src/directory/bundled';
import { AnswersError, checkSafer, runTriage } from '../../src/engine';
import { itHolds, NUM_RUNS, params, TIMEOUT } from './holds';
import {
  PINNED_TIMES,
  REASON_CONDITIONS,
  reasonProblems,
  saferAgainstDomain,
  triageProblems,
} from './invariants';

const choices = <T>(values: readonly T[]) => fc.shuffledSubarray([...values]);
const triageValues = {
  immediateDanger: fc.boolean(),
  role: fc.constantFrom(...ROLES),
  area: fc.constantFrom(...AREAS),
  ageBand: fc.constantFrom(...AGE_BANDS),
  gender: fc.constantFrom(...GENDERS),
  abuserLivesWithYou: fc.boolean(),
  abuserHasAccess: fc.constantFrom(...YES_NO_UNSURE),
  accessIsLegalRight: fc.constantFrom(...YES_NO_UNSURE),
  safeAtHome: fc.constantFrom(...YES_NO_UNSURE),
  housing: fc.constantFrom(...HOUSING),
  abuseTypes: choices(ABUSE_TYPES),
  riskSigns: choices(RISK_SIGNS),
  children: fc.boolean(),
  worriedChildRemoved: fc.boolean(),
  wants: choices(WANTS),
  communication: choices(COMMUNICATION),
};
/** Every key optional (most such objects miss a question the flow asks), or every key present. */
const anyAnswers: fc.Arbitrary<TriageAnswers> = fc.oneof(
  { weight: 1, arbitrary: fc.record(triageValues, { requiredKeys: [] }) },
  { weight: 3, arbitrary: fc.record(triageValues) },
);
const completeAnswers: fc.Arbitrary<TriageAnswers> = fc.record(triageValues);
/** Any time within a few years, across the clocks changing. */
const anyTime = fc.date({
  min: new Date('2025-01-01T00:00:00Z'),
  max: new Date('2028-12-31T23:59:59Z'),
  noInvalidDate: true,
});

const saferAnswers: fc.Arbitrary<SaferAnswers> = fc.record(
  {
    ageBand: fc.constantFrom(...AGE_BANDS),
    area: fc.constantFrom(...AREAS),
    needToStayLocal: fc.boolean(),
    housing: fc.constantFrom(...HOUSING),
    perpetratorLivesThere: fc.boolean(),
    perpetratorHasLegalAccess: fc.constantFrom(...YES_NO_UNSURE),
    safestOption: fc.boolean(),
    survivorConsents: fc.boolean(),
    landlordConsent: fc.constantFrom(...LANDLORD_CONSENT),
    referrerIsProfessional: fc.boolean(),
  },
  { requiredKeys: [] },
);

/** Not answers: any value, objects with any keys, and answers objects with one value of any kind. */
const junk = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 })),
  fc
    .tuple(completeAnswers, fc.constantFrom(...TRIAGE_QUESTIONS), fc.jsonValue({ maxDepth: 2 }))
    .map(([answers, key, value]) => ({ ...answers, [key]: value })),
);

/** runTriage, or the AnswersError it throws (anything else thrown fails the property). */
function attempt(answers: unknown, at: Date): TriageResult | AnswersError {
  try {
    return runTriage(answers, { at });
  } catch (error) {
    if (error instanceof AnswersError) return error;
    throw error;
  }
}

describe('runTriage over the whole answers contract', () => {
  itHolds(
    'returns a schema-valid result keeping every DOMAIN rule, or names the unanswered question; deterministic',
    () =>
      fc.property(anyAnswers, completeAnswers, anyTime, (answers, other, at) => {
        const before = structuredClone(answers);
        const outcome = attempt(answers, at);
        expect(answers).toEqual(before); // the input is not changed
        const path = triagePath(answers);
        if (outcome instanceof AnswersError) {
          // Only ever a question the flow asks, left unanswered: the first one, and that alone.
          expect(path.missing).not.toBeNull();
          expect(outcome.problems.map((p) => p.field)).toEqual([path.missing]);
          return;
        }
        expect(TriageResult.safeParse(outcome).success).toBe(true);
        expect(triageProblems(outcome)).toEqual([]);
        // The machine asks what the table it is built from says (driveTriage ≡ triagePath).
        expect(path.missing).toBeNull();
        expect(outcome.path).toEqual(path.asked);
        // Deterministic, and answers to questions not asked are ignored: the same answers to the
        // questions asked, in a new object with other answers to the rest, give the same result.
        const asked = Object.fromEntries(
          outcome.path.map((q) => [q, structuredClone(answers[q as TriageQuestion])]),
        );
        const unasked = TRIAGE_QUESTIONS.filter((q) => !outcome.path.includes(q)).map((q) => [q, other[q]]);
        expect(runTriage({ ...Object.fromEntries(unasked), ...asked }, { at })).toEqual(outcome);
      }),
  );

  itHolds('adding a risk sign never takes the IDVA away', () =>
    fc.property(completeAnswers, fc.constantFrom(...RISK_SIGNS), (answers, sign) => {
      const drive = driveTriage(answers);
      if (!drive.ok || !drive.asked.includes('riskSigns') || answers.riskSigns?.includes(sign)) return;
      const ids = (a: TriageAnswers) => recommend(a).map((r) => r.id);
      const before = ids(drive.answers);
      const after = ids({ ...drive.answers, riskSigns: [...(drive.answers.riskSigns ?? []), sign] });
      if (before.includes('idva')) expect(after).toContain('idva');
      // Where Victim Support reaches (Kent, Medway, or area not known), any risk sign: an IDVA.
      if (drive.answers.area !== 'outside') expect(after).toContain('idva');
      // A risk sign only ever adds: nothing is taken away.
      for (const id of before) expect(after).toContain(id);
    }),
  );

  itHolds('Kent and Medway alike: SAFER in a Kent district exactly when the Medway scheme in Medway', () =>
    fc.property(completeAnswers, fc.constantFrom(...KENT_DISTRICTS), (answers, district) => {
      const drive = driveTriage({ ...answers, area: district });
      if (!drive.ok) throw new Error('complete answers always finish the flow');
      const kent = recommend(drive.answers).map((r) => r.id);
      const medway = recommend({ ...drive.answers, area: 'medway' }).map((r) => r.id);
      expect(kent.includes('safer-scheme')).toBe(medway.includes('medway-sanctuary'));
      expect(kent).not.toContain('medway-sanctuary');
      expect(medway).not.toContain('safer-scheme');
    }),
  );

  it(
    'a route that applies everywhere is never missing because of the area',
    () => {
      const everywhere = new Set(
        bundledDirectory.services.filter((s) => appliesEverywhere(s.serviceArea)).map((s) => s.id),
      );
      expect(everywhere).toContain('police-101');
      expect(everywhere).toContain('clares-law');
      const at = PINNED_TIMES['Monday 10:00'];
      fc.assert(
        fc.property(completeAnswers, fc.constantFrom(...KENT_DISTRICTS), (answers, district) => {
          // Kent has the most local services: whatever route for everyone a Kent district gets, every
          // other area gets too (elsewhere national stand-ins may add more, never fewer).
          const inKent = runTriage({ ...answers, area: district }, { at })
            .recommendations.map((r) => r.id)
            .filter((id) => everywhere.has(id));
          for (const area of AREAS) {
            const ids = runTriage({ ...answers, area }, { at }).recommendations.map((r) => r.id);
            for (const id of inKent) expect(ids, `${id} in ${district} but not in ${area}`).toContain(id);
          }
        }),
        { numRuns: Math.ceil(NUM_RUNS / 4) },
      );
    },
    TIMEOUT,
  );

  it(
    'no reason without its condition: each reason code is shown only when its condition holds',
    () => {
      const seen = new Set<string>();
      fc.assert(
        fc.property(completeAnswers, anyTime, (answers, at) => {
          const result = runTriage(answers, { at });
          for (const r of result.recommendations) for (const code of r.reasonCodes) seen.add(code);
          expect(reasonProblems(result.answers, result.recommendations)).toEqual([]);
        }),
        params,
      );
      // The property saw most codes (each code's condition was exercised, not vacuously true).
      expect(seen.size).toBeGreaterThan(Object.keys(REASON_CONDITIONS).length * 0.8);
    },
    TIMEOUT,
  );

  it('the reason check catches a reason given without its condition, or on another service', () => {
    const a: TriageAnswers = { area: 'dover', safeAtHome: 'unsure', role: 'self' };
    expect(reasonProblems(a, [{ id: 'safer-scheme', reasonCodes: ['safe-to-stay'] }])).toHaveLength(1);
    expect(reasonProblems(a, [{ id: 'drop-ins', reasonCodes: ['front-door-kent'] }])).toHaveLength(1);
    expect(reasonProblems(a, [{ id: 'victim-support', reasonCodes: ['front-door-kent'] }])).toEqual([]);
  });

  itHolds(
    'sanctuaryFits never when the abuser has, or may have, a legal right; SASS never with the abuser at home',
    () =>
      fc.property(completeAnswers, (answers) => {
        const drive = driveTriage(answers);
        if (!drive.ok) throw new Error('complete answers always finish the flow');
        const a = drive.answers;
        const legal =
          (a.abuserHasAccess === 'yes' || a.abuserHasAccess === 'unsure') && a.accessIsLegalRight !== 'no';
        if (legal || a.abuserLivesWithYou === true) expect(sanctuaryFits(a)).toBe(false);
        const ids = recommend(a).map((r) => r.id);
        if (legal) expect(ids).not.toContain('safer-scheme');
        if (legal) expect(ids).not.toContain('medway-sanctuary');
        if (a.abuserLivesWithYou === true) expect(ids).not.toContain('sass');
      }),
  );

  itHolds('refuses anything that is not an answers object with AnswersError, never a crash', () =>
    fc.property(junk, anyTime, (value, at) => {
      const outcome = attempt(value, at);
      if (!(outcome instanceof AnswersError)) expect(TriageResult.safeParse(outcome).success).toBe(true);
      else expect(outcome.problems.length).toBeGreaterThan(0);
    }),
  );
});

describe('checkSafer over the whole SAFER contract', () => {
  itHolds(
    'verdict: not eligible iff a criterion is not met; eligible once iff none is not met and some unknown',
    () =>
      fc.property(saferAnswers, (answers) => {
        // "owner-occupier" with any housing but "owner" (that asks the landlord question) is a
        // contradiction: refused, naming both fields, never a verdict.
        if (
          answers.landlordConsent === 'owner-occupier' &&
          answers.housing !== undefined &&
          answers.housing !== 'owner'
        ) {
          let thrown: unknown;
          try {
            checkSafer(answers);
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(AnswersError);
          expect((thrown as AnswersError).problems.map((p) => p.field).sort()).toEqual([
            'housing',
            'landlordConsent',
          ]);
          return;
        }
        const result = checkSafer(answers);
        expect(SaferResult.safeParse(result).success).toBe(true);
        const status = result.criteria.map((c) => c.status);
        expect(result.verdict === 'not-eligible').toBe(status.includes('not-met'));
        expect(result.verdict === 'eligible-once').toBe(
          !status.includes('not-met') && status.includes('unknown'),
        );
        expect(result.verdict === 'eligible').toBe(status.every((s) => s === 'met'));
        // Each criterion as DOMAIN.md states it, from the answers the check asks for.
        const asked = { ...answers };
        if (answers.perpetratorLivesThere === true) delete asked.perpetratorHasLegalAccess;
        if (answers.housing === 'owner') delete asked.landlordConsent;
        expect(saferAgainstDomain(asked, result)).toEqual([]);
        expect(checkSafer(structuredClone(answers))).toEqual(result);
      }),
  );

  itHolds('refuses anything that is not a SAFER answers object with AnswersError, never a crash', () =>
    fc.property(junk, (value) => {
      try {
        expect(SaferResult.safeParse(checkSafer(value)).success).toBe(true);
      } catch (error) {
        expect(error).toBeInstanceOf(AnswersError);
      }
    }),
  );
});
