/**
 * The words of the pages shown before the questions (start, before you start, staying safe online,
 * the professional start page), the emergency box, the crash page and common buttons. The words of
 * the pages after (results, check answers, SAFER verdict) are in results.ts, loaded with the wizard.
 * Plain English, short sentences. No phone numbers here: numbers come from the service directory
 * (fixtures/directory.json) and are put in by the components.
 */

export const SERVICE_NAME = 'Support Pathway';

/**
 * The document title of every page: the service's name alone, with "Error: " first when the form has
 * errors. Never the page's heading: the title shows in the tab, and the browser's history list keeps
 * it after any quick exit, where someone checking the device would read it. Headings such as "Find
 * help with domestic abuse…" or "Can the person causing harm still get into their home?" stay on the
 * page only (docs/quick-exit.md).
 */
export const pageTitle = (error = false) => `${error ? 'Error: ' : ''}${SERVICE_NAME}`;

export const COMMON = {
  continue: 'Continue',
  back: 'Back',
  startNow: 'Start now',
  startAgain: 'Start again',
  change: 'Change',
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  opensInNewTab: '(opens in new tab)',
  or: 'or',
  loading: 'Loading the next page…',
};

export const EMERGENCY_BOX = {
  title: 'If you are in danger now',
  call: { before: 'Call ', after: ' and ask for the police.' },
  silent: (code: string) =>
    `If you cannot speak, listen to the questions and cough or tap the phone. Press ${code} when you are asked.`,
};

export const START = {
  title: 'Find help with domestic abuse in Kent and Medway',
  intro: 'Answer a few questions to find out which help fits you, and how to get it.',
  forList: [
    'you are being hurt, threatened or controlled by a partner, ex-partner or family member',
    'you are worried about someone else',
    'you are worried about how you behave towards a partner or family member',
  ],
  forLead: 'Use this service if:',
  time: 'It takes about 5 minutes. We ask one question on each page.',
  doesTitle: 'What this service does',
  does: [
    'It shows the services that fit your answers, and tells you why.',
    'It shows how to contact each one, and if they are open now.',
  ],
  doesNotTitle: 'What this service does not do',
  doesNot: [
    'It does not send your answers to anyone. Nobody will contact you.',
    'It does not save your answers. They are gone when you leave or close the page.',
    'It is not a risk assessment.',
  ],
  talkTitle: 'If you would rather talk to someone now',
  talkLead: 'You do not need to answer any questions here first.',
  /** Shown in place of the start button when the page's JavaScript is off or could not load. */
  needsJavaScript:
    'This tool needs JavaScript to ask its questions. You can still call the numbers on this page.',
  professionalTitle: 'If you are a professional',
  professionalText:
    'You can check if someone you support can get the SAFER sanctuary scheme, and what to refer them to.',
  professionalLink: 'Check if someone can get SAFER',
};

export const INTERRUPTION = {
  title: 'Before you start: leaving this site quickly',
  paragraphs: [
    'If you need to leave this site quickly, select the ‘Exit this page’ button. It is at the top of every page.',
    'You can also press the Shift key 3 times.',
    'If you use a screen reader, there is a link to leave this site at the start of every page.',
    'These take you to a different, everyday website and clear this page.',
  ],
  historyWarning:
    'Leaving quickly does not delete your browsing history. Someone who uses this device could still see that you visited this site.',
  onlineSafetyLink: 'How to stay safe online',
};

export const ONLINE_SAFETY = {
  title: 'Staying safe online',
  intro: 'If someone checks your phone, tablet or computer, these steps can help.',
  sections: [
    {
      heading: 'Cover your tracks',
      paragraphs: [
        'Your web browser keeps a list of the sites you visit. This is called your browsing history.',
        'You can delete single sites from your history. Someone may notice if all of your history is gone.',
        'Calls and texts show in your phone’s call log, and may show on the phone bill.',
        'The ‘Exit this page’ button leaves this site quickly, but it does not delete your history.',
        'A private window (sometimes called ‘incognito’) does not keep a history of the sites you visit in it. Close it when you finish.',
      ],
    },
    {
      heading: 'Use a safer device',
      paragraphs: [
        'If you think someone watches what you do on your phone or computer, use one they cannot get to.',
        'For example, a computer at a library, at work, or at the home of someone you trust.',
      ],
    },
  ],
  /** Followed by the directory's own words about Kent Police's digital abuse advice. */
  digitalHeading: 'Digital abuse',
};

/**
 * Staying safe on the device, as the result page says it when digital abuse is reported: the same
 * advice as the "Staying safe online" page, never "delete all your history".
 */
export const DEVICE_SAFETY = {
  title: 'Staying safe on your phone or computer',
  points: [
    'Delete single sites from your browsing history, not all of it. Someone may notice if all of your history is gone.',
    'Calls and texts show in your phone’s call log, and may show on the phone bill.',
    'Use a safer device if you can: one the person harming you cannot get to, such as a computer at a library, at work, or at the home of someone you trust.',
    'The ‘Exit this page’ button leaves this site quickly, but it does not delete your history.',
  ],
};

export const PROFESSIONAL_START = {
  title: 'Checks for professionals',
  intro:
    'Two checks for professionals supporting someone affected by domestic abuse in Kent and Medway. If you do not know an answer yet, choose ‘Not known yet’.',
  saferTitle: 'Check if someone can get SAFER',
  saferAbout:
    'SAFER (Sanctuary Access for Eligible Residents) is run by Kent County Council. It makes a survivor’s home more secure, so they can stay there safely. It is free.',
  how: 'Answer one question for each rule of the scheme.',
  get: 'You will see if they can get SAFER, what is missing, what else could help, and a summary you can copy into the referral form.',
  maracTitle: 'Check the MARAC threshold',
  maracAbout:
    'MARAC is the meeting where agencies share information about high-risk cases and plan together to reduce the risk. Check the case against the Kent and Medway criteria: the DASH count, your professional judgement, escalation, and suicide or self-harm.',
  maracGet:
    'You will need the number of “yes” answers on the DASH, if you completed one. You will see each threshold, what to do next, and a summary for the MARAC Referral Form.',
  maracStart: 'Start the MARAC check',
  private: 'Nothing you enter is sent or saved. It is gone when you leave or close the page.',
  publicLink: 'Find help for yourself or someone else instead',
};

export const CRASH = {
  title: 'Sorry, something went wrong',
  lead: 'This page stopped working. Your answers have not been sent anywhere.',
  helpline: 'You can call the 24-hour National Domestic Abuse Helpline at any time:',
  startAgain: 'Start again',
};
