/**
 * The Kent & Medway MARAC threshold, threshold by threshold: met, not met, or not known yet; then
 * whether the person is based in Kent and Medway; then the verdict and what else to do. Pure: no
 * copy (reason codes are worded by src/content/marac.ts), no I/O.
 *
 * From https://www.domesticabuseservices.org.uk/practitioners/make-a-referral
 * (sources/pages/kent-medway-marac.md): "To make a MARAC referral the person experiencing domestic
 * abuse must be based in Kent and Medway and the abuse must be believed to be high-risk. There are
 * four ways to meet the high-risk threshold":
 * - visible high risk: "14 or more 'yes' answers on the DASH. Professional judgement shouldn't be used
 *   to 'downgrade' a risk assessment." (so a "no" to judgement never lowers a count of 14 or more);
 * - professional judgement, or a stand-alone indicator: "use of weapons, multiple perpetrators,
 *   strangulation or extreme fear";
 * - escalation: "an increase in the frequency or severity of abuse", or "three domestic abuse events
 *   ... in a 6-month period";
 * - suicide or self-harm: "high risk of harm from the perpetrator or suicide/self-harm because of the
 *   ongoing impact of abuse".
 */
import { isKentDistrict } from '../schemas/answers';
import {
  type AreaDetail,
  type AreaReason,
  ESCALATION_EVENTS,
  type MaracAnswers,
  type MaracVerdict,
  type NextStepId,
  THRESHOLDS,
  type ThresholdDetail,
  type ThresholdId,
  type ThresholdReason,
  type ThresholdStatus,
  VISIBLE_HIGH_RISK_AT,
} from '../schemas/marac';
import type { NotKnownDraft } from './flow';

export { THRESHOLDS };

export interface ThresholdResult {
  id: ThresholdId;
  status: ThresholdStatus;
  reason: ThresholdReason;
}

export interface AreaResult {
  status: ThresholdStatus;
  reason: AreaReason;
}

export interface MaracAssessment {
  verdict: MaracVerdict;
  thresholds: ThresholdResult[];
  area: AreaResult;
  next: NextStepId[];
}

const result = <I extends ThresholdId>(
  id: I,
  status: ThresholdStatus,
  detail: ThresholdDetail<I>,
): ThresholdResult => ({
  id,
  status,
  // The one cast: TypeScript cannot tie a generic `I` to its own details; the parameters are checked.
  reason: `${id}:${detail}` as ThresholdReason,
});

/** A DASH count of 14 or more: the visible high-risk threshold. */
export const dashMeetsThreshold = (a: MaracAnswers) =>
  a.dashYesCount !== undefined && a.dashYesCount >= VISIBLE_HIGH_RISK_AT;
/**
 * The check's routing predicates (its machine's guards, maracMachine.ts) also read the answers as the
 * machine holds them: "not known yet" (null) counts as no answer, as a missing key does.
 */
type Held = NotKnownDraft<MaracAnswers>;
/** Any stand-alone high-risk indicator. */
export const hasIndicator = (a: Held) => (a.highRiskIndicators?.length ?? 0) > 0;
export const isEscalating = (a: Held) => a.escalating === true;
export const enoughEvents = (a: MaracAnswers) =>
  a.eventsInLast6Months !== undefined && a.eventsInLast6Months >= ESCALATION_EVENTS;
export const basedOutside = (a: Held) => a.area === 'outside';

function visibleHighRisk(a: MaracAnswers): ThresholdResult {
  if (a.dashYesCount === undefined) return result('visible-high-risk', 'unknown', 'unknown');
  return dashMeetsThreshold(a)
    ? result('visible-high-risk', 'met', 'at-or-over')
    : result('visible-high-risk', 'not-met', 'under');
}

function professionalJudgement(a: MaracAnswers): ThresholdResult {
  if (hasIndicator(a)) return result('professional-judgement', 'met', 'indicator');
  if (a.professionalJudgementHighRisk === true)
    return result('professional-judgement', 'met', 'judged-high-risk');
  if (a.professionalJudgementHighRisk === false) {
    // Judged not high risk: not met only when no stand-alone indicator may be there.
    if (a.highRiskIndicators === undefined)
      return result('professional-judgement', 'unknown', 'indicators-unknown');
    return result(
      'professional-judgement',
      'not-met',
      dashMeetsThreshold(a) ? 'dash-not-lowered' : 'not-judged-high-risk',
    );
  }
  return result('professional-judgement', 'unknown', 'unknown');
}

function escalation(a: MaracAnswers): ThresholdResult {
  if (isEscalating(a)) return result('escalation', 'met', 'escalating');
  if (enoughEvents(a)) return result('escalation', 'met', 'events');
  if (a.escalating === false && a.eventsInLast6Months !== undefined)
    return result('escalation', 'not-met', 'not-escalating');
  if (a.escalating === false) return result('escalation', 'unknown', 'events-unknown');
  if (a.eventsInLast6Months !== undefined) return result('escalation', 'unknown', 'escalating-unknown');
  return result('escalation', 'unknown', 'unknown');
}

function suicideOrSelfHarm(a: MaracAnswers): ThresholdResult {
  if (a.suicideOrSelfHarmRisk === undefined) return result('suicide-or-self-harm', 'unknown', 'unknown');
  return a.suicideOrSelfHarmRisk
    ? result('suicide-or-self-harm', 'met', 'yes')
    : result('suicide-or-self-harm', 'not-met', 'no');
}

export function assessThresholds(a: MaracAnswers): ThresholdResult[] {
  return [visibleHighRisk(a), professionalJudgement(a), escalation(a), suicideOrSelfHarm(a)];
}

export function assessArea(a: MaracAnswers): AreaResult {
  const area = (status: ThresholdStatus, detail: AreaDetail): AreaResult => ({
    status,
    reason: `area:${detail}`,
  });
  if (a.area === undefined || a.area === 'unknown') return area('unknown', 'unknown');
  if (a.area === 'medway') return area('met', 'medway');
  if (isKentDistrict(a.area)) return area('met', 'kent');
  return area('not-met', 'outside');
}

/**
 * `refer` when a threshold is met and the person is based in Kent or Medway; `refer-where-they-live`
 * when one is met and they are based outside; `not-known-yet` when none is met but one is not known,
 * or one is met and the area is not known; else `not-high-risk`.
 */
export function verdictOf(thresholds: readonly ThresholdResult[], area: AreaResult): MaracVerdict {
  if (thresholds.some((t) => t.status === 'met')) {
    if (area.status === 'met') return 'refer';
    if (area.status === 'not-met') return 'refer-where-they-live';
    return 'not-known-yet';
  }
  if (thresholds.some((t) => t.status === 'unknown')) return 'not-known-yet';
  return 'not-high-risk';
}

/** What else to do, in the order a worker would do it. */
export function nextSteps(
  a: MaracAnswers,
  verdict: MaracVerdict,
  thresholds: readonly ThresholdResult[],
): NextStepId[] {
  const out: NextStepId[] = [];
  const unknown = (id: ThresholdId) => thresholds.find((t) => t.id === id)?.status === 'unknown';
  const areaUnknown = a.area === undefined || a.area === 'unknown';
  switch (verdict) {
    case 'refer':
      out.push('explain-and-ask-consent', 'marac-referral-form');
      break;
    case 'refer-where-they-live':
      out.push('marac-where-they-live');
      break;
    case 'not-known-yet':
      if (unknown('visible-high-risk')) out.push('complete-the-dash');
      if (areaUnknown) out.push('find-out-where-they-live');
      break;
    case 'not-high-risk':
      out.push('check-again-if-it-changes');
      break;
  }
  // IDVA support is for "medium or high risk", reached through Victim Support in Kent and Medway.
  if (!basedOutside(a)) out.push('idva');
  if (a.wantsToStayHome === true) {
    if (a.area === 'medway') out.push('medway-sanctuary');
    else if (!basedOutside(a)) out.push('safer-check');
  }
  return out;
}

export function assessMarac(a: MaracAnswers): MaracAssessment {
  const thresholds = assessThresholds(a);
  const area = assessArea(a);
  const verdict = verdictOf(thresholds, area);
  return { verdict, thresholds, area, next: nextSteps(a, verdict, thresholds) };
}

/** The verdicts by how strongly they call for action (a refer is never "lowered" to a not-known-yet). */
export const VERDICT_RANK: Record<MaracVerdict, number> = {
  'not-high-risk': 0,
  'not-known-yet': 1,
  'refer-where-they-live': 2,
  refer: 2,
};
