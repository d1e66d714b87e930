/**
 * Recommendations from the answers the flow asked: which destinations fit, why (reason codes, turned
 * into words by the copy in src/content), and in what order: emergency first when there is danger,
 * then the single best next step, then the rest. Pure: same answers, same list.
 */
import type { TriageAnswers } from '../schemas/answers';
import type { DestinationId } from '../schemas/directory';
import { REASON_CODES, type ReasonCode } from '../schemas/reasons';
import * as is from './predicates';

export { REASON_CODES, type ReasonCode };

export interface Recommendation {
  id: DestinationId;
  reasons: ReasonCode[];
}

/** Everything else, in this order, after the emergency line (in danger) and the best next step. */
const ORDER: readonly DestinationId[] = [
  'childline',
  'trusted-adult',
  'childrens-services',
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
    return is.asksAboutAChild(a) ? first('childrens-services', 'childline') : first('childline');
  if (is.isOwnBehaviour(a)) return first('respect-phoneline');
  if (is.notSafeAtHome(a) || is.wants(a, 'leave-home') || !is.inKentOrMedway(a))
    return first('national-da-helpline');
  return first('victim-support', 'national-da-helpline');
}

export function recommend(a: TriageAnswers): Recommendation[] {
  const picks = new Picks();
  const danger = is.inDanger(a);
  const local: ReasonCode = is.inKent(a)
    ? 'front-door-kent'
    : is.inMedway(a)
      ? 'front-door-medway'
      : is.areaUnknown(a)
        ? 'front-door-if-kent-or-medway'
        : 'outside-kent-and-medway';

  picks.add('emergency-999', danger ? 'immediate-danger' : 'emergency-any-time', 'silent-solution');
  if (a.communication?.includes('bsl') || a.communication?.includes('hearing-or-speech'))
    picks.add('emergency-999', 'bsl-999');

  if (is.isUnder16(a) && is.asksAboutAChild(a)) {
    // An adult (a friend, relative or professional) worried about a child: child protection.
    picks.add('childrens-services', 'worried-about-child');
    picks.add('childline', 'child-can-contact');
  } else if (is.isUnder16(a)) {
    picks.add('childline', 'under-16');
    picks.add('trusted-adult', 'under-16');
    picks.add('childrens-services', 'under-16');
  } else if (is.isOwnBehaviour(a)) {
    picks.add('respect-phoneline', 'own-behaviour');
  } else {
    pickForSomeoneAffected(a, picks, local);
  }

  const best = bestNextStep(a, picks);
  const ids = [...picks.reasons.keys()].sort((x, y) => rank(x, a, best) - rank(y, a, best));
  return ids.map((id) => ({ id, reasons: picks.reasons.get(id) ?? [] }));
}

function rank(id: DestinationId, a: TriageAnswers, best: DestinationId): number {
  if (id === 'emergency-999' && is.inDanger(a)) return -2;
  if (id === best) return -1;
  return ORDER.indexOf(id);
}

/** The adult pathway: the person answering was harmed, or is a friend, relative or professional. */
function pickForSomeoneAffected(a: TriageAnswers, picks: Picks, local: ReasonCode) {
  const someoneElse = is.isSomeoneElse(a);
  const kentOrMedway = is.mayLiveInKentOrMedway(a);
  const who: ReasonCode[] = someoneElse ? ['someone-else'] : [];

  // Front doors: Victim Support in Kent & Medway, the 24-hour helpline everywhere.
  if (kentOrMedway) picks.add('victim-support', local, ...who);
  picks.add('national-da-helpline', 'helpline-24-hours', ...(kentOrMedway ? [] : [local]), ...who);
  if (is.wants(a, 'talk-now')) {
    picks.add('national-da-helpline', 'wants-talk-now');
    if (kentOrMedway) picks.add('victim-support', 'wants-talk-now');
  }
  if (is.wants(a, 'safety-plan') && kentOrMedway) picks.add('victim-support', 'wants-safety-plan');
  for (const need of a.communication ?? []) {
    if (kentOrMedway) picks.add('victim-support', need);
  }

  // Higher risk: an IDVA, reached through Victim Support.
  if (is.hasRiskSign(a) && kentOrMedway) picks.add('idva', 'higher-risk', 'not-a-risk-assessment', ...who);

  // Leaving: refuge through the 24-hour helpline, and homelessness help from any council.
  const leaving: ReasonCode[] = [];
  if (is.notSafeAtHome(a)) leaving.push('not-safe-at-home');
  if (a.safeAtHome === 'unsure') leaving.push('unsure-safe-at-home');
  if (is.wants(a, 'leave-home')) leaving.push('wants-leave-home');
  if (leaving.length > 0) picks.add('refuge', ...leaving);
  const homeless: ReasonCode[] = [...leaving.filter((r) => r !== 'unsure-safe-at-home')];
  if (a.housing === 'no-fixed-address' || a.housing === 'with-family-or-friends')
    homeless.push('no-home-of-own');
  if (homeless.length > 0) {
    picks.add('homelessness-assistance', ...homeless, 'any-council');
    if (a.area === 'ashford') picks.add('housing-options-ashford', 'ashford-housing');
  }

  // Staying: the sanctuary schemes, when the home can be made safe.
  if (sanctuaryFits(a)) {
    const why: ReasonCode[] = ['abuser-gone-no-access', 'own-home'];
    if (is.wants(a, 'secure-home')) why.push('wants-secure-home');
    why.push(a.role === 'professional' ? 'you-can-refer' : 'professional-refers');
    if (is.inKent(a)) picks.add('safer-scheme', ...why);
    if (is.inMedway(a)) picks.add('medway-sanctuary', ...why);
  }

  // Court orders and the police.
  if ((a.abuserHasAccess === 'yes' || a.abuserHasAccess === 'unsure') && is.inOwnHome(a)) {
    picks.add('occupation-order', a.abuserHasAccess === 'yes' ? 'abuser-has-access' : 'abuser-access-unsure');
  }
  if (is.wants(a, 'court-protection')) {
    picks.add('non-molestation-order', 'wants-court-protection');
    picks.add('legal-advice', 'wants-court-protection');
    if (a.abuserLivesWithYou === true && is.inOwnHome(a))
      picks.add('occupation-order', 'abuser-lives-with-you');
    if (is.hasRiskSign(a) || is.inDanger(a)) picks.add('dvpo', 'wants-court-protection', 'higher-risk');
  }
  if (a.worriedChildRemoved === true) {
    picks.add('prohibited-steps-order', 'worried-child-removed');
    picks.add('legal-advice', 'worried-child-removed');
  }
  if (is.wants(a, 'report-to-police')) picks.add('police-101', 'wants-report');
  if (is.experienced(a, 'coercive-control')) picks.add('police-101', 'coercive-control');
  if (is.wants(a, 'check-partner-history')) picks.add('clares-law', 'wants-check-history');

  // Specialist services.
  if (is.experienced(a, 'stalking')) {
    picks.add('suzy-lamplugh-trust', 'stalking');
    picks.add('stalking-protection-order', 'stalking');
  }
  for (const type of ['honour-based', 'forced-marriage', 'fgm'] as const) {
    if (is.experienced(a, type)) picks.add('karma-nirvana', type);
  }
  if (is.experienced(a, 'digital')) picks.add('digital-abuse-advice', 'digital');
  if (a.gender === 'male') {
    if (kentOrMedway) picks.add('dave', 'male', local);
    picks.add('mens-advice-line', 'male');
  }

  // Children: Kent's services for children (SASS, community support), not for those outside.
  if (kentOrMedway && (is.hasChildren(a) || is.wants(a, 'help-for-children'))) {
    const why: ReasonCode[] = is.hasChildren(a) ? ['children'] : [];
    if (is.wants(a, 'help-for-children')) why.push('wants-help-for-children');
    const safeAccommodation =
      a.housing === 'refuge' ||
      picks.has('refuge') ||
      picks.has('safer-scheme') ||
      picks.has('medway-sanctuary');
    if (safeAccommodation) picks.add('sass', ...why, 'children-safe-accommodation');
    // Community support is for children not in safe accommodation: not for those already in a refuge,
    // nor those about to go to one; children who stay at home while it is made safe get both.
    if (!safeAccommodation || !(picks.has('refuge') || a.housing === 'refuge'))
      picks.add('children-community-support', ...why);
  }

  // Local and in person.
  if (a.area === 'ashford' || a.area === 'canterbury') picks.add('rising-sun', 'local-charity');
  if (a.area === 'ashford') picks.add('ashford-one-stop-shop', 'local-drop-in', 'anonymous');
  if (kentOrMedway) picks.add('drop-ins', 'anonymous', local);
  if (is.wants(a, 'recovery-groups') && kentOrMedway) picks.add('support-groups', 'wants-recovery-groups');
}

/**
 * A sanctuary scheme (SAFER in Kent, the Medway scheme in Medway) fits someone who wants to stay,
 * is safe to, lives in their own home, and whose abuser neither lives there nor has legal access.
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
    a.abuserHasAccess === 'no' &&
    is.inOwnHome(a)
  );
}
