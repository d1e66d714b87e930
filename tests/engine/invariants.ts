/**
 * The routing rules of ../shared/DOMAIN.md as checks on one engine result. The model-based, property
 * and fixture tests and `npm run bench` all apply them: each returns the rules a result breaks, in
 * words, so that a failure says which rule and why.
 */
import { servesArea } from '../../machines/predicates';
import type { CRITERIA } from '../../machines/safer';
import type { SaferAnswers, TriageAnswers } from '../../schemas/answers';
import { isKentDistrict } from '../../schemas/answers';
import { DESTINATION_IDS, type DestinationId } from '../../schemas/directory';
import { SaferResult, TriageResult } from '../../schemas/output';
import type { ReasonCode } from '../../schemas/reasons';
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

/**
 * The services for the person harmed: DOMAIN.md's table from Victim Support to homelessness assistance
 * (DESTINATION_IDS lists its ids in the table's order).
 */
const SURVIVOR_SERVICES = DESTINATION_IDS.slice(
  DESTINATION_IDS.indexOf('victim-support'),
  DESTINATION_IDS.indexOf('homelessness-assistance') + 1,
);

const ownHome = (a: TriageAnswers) =>
  a.housing === 'owner' || a.housing === 'private-rented' || a.housing === 'social-rented';

const SERVICES = new Map(bundledDirectory.services.map((s) => [s.id, s]));

/**
 * A list of the rules a result breaks: `rule(ok, text)` adds `text` when `ok` is false. The first rule
 * is that the result matches its schema in schemas/output.ts (`name`).
 */
function rulesOf(
  schema: { safeParse: (value: unknown) => { success: boolean; error?: { message: string } } },
  name: string,
  result: unknown,
) {
  const problems: string[] = [];
  const rule = (ok: boolean, text: string) => {
    if (!ok) problems.push(text);
  };
  const parsed = schema.safeParse(result);
  rule(parsed.success, `matches schemas/output.ts ${name}: ${parsed.error?.message ?? ''}`);
  return { problems, rule };
}

/** The rules one triage result breaks (empty when it keeps them all). */
export function triageProblems(result: TriageResult): string[] {
  const { problems, rule } = rulesOf(TriageResult, 'TriageResult', result);

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
    [
      a.abuserHasAccess === 'no' || a.accessIsLegalRight === 'no',
      'the abuser has no access, or only a key: never a legal right (nor perhaps one)',
    ],
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
      // Kent County Council in Kent (or maybe: area not known); elsewhere the NSPCC helpline.
      const first = isKentDistrict(a.area) || a.area === 'unknown' ? 'childrens-services' : 'nspcc-helpline';
      if (!danger) rule(ids[0] === first, `an adult worried about a child under 16: ${first} first`);
      rule(!has('trusted-adult'), 'an adult asking about a child is not told to find a trusted adult');
      rule(
        has('childrens-services') || has('nspcc-helpline'),
        'an adult worried about a child: children’s services, or the NSPCC helpline',
      );
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
  if (medway) {
    for (const id of ['sass', 'children-community-support', 'childrens-services', 'safer-scheme'] as const)
      rule(!has(id), `Medway is not Kent County Council's area: never ${id}`);
  }

  // Every reason shown is true of the answers, and about the service it is shown on.
  for (const problem of reasonProblems(a, recs)) problems.push(problem);

  // SASS is for children in safe accommodation: never while they live with the abuser.
  if (a.abuserLivesWithYou === true) rule(!has('sass'), 'never SASS for children living with the abuser');
  if (a.housing === 'refuge') rule(!has('refuge'), 'never a refuge for someone already in one');

  if (adultAffected) {
    if (a.safeAtHome === 'no') {
      rule(
        hasWhereServed('refuge', 'homelessness-assistance'),
        'not safe at home: refuge and homelessness help',
      );
    }
    const gravest =
      danger ||
      (a.riskSigns?.some((s) => ['threats-to-kill', 'strangulation', 'weapon'].includes(s)) ?? false);
    if (gravest) {
      const police = rec('police-101');
      rule(
        police?.reasonCodes.includes('higher-risk') ?? false,
        'the gravest signs: the police, higher risk',
      );
      const before = ids.indexOf('police-101');
      rule(before >= 0 && before <= 2, `the gravest signs: the police high in the list (at ${before})`);
    }
    if (danger || (a.riskSigns ?? []).some((s) => s !== 'not-sure')) {
      rule(
        recs.some((r) => r.reasonCodes.includes('higher-risk')),
        'higher risk (a risk sign or danger now): the result says so, wherever the person lives',
      );
      rule(
        recs.some((r) => r.reasonCodes.includes('not-a-risk-assessment')),
        'higher risk: and says it is not a formal risk assessment',
      );
    }
    if (
      !danger &&
      mayBeLocal &&
      (a.communication?.includes('bsl') || a.communication?.includes('hearing-or-speech'))
    )
      rule(ids[0] === 'victim-support', 'BSL or hearing: the first step offers BSL and Relay UK');
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
  const { problems, rule } = rulesOf(SaferResult, 'SaferResult', result);
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
    [
      answers.ageBand !== 'under-16' && answers.area === 'medway' && expected['not-temporary'] !== 'not-met',
      'medway-sanctuary',
    ],
    [answers.ageBand !== 'under-16' && answers.perpetratorHasLegalAccess === 'yes', 'occupation-order'],
    [
      answers.ageBand !== 'under-16' &&
        expected['not-temporary'] === 'not-met' &&
        answers.housing !== 'refuge',
      'refuge',
    ],
    [answers.ageBand !== 'under-16' && answers.referrerIsProfessional === false, 'victim-support'],
  ];
  for (const [applies, id] of rules) {
    if (applies && !alternatives.includes(id)) problems.push(`the alternatives should name ${id}`);
  }
  if (answers.area !== 'medway' && alternatives.includes('medway-sanctuary')) {
    problems.push('medway-sanctuary is an alternative only in Medway');
  }
  // Alternatives fit the situation: no refuge for someone in one, no Medway scheme while not settled.
  if (answers.housing === 'refuge' && alternatives.includes('refuge'))
    problems.push('never a refuge as an alternative for someone already in a refuge');
  if (expected['not-temporary'] === 'not-met' && alternatives.includes('medway-sanctuary'))
    problems.push('never the Medway scheme while in temporary accommodation (or not settled)');
  return problems;
}

type Rec = TriageResult['recommendations'][number];
const KEY_OR_LEGAL = (a: TriageAnswers) => a.abuserHasAccess === 'yes' || a.abuserHasAccess === 'unsure';
const POLICE_ROUTES: readonly DestinationId[] = [
  'police-101',
  'clares-law',
  'dvpo',
  'stalking-protection-order',
];
const SANCTUARY: readonly DestinationId[] = ['safer-scheme', 'medway-sanctuary'];
const realRiskSign = (a: TriageAnswers) => a.riskSigns?.some((s) => s !== 'not-sure') ?? false;
const wanted = (a: TriageAnswers, w: NonNullable<TriageAnswers['wants']>[number]) =>
  a.wants?.includes(w) ?? false;
const had = (a: TriageAnswers, t: NonNullable<TriageAnswers['abuseTypes']>[number]) =>
  a.abuseTypes?.includes(t) ?? false;
const talks = (a: TriageAnswers, c: NonNullable<TriageAnswers['communication']>[number]) =>
  a.communication?.includes(c) ?? false;
const areaUnknown = (a: TriageAnswers) => a.area === undefined || a.area === 'unknown';
const inKentOrMedway = (a: TriageAnswers) => isKentDistrict(a.area) || a.area === 'medway';

/**
 * Each reason code's condition, restated from the copy's words (src/content/reasons.ts) and
 * DOMAIN.md, independently of machines/recommend.ts: `when` must hold of the answers for the code to
 * be shown at all, and `on` (if given) names the only destinations it may be shown on (a reason about
 * one service is never given for another).
 */
export const REASON_CONDITIONS: Record<
  ReasonCode,
  { when: (a: TriageAnswers) => boolean; on?: readonly DestinationId[] }
> = {
  'immediate-danger': { when: (a) => a.immediateDanger === true, on: ['emergency-999'] },
  'emergency-any-time': { when: (a) => a.immediateDanger !== true, on: ['emergency-999'] },
  'silent-solution': { when: () => true, on: ['emergency-999'] },
  'bsl-999': { when: (a) => talks(a, 'bsl') || talks(a, 'hearing-or-speech'), on: ['emergency-999'] },
  'front-door-kent': { when: (a) => isKentDistrict(a.area), on: ['victim-support'] },
  'front-door-medway': { when: (a) => a.area === 'medway', on: ['victim-support'] },
  'front-door-if-kent-or-medway': { when: areaUnknown, on: ['victim-support'] },
  'outside-kent-and-medway': { when: (a) => a.area === 'outside' },
  'helpline-24-hours': { when: () => true, on: ['national-da-helpline'] },
  'not-safe-at-home': { when: (a) => a.safeAtHome === 'no' },
  'unsure-safe-at-home': { when: (a) => a.safeAtHome === 'unsure' },
  'wants-leave-home': { when: (a) => wanted(a, 'leave-home') },
  'no-home-of-own': {
    when: (a) => a.housing === 'no-fixed-address' || a.housing === 'with-family-or-friends',
  },
  'any-council': { when: () => true, on: ['homelessness-assistance'] },
  'ashford-housing': { when: (a) => a.area === 'ashford', on: ['housing-options-ashford'] },
  'higher-risk': { when: (a) => realRiskSign(a) || a.immediateDanger === true },
  'risk-not-sure': { when: (a) => a.riskSigns?.includes('not-sure') ?? false },
  'not-a-risk-assessment': { when: (a) => (a.riskSigns?.length ?? 0) > 0 || a.immediateDanger === true },
  'abuser-gone-no-access': {
    when: (a) => a.abuserLivesWithYou === false && a.abuserHasAccess === 'no',
    on: SANCTUARY,
  },
  'abuser-key-only': {
    when: (a) => a.abuserLivesWithYou === false && KEY_OR_LEGAL(a) && a.accessIsLegalRight === 'no',
    on: SANCTUARY,
  },
  'abuser-legal-right': {
    when: (a) => KEY_OR_LEGAL(a) && a.accessIsLegalRight === 'yes',
    on: ['occupation-order'],
  },
  'abuser-legal-right-unsure': {
    when: (a) => KEY_OR_LEGAL(a) && a.accessIsLegalRight === 'unsure',
    on: ['occupation-order'],
  },
  'own-home': { when: ownHome, on: SANCTUARY },
  'safe-to-stay': { when: (a) => a.safeAtHome === 'yes', on: SANCTUARY },
  'wants-secure-home': { when: (a) => wanted(a, 'secure-home') },
  'professional-refers': { when: (a) => a.role !== 'professional', on: SANCTUARY },
  'you-can-refer': { when: (a) => a.role === 'professional', on: SANCTUARY },
  'abuser-lives-with-you': { when: (a) => a.abuserLivesWithYou === true },
  'wants-court-protection': { when: (a) => wanted(a, 'court-protection') },
  stalking: { when: (a) => had(a, 'stalking') },
  'honour-based': { when: (a) => had(a, 'honour-based') },
  'forced-marriage': { when: (a) => had(a, 'forced-marriage') },
  fgm: { when: (a) => had(a, 'fgm') },
  digital: { when: (a) => had(a, 'digital') },
  'coercive-control': { when: (a) => had(a, 'coercive-control') },
  'wants-report': { when: (a) => wanted(a, 'report-to-police') },
  'wants-check-history': { when: (a) => wanted(a, 'check-partner-history') },
  male: { when: (a) => a.gender === 'male' },
  'local-charity': { when: (a) => a.area === 'ashford' || a.area === 'canterbury', on: ['rising-sun'] },
  'local-drop-in': { when: (a) => a.area === 'ashford', on: ['ashford-one-stop-shop'] },
  children: { when: (a) => a.children === true },
  'children-safe-accommodation': { when: (a) => a.abuserLivesWithYou !== true, on: ['sass'] },
  'worried-child-removed': { when: (a) => a.worriedChildRemoved === true },
  'wants-recovery-groups': { when: (a) => wanted(a, 'recovery-groups') },
  'wants-help-for-children': { when: (a) => wanted(a, 'help-for-children') },
  'wants-talk-now': { when: (a) => wanted(a, 'talk-now') },
  'wants-safety-plan': { when: (a) => wanted(a, 'safety-plan') },
  'hearing-or-speech': { when: (a) => talks(a, 'hearing-or-speech') },
  bsl: { when: (a) => talks(a, 'bsl') },
  'other-language': { when: (a) => talks(a, 'other-language') },
  'under-16': { when: (a) => a.ageBand === 'under-16' },
  'worried-about-child': {
    when: (a) => a.ageBand === 'under-16' && (a.role === 'someone-else' || a.role === 'professional'),
  },
  'child-can-contact': {
    when: (a) =>
      (a.ageBand === 'under-16' && (a.role === 'someone-else' || a.role === 'professional')) ||
      a.children === true ||
      wanted(a, 'help-for-children'),
    on: ['childline'],
  },
  'own-behaviour': { when: (a) => a.role === 'own-behaviour' },
  'someone-else': { when: (a) => a.role === 'someone-else' },
  anonymous: { when: () => true, on: ['drop-ins', 'ashford-one-stop-shop'] },
  'police-kent': { when: inKentOrMedway, on: POLICE_ROUTES },
  'police-local-force': { when: (a) => a.area === 'outside', on: POLICE_ROUTES },
  'police-if-kent-or-medway': { when: areaUnknown, on: POLICE_ROUTES },
  'if-kent-or-medway': { when: areaUnknown },
  'if-kent': { when: areaUnknown },
  'young-person': { when: (a) => a.ageBand === '16-17' },
  'no-local-children-service': { when: (a) => !isKentDistrict(a.area), on: ['nspcc-helpline'] },
  'drop-ins-across-kent-and-medway': { when: (a) => inKentOrMedway(a) || areaUnknown(a), on: ['drop-ins'] },
};

/** The reasons of a result shown without their condition (or on another service), in words. */
export function reasonProblems(a: TriageAnswers, recs: readonly Pick<Rec, 'id' | 'reasonCodes'>[]): string[] {
  const problems: string[] = [];
  for (const rec of recs) {
    for (const code of rec.reasonCodes) {
      const condition = REASON_CONDITIONS[code];
      if (!condition.when(a))
        problems.push(`${rec.id}: reason ${code} shown, but its condition does not hold`);
      if (condition.on && !condition.on.includes(rec.id))
        problems.push(`${rec.id}: reason ${code} is about ${condition.on.join(' or ')}, not ${rec.id}`);
    }
  }
  return problems;
}
