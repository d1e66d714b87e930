/**
 * Recommendations from the answers the flow asked: which destinations fit, why (reason codes, turned
 * into words by the copy in src/content), and in what order: emergency first when there is danger,
 * then the single best next step, then the police and an IDVA at higher risk, then what the person
 * asked for, then the rest. Pure: same answers, same list.
 *
 * Where a route applies (DOMAIN.md, routing principles): the routes the law or the police give
 * everyone (999, 101, Clare's Law, the court orders, the DVPO and the stalking protection order) are
 * picked wherever the person lives, with a reason that words them for where they live; Kent and
 * Medway services only where they reach (or may: area not known); where no local contact is sourced,
 * the national one stands in (children: the NSPCC helpline and Childline).
 */
import type { TriageAnswers } from '../schemas/answers';
import type { DestinationId } from '../schemas/directory';
import { ASKED_FOR_REASONS, REASON_CODES, type ReasonCode } from '../schemas/reasons';
import * as is from './predicates';

export { REASON_CODES, type ReasonCode };

export interface Recommendation {
  id: DestinationId;
  reasons: ReasonCode[];
}

/** Everything else, in this order, after the tiers of `rank`. */
const ORDER: readonly DestinationId[] = [
  'childline',
  'trusted-adult',
  'childrens-services',
  'nspcc-helpline',
  'respect-phoneline',
  'idva',
  'refuge',
  'homelessness-assistance',
  'housing-options-ashford',
  'safer-scheme',
  'medway-sanctuary',
  'victim-support',
  'national-da-helpline',
  'dave',
  'mens-advice-line',
  'karma-nirvana',
  'suzy-lamplugh-trust',
  'digital-abuse-advice',
  'police-101',
  'clares-law',
  'occupation-order',
  'non-molestation-order',
  'prohibited-steps-order',
  'stalking-protection-order',
  'dvpo',
  'legal-advice',
  'sass',
  'children-community-support',
  'rising-sun',
  'ashford-one-stop-shop',
  'drop-ins',
  'support-groups',
  'emergency-999',
];

class Picks {
  readonly reasons = new Map<DestinationId, ReasonCode[]>();
  add(id: DestinationId, ...reasons: ReasonCode[]) {
    const list = this.reasons.get(id) ?? [];
    for (const r of reasons) if (!list.includes(r)) list.push(r);
    this.reasons.set(id, list);
  }
  has(id: DestinationId) {
    return this.reasons.has(id);
  }
}

/** The one thing to do next, chosen from what was picked. */
function bestNextStep(a: TriageAnswers, picks: Picks): DestinationId {
  const first = (...ids: DestinationId[]) => ids.find((id) => picks.has(id)) ?? 'emergency-999';
  if (is.isUnder16(a))
    return is.asksAboutAChild(a)
      ? first('childrens-services', 'nspcc-helpline', 'childline')
      : first('childline');
  if (is.isOwnBehaviour(a)) return first('respect-phoneline');
  // BSL or a hearing or speech impairment: a first step they can use (Victim Support: BSL, Relay UK).
  if (is.needsNonVoiceContact(a) && is.mayLiveInKentOrMedway(a)) return first('victim-support');
  if (is.notSafeAtHome(a) || is.wants(a, 'leave-home') || !is.inKentOrMedway(a))
    return first('national-da-helpline');
  return first('victim-support', 'national-da-helpline');
}

export function recommend(a: TriageAnswers): Recommendation[] {
  const picks = new Picks();
  const danger = is.inDanger(a);

  picks.add('emergency-999', danger ? 'immediate-danger' : 'emergency-any-time', 'silent-solution');
  if (is.needsNonVoiceContact(a)) picks.add('emergency-999', 'bsl-999');

  if (is.isUnder16(a) && is.asksAboutAChild(a)) {
    // An adult (a friend, relative or professional) worried about a child: child protection.
    // Kent County Council in Kent; elsewhere (Medway, outside) the NSPCC helpline stands in.
    if (is.inKent(a) || is.areaUnknown(a))
      picks.add('childrens-services', 'worried-about-child', ...ifKent(a));
    if (!is.inKent(a)) picks.add('nspcc-helpline', 'worried-about-child', 'no-local-children-service');
    picks.add('childline', 'child-can-contact');
  } else if (is.isUnder16(a)) {
    picks.add('childline', 'under-16');
    picks.add('trusted-adult', 'under-16');
    if (is.inKent(a) || is.areaUnknown(a)) picks.add('childrens-services', 'under-16', ...ifKent(a));
  } else if (is.isOwnBehaviour(a)) {
    picks.add('respect-phoneline', 'own-behaviour');
  } else {
    pickForSomeoneAffected(a, picks);
  }

  const best = bestNextStep(a, picks);
  const ranked = [...picks.reasons.keys()].sort((x, y) => {
    const [tx, ox] = rank(x, a, best, picks);
    const [ty, oy] = rank(y, a, best, picks);
    return tx - ty || ox - oy;
  });
  return ranked.map((id) => ({ id, reasons: picks.reasons.get(id) ?? [] }));
}

/** [tier, place]: 999 in danger; the best next step; police and IDVA at higher risk; asked for; the rest. */
function rank(id: DestinationId, a: TriageAnswers, best: DestinationId, picks: Picks): [number, number] {
  const place = ORDER.indexOf(id);
  if (id === 'emergency-999' && is.inDanger(a)) return [0, place];
  if (id === best) return [1, place];
  const reasons = picks.reasons.get(id) ?? [];
  if (id === 'police-101' && reasons.includes('higher-risk')) return [2, 0];
  if (id === 'idva' && reasons.includes('higher-risk')) return [2, 1];
  if (reasons.some((r) => ASKED_FOR_REASONS.includes(r))) return [3, place];
  return [4, place];
}

/** Kent & Medway wording of a local service: "if you live in Kent or Medway" when the area is not known. */
const ifLocal = (a: TriageAnswers): ReasonCode[] => (is.areaUnknown(a) ? ['if-kent-or-medway'] : []);
/** Kent-only services (Kent County Council's): "if you live in Kent" when the area is not known. */
const ifKent = (a: TriageAnswers): ReasonCode[] => (is.areaUnknown(a) ? ['if-kent'] : []);

/** The police's routes, worded for where the person lives. */
const policeWhere = (a: TriageAnswers): ReasonCode =>
  is.inKentOrMedway(a)
    ? 'police-kent'
    : is.areaUnknown(a)
      ? 'police-if-kent-or-medway'
      : 'police-local-force';

/** The adult pathway: the person answering was harmed, or is a friend, relative or professional. */
function pickForSomeoneAffected(a: TriageAnswers, picks: Picks) {
  const someoneElse = is.isSomeoneElse(a);
  const kentOrMedway = is.mayLiveInKentOrMedway(a);
  const who: ReasonCode[] = someoneElse ? ['someone-else'] : [];
  const police = policeWhere(a);
  const higherRisk = is.higherRisk(a);

  // Front doors: Victim Support in Kent & Medway, the 24-hour helpline everywhere.
  if (kentOrMedway) {
    const local: ReasonCode = is.inKent(a)
      ? 'front-door-kent'
      : is.inMedway(a)
        ? 'front-door-medway'
        : 'front-door-if-kent-or-medway';
    picks.add('victim-support', local, ...who);
  }
  picks.add(
    'national-da-helpline',
    'helpline-24-hours',
    ...(kentOrMedway ? [] : (['outside-kent-and-medway'] as const)),
    ...who,
  );
  if (is.wants(a, 'talk-now')) {
    picks.add('national-da-helpline', 'wants-talk-now');
    if (kentOrMedway) picks.add('victim-support', 'wants-talk-now');
  }
  if (is.wants(a, 'safety-plan') && kentOrMedway) picks.add('victim-support', 'wants-safety-plan');
  for (const need of a.communication ?? []) {
    if (kentOrMedway) picks.add('victim-support', need);
  }

  // Higher risk (a risk sign, or danger now): an IDVA through Victim Support where it reaches; the
  // police high in the list for the gravest signs. Everywhere, the result says so plainly, and that
  // it is not a formal risk assessment. "Not sure" never removes the IDVA.
  const riskWords: ReasonCode[] = [
    ...(higherRisk ? (['higher-risk'] as const) : []),
    ...(is.riskNotSure(a) ? (['risk-not-sure'] as const) : []),
  ];
  if (riskWords.length > 0) {
    if (kentOrMedway) picks.add('idva', ...riskWords, 'not-a-risk-assessment', ...ifLocal(a), ...who);
    else picks.add('national-da-helpline', ...riskWords, 'not-a-risk-assessment');
  }
  if (is.gravestRisk(a)) picks.add('police-101', 'higher-risk', 'not-a-risk-assessment', police);

  // Leaving: refuge through the 24-hour helpline, and homelessness help from any council.
  const leaving: ReasonCode[] = [];
  if (is.notSafeAtHome(a)) leaving.push('not-safe-at-home');
  if (a.safeAtHome === 'unsure') leaving.push('unsure-safe-at-home');
  if (is.wants(a, 'leave-home')) leaving.push('wants-leave-home');
  // Someone already in a refuge is not offered one.
  if (leaving.length > 0 && a.housing !== 'refuge') picks.add('refuge', ...leaving);
  const homeless: ReasonCode[] = [...leaving.filter((r) => r !== 'unsure-safe-at-home')];
  if (a.housing === 'no-fixed-address' || a.housing === 'with-family-or-friends')
    homeless.push('no-home-of-own');
  if (homeless.length > 0) {
    picks.add('homelessness-assistance', ...homeless, 'any-council');
    if (a.area === 'ashford') picks.add('housing-options-ashford', 'ashford-housing');
  }

  // Staying: the sanctuary schemes, when the home can be made safe.
  const sanctuary = sanctuaryFits(a);
  if (sanctuary) {
    const why: ReasonCode[] = [
      a.abuserHasAccess === 'no' ? 'abuser-gone-no-access' : 'abuser-key-only',
      'own-home',
      a.safeAtHome === 'yes' ? 'safe-to-stay' : 'unsure-safe-at-home',
    ];
    if (is.wants(a, 'secure-home')) why.push('wants-secure-home');
    why.push(a.role === 'professional' ? 'you-can-refer' : 'professional-refers');
    if (is.inKent(a)) picks.add('safer-scheme', ...why);
    if (is.inMedway(a)) picks.add('medway-sanctuary', ...why);
  }

  // Court orders and the police: the law gives them to everyone in England and Wales.
  if (is.abuserMayHaveLegalRight(a) && is.inOwnHome(a)) {
    picks.add(
      'occupation-order',
      a.accessIsLegalRight === 'yes' ? 'abuser-legal-right' : 'abuser-legal-right-unsure',
    );
  }
  if (is.wants(a, 'court-protection')) {
    picks.add('non-molestation-order', 'wants-court-protection');
    picks.add('legal-advice', 'wants-court-protection');
    if (a.abuserLivesWithYou === true && is.inOwnHome(a))
      picks.add('occupation-order', 'wants-court-protection', 'abuser-lives-with-you');
    if (higherRisk) picks.add('dvpo', 'wants-court-protection', 'higher-risk', police);
  }
  if (a.worriedChildRemoved === true) {
    picks.add('prohibited-steps-order', 'worried-child-removed');
    picks.add('legal-advice', 'worried-child-removed');
  }
  if (is.wants(a, 'report-to-police')) picks.add('police-101', 'wants-report', police);
  if (is.experienced(a, 'coercive-control')) picks.add('police-101', 'coercive-control', police);
  if (is.wants(a, 'check-partner-history')) picks.add('clares-law', 'wants-check-history', police);

  // Specialist services.
  if (is.experienced(a, 'stalking')) {
    picks.add('suzy-lamplugh-trust', 'stalking');
    picks.add('stalking-protection-order', 'stalking', police);
  }
  for (const type of ['honour-based', 'forced-marriage', 'fgm'] as const) {
    if (is.experienced(a, type)) picks.add('karma-nirvana', type);
  }
  if (is.experienced(a, 'digital')) {
    // Kent Police's advice in Kent and Medway; elsewhere the person's own police force.
    if (kentOrMedway) picks.add('digital-abuse-advice', 'digital', ...ifLocal(a));
    else picks.add('police-101', 'digital', police);
  }
  if (a.gender === 'male') {
    if (kentOrMedway) picks.add('dave', 'male', ...ifLocal(a));
    picks.add('mens-advice-line', 'male');
  }

  // Children in the home, or help for children asked for; and 16- and 17-year-olds themselves.
  const forChildren: ReasonCode[] = [];
  if (is.hasChildren(a)) forChildren.push('children');
  if (is.wants(a, 'help-for-children')) forChildren.push('wants-help-for-children');
  if (forChildren.length > 0) pickChildrensSupport(a, picks, forChildren, sanctuary);
  if (a.ageBand === '16-17') {
    picks.add('childline', 'young-person');
    if (is.inKent(a) || is.areaUnknown(a)) pickChildrensSupport(a, picks, ['young-person'], sanctuary);
  }

  // Local and in person.
  if (a.area === 'ashford' || a.area === 'canterbury') picks.add('rising-sun', 'local-charity');
  if (a.area === 'ashford') picks.add('ashford-one-stop-shop', 'local-drop-in', 'anonymous');
  if (kentOrMedway) picks.add('drop-ins', 'anonymous', 'drop-ins-across-kent-and-medway');
  if (is.wants(a, 'recovery-groups') && kentOrMedway)
    picks.add('support-groups', 'wants-recovery-groups', ...ifLocal(a));
}

/**
 * Support for children and young people (seed 001). In Kent: SASS for those in, or about to move
 * into, safe accommodation (a refuge, or a home made safer by a sanctuary scheme), never while they
 * live with the abuser; community support for the rest, and for those staying at home while it is
 * made safe. Elsewhere (Medway, outside), where no local service is sourced: the NSPCC helpline for
 * adults worried about a child, and Childline. Area not known: both, worded "if you live in Kent".
 */
function pickChildrensSupport(a: TriageAnswers, picks: Picks, why: ReasonCode[], sanctuary: boolean) {
  if (is.inKent(a) || is.areaUnknown(a)) {
    const withAbuser = a.abuserLivesWithYou === true;
    const inRefuge = a.housing === 'refuge';
    const movingToRefuge = picks.has('refuge') && (is.notSafeAtHome(a) || is.wants(a, 'leave-home'));
    const safeAccommodation = !withAbuser && (inRefuge || movingToRefuge || (sanctuary && is.inKent(a)));
    if (safeAccommodation) picks.add('sass', ...why, 'children-safe-accommodation', ...ifKent(a));
    if (!safeAccommodation || !(inRefuge || movingToRefuge))
      picks.add('children-community-support', ...why, ...ifKent(a));
  }
  if (!is.inKent(a) && !why.includes('young-person')) {
    picks.add('nspcc-helpline', ...why, 'no-local-children-service');
    picks.add('childline', 'child-can-contact');
  }
}

/**
 * A sanctuary scheme (SAFER in Kent, the Medway scheme in Medway) fits someone who wants to stay,
 * is not unsafe to, lives in their own home, and whose abuser does not live there and has no legal
 * right to it: no access at all, or only a key (the scheme can fit new locks). Never while the
 * abuser has, or may have, a legal right: an occupation order comes first.
 */
export function sanctuaryFits(a: TriageAnswers): boolean {
  return (
    is.asksAboutHome(a) &&
    !is.isUnder16(a) &&
    a.ageBand !== undefined &&
    is.inKentOrMedway(a) &&
    a.safeAtHome !== 'no' &&
    a.safeAtHome !== undefined &&
    !(is.wants(a, 'leave-home') && !is.wants(a, 'secure-home')) &&
    a.abuserLivesWithYou === false &&
    (a.abuserHasAccess === 'no' || is.abuserKeyOnly(a)) &&
    is.inOwnHome(a)
  );
}
