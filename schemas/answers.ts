/**
 * The answers contract of ../shared/DOMAIN.md: a public interface. Keys and values are relied on by
 * partner integrations and acceptance tests, so they are never renamed (new ones may be added).
 *
 * Written with `zod/mini` so that the same schemas run in the browser at a small size.
 */
import * as z from 'zod/mini';

export const ROLES = ['self', 'someone-else', 'own-behaviour', 'professional'] as const;
export const KENT_DISTRICTS = [
  'ashford',
  'canterbury',
  'dartford',
  'dover',
  'folkestone-and-hythe',
  'gravesham',
  'maidstone',
  'sevenoaks',
  'swale',
  'thanet',
  'tonbridge-and-malling',
  'tunbridge-wells',
] as const;
export const AREAS = [...KENT_DISTRICTS, 'medway', 'outside', 'unknown'] as const;
export const AGE_BANDS = ['under-16', '16-17', '18-plus'] as const;
export const GENDERS = ['female', 'male', 'other', 'prefer-not-to-say'] as const;
export const YES_NO_UNSURE = ['yes', 'no', 'unsure'] as const;
export const HOUSING = [
  'owner',
  'private-rented',
  'social-rented',
  'temporary',
  'refuge',
  'with-family-or-friends',
  'no-fixed-address',
] as const;
export const ABUSE_TYPES = [
  'physical',
  'sexual',
  'emotional',
  'coercive-control',
  'economic',
  'stalking',
  'digital',
  'honour-based',
  'forced-marriage',
  'fgm',
] as const;
export const RISK_SIGNS = [
  'very-frightened',
  'getting-worse',
  'strangulation',
  'threats-to-kill',
  'weapon',
  'pregnant-or-new-baby',
  'recent-separation',
  /** The person could not say: never removes the IDVA route (DOMAIN.md). */
  'not-sure',
] as const;
export const WANTS = [
  'talk-now',
  'safety-plan',
  'secure-home',
  'leave-home',
  'report-to-police',
  'court-protection',
  'check-partner-history',
  'help-for-children',
  'recovery-groups',
] as const;
export const COMMUNICATION = ['hearing-or-speech', 'bsl', 'other-language'] as const;
export const LANDLORD_CONSENT = ['yes', 'no', 'pending', 'owner-occupier'] as const;

export type Role = (typeof ROLES)[number];
export type KentDistrict = (typeof KENT_DISTRICTS)[number];
export type Area = (typeof AREAS)[number];
export type LandlordConsent = (typeof LANDLORD_CONSENT)[number];

/** A list of these values, each at most once (`what` names one in the message). */
export const uniqueList = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z
    .array(z.enum(values))
    .check(z.refine((list) => new Set(list).size === list.length, { message: `each ${what} at most once` }));

/** A multi-choice answer: each option at most once. */
const choices = <T extends readonly [string, ...string[]]>(values: T) => uniqueList(values, 'option');

/**
 * Every key optional (a missing key is a question not asked, or "not known yet"); unknown keys are
 * refused (a typo is an error). Derived from a field map, so each key is listed once.
 */
export const allOptional = <F extends Record<string, z.ZodMiniType>>(fields: F) =>
  z.strictObject(
    Object.fromEntries(Object.entries(fields).map(([key, schema]) => [key, z.optional(schema)])) as {
      [K in keyof F]: z.ZodMiniOptional<F[K]>;
    },
  );

/**
 * What a contract derives from its field map: its questions, in the map's order (the flow's and its
 * check answers page's), and its answers schema (`allOptional`).
 */
export const contractOf = <F extends Record<string, z.ZodMiniType>>(fields: F) => ({
  questions: Object.keys(fields) as (keyof F & string)[],
  answers: allOptional(fields),
});

/** One schema per self-service question: the step forms and the command line share them. */
export const triageFields = {
  immediateDanger: z.boolean(),
  role: z.enum(ROLES),
  area: z.enum(AREAS),
  ageBand: z.enum(AGE_BANDS),
  /** For `someone-else`: the gender of the person they are worried about. */
  gender: z.enum(GENDERS),
  abuserLivesWithYou: z.boolean(),
  /** A key, or a legal right such as joint tenancy or ownership. */
  abuserHasAccess: z.enum(YES_NO_UNSURE),
  /**
   * Asked when `abuserHasAccess` is yes or unsure. `yes`: a legal right to be there (joint tenancy,
   * ownership, a court order); `no`: only a key or a way in, which changing the locks deals with.
   */
  accessIsLegalRight: z.enum(YES_NO_UNSURE),
  safeAtHome: z.enum(YES_NO_UNSURE),
  housing: z.enum(HOUSING),
  abuseTypes: choices(ABUSE_TYPES),
  riskSigns: choices(RISK_SIGNS),
  children: z.boolean(),
  worriedChildRemoved: z.boolean(),
  wants: choices(WANTS),
  communication: choices(COMMUNICATION),
} as const;

/** The self-service answers: every key optional, the flow decides which it asks. */
export const { questions: TRIAGE_QUESTIONS, answers: TriageAnswers } = contractOf(triageFields);
export type TriageQuestion = keyof typeof triageFields;
export type TriageAnswers = z.infer<typeof TriageAnswers>;

/** The professional SAFER check. Any key may be missing: that means "not known yet". */
export const saferFields = {
  ageBand: z.enum(AGE_BANDS),
  area: z.enum(AREAS),
  needToStayLocal: z.boolean(),
  housing: z.enum(HOUSING),
  perpetratorLivesThere: z.boolean(),
  perpetratorHasLegalAccess: z.enum(YES_NO_UNSURE),
  safestOption: z.boolean(),
  survivorConsents: z.boolean(),
  landlordConsent: z.enum(LANDLORD_CONSENT),
  referrerIsProfessional: z.boolean(),
} as const;

export const { questions: SAFER_QUESTIONS, answers: SaferAnswers } = contractOf(saferFields);
export type SaferQuestion = keyof typeof saferFields;
export type SaferAnswers = z.infer<typeof SaferAnswers>;

/**
 * SAFER answers that cannot both be true: `owner-occupier` says the survivor owns the home, so it
 * contradicts any other housing answer (a private or social tenant, temporary accommodation, a
 * refuge, someone else's home). Each pair names both fields; the command line refuses them (exit 2)
 * and the SAFER check's landlord question never offers that answer to anyone but an owner.
 */
export function saferContradictions(
  a: SaferAnswers,
): { fields: [SaferQuestion, SaferQuestion]; message: string }[] {
  if (a.landlordConsent === 'owner-occupier' && a.housing !== undefined && a.housing !== 'owner')
    return [
      {
        fields: ['housing', 'landlordConsent'],
        message: `housing "${a.housing}" and landlordConsent "owner-occupier" contradict each other: owner-occupier means the survivor owns the home (housing "owner")`,
      },
    ];
  return [];
}

export const isKentDistrict = (area: Area | undefined): area is KentDistrict =>
  (KENT_DISTRICTS as readonly string[]).includes(area ?? '');
