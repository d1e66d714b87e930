/**
 * The SAFER check's vocabulary, listed once: the criteria, their statuses, the verdicts and, per
 * criterion, every detail its status can have (a reason is `${criterion}:${detail}`). The engine
 * (machines/safer.ts), the output schema and the copy (src/content/safer.ts, keyed by these with
 * `satisfies`) all use these lists, so a value renamed or removed here without its copy fails `tsc`.
 */

/** Each criterion, in the check's order, with every detail its status can have. */
export const CRITERION_DETAILS = {
  age: ['unknown', 'under-16', '16-17', '18-plus'],
  'lives-in-kent': ['unknown', 'kent', 'medway', 'outside'],
  'stay-local': ['unknown', 'yes', 'no'],
  'not-temporary': ['unknown', 'settled', 'temporary', 'refuge', 'no-fixed-address'],
  'perpetrator-no-access': ['unknown', 'access-unsure', 'lives-there', 'legal-access', 'no-access'],
  'safest-and-consented': ['safest-unknown', 'consent-unknown', 'not-safest', 'no-consent', 'yes'],
  'landlord-consent': ['unknown', 'pending', 'no', 'yes', 'owner-occupier'],
  'professional-referral': ['unknown', 'yes', 'no'],
} as const;
export type CriterionId = keyof typeof CRITERION_DETAILS;
export type CriterionDetail<I extends CriterionId> = (typeof CRITERION_DETAILS)[I][number];
/**
 * The criteria in the check's order: the keys of CRITERION_DETAILS (an object keeps its keys' order),
 * typed as a list of at least one, as the schemas' enums take it.
 */
export const CRITERIA = Object.keys(CRITERION_DETAILS) as readonly CriterionId[] as readonly [
  CriterionId,
  ...CriterionId[],
];

export const CRITERION_STATUSES = ['met', 'not-met', 'unknown'] as const;
export type CriterionStatus = (typeof CRITERION_STATUSES)[number];

export const VERDICTS = ['eligible', 'not-eligible', 'eligible-once'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Why a criterion has its status: `${criterion}:${detail}`, worded in src/content. */
export type CriterionReason = { [I in CriterionId]: `${I}:${CriterionDetail<I>}` }[CriterionId];

export const ALTERNATIVE_REASON_CODES = [
  'lives-in-medway',
  'lives-outside-kent',
  'under-16',
  'legal-access',
  'perpetrator-lives-there',
  'temporary-accommodation',
  'not-safest',
  'not-professional',
] as const;
export type AlternativeReason = (typeof ALTERNATIVE_REASON_CODES)[number];
