/** Copy for the SAFER check's verdict: each criterion's name and the reason for its status. */

import type { Area } from '../../schemas/answers';
import type { AlternativeReason, CriterionId, CriterionReason } from '../../schemas/safer';
import { AREA_NAMES } from './areas';

export const CRITERION_NAMES = {
  age: 'Aged 16 or over',
  'lives-in-kent': 'Lives in Kent',
  'stay-local': 'Needs to stay in the local area',
  'not-temporary': 'Settled home, not temporary or emergency accommodation',
  'perpetrator-no-access': 'Perpetrator’s access to the home',
  'safest-and-consented': 'Safest and most appropriate support, and the survivor consents',
  'landlord-consent': 'Landlord or owner consents to the works',
  'professional-referral': 'Referred by a professional',
} as const satisfies Record<CriterionId, string>;

/** Every criterion-and-detail pair the check can give (schemas/safer.ts), each with its words. */
const REASONS = {
  'age:unknown': 'Ask their age.',
  'age:under-16':
    'They are under 16. SAFER is for people aged 16 or over. This is a child protection matter.',
  'age:16-17': 'They are 16 or 17.',
  'age:18-plus': 'They are 18 or over.',
  'lives-in-kent:unknown': 'Ask where they live.',
  'lives-in-kent:kent': 'They live in a Kent County Council district.',
  'lives-in-kent:medway':
    'They live in Medway. Medway is a separate council with its own sanctuary scheme, run through Oasis.',
  'lives-in-kent:outside': 'They live outside Kent. SAFER is only for Kent residents.',
  'stay-local:unknown': 'Ask if they need to stay in the local area.',
  'stay-local:yes': 'They need to stay in the local area.',
  'stay-local:no': 'They do not need to stay in the local area.',
  'not-temporary:unknown': 'Ask where they live now.',
  'not-temporary:settled': 'They live in a settled home.',
  'not-temporary:temporary': 'They live in temporary accommodation.',
  'not-temporary:refuge': 'They live in a refuge, which is emergency accommodation.',
  'not-temporary:no-fixed-address': 'They have no fixed address, so there is no home to make safer.',
  'perpetrator-no-access:unknown': 'Ask if the perpetrator lives there or has legal access.',
  'perpetrator-no-access:access-unsure':
    'Check whether the perpetrator has a key or a legal right, such as a joint tenancy or ownership.',
  'perpetrator-no-access:lives-there': 'The perpetrator lives in the property.',
  'perpetrator-no-access:legal-access':
    'The perpetrator has legal access to the property, such as a joint tenancy or ownership.',
  'perpetrator-no-access:no-access': 'The perpetrator lives elsewhere and has no legal access.',
  'safest-and-consented:safest-unknown':
    'Find out if staying at home is the safest and most appropriate support.',
  'safest-and-consented:consent-unknown': 'Ask the survivor if they consent.',
  'safest-and-consented:not-safest': 'Staying at home is not the safest and most appropriate support.',
  'safest-and-consented:no-consent': 'The survivor does not consent.',
  'safest-and-consented:yes': 'It is the safest and most appropriate support, and the survivor consents.',
  'landlord-consent:unknown': 'Ask the landlord or owner.',
  'landlord-consent:pending': 'The landlord has been asked and has not answered yet.',
  'landlord-consent:no': 'The landlord or owner has not consented to the works.',
  'landlord-consent:yes': 'The landlord or owner has consented to the works.',
  'landlord-consent:owner-occupier': 'They own the home, so they can consent to the works themselves.',
  'professional-referral:unknown': 'Find out who is making the referral.',
  'professional-referral:yes': 'A professional is making the referral.',
  'professional-referral:no': 'Only a professional can refer. The survivor cannot refer themselves.',
} as const satisfies Record<CriterionReason, string>;

export function criterionReasonText(reason: CriterionReason): string {
  return REASONS[reason];
}

export const ALTERNATIVE_REASONS = {
  'lives-in-medway':
    'They live in Medway: professionals can refer to the Medway Sanctuary Scheme through Oasis.',
  'lives-outside-kent':
    'They live outside Kent: every council has a duty to support eligible people who are homeless because of domestic abuse.',
  'under-16': 'They are under 16: this is child protection. Talk to children’s services.',
  'legal-access':
    'The perpetrator has legal access: an occupation order can stop them living in or coming to the home.',
  // Each reason is shown beside one alternative (an occupation order, a refuge, homelessness help), so
  // it names no other service: someone already in a refuge is never told a refuge may fit.
  'perpetrator-lives-there': 'The perpetrator lives in the home.',
  'temporary-accommodation': 'They are not in a settled home yet, and SAFER is for a settled home.',
  'not-safest': 'Staying at home is not the safest option for them.',
  'not-professional':
    'Ask a professional to refer: a GP, Victim Support, a housing team, an early help worker or a social worker.',
} as const satisfies Record<AlternativeReason, string>;

export const areaName = (area: Area) => AREA_NAMES[area];
