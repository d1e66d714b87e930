/**
 * Copy for the MARAC threshold check's result: each threshold's name and the reason for its status,
 * the area, and the next steps, keyed by the lists of schemas/marac.ts with `satisfies` (every
 * threshold-and-detail pair has its words, no fallback). Plain sentences, no double negatives. A
 * reason for "not known" says what to find out, so that a status and its reason never repeat each
 * other ("Not known. Not known: …").
 *
 * Facts from https://www.domesticabuseservices.org.uk/practitioners/make-a-referral
 * (sources/pages/kent-medway-marac.md), https://www.kelsi.org.uk/child-protection-and-safeguarding/domestic-abuse
 * (sources/pages/kelsi-domestic-abuse.md) and seed 003 (IDVA, Medway's scheme).
 */
import type {
  AreaReason,
  HighRiskIndicator,
  MaracAnswers,
  MaracVerdict,
  NextStepId,
  ThresholdId,
  ThresholdReason,
} from '../../schemas/marac';
import { AREA_NAMES } from './areas';

export const THRESHOLD_NAMES = {
  'visible-high-risk': 'Visible high risk (DASH)',
  'professional-judgement': 'Professional judgement',
  escalation: 'Escalation',
  'suicide-or-self-harm': 'Suicide or self-harm',
} as const satisfies Record<ThresholdId, string>;

export const AREA_CRITERION = 'Based in Kent or Medway';

/** How each indicator reads as a checkbox; in a sentence, the same words in lower case. */
export const INDICATOR_LABELS = {
  weapons: 'Use of weapons',
  'multiple-perpetrators': 'Multiple perpetrators',
  strangulation: 'Strangulation',
  'extreme-fear': 'Extreme fear',
} as const satisfies Record<HighRiskIndicator, string>;

const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
const events = (n: number | undefined) => (n === 1 ? '1 event' : `${n ?? 0} events`);
const yeses = (n: number | undefined) => (n === 1 ? '1 “yes” answer' : `${n ?? 0} “yes” answers`);

type Words = string | ((a: MaracAnswers) => string);

/** Every threshold-and-detail pair the check can give (schemas/marac.ts), each with its words. */
const REASONS = {
  'visible-high-risk:unknown': 'Complete a DASH with them if you can, and count the “yes” answers.',
  'visible-high-risk:at-or-over': (a) => `${yeses(a.dashYesCount)} on the DASH. 14 or more is high risk.`,
  'visible-high-risk:under': (a) => `${yeses(a.dashYesCount)} on the DASH, below 14.`,
  'professional-judgement:unknown': 'Decide whether you judge the case to be high risk.',
  'professional-judgement:indicators-unknown':
    'Judged to be below high risk. Find out whether weapons, multiple perpetrators, strangulation or extreme fear are part of the abuse.',
  'professional-judgement:indicator': (a) =>
    `A stand-alone high-risk indicator: ${list((a.highRiskIndicators ?? []).map((i) => INDICATOR_LABELS[i].toLowerCase()))}.`,
  'professional-judgement:judged-high-risk': 'Judged to be high risk.',
  'professional-judgement:not-judged-high-risk':
    'Judged to be below high risk, with no stand-alone high-risk indicators.',
  'professional-judgement:dash-not-lowered':
    'Judged to be below high risk. Judgement is never used to lower a DASH count of 14 or more.',
  'escalation:unknown':
    'Find out whether the abuse is getting more frequent or more severe, and how many events there were in the last 6 months.',
  'escalation:escalating': 'The abuse is getting more frequent or more severe.',
  'escalation:events': (a) =>
    `${events(a.eventsInLast6Months)} of domestic abuse in the last 6 months. 3 or more meets the threshold.`,
  'escalation:not-escalating': (a) =>
    `The abuse is staying the same or lessening, with ${events(a.eventsInLast6Months)} in the last 6 months (fewer than 3).`,
  'escalation:events-unknown':
    'The abuse is staying the same or lessening. Find out how many events there were in the last 6 months.',
  'escalation:escalating-unknown': (a) =>
    `${events(a.eventsInLast6Months)} in the last 6 months. Find out whether the abuse is getting more frequent or more severe.`,
  'suicide-or-self-harm:unknown':
    'Find out whether the abuse is current and there is a high risk of harm from the perpetrator, or of suicide or self-harm because of it.',
  'suicide-or-self-harm:yes':
    'The abuse is current, with a high risk of harm from the perpetrator, or of suicide or self-harm because of it.',
  'suicide-or-self-harm:no':
    'The risk of harm from the perpetrator, and of suicide or self-harm, was found to be below high.',
} as const satisfies Record<ThresholdReason, Words>;

const AREA_REASONS = {
  'area:kent': (a) => `They are based in ${a.area ? AREA_NAMES[a.area] : 'Kent'}, in Kent.`,
  'area:medway': 'They are based in Medway.',
  'area:outside':
    'They are based outside Kent and Medway. This MARAC is for people based in Kent and Medway.',
  'area:unknown': 'Find out where they are based. This MARAC is for people based in Kent and Medway.',
} as const satisfies Record<AreaReason, Words>;

const word = (words: Words, a: MaracAnswers) => (typeof words === 'string' ? words : words(a));

export const thresholdReasonText = (reason: ThresholdReason, a: MaracAnswers) => word(REASONS[reason], a);
export const areaReasonText = (reason: AreaReason, a: MaracAnswers) => word(AREA_REASONS[reason], a);

/** Each next step: a short title (the result page's heading) and why it is shown. */
export const NEXT_STEP_COPY = {
  'explain-and-ask-consent': {
    title: 'Tell them about the referral',
    reason:
      'Explain the process and why you are making a MARAC referral. Ask for their consent, and explain that because you are concerned about the level of risk, you must make the referral.',
  },
  'marac-referral-form': {
    title: 'Complete the MARAC Referral Form',
    reason:
      'Use “Make a referral now” on the Kent & Medway domestic abuse services site’s page for practitioners: https://www.domesticabuseservices.org.uk/practitioners/make-a-referral',
  },
  'marac-where-they-live': {
    title: 'Refer to the MARAC where they are based',
    reason:
      'Anyone assessed as being at high risk of harm should be referred to a MARAC. The Kent and Medway MARAC is for people based in Kent and Medway, so find the MARAC for the area where they are based.',
  },
  'complete-the-dash': {
    title: 'Complete a DASH',
    reason: 'A count of 14 or more “yes” answers meets the threshold on its own.',
  },
  'find-out-where-they-live': {
    title: 'Find out where they are based',
    reason: 'The Kent and Medway MARAC is for people based in Kent and Medway.',
  },
  idva: {
    title: 'An independent domestic violence advisor (IDVA)',
    reason:
      'IDVA support is for people at medium or high risk. In Kent and Medway, Victim Support refers people to their local service.',
  },
  'check-again-if-it-changes': {
    title: 'Check again if things change',
    reason:
      'Check again if the abuse gets more frequent or more severe. Any practitioner who believes someone is at high risk of harm from domestic abuse must make a MARAC referral.',
  },
  'safer-check': {
    title: 'Check if the SAFER scheme fits',
    reason:
      'They want to stay at home. In Kent, the SAFER scheme makes homes more secure, so survivors can stay. Only a professional can refer.',
  },
  'medway-sanctuary': {
    title: 'Medway Sanctuary Scheme',
    reason:
      'They want to stay at home. In Medway, professionals can refer to the Medway Sanctuary Scheme, through Oasis.',
  },
} as const satisfies Record<NextStepId, { title: string; reason: string }>;

/** Where the MARAC Referral Form is: the page that links it, and that page's words. */
export const MARAC_FORM = {
  href: 'https://www.domesticabuseservices.org.uk/practitioners/make-a-referral',
  label: 'Make a MARAC referral (Kent & Medway domestic abuse services)',
  source: 'https://www.domesticabuseservices.org.uk/practitioners/make-a-referral',
};

/** The result page's heading: the verdict in a few words. */
export const MARAC_VERDICT_TITLES = {
  refer: 'Refer to MARAC',
  'refer-where-they-live': 'Refer to the MARAC where they are based',
  'not-known-yet': 'Not known yet',
  'not-high-risk': 'Below the MARAC threshold',
} as const satisfies Record<MaracVerdict, string>;

/** The words of the MARAC check's own pages: its start, check answers and result. */
export const MARAC_PAGE = {
  confirm: 'See if it meets the MARAC threshold',
  leads: {
    refer: (met: string) =>
      `It meets the high-risk threshold (${met}), and they are based in Kent or Medway.`,
    'refer-where-they-live': (met: string) =>
      `It meets the high-risk threshold (${met}), and they are based outside Kent and Medway.`,
    'not-known-yet': (met: string) =>
      met
        ? `It meets the high-risk threshold (${met}). Find out where they are based before you refer.`
        : 'No threshold is met on what you know so far. Find out the rest before you decide.',
    'not-high-risk': () => 'None of the four thresholds is met.',
  } satisfies Record<MaracVerdict, (met: string) => string>,
  thresholdsTitle: 'Each threshold',
  status: { met: 'Met', 'not-met': 'Not met', unknown: 'Not known' } as const,
  nextTitle: 'What to do next',
  formLink: 'Make a MARAC referral, on the Kent & Medway domestic abuse services site',
  saferButton: 'Check if SAFER fits',
  saferLeave: 'This leaves this result. Copy or print the summary first if you need it.',
  summary: {
    title: 'Referral summary',
    lead: 'Copy this into the MARAC Referral Form, or print it. It holds no names. Nothing is sent from this page.',
    copy: 'Copy the summary',
    copied: 'Copied. You can now paste the summary into the referral form.',
    copyFailed: 'Your browser did not let us copy. Select the summary and copy it yourself.',
  },
  summaryHeading: 'MARAC referral summary (Kent and Medway criteria)',
  summaryResult: 'Result',
  summaryNotKnown: 'not known',
  print: 'Print this page',
  printWarning:
    'A printout could be found by the person causing harm. Keep it somewhere safe, and do not give it to the person you support to take home unless it is safe.',
  changeAnswers: 'Change the answers',
};
