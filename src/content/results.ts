/**
 * The words of the wizard's own pages: the emergency page, check your answers, results, opening hours,
 * printing and the SAFER verdict. Loaded with the wizard, not with the start page. Plain English, short
 * sentences. No phone numbers here: numbers come from the service directory.
 */
import type { CriterionId } from '../../machines/safer';
import type { Role } from '../../schemas/answers';

export const EMERGENCY_PAGE = {
  title: 'Call 999 now',
  lead: 'If you or someone else is in danger now, call 999 and ask for the police.',
  callButton: 'Call 999',
  after: 'When you are safe, you can carry on and we will show you other help.',
};

export const CHECK_ANSWERS = {
  title: 'Check your answers',
  lead: 'Check your answers. Then we will show the help that fits.',
  confirm: 'See the help that fits',
  saferConfirm: 'See if they can get SAFER',
  notKnown: 'Not known yet',
};

export interface ResultWording {
  title: string;
  intro: string;
}

/** The result page's heading and opening words, by who is asking. */
export function resultWording(role: Role | undefined, under16: boolean): ResultWording {
  if (under16) {
    return role === 'self'
      ? {
          title: 'Help for children and young people',
          intro:
            'What is happening is not your fault. You can talk to someone about it. These services are for young people like you.',
        }
      : {
          title: 'Help for a child or young person',
          intro:
            'The person you told us about is under 16. Keeping a child safe comes first. These services can help.',
        };
  }
  switch (role) {
    case 'someone-else':
      return {
        title: 'How you can help them',
        intro:
          'It is hard when someone you care about is being harmed. These services can give you advice, and help them when they are ready.',
      };
    case 'own-behaviour':
      return {
        title: 'Help to change how you behave',
        intro: 'Wanting to change is an important first step. These services can help you, in confidence.',
      };
    case 'professional':
      return {
        title: 'Help for the person you support',
        intro: 'These services fit what you told us. We say why each one is shown.',
      };
    default:
      return {
        title: 'Help you can get',
        intro: 'These services fit what you told us. Start with the first one. We say why each one is shown.',
      };
  }
}

/** "Do this now": the one action at the top of every result. */
export const DO_THIS_NOW = {
  title: 'Do this now',
  call: (number: string) => `Call ${number}`,
  open24: 'Open 24 hours',
  openNow: (hours: string) => `Open now: ${hours}`,
  web: 'You can use this website at any time.',
};

/** The groups of the result page: what each is for, in a few plain words. */
export const GROUP_TITLES = {
  accessible: 'Help in British Sign Language, by text or by chat',
  talk: 'Someone to talk to',
  home: 'A safe place to live',
  'police-and-courts': 'The police and the courts',
  children: 'Help for children',
  specialist: 'Specialist help',
  'in-person': 'Drop-ins and groups',
} as const;

export const GROUP_SHOW = (count: number) => (count === 1 ? 'Show 1 service' : `Show ${count} services`);

export const RESULT = {
  why: 'Why we show this',
  how: 'How to get in touch',
  whatHappens: 'What happens when you get in touch',
  howItWorks: 'How it works',
  breach: 'If the order is broken',
  checkedOn: (date: string) => `Checked on ${date}`,
  shownAbove: (label: string) => `${label}: shown above`,
  call: 'Call',
  text: 'Text',
  textphone: 'Textphone',
  videoCall: 'Video call',
  email: 'Email',
  visit: 'Visit',
  changeAnswers: 'Change your answers',
  startAgainText: 'Start again to clear your answers from this page.',
  notFound: 'We could not find the details of this service. Call one of the other services shown.',
};

export const HOURS_TEXT = {
  open24: 'Open 24 hours',
  openNow: 'Open now',
  closedNow: 'Closed now',
  closedOpens: (time: string, day: string) => `Closed now: opens ${time} ${day}`,
  today: 'today',
  tomorrow: 'tomorrow',
  midday: 'midday',
  midnight: 'midnight',
};

export const PRINT = {
  sheetTitle: 'Contacts',
  printedOn: (date: string) => `Printed on ${date}.`,
  sheetNote: 'If you are in danger now, call 999.',
  includeReasons: 'Include why each service was shown (this repeats your answers)',
  button: 'Print or save your results',
  warningTitle: 'Before you print or save',
  warning:
    'A printout or a saved file could be found by someone else. Only print or save if it is safe to keep it.',
  confirm: 'Print or save now',
  cancel: 'Cancel',
};

export const VERDICT = {
  eligibleTitle: 'Eligible for SAFER',
  notEligibleTitle: 'Not eligible for SAFER',
  /** The verdict in a few words: how many rules are still to check, never "Eligible once …". */
  eligibleOnceTitle: (unknown: number) =>
    `Not known yet: ${unknown === 1 ? '1 rule' : `${unknown} rules`} to check`,
  eligibleLead: 'They meet every rule of the scheme. Make a SAFER referral.',
  notEligibleLead: (failed: string, count: number) =>
    `${count === 1 ? '1 rule is' : `${count} rules are`} not met: ${failed}.`,
  eligibleOnceLead: 'Every rule you know about is met. Find out the rest before you refer.',
  criteriaTitle: 'Each rule of the scheme',
  status: { met: 'Met', 'not-met': 'Not met', unknown: 'Not known yet' } as const,
  gapsTitle: 'What to do next',
  alternativesTitle: 'Other help that fits',
  formTitle: 'Make the referral',
  /** Seed 001 and Kelsi: "To make a referral complete the SAFER Scheme referral form". */
  formText:
    'Complete the SAFER Scheme referral form. Kent County Council links to it from its domestic abuse page, and from its domestic abuse page for professionals on Kelsi.',
  formLink: 'Domestic abuse, on Kelsi (Kent County Council)',
  formHref: 'https://www.kelsi.org.uk/child-protection-and-safeguarding/domestic-abuse',
  maracTitle: 'If the risk is high',
  maracText:
    'If you think they are at high risk of harm, check whether the case meets the Kent and Medway MARAC threshold. This leaves this result: copy or print it first if you need it.',
  maracButton: 'Check the MARAC threshold',
  summaryTitle: 'Referral summary',
  summaryLead:
    'Copy this into the SAFER Scheme referral form, or print it. It holds no names. Nothing is sent from this page.',
  copy: 'Copy the summary',
  print: 'Print this page',
  changeAnswers: 'Change the answers',
  copied: 'Copied. You can now paste the summary into the referral form.',
  copyFailed: 'Your browser did not let us copy. Select the summary and copy it yourself.',
  printWarning:
    'A printout could be found by the person causing harm. Keep it somewhere safe, and do not give it to the survivor to take home unless it is safe.',
  summaryHeading: 'SAFER referral summary',
  summaryVerdict: 'Result',
  summaryNotKnown: 'not known yet',
  summaryAlternatives: 'Other help',
};

/** What to do about each criterion that is not met or not known yet. */
export const GAP_ACTIONS: Record<CriterionId, { unknown: string; 'not-met': string }> = {
  age: {
    unknown: 'Ask the survivor how old they are.',
    'not-met': 'Under 16, this is child protection. Talk to children’s services.',
  },
  'lives-in-kent': {
    unknown: 'Ask where the survivor lives.',
    'not-met': 'In Medway, refer to the Medway Sanctuary Scheme. Elsewhere, ask the local council.',
  },
  'stay-local': {
    unknown: 'Ask if the survivor needs to stay in the area, for example for work, school or family.',
    'not-met': 'If they do not need to stay, a refuge or a move may be safer. Talk to them about it.',
  },
  'not-temporary': {
    unknown: 'Ask where the survivor lives now.',
    'not-met':
      'SAFER is for settled homes. Help them with housing first: every council has a duty to support eligible people who are homeless because of domestic abuse.',
  },
  'perpetrator-no-access': {
    unknown: 'Check if the perpetrator lives there, holds a key, or is named on the tenancy or deeds.',
    'not-met': 'An occupation order can stop the perpetrator living in or coming to the home.',
  },
  'safest-and-consented': {
    unknown: 'Agree with the survivor and other professionals if staying is safest, and ask if they consent.',
    'not-met': 'If staying is not safest, look at a refuge or homelessness help. The survivor must consent.',
  },
  'landlord-consent': {
    unknown: 'Ask the landlord to agree to the security work.',
    'not-met':
      'Without the landlord’s agreement the work cannot go ahead. Talk to the landlord or housing team.',
  },
  'professional-referral': {
    unknown: 'Check who is making the referral.',
    'not-met':
      'Ask a professional to refer: a GP, Victim Support, a housing team, early help or a social worker.',
  },
};
