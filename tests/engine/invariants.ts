/**
 * The routing rules of ../shared/DOMAIN.md as checks on one engine result. The model-based, property
 * and fixture tests and `npm run bench` all apply them: each returns the rules a result breaks, in
 * words, so that a failure says which rule and why.
 */
import { servesArea } from '../../machines/predicates';
import type { CRITERIA } from '../../machines/safer';
import type { SaferAnswers, TriageAnswers } from '../../schemas/answers';
import { isKentDistrict } from '../../schemas/answers';
import type { DestinationId } from '../../schemas/directory';
import { SaferResult, TriageResult } from '../../schemas/output';
import { bundledDirectory } from '../../src/directory/bundled';

/** Times "open now" is pinned to (Europe/London is UTC+0 in November). */
export const PINNED_TIMES = {
  'Monday 10:00': new Date('2026-11-23T10:00:00Z'),
  'Tuesday 09:45': new Date('2026-11-24T09:45:00Z'),
  'Friday 21:00': new Date('2026-11-27T21:00:00Z'),
  'Sunday 03:00': new Date('2026-11-29T03:00:00Z'),
} as const;

/** Never for someone under 16 (DOMAIN: child protection, not the adult pathway). */
export const ADULT_ONLY: readonly DestinationId[] = [
  'refuge',
  'idva',
  'safer-scheme',
  'medway-sanctuary',
  'homelessness-assistance',
];

/** Kent and Medway services: never for someone who lives outside Kent and Medway. */
export const LOCAL_ONLY: readonly DestinationId[] = [
  'victim-support',
  'idva',
  'safer-scheme',
  'medway-sanctuary',
  'dave',
  'drop-ins',
  'rising-sun',
  'ashford-one-stop-shop',
  'housing-options-ashford',
  'sass',
  'children-community-support',
  'support-groups',
];

const SURVIVOR_SERVICES: readonly DestinationId[] = [
  'victim-support',
  'national-da-helpline',
  'idva',
  'refuge',
  'safer-scheme',
  'medway-sanctuary',
  'homelessness-assistance',
];

const ownHome = (a: TriageAnswers) =>
  a.housing === 'owner' || a.housing === 'private-rented' || a.housing === 'social-rented';

const SERVICES = new Map(bundledDirectory.services.map((s) => [s.id, s]));

/** The rules one triage result breaks (empty when it keeps them all). */
export function triageProblems(result: TriageResult): string[] {
  const problems: string[] = [];
  const rule = (ok: boolean, text: string) => {
    if (!ok) problems.push(text);
  };
  const parsed = TriageResult.safeParse(result);
  rule(parsed.success, `matches schemas/output.ts TriageResult: ${parsed.error?.message ?? ''}`);

  const a = result.answers;
  const recs = result.recommendations;
  const ids = recs.map((r) => r.id);
  const idSet = new Set(ids);
  const has = (id: DestinationId) => idSet.has(id);
  /**
   * A rule that names a destination applies where the directory says it serves the person's area:
   * the engine leaves out services for other areas (outside Kent and Medway, national ones only).
   */
  const serves = (id: DestinationId) => {
    const service = SERVICES.get(id);
    return !service || servesArea(service.serviceArea, a.area);
  };
  const hasWhereServed = (...list: DestinationId[]) => list.every((id) => !serves(id) || has(id));
  const rec = (id: DestinationId) => recs.find((r) => r.id === id);
  const danger = a.immediateDanger === true;
  const under16 = a.ageBand === 'under-16';
  const ownBehaviour = a.role === 'own-behaviour';
  const adultAffected = !under16 && !ownBehaviour;
  const kent = isKentDistrict(a.area);
  const medway = a.area === 'medway';
  const kentOrMedway = kent || medway;
  const mayBeLocal = kentOrMedway || a.area === 'unknown';

  rule(new Set(ids).size === ids.length, 'each destination at most once');
  rule(has('emergency-999'), 'every result names emergency-999');
  rule(result.emergency === danger, 'the emergency page is shown exactly when in immediate danger');
  if (danger) rule(ids[0] === 'emergency-999', 'in immediate danger, emergency-999 comes first');
  rule(
    recs.some((r) => r.open24Hours),
    'names a contact open 24 hours',
  );
  rule(
    recs.some((r) => r.openNow === true),
    `names a contact open now (${result.at})`,
  );
  if (adultAffected) {
    rule(
      recs.some((r) => r.id !== 'emergency-999' && r.open24Hours),
      'for someone affected, names a 24-hour contact besides 999',
    );
    rule(
      recs.some((r) => r.id !== 'emergency-999' && r.openNow === true),
      `for someone affected, names a contact besides 999 open now (${result.at})`,
    );
    rule(has('national-da-helpline'), 'someone affected gets the 24-hour helpline');
    if (kentOrMedway) rule(has('victim-support'), 'in Kent or Medway, Victim Support is the front door');
  }

  // The sanctuary schemes: only when the home can be made safe, in the right council area.
  const sanctuaryConditions: Array<[boolean, string]> = [
    [a.role === 'self' || a.role === 'professional', 'the survivor or a professional is answering'],
    [a.ageBand === '16-17' || a.ageBand === '18-plus', 'aged 16 or over'],
    [a.safeAtHome === 'yes' || a.safeAtHome === 'unsure', 'not unsafe at home'],
    [a.abuserLivesWithYou === false, 'the abuser does not live there'],
    [a.abuserHasAccess === 'no', 'the abuser has no key or legal access'],
    [ownHome(a), 'lives in their own (owned or rented) home, not temporary accommodation or a refuge'],
  ];
  for (const [scheme, inArea, area] of [
    ['safer-scheme', kent, 'a Kent district'],
    ['medway-sanctuary', medway, 'Medway'],
  ] as const) {
    if (!has(scheme)) continue;
    rule(inArea, `${scheme} only for someone who lives in ${area} (area: ${a.area})`);
    for (const [ok, why] of sanctuaryConditions) rule(ok, `${scheme} only when ${why}`);
  }
  if (!kent) rule(!has('safer-scheme'), `never safer-scheme outside the Kent districts (area: ${a.area})`);
  if (!medway) rule(!has('medway-sanctuary'), `never medway-sanctuary outside Medway (area: ${a.area})`);

  if (under16) {
    for (const id of ADULT_ONLY) rule(!has(id), `under 16 never gets ${id}`);
    rule(has('childline'), 'under 16: Childline');
    if (a.role === 'someone-else' || a.role === 'professional') {
      // An adult asking about a child: child protection, not the child's own advice.
      const first = serves('childrens-services') ? 'childrens-services' : 'childline';
      if (!danger) rule(ids[0] === first, `an adult worried about a child under 16: ${first} first`);
      rule(!has('trusted-adult'), 'an adult asking about a child is not told to find a trusted adult');
      rule(hasWhereServed('childrens-services'), 'an adult worried about a child: children’s services');
    } else {
      if (!danger) rule(ids[0] === 'childline', 'under 16, Childline comes first');
      rule(
        hasWhereServed('childrens-services', 'trusted-adult'),
        'under 16: a trusted adult and children’s services',
      );
    }
  }
  if (ownBehaviour) {
    for (const id of SURVIVOR_SERVICES)
      rule(!has(id), `someone worried about their own behaviour never gets ${id}`);
    if (!danger) rule(ids[0] === 'respect-phoneline', 'own behaviour: the Respect Phoneline first');
  }
  if (a.area === 'outside') {
    for (const id of LOCAL_ONLY) rule(!has(id), `outside Kent and Medway never ${id}`);
  }
  if (!mayBeLocal) rule(!has('idva'), 'an IDVA only where Victim Support reaches');

  if (adultAffected) {
    if (a.safeAtHome === 'no') {
      rule(
        hasWhereServed('refuge', 'homelessness-assistance'),
        'not safe at home: refuge and homelessness help',
      );
    }
    if ((a.riskSigns?.length ?? 0) > 0 && mayBeLocal) {
      rule(has('idva'), 'a risk sign in (or maybe in) Kent or Medway: an IDVA');
      const idva = rec('idva');
      rule(
        idva?.reasonCodes.includes('not-a-risk-assessment') ?? false,
        'the IDVA says this is not a formal risk assessment',
      );
    }
    if (a.gender === 'male') {
      rule(hasWhereServed('mens-advice-line'), 'male: the Men’s Advice Line');
      if (kentOrMedway) rule(has('dave'), 'male in Kent or Medway: DAVE');
    }
    if (a.abuseTypes?.includes('stalking')) {
      rule(
        hasWhereServed('suzy-lamplugh-trust', 'stalking-protection-order'),
        'stalking: Suzy Lamplugh, SPO',
      );
    }
    for (const type of ['honour-based', 'forced-marriage', 'fgm'] as const) {
      if (a.abuseTypes?.includes(type)) rule(hasWhereServed('karma-nirvana'), `${type}: Karma Nirvana`);
    }
    if (a.abuseTypes?.includes('digital'))
      rule(hasWhereServed('digital-abuse-advice'), 'digital abuse: the police advice');
    if (a.worriedChildRemoved === true)
      rule(hasWhereServed('prohibited-steps-order'), 'child removal: prohibited steps');
    if (a.wants?.includes('check-partner-history'))
      rule(hasWhereServed('clares-law'), 'check a partner: Clare’s Law');
    if (a.wants?.includes('court-protection'))
      rule(hasWhereServed('non-molestation-order'), 'court protection: orders');
    if (a.area === 'ashford' || a.area === 'canterbury')
      rule(has('rising-sun'), 'Ashford/Canterbury: Rising Sun');
    if (a.area === 'ashford') rule(has('ashford-one-stop-shop'), 'Ashford: the One Stop Shop');
    if (a.area !== 'ashford') {
      rule(!has('ashford-one-stop-shop') && !has('housing-options-ashford'), 'Ashford services for Ashford');
    }
    if (a.area !== 'ashford' && a.area !== 'canterbury') rule(!has('rising-sun'), 'Rising Sun for its area');
  }
  if (a.communication?.includes('bsl') || a.communication?.includes('hearing-or-speech')) {
    rule(rec('emergency-999')?.reasonCodes.includes('bsl-999') ?? false, 'hearing or BSL: the 999 BSL route');
  }
  return problems;
}

/** The rules one SAFER result breaks: the verdict follows from the criteria, every criterion once. */
export function saferProblems(result: SaferResult): string[] {
  const problems: string[] = [];
  const rule = (ok: boolean, text: string) => {
    if (!ok) problems.push(text);
  };
  const parsed = SaferResult.safeParse(result);
  rule(parsed.success, `matches schemas/output.ts SaferResult: ${parsed.error?.message ?? ''}`);
  const statuses = result.criteria.map((c) => c.status);
  rule(
    result.criteria.length === 8 && new Set(result.criteria.map((c) => c.id)).size === 8,
    'all 8 criteria',
  );
  const expected = statuses.includes('not-met')
    ? 'not-eligible'
    : statuses.includes('unknown')
      ? 'eligible-once'
      : 'eligible';
  rule(result.verdict === expected, `verdict ${result.verdict}, criteria say ${expected}`);
  if (result.verdict === 'eligible')
    rule(result.alternatives.length === 0, 'eligible: no alternatives needed');
  const age = result.criteria.find((c) => c.id === 'age');
  if (age?.status === 'not-met') {
    for (const alt of result.alternatives) {
      rule(!ADULT_ONLY.includes(alt.id), `under 16: never ${alt.id} as an alternative`);
    }
  }
  return problems;
}

type Status = 'met' | 'not-met' | 'unknown';

/**
 * Each SAFER criterion's status, restated from DOMAIN.md independently of machines/safer.ts: met,
 * not met, or not known yet (a missing answer, "unsure", "pending").
 */
export function expectedCriteria(a: SaferAnswers): Record<(typeof CRITERIA)[number], Status> {
  const yesNo = (value: boolean | undefined): Status =>
    value === undefined ? 'unknown' : value ? 'met' : 'not-met';
  const settled = ['owner', 'private-rented', 'social-rented', 'with-family-or-friends'];
  return {
    age: a.ageBand === undefined ? 'unknown' : a.ageBand === 'under-16' ? 'not-met' : 'met',
    'lives-in-kent':
      a.area === undefined || a.area === 'unknown' ? 'unknown' : isKentDistrict(a.area) ? 'met' : 'not-met',
    'stay-local': yesNo(a.needToStayLocal),
    'not-temporary': a.housing === undefined ? 'unknown' : settled.includes(a.housing) ? 'met' : 'not-met',
    'perpetrator-no-access':
      a.perpetratorLivesThere === true || a.perpetratorHasLegalAccess === 'yes'
        ? 'not-met'
        : a.perpetratorLivesThere === false && a.perpetratorHasLegalAccess === 'no'
          ? 'met'
          : 'unknown',
    'safest-and-consented':
      a.safestOption === false || a.survivorConsents === false
        ? 'not-met'
        : a.safestOption === true && a.survivorConsents === true
          ? 'met'
          : 'unknown',
    'landlord-consent':
      a.housing === 'owner' || a.landlordConsent === 'yes' || a.landlordConsent === 'owner-occupier'
        ? 'met'
        : a.landlordConsent === 'no'
          ? 'not-met'
          : 'unknown',
    'professional-referral': yesNo(a.referrerIsProfessional),
  };
}

/** The rules a SAFER result for `answers` breaks, against the independent statement above. */
export function saferAgainstDomain(answers: SaferAnswers, result: SaferResult): string[] {
  const expected = expectedCriteria(answers);
  const problems = saferProblems(result);
  for (const criterion of result.criteria) {
    if (criterion.status !== expected[criterion.id]) {
      problems.push(`${criterion.id} is ${criterion.status}; DOMAIN says ${expected[criterion.id]}`);
    }
  }
  const alternatives = result.alternatives.map((alt) => alt.id);
  const rules: Array<[boolean, DestinationId]> = [
    [answers.ageBand !== 'under-16' && answers.area === 'medway', 'medway-sanctuary'],
    [answers.ageBand !== 'under-16' && answers.perpetratorHasLegalAccess === 'yes', 'occupation-order'],
    [answers.ageBand !== 'under-16' && expected['not-temporary'] === 'not-met', 'refuge'],
    [answers.ageBand !== 'under-16' && answers.referrerIsProfessional === false, 'victim-support'],
  ];
  for (const [applies, id] of rules) {
    if (applies && !alternatives.includes(id)) problems.push(`the alternatives should name ${id}`);
  }
  if (answers.area !== 'medway' && alternatives.includes('medway-sanctuary')) {
    problems.push('medway-sanctuary is an alternative only in Medway');
  }
  return problems;
}
