/**
 * Pure predicates over answers. The machines' named guards and the recommendation rules both use
 * these, so a question is routed and a recommendation is made by the same test.
 */
import { isKentDistrict, type SaferAnswers, type TriageAnswers } from '../schemas/answers';

type A = TriageAnswers;

export const inDanger = (a: A) => a.immediateDanger === true;
export const isOwnBehaviour = (a: A) => a.role === 'own-behaviour';
export const isSomeoneElse = (a: A) => a.role === 'someone-else';
/** The person answering is the survivor, or a professional answering about the survivor's home. */
export const asksAboutHome = (a: A) => a.role === 'self' || a.role === 'professional';
export const isUnder16 = (a: A) => a.ageBand === 'under-16';
/** The person answering is an adult asking about someone else (who may be a child). */
export const asksAboutAChild = (a: A) =>
  isUnder16(a) && (a.role === 'someone-else' || a.role === 'professional');
export const abuserLivesElsewhere = (a: A) => a.abuserLivesWithYou === false;
/** The abuser has a key or a legal right to the home, or the person is not sure. */
export const abuserMayHaveAccess = (a: A) => a.abuserHasAccess === 'yes' || a.abuserHasAccess === 'unsure';
/**
 * The abuser has, or may have, a legal right to the home (joint tenancy, ownership, a court order):
 * an occupation order can remove it. A key alone (`accessIsLegalRight` no) is not a legal right.
 */
export const abuserMayHaveLegalRight = (a: A) => abuserMayHaveAccess(a) && a.accessIsLegalRight !== 'no';
/** The abuser can get in, but only with a key or a way in, not a legal right: changing the locks deals with it. */
export const abuserKeyOnly = (a: A) => abuserMayHaveAccess(a) && a.accessIsLegalRight === 'no';
export const notSafeAtHome = (a: A) => a.safeAtHome === 'no';
export const hasChildren = (a: A) => a.children === true;

export const inKent = (a: { area?: A['area'] }) => isKentDistrict(a.area);
export const inMedway = (a: { area?: A['area'] }) => a.area === 'medway';
export const inKentOrMedway = (a: { area?: A['area'] }) => inKent(a) || inMedway(a);
export const areaUnknown = (a: { area?: A['area'] }) => a.area === undefined || a.area === 'unknown';
/** Kent & Medway routes apply: the person lives there, or may (area not known). */
export const mayLiveInKentOrMedway = (a: A) => inKentOrMedway(a) || areaUnknown(a);

/** Any risk sign given, "not sure" included (DOMAIN: not sure never removes the IDVA route). */
export const hasRiskSign = (a: A) => (a.riskSigns?.length ?? 0) > 0;
/** A risk sign other than "not sure". */
export const hasRealRiskSign = (a: A) => a.riskSigns?.some((s) => s !== 'not-sure') ?? false;
/** The person could not say about some risk signs. */
export const riskNotSure = (a: A) => a.riskSigns?.includes('not-sure') ?? false;
/** The answers suggest higher risk: a risk sign (not "not sure"), or in danger now. */
export const higherRisk = (a: A) => hasRealRiskSign(a) || inDanger(a);
/** The gravest signs: threats to kill, strangulation, a weapon, or in danger now (the police, high). */
export const gravestRisk = (a: A) =>
  inDanger(a) ||
  (a.riskSigns?.some((s) => s === 'threats-to-kill' || s === 'strangulation' || s === 'weapon') ?? false);
/** BSL, or a hearing or speech impairment: a voice line alone will not do. */
export const needsNonVoiceContact = (a: A) =>
  (a.communication?.includes('bsl') || a.communication?.includes('hearing-or-speech')) ?? false;
export const wants = (a: A, want: NonNullable<A['wants']>[number]) => a.wants?.includes(want) ?? false;
export const experienced = (a: A, type: NonNullable<A['abuseTypes']>[number]) =>
  a.abuseTypes?.includes(type) ?? false;

/** Lives in their own home (owned or rented), not temporary, refuge or someone else's home. */
export const inOwnHome = (a: { housing?: A['housing'] }) =>
  a.housing === 'owner' || a.housing === 'private-rented' || a.housing === 'social-rented';

export const isOwnerOccupier = (a: SaferAnswers | { housing?: SaferAnswers['housing'] | null }) =>
  a.housing === 'owner';

/**
 * Whether a service whose area is `serviceArea` (directory: 'uk', 'england-and-wales', 'kent',
 * 'medway' or a district) serves someone in `area`. An area not known is served by everything: the
 * copy then says "if you live in Kent …". Outside Kent and Medway only the routes that apply
 * everywhere are left.
 */
export function servesArea(serviceArea: readonly string[], area: A['area']): boolean {
  if (area === undefined || area === 'unknown' || appliesEverywhere(serviceArea)) return true;
  if (serviceArea.includes(area)) return true;
  return isKentDistrict(area) && serviceArea.includes('kent');
}

/** A route that applies wherever the person lives (UK-wide, or England and Wales). */
export const appliesEverywhere = (serviceArea: readonly string[]) =>
  serviceArea.includes('uk') || serviceArea.includes('england-and-wales');
