/**
 * What the engine returns (runTriage, checkSafer and the command line): the UI and integrators rely
 * on this shape. Every result is checked against these schemas in tests.
 */
import * as z from 'zod/mini';
import { TRIAGE_QUESTIONS, TriageAnswers } from './answers';
import { DAYS, DESTINATION_IDS, KINDS } from './directory';
import { REASON_CODES } from './reasons';
import { CRITERIA, CRITERION_STATUSES, VERDICTS } from './safer';

export const Recommendation = z.strictObject({
  id: z.enum(DESTINATION_IDS),
  kind: z.enum(KINDS),
  /** Why it is shown, in terms of the person's answers. */
  reasons: z.array(z.string()).check(z.minLength(1)),
  reasonCodes: z.array(z.enum(REASON_CODES)).check(z.minLength(1)),
  /** Open at `at` (London time); null when the directory holds no hours for it. */
  openNow: z.nullable(z.boolean()),
  open24Hours: z.boolean(),
  /** When it next opens, if closed now. */
  opensNext: z.optional(z.strictObject({ day: z.enum(DAYS), time: z.string(), inDays: z.number() })),
});
export type Recommendation = z.infer<typeof Recommendation>;

export const TriageResult = z.strictObject({
  recommendations: z.array(Recommendation).check(z.minLength(1)),
  /** The questions the flow asked, in order. */
  path: z.array(z.enum(TRIAGE_QUESTIONS as [string, ...string[]])),
  /** The answers the result rests on (answers to questions not asked are left out). */
  answers: TriageAnswers,
  /** True when the flow showed the emergency page. */
  emergency: z.boolean(),
  at: z.string(),
});
export type TriageResult = z.infer<typeof TriageResult>;

export const SaferResult = z.strictObject({
  verdict: z.enum(VERDICTS),
  criteria: z.array(
    z.strictObject({
      id: z.enum(CRITERIA),
      status: z.enum(CRITERION_STATUSES),
      reason: z.string(),
    }),
  ),
  alternatives: z.array(z.strictObject({ id: z.enum(DESTINATION_IDS), reason: z.string() })),
});
export type SaferResult = z.infer<typeof SaferResult>;
