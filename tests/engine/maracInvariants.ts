/**
 * The MARAC threshold as issue 15 and the Kent & Medway page state it, written here a second time
 * and independently of machines/marac.ts, as the oracle the model-based and property tests hold the
 * engine to (https://www.domesticabuseservices.org.uk/practitioners/make-a-referral,
 * sources/pages/kent-medway-marac.md):
 * - visible-high-risk is met at 14 or more "yes" answers on the DASH;
 * - professional-judgement is met when the case is judged high risk or any stand-alone indicator is given;
 * - escalation is met when the abuse is escalating, or at 3 or more events in 6 months;
 * - suicide-or-self-harm is met when that risk is given;
 * - refer: one met and based in Kent or Medway; refer-where-they-live: one met and based outside;
 *   not-known-yet: none met and one not known, or one met and the area not known; else not-high-risk.
 * Returns problems in words (empty when all is well).
 */
import { isKentDistrict } from '../../schemas/answers';
import { type MaracAnswers, MaracResult, type ThresholdId, type ThresholdStatus } from '../../schemas/marac';

const known = (value: unknown) => value !== undefined;

/** Each threshold's status from the answers, by the definitions. */
export function expectedStatuses(a: MaracAnswers): Record<ThresholdId, ThresholdStatus> {
  const indicators = a.highRiskIndicators;
  return {
    'visible-high-risk': !known(a.dashYesCount) ? 'unknown' : (a.dashYesCount ?? 0) >= 14 ? 'met' : 'not-met',
    'professional-judgement':
      a.professionalJudgementHighRisk === true || (indicators?.length ?? 0) > 0
        ? 'met'
        : a.professionalJudgementHighRisk === false && indicators !== undefined
          ? 'not-met'
          : 'unknown',
    escalation:
      a.escalating === true || (a.eventsInLast6Months ?? 0) >= 3
        ? 'met'
        : a.escalating === false && known(a.eventsInLast6Months)
          ? 'not-met'
          : 'unknown',
    'suicide-or-self-harm': !known(a.suicideOrSelfHarmRisk)
      ? 'unknown'
      : a.suicideOrSelfHarmRisk
        ? 'met'
        : 'not-met',
  };
}

export function expectedVerdict(a: MaracAnswers): MaracResult['verdict'] {
  const statuses = Object.values(expectedStatuses(a));
  const inKentOrMedway = isKentDistrict(a.area) || a.area === 'medway';
  if (statuses.includes('met')) {
    if (inKentOrMedway) return 'refer';
    if (a.area === 'outside') return 'refer-where-they-live';
    return 'not-known-yet';
  }
  return statuses.includes('unknown') ? 'not-known-yet' : 'not-high-risk';
}

/**
 * The result for these answers (the answers the check asked for) keeps every rule: schema, statuses,
 * verdict, area, and the next steps that must or must not be there.
 */
export function maracProblems(a: MaracAnswers, result: MaracResult): string[] {
  const problems: string[] = [];
  const parsed = MaracResult.safeParse(result);
  if (!parsed.success) problems.push(`not schema-valid: ${parsed.error.message}`);
  const statuses = expectedStatuses(a);
  const ids = result.thresholds.map((t) => t.id);
  if (ids.join() !== 'visible-high-risk,professional-judgement,escalation,suicide-or-self-harm')
    problems.push(`thresholds ${ids.join()}`);
  for (const t of result.thresholds) {
    if (t.status !== statuses[t.id]) problems.push(`${t.id} is ${t.status}, expected ${statuses[t.id]}`);
    if (t.reason.trim() === '') problems.push(`${t.id} has no reason`);
    // A "not known" reason says what to find out; it never repeats the status.
    if (/^not known/i.test(t.reason)) problems.push(`${t.id}'s reason repeats its status: ${t.reason}`);
  }
  const verdict = expectedVerdict(a);
  if (result.verdict !== verdict) problems.push(`verdict ${result.verdict}, expected ${verdict}`);
  const area =
    a.area === undefined || a.area === 'unknown' ? 'unknown' : a.area === 'outside' ? 'not-met' : 'met';
  if (result.area.status !== area) problems.push(`area ${result.area.status}, expected ${area}`);
  const next = result.next.map((n) => n.id);
  const has = (id: (typeof next)[number]) => next.includes(id);
  if (has('explain-and-ask-consent') !== (verdict === 'refer'))
    problems.push(`consent step ${has('explain-and-ask-consent')} with verdict ${verdict}`);
  if (has('marac-referral-form') !== (verdict === 'refer'))
    problems.push(`referral form ${has('marac-referral-form')} with verdict ${verdict}`);
  if (has('marac-where-they-live') !== (verdict === 'refer-where-they-live'))
    problems.push(`MARAC where they live ${has('marac-where-they-live')} with verdict ${verdict}`);
  if (a.area === 'outside' && (has('idva') || has('safer-check') || has('medway-sanctuary')))
    problems.push(`a Kent or Medway route for someone based outside: ${next.join()}`);
  if (a.area !== 'outside' && !has('idva')) problems.push('no IDVA route in Kent, Medway or an unknown area');
  if (has('safer-check') !== (a.wantsToStayHome === true && a.area !== 'outside' && a.area !== 'medway'))
    problems.push(
      `SAFER check ${has('safer-check')} (wants to stay home: ${a.wantsToStayHome}, area ${a.area})`,
    );
  if (has('medway-sanctuary') !== (a.wantsToStayHome === true && a.area === 'medway'))
    problems.push(`Medway scheme ${has('medway-sanctuary')} (wants to stay home: ${a.wantsToStayHome})`);
  if (new Set(next).size !== next.length) problems.push(`a next step twice: ${next.join()}`);
  return problems;
}
