/**
 * A complete self-service answers object shared by tests that need any whole journey, not a named
 * case of fixtures/answers: a woman in Medway, not in danger now, the abuser living elsewhere
 * without a key, safe at home in social housing, coercive control, nothing more asked for.
 */
import type { TriageAnswers } from '../../schemas/answers';

export const MEDWAY_SELF = {
  immediateDanger: false,
  role: 'self',
  area: 'medway',
  ageBand: '18-plus',
  gender: 'female',
  abuserLivesWithYou: false,
  abuserHasAccess: 'no',
  safeAtHome: 'yes',
  housing: 'social-rented',
  abuseTypes: ['coercive-control'],
  riskSigns: [],
  children: false,
  wants: [],
  communication: [],
} as const satisfies TriageAnswers;
