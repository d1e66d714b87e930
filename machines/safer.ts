/**
 * SAFER eligibility, criterion by criterion: met, not met, or not known yet. The verdict is
 * "not-eligible" if any criterion is not met, else "eligible-once" if any is not known, else
 * "eligible". Where it is not eligible, the alternatives say what else fits. Reason codes are turned
 * into words by src/content.
 */
import { isKentDistrict, type SaferAnswers } from '../schemas/answers';
import type { DestinationId } from '../schemas/directory';
import {
  type AlternativeReason,
  CRITERIA,
  type CriterionDetail,
  type CriterionId,
  type CriterionReason,
  type CriterionStatus,
  type Verdict,
} from '../schemas/safer';

export type { AlternativeReason, CriterionId, CriterionReason, CriterionStatus, Verdict };
export { CRITERIA };

export interface CriterionResult {
  id: CriterionId;
  status: CriterionStatus;
  reason: CriterionReason;
}

export interface Alternative {
  id: DestinationId;
  reason: AlternativeReason;
}

export interface SaferAssessment {
  verdict: Verdict;
  criteria: CriterionResult[];
  alternatives: Alternative[];
}

const status = <I extends CriterionId>(
  id: I,
  s: CriterionStatus,
  detail: CriterionDetail<I>,
): CriterionResult => ({
  id,
  status: s,
  // The one cast: TypeScript cannot tie a generic `I` to its own details; the parameters are checked.
  reason: `${id}:${detail}` as CriterionReason,
});

const bool = (
  id: 'stay-local' | 'professional-referral',
  value: boolean | undefined,
  yes: 'yes',
  no: 'no',
) =>
  value === undefined
    ? status(id, 'unknown', 'unknown')
    : value
      ? status(id, 'met', yes)
      : status(id, 'not-met', no);

export function assessCriteria(a: SaferAnswers): CriterionResult[] {
  return [
    a.ageBand === undefined
      ? status('age', 'unknown', 'unknown')
      : a.ageBand === 'under-16'
        ? status('age', 'not-met', 'under-16')
        : status('age', 'met', a.ageBand),
    a.area === undefined || a.area === 'unknown'
      ? status('lives-in-kent', 'unknown', 'unknown')
      : isKentDistrict(a.area)
        ? status('lives-in-kent', 'met', 'kent')
        : status('lives-in-kent', 'not-met', a.area),
    bool('stay-local', a.needToStayLocal, 'yes', 'no'),
    a.housing === undefined
      ? status('not-temporary', 'unknown', 'unknown')
      : a.housing === 'temporary' || a.housing === 'refuge' || a.housing === 'no-fixed-address'
        ? status('not-temporary', 'not-met', a.housing)
        : status('not-temporary', 'met', 'settled'),
    perpetratorAccess(a),
    a.safestOption === false
      ? status('safest-and-consented', 'not-met', 'not-safest')
      : a.survivorConsents === false
        ? status('safest-and-consented', 'not-met', 'no-consent')
        : a.safestOption === true && a.survivorConsents === true
          ? status('safest-and-consented', 'met', 'yes')
          : status(
              'safest-and-consented',
              'unknown',
              a.safestOption === undefined ? 'safest-unknown' : 'consent-unknown',
            ),
    a.housing === 'owner' || a.landlordConsent === 'owner-occupier'
      ? status('landlord-consent', 'met', 'owner-occupier')
      : a.landlordConsent === 'yes'
        ? status('landlord-consent', 'met', 'yes')
        : a.landlordConsent === 'no'
          ? status('landlord-consent', 'not-met', 'no')
          : status('landlord-consent', 'unknown', a.landlordConsent === 'pending' ? 'pending' : 'unknown'),
    bool('professional-referral', a.referrerIsProfessional, 'yes', 'no'),
  ];
}

function perpetratorAccess(a: SaferAnswers): CriterionResult {
  if (a.perpetratorLivesThere === true) return status('perpetrator-no-access', 'not-met', 'lives-there');
  if (a.perpetratorHasLegalAccess === 'yes')
    return status('perpetrator-no-access', 'not-met', 'legal-access');
  if (a.perpetratorLivesThere === false && a.perpetratorHasLegalAccess === 'no')
    return status('perpetrator-no-access', 'met', 'no-access');
  return status(
    'perpetrator-no-access',
    'unknown',
    a.perpetratorHasLegalAccess === 'unsure' ? 'access-unsure' : 'unknown',
  );
}

export function verdictOf(criteria: readonly CriterionResult[]): Verdict {
  if (criteria.some((c) => c.status === 'not-met')) return 'not-eligible';
  if (criteria.some((c) => c.status === 'unknown')) return 'eligible-once';
  return 'eligible';
}

/** What else fits, for each criterion that is not met. */
export function alternativesFor(a: SaferAnswers, criteria: readonly CriterionResult[]): Alternative[] {
  const failed = (id: CriterionId) => criteria.find((c) => c.id === id)?.status === 'not-met';
  const out: Alternative[] = [];
  const add = (id: DestinationId, reason: AlternativeReason) => {
    if (!out.some((alt) => alt.id === id)) out.push({ id, reason });
  };
  if (failed('age')) {
    // Under 16 is child protection: no adult scheme, refuge or homelessness application of their own.
    add('childline', 'under-16');
    add('childrens-services', 'under-16');
    return out;
  }
  // The Medway scheme, like SAFER, is for a settled home: not while in temporary accommodation.
  if (a.area === 'medway' && !failed('not-temporary')) add('medway-sanctuary', 'lives-in-medway');
  if (a.area === 'outside') {
    add('homelessness-assistance', 'lives-outside-kent');
    add('national-da-helpline', 'lives-outside-kent');
  }
  if (a.perpetratorLivesThere === true) add('occupation-order', 'perpetrator-lives-there');
  if (a.perpetratorHasLegalAccess === 'yes') add('occupation-order', 'legal-access');
  // Never a refuge for someone already in one.
  const refuge = (reason: AlternativeReason) => {
    if (a.housing !== 'refuge') add('refuge', reason);
  };
  if (failed('not-temporary')) {
    refuge('temporary-accommodation');
    add('homelessness-assistance', 'temporary-accommodation');
  }
  if (a.safestOption === false) {
    refuge('not-safest');
    add('homelessness-assistance', 'not-safest');
  }
  if (a.perpetratorLivesThere === true) refuge('perpetrator-lives-there');
  if (failed('professional-referral')) add('victim-support', 'not-professional');
  return out;
}

export function assessSafer(a: SaferAnswers): SaferAssessment {
  const criteria = assessCriteria(a);
  return { verdict: verdictOf(criteria), criteria, alternatives: alternativesFor(a, criteria) };
}
