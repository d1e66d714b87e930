/**
 * Property tests over the whole MARAC answers contract (fast-check): any combination of keys, each
 * with any value the contract allows. checkMarac returns a schema-valid result keeping every rule
 * of the Kent & Medway threshold (maracInvariants.ts); a DASH of 14 or more always refers in Kent and
 * Medway; adding a met threshold never lowers the verdict; professional judgement never lowers a DASH
 * of 14 or more; answers to questions the check does not ask are ignored; anything that is not an
 * answers object is refused with AnswersError, never a crash.
 *
 * 10,000 runs per property when CI is set (`CI=true npx vitest run tests/engine/marac-properties.test.ts`),
 * else 1,000.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { driveMarac } from '../../machines/drive';
import { assessMarac, VERDICT_RANK } from '../../machines/marac';
import { AREAS, KENT_DISTRICTS } from '../../schemas/answers';
import {
  DASH_QUESTIONS,
  HIGH_RISK_INDICATORS,
  MARAC_QUESTIONS,
  type MaracAnswers,
  MaracResult,
  THRESHOLDS,
} from '../../schemas/marac';
import { AnswersError, checkMarac } from '../../src/engine';
import { itHolds, params, TIMEOUT } from './holds';
import { expectedStatuses, maracProblems } from './maracInvariants';

const values = {
  area: fc.constantFrom(...AREAS),
  dashYesCount: fc.integer({ min: 0, max: DASH_QUESTIONS }),
  highRiskIndicators: fc.shuffledSubarray([...HIGH_RISK_INDICATORS]),
  professionalJudgementHighRisk: fc.boolean(),
  escalating: fc.boolean(),
  eventsInLast6Months: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 10_000 })),
  suicideOrSelfHarmRisk: fc.boolean(),
  wantsToStayHome: fc.boolean(),
};
/** Every key optional: missing is "not known". */
const anyAnswers: fc.Arbitrary<MaracAnswers> = fc.record(values, { requiredKeys: [] });
const kentOrMedway = fc.constantFrom(...KENT_DISTRICTS, 'medway' as const);

/** Answers that make one threshold met (on top of whatever else is given). */
const meeting = fc.constantFrom<[string, (a: MaracAnswers) => MaracAnswers][]>(
  ['a DASH of 14 or more', (a) => ({ ...a, dashYesCount: Math.max(a.dashYesCount ?? 0, 14) })],
  ['judged high risk', (a) => ({ ...a, professionalJudgementHighRisk: true })],
  [
    'a stand-alone indicator',
    (a) => ({
      ...a,
      highRiskIndicators: [...new Set([...(a.highRiskIndicators ?? []), 'weapons' as const])],
    }),
  ],
  ['escalating', (a) => ({ ...a, escalating: true })],
  ['3 or more events', (a) => ({ ...a, eventsInLast6Months: Math.max(a.eventsInLast6Months ?? 0, 3) })],
  ['a risk of suicide or self-harm', (a) => ({ ...a, suicideOrSelfHarmRisk: true })],
);

describe('checkMarac over the whole MARAC contract', () => {
  itHolds('returns a schema-valid result keeping every rule; deterministic; the input is not changed', () =>
    fc.property(anyAnswers, (answers) => {
      const before = structuredClone(answers);
      const result = checkMarac(answers);
      expect(answers).toEqual(before);
      expect(MaracResult.safeParse(result).success).toBe(true);
      expect(maracProblems(driveMarac(answers).answers, result)).toEqual([]);
      expect(checkMarac(structuredClone(answers))).toEqual(result);
    }),
  );

  itHolds('a DASH of 14 or more always refers in Kent and Medway, whatever else is answered', () =>
    fc.property(
      anyAnswers,
      kentOrMedway,
      fc.integer({ min: 14, max: DASH_QUESTIONS }),
      (answers, area, dash) => {
        const result = checkMarac({ ...answers, area, dashYesCount: dash });
        expect(result.verdict).toBe('refer');
        expect(result.thresholds.find((t) => t.id === 'visible-high-risk')?.status).toBe('met');
        expect(result.next.map((n) => n.id)).toContain('marac-referral-form');
      },
    ),
  );

  itHolds('professional judgement never lowers a DASH of 14 or more', () =>
    fc.property(
      anyAnswers,
      fc.integer({ min: 14, max: DASH_QUESTIONS }),
      fc.option(fc.boolean(), { nil: undefined }),
      (answers, dash, judgement) => {
        const withDash = { ...answers, dashYesCount: dash };
        delete withDash.professionalJudgementHighRisk;
        const judged = { ...withDash, professionalJudgementHighRisk: judgement };
        if (judgement === undefined) delete judged.professionalJudgementHighRisk;
        const without = checkMarac(withDash);
        const withJudgement = checkMarac(judged);
        expect(VERDICT_RANK[withJudgement.verdict]).toBeGreaterThanOrEqual(VERDICT_RANK[without.verdict]);
        expect(withJudgement.thresholds[0]).toEqual(without.thresholds[0]);
        expect(withJudgement.thresholds[0]?.status).toBe('met');
        // Judged below high risk, with a DASH of 14 or more: still the verdict of the DASH alone
        // where the rest is the same.
        expect(withJudgement.verdict === 'not-high-risk').toBe(false);
      },
    ),
  );

  itHolds('adding a met threshold never lowers the verdict, and never un-meets another threshold', () =>
    fc.property(anyAnswers, meeting, (answers, [, add]) => {
      const before = assessMarac(answers);
      const after = assessMarac(add(answers));
      expect(VERDICT_RANK[after.verdict]).toBeGreaterThanOrEqual(VERDICT_RANK[before.verdict]);
      expect(after.thresholds.some((t) => t.status === 'met')).toBe(true);
      for (const t of before.thresholds) {
        if (t.status === 'met') expect(after.thresholds.find((u) => u.id === t.id)?.status).toBe('met');
      }
      // And through the library, which drives the flow first (moot answers dropped).
      expect(VERDICT_RANK[checkMarac(add(answers)).verdict]).toBeGreaterThanOrEqual(
        VERDICT_RANK[checkMarac(answers).verdict],
      );
    }),
  );

  itHolds('the pure decision keeps the rules on every answer given, asked or not', () =>
    fc.property(anyAnswers, (answers) => {
      const { thresholds } = assessMarac(answers);
      const expected = expectedStatuses(answers);
      expect(thresholds.map((t) => t.id)).toEqual([...THRESHOLDS]);
      for (const t of thresholds) expect(t.status).toBe(expected[t.id]);
    }),
  );

  itHolds('ignores answers to questions it does not ask (made moot by another answer)', () =>
    fc.property(anyAnswers, fc.record(values), (answers, other) => {
      const { asked } = driveMarac(answers);
      const askedOnly = Object.fromEntries(
        asked.filter((q) => answers[q] !== undefined).map((q) => [q, answers[q]]),
      );
      const unasked = Object.fromEntries(
        MARAC_QUESTIONS.filter((q) => !asked.includes(q)).map((q) => [q, other[q]]),
      );
      const mixed = { ...unasked, ...askedOnly };
      if (!MARAC_QUESTIONS.every((q) => driveMarac(mixed).asked.includes(q) === asked.includes(q))) return;
      expect(checkMarac(mixed)).toEqual(checkMarac(answers));
    }),
  );

  it(
    'refuses anything that is not a MARAC answers object with AnswersError, never a crash',
    () => {
      const junk = fc.oneof(
        fc.anything({ maxDepth: 3 }),
        fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 })),
        fc
          .tuple(anyAnswers, fc.constantFrom(...MARAC_QUESTIONS), fc.jsonValue({ maxDepth: 2 }))
          .map(([answers, key, value]) => ({ ...answers, [key]: value })),
      );
      fc.assert(
        fc.property(junk, (value) => {
          try {
            expect(MaracResult.safeParse(checkMarac(value)).success).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(AnswersError);
            expect((error as AnswersError).problems.length).toBeGreaterThan(0);
          }
        }),
        params,
      );
    },
    TIMEOUT,
  );
});
