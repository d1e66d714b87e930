/**
 * The words of the MARAC threshold check's questions, asked of a professional about the person they
 * support, keyed by the answers key each asks (maracMachine's state names). The DASH checklist's own
 * questions are SafeLives' wording and never appear here: the check asks only how many "yes" answers
 * the professional recorded on the DASH they completed. The thresholds' words follow
 * https://www.domesticabuseservices.org.uk/practitioners/make-a-referral (sources/pages/kent-medway-marac.md).
 */
import type { Area } from '../../schemas/answers';
import type { HighRiskIndicator, MaracQuestion } from '../../schemas/marac';
import { INDICATOR_LABELS } from './marac';
import { AREA_OPTIONS, choices, NOT_KNOWN, type StepCopy, YES_NO } from './steps';

const yesNo = (title: string, what: string, summary: string, change: string, hint?: string): StepCopy => ({
  title,
  ...(hint ? { hint } : {}),
  kind: 'radios',
  options: YES_NO,
  orOption: NOT_KNOWN,
  error: `Select yes if ${what}, or ‘Not known yet’`,
  summary,
  change,
});

export function maracStep(question: MaracQuestion): StepCopy {
  switch (question) {
    case 'area':
      return {
        title: 'Where is the person based?',
        hint: 'The Kent and Medway MARAC is for people based in Kent and Medway.',
        kind: 'radios',
        options: [
          ...AREA_OPTIONS,
          { value: 'outside' satisfies Area, label: 'Somewhere outside Kent and Medway' },
        ],
        orOption: NOT_KNOWN,
        error: 'Select where the person is based, or ‘Not known yet’',
        summary: 'Based in',
        change: 'where they are based',
      };
    case 'dashYesCount':
      return {
        title: 'How many “yes” answers did you record on the DASH?',
        hint: 'Count the “yes” answers on the DASH risk checklist you completed with them. 14 or more is visible high risk.',
        kind: 'number',
        options: [],
        inputLabel: 'Number of “yes” answers, from 0 to 24',
        notKnown: { value: 'not-known', label: 'Not known yet: no DASH completed' },
        error: 'Enter the number of “yes” answers, from 0 to 24, or select ‘Not known yet’',
        summary: 'DASH “yes” answers',
        change: 'the DASH count',
      };
    case 'highRiskIndicators':
      return {
        title: 'Are any of these high-risk indicators part of the abuse?',
        hint: 'Select all that apply. Each one can show high risk on its own.',
        kind: 'checkboxes',
        ...choices<HighRiskIndicator>()([
          { value: 'weapons', label: INDICATOR_LABELS.weapons },
          { value: 'multiple-perpetrators', label: INDICATOR_LABELS['multiple-perpetrators'] },
          { value: 'strangulation', label: INDICATOR_LABELS.strangulation },
          { value: 'extreme-fear', label: INDICATOR_LABELS['extreme-fear'] },
        ]),
        orOption: { value: 'none', label: 'None of these' },
        notKnown: NOT_KNOWN,
        error: 'Select the indicators that apply, ‘None of these’ or ‘Not known yet’',
        summary: 'High-risk indicators',
        change: 'the high-risk indicators',
      };
    case 'professionalJudgementHighRisk':
      return yesNo(
        'In your professional judgement, is the case high risk?',
        'you judge the case high risk',
        'Judged high risk',
        'your judgement',
        'You can judge a case high risk without a DASH, or with fewer than 14 “yes” answers. Judgement is never used to lower a DASH count of 14 or more.',
      );
    case 'escalating':
      return yesNo(
        'Is the abuse getting more frequent or more severe?',
        'the abuse is getting more frequent or more severe',
        'Getting more frequent or severe',
        'if the abuse is escalating',
      );
    case 'eventsInLast6Months':
      return {
        title: 'How many domestic abuse events have there been in the last 6 months?',
        hint: '3 or more in 6 months meets the escalation threshold.',
        kind: 'number',
        options: [],
        inputLabel: 'Number of events',
        notKnown: NOT_KNOWN,
        error: 'Enter the number of events, 0 or more, or select ‘Not known yet’',
        summary: 'Events in the last 6 months',
        change: 'the number of events',
      };
    case 'suicideOrSelfHarmRisk':
      return yesNo(
        'Is the abuse current, with a high risk of harm from the perpetrator, or of suicide or self-harm because of it?',
        'there is a high risk of harm, suicide or self-harm',
        'High risk of harm, suicide or self-harm',
        'the risk of harm, suicide or self-harm',
      );
    case 'wantsToStayHome':
      return yesNo(
        'Does the person want to stay in their own home?',
        'they want to stay in their home',
        'Wants to stay at home',
        'if they want to stay at home',
        'A sanctuary scheme can make a home more secure, so that they can stay.',
      );
  }
}
