/**
 * The professional MARAC threshold check (Kent & Medway): its input and its output, and its
 * vocabulary listed once. The engine (machines/marac.ts), the output schema and the copy
 * (src/content/marac.ts, keyed by these lists with `satisfies`) all use these lists, so a value
 * renamed or removed here without its copy fails `tsc`.
 *
 * The criteria are the Kent & Medway MARAC's own (sources/pages/kent-medway-marac.md, from
 * https://www.domesticabuseservices.org.uk/practitioners/make-a-referral): "There are four ways to meet
 * the high-risk threshold". The DASH questions themselves are SafeLives' wording and never appear
 * here: the check takes only the number of "yes" answers the professional recorded on their own DASH.
 */
import * as z from 'zod/mini';
import { AREAS, contractOf, uniqueList } from './answers';
import type { DESTINATION_IDS } from './directory';
import { CRITERION_STATUSES, type CriterionStatus } from './safer';

/** The stand-alone high-risk indicators the criteria name: "use of weapons, multiple perpetrators, strangulation or extreme fear". */
export const HIGH_RISK_INDICATORS = [
  'weapons',
  'multiple-perpetrators',
  'strangulation',
  'extreme-fear',
] as const;
export type HighRiskIndicator = (typeof HIGH_RISK_INDICATORS)[number];

/** "14 or more 'yes' answers on the DASH". */
export const VISIBLE_HIGH_RISK_AT = 14;
/** The DASH checklist has 24 questions: a count runs from 0 to 24. */
export const DASH_QUESTIONS = 24;
/** "three domestic abuse events have been identified in a 6-month period". */
export const ESCALATION_EVENTS = 3;

/** A whole number from `min` (to `max`, when given), with a message naming the value given. */
const count = (min: number, max?: number) => {
  const range = max === undefined ? `of ${min} or more` : `from ${min} to ${max}`;
  const checks = [
    z.refine<number>((n) => Number.isInteger(n), {
      error: (issue) => `${JSON.stringify(issue.input)} is not allowed; use a whole number ${range}`,
    }),
    z.minimum(min, {
      error: (issue) => `${JSON.stringify(issue.input)} is not allowed; use a whole number ${range}`,
    }),
  ];
  if (max !== undefined) {
    checks.push(
      z.maximum(max, {
        error: (issue) => `${JSON.stringify(issue.input)} is not allowed; use a whole number ${range}`,
      }),
    );
  }
  return z.number().check(...checks);
};

const indicators = uniqueList(HIGH_RISK_INDICATORS, 'indicator');

/** One schema per MARAC question: the step forms and the command line share them. */
export const maracFields = {
  area: z.enum(AREAS),
  dashYesCount: count(0, DASH_QUESTIONS),
  highRiskIndicators: indicators,
  professionalJudgementHighRisk: z.boolean(),
  escalating: z.boolean(),
  eventsInLast6Months: count(0),
  suicideOrSelfHarmRisk: z.boolean(),
  /** Added by this check (not in issue 15's list): where SAFER fits, the result says so. */
  wantsToStayHome: z.boolean(),
} as const;

/** Every key optional: missing means "not known". Unknown keys are refused (a typo is an error). */
export const { questions: MARAC_QUESTIONS, answers: MaracAnswers } = contractOf(maracFields);
export type MaracQuestion = keyof typeof maracFields;
export type MaracAnswers = z.infer<typeof MaracAnswers>;

/** The four ways to meet the high-risk threshold, in the source's order. */
export const THRESHOLDS = [
  'visible-high-risk',
  'professional-judgement',
  'escalation',
  'suicide-or-self-harm',
] as const;
export type ThresholdId = (typeof THRESHOLDS)[number];

/** A threshold's status, and the area's ("based in Kent and Medway"): the same three as a SAFER criterion's. */
export const THRESHOLD_STATUSES = CRITERION_STATUSES;
export type ThresholdStatus = CriterionStatus;

export const MARAC_VERDICTS = ['refer', 'refer-where-they-live', 'not-known-yet', 'not-high-risk'] as const;
export type MaracVerdict = (typeof MARAC_VERDICTS)[number];

/** Every detail a threshold's reason can carry: a reason is `${threshold}:${detail}`. */
export const THRESHOLD_DETAILS = {
  'visible-high-risk': ['unknown', 'at-or-over', 'under'],
  'professional-judgement': [
    'unknown',
    'indicators-unknown',
    'indicator',
    'judged-high-risk',
    'not-judged-high-risk',
    'dash-not-lowered',
  ],
  escalation: ['unknown', 'escalating', 'events', 'events-unknown', 'escalating-unknown', 'not-escalating'],
  'suicide-or-self-harm': ['unknown', 'yes', 'no'],
} as const satisfies Record<ThresholdId, readonly string[]>;
export type ThresholdDetail<I extends ThresholdId> = (typeof THRESHOLD_DETAILS)[I][number];
export type ThresholdReason = { [I in ThresholdId]: `${I}:${ThresholdDetail<I>}` }[ThresholdId];

/**
 * "the person experiencing domestic abuse must be based in Kent and Medway": met, not met or not
 * known, with one of these details.
 */
export const AREA_DETAILS = ['kent', 'medway', 'outside', 'unknown'] as const;
export type AreaDetail = (typeof AREA_DETAILS)[number];
export type AreaReason = `area:${AreaDetail}`;

/** What else to do, each with its reason. */
export const NEXT_STEPS = [
  'explain-and-ask-consent',
  'marac-referral-form',
  'marac-where-they-live',
  'complete-the-dash',
  'find-out-where-they-live',
  'idva',
  'check-again-if-it-changes',
  'safer-check',
  'medway-sanctuary',
] as const;
export type NextStepId = (typeof NEXT_STEPS)[number];

/** The few next steps that are services of the directory (their contacts show on the result page). */
export const NEXT_STEP_SERVICES: Partial<Record<NextStepId, (typeof DESTINATION_IDS)[number]>> = {
  idva: 'idva',
  'medway-sanctuary': 'medway-sanctuary',
};

export const MaracResult = z.strictObject({
  verdict: z.enum(MARAC_VERDICTS),
  thresholds: z.array(
    z.strictObject({
      id: z.enum(THRESHOLDS),
      status: z.enum(THRESHOLD_STATUSES),
      reason: z.string(),
    }),
  ),
  area: z.strictObject({ status: z.enum(THRESHOLD_STATUSES), reason: z.string() }),
  next: z.array(z.strictObject({ id: z.enum(NEXT_STEPS), reason: z.string() })),
});
export type MaracResult = z.infer<typeof MaracResult>;
