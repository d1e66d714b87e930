/**
 * The words of every question in the self-service flow and the SAFER check, keyed by the answers key
 * the question asks (the machines' state names). Plain English, short sentences, reading age about 9.
 *
 * Questions after "role" are worded for who is answering: the person harmed ("you"), someone worried
 * about them ("the person you're worried about"), someone worried about their own behaviour, or a
 * professional ("the person you support"). Option `value`s are what the form sends: the answer value,
 * "yes"/"no" for yes-or-no questions, "none" for an option that means "none of these", and
 * "not-known" for "Not known yet" in the SAFER check.
 */
import {
  ABUSE_TYPES,
  AGE_BANDS,
  type Area,
  COMMUNICATION,
  GENDERS,
  HOUSING,
  KENT_DISTRICTS,
  type LandlordConsent,
  RISK_SIGNS,
  ROLES,
  type Role,
  type SaferQuestion,
  type TriageQuestion,
  WANTS,
  YES_NO_UNSURE,
} from '../../schemas/answers';
import { AREA_NAMES, areaTownsHint } from './areas';

export interface OptionCopy {
  value: string;
  label: string;
  hint?: string;
}

export interface StepCopy {
  /** The question: the page's `<h1>` (the fieldset legend) and its title. */
  title: string;
  hint?: string;
  /** `number`: a whole number typed in a box (the MARAC check's counts), labelled `inputLabel`. */
  kind: 'radios' | 'checkboxes' | 'number';
  options: OptionCopy[];
  /** `number` only: the label of the box (the question itself is the legend). */
  inputLabel?: string;
  /**
   * Checkboxes and `number`: "Not known yet" (value "not-known"), shown last after an "or" divider,
   * exclusive of every other answer (the MARAC check's indicators and counts).
   */
  notKnown?: OptionCopy;
  /**
   * Radios: an answer shown after an "or" divider ("I'm not sure", "Not known yet").
   * Checkboxes: the option that means "none of these" (exclusive: it clears the others).
   */
  orOption?: OptionCopy;
  /** The error shown when nothing is chosen. */
  error: string;
  /** How the question is named on the check answers page. */
  summary: string;
  /** Visually hidden text after "Change": what the link changes. */
  change: string;
}

/** An option whose value is one of the answers contract's own values `V`. */
export type Choice<V extends string> = { value: V; label: string; hint?: string };
/** `unknown` when `Given` names every value of `V`; else a type naming the values left without copy. */
type Covers<V extends string, Given extends string> = [Exclude<V, Given>] extends [never]
  ? unknown
  : { 'values without copy': Exclude<V, Given> };

/**
 * A question's options, checked by the compiler against the contract's values `V` (given as the
 * schema's own list, or as a type): each option's value must be one of them (a value renamed or
 * removed in schemas/answers.ts fails `tsc`), and between them the options and `orOption` must give
 * every value its copy.
 */
export const choices =
  <V extends string>(_values?: readonly V[]) =>
  <const O extends readonly Choice<V>[], const R extends Choice<V> | undefined = undefined>(
    options: O & Covers<V, O[number]['value'] | (R extends Choice<V> ? R['value'] : never)>,
    orOption?: R,
  ): { options: OptionCopy[]; orOption?: OptionCopy } =>
    orOption ? { options: [...options], orOption } : { options: [...options] };

/** Who the questions are about. `undefined` before the role is known. */
export type Voice = Role | undefined;

export const YES_NO: OptionCopy[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/** Picks wording by voice: the person themselves, or someone they are asking for. */
function words(voice: Voice) {
  const other = voice === 'someone-else' || voice === 'professional';
  const person = voice === 'professional' ? 'the person you support' : 'the person you’re worried about';
  return {
    other,
    /** "you" / "the person you're worried about" (first mention in a question) */
    who: other ? person : 'you',
    they: other ? 'they' : 'you',
    They: other ? 'They' : 'You',
    them: other ? 'them' : 'you',
    their: other ? 'their' : 'your',
    theyAre: other ? 'they are' : 'you are',
    TheyAre: other ? 'They are' : 'You are',
  };
}

export const AREA_OPTIONS: OptionCopy[] = ([...KENT_DISTRICTS, 'medway'] as const).map((value) => {
  // The main towns under each area (sources/pages/kent-towns.md): people know their town, not always their council.
  const hint = areaTownsHint(value);
  return hint ? { value, label: AREA_NAMES[value], hint } : { value, label: AREA_NAMES[value] };
});

const AGE_OPTIONS: OptionCopy[] = choices(AGE_BANDS)([
  { value: 'under-16', label: 'Under 16' },
  { value: '16-17', label: '16 or 17' },
  { value: '18-plus', label: '18 or over' },
]).options;

function housingOptions(voice: Voice): OptionCopy[] {
  const w = words(voice);
  const own = w.other ? 'they own' : 'I own';
  const rent = w.other ? 'they rent' : 'I rent';
  return choices(HOUSING)([
    { value: 'owner', label: `A home ${own}` },
    { value: 'private-rented', label: `A home ${rent} from a private landlord` },
    { value: 'social-rented', label: `A home ${rent} from the council or a housing association` },
    {
      value: 'temporary',
      label: 'Temporary or emergency housing',
      hint: 'For example, a room the council has found for a short time.',
    },
    { value: 'refuge', label: 'A refuge' },
    { value: 'with-family-or-friends', label: 'With family or friends' },
    {
      value: 'no-fixed-address',
      label: 'Nowhere settled',
      hint: 'For example, sofa surfing or sleeping rough.',
    },
  ]).options;
}

/** The self-service questions, worded for the person answering. */
export function triageStep(question: TriageQuestion, voice: Voice): StepCopy {
  const w = words(voice);
  switch (question) {
    case 'immediateDanger':
      return {
        title: 'Is anyone in danger right now?',
        hint: 'For example, someone is hurting or threatening you or someone else now, or an attack has just happened.',
        kind: 'radios',
        options: YES_NO,
        error: 'Select yes if anyone is in danger right now',
        summary: 'In danger right now',
        change: 'if anyone is in danger right now',
      };
    case 'role':
      return {
        title: 'Who are you looking for help for?',
        kind: 'radios',
        ...choices(ROLES)([
          { value: 'self', label: 'Myself', hint: 'Someone is harming me, or has harmed me.' },
          {
            value: 'someone-else',
            label: 'Someone I’m worried about',
            hint: 'A friend, family member or neighbour.',
          },
          {
            value: 'own-behaviour',
            label: 'I’m worried about how I behave',
            hint: 'Towards a partner or family member.',
          },
          {
            value: 'professional',
            label: 'Someone I support in my job',
            hint: 'For example, as a GP, housing officer, social worker or support worker.',
          },
        ]),
        error: 'Select who you are looking for help for',
        summary: 'Looking for help for',
        change: 'who you are looking for help for',
      };
    case 'area':
      return {
        title: w.other ? `Where does ${w.who} live?` : 'Where do you live?',
        hint: 'Medway is a different council from the rest of Kent, so it is listed on its own.',
        kind: 'radios',
        options: [
          ...AREA_OPTIONS,
          { value: 'outside' satisfies Area, label: 'Somewhere outside Kent and Medway' },
        ],
        orOption: { value: 'unknown' satisfies Area, label: 'I’m not sure, or I’d rather not say' },
        error: w.other ? 'Select where they live' : 'Select where you live',
        summary: 'Lives in',
        change: 'where they live',
      };
    case 'ageBand':
      return {
        title: w.other ? `How old is ${w.who}?` : 'How old are you?',
        kind: 'radios',
        options: AGE_OPTIONS,
        error: w.other ? 'Select how old they are' : 'Select how old you are',
        summary: 'Age',
        change: 'age',
      };
    case 'gender':
      return {
        title: w.other ? `What is ${w.who}’s gender?` : 'What is your gender?',
        hint: w.other
          ? 'Some services are just for men or just for women. Every other service here helps everyone. If you do not know, that is fine.'
          : 'Some services are just for men or just for women. Every other service here helps everyone.',
        kind: 'radios',
        ...choices(GENDERS)(
          [
            { value: 'female', label: 'Female' },
            { value: 'male', label: 'Male' },
            { value: 'other', label: 'Another gender' },
          ],
          // A friend or relative may not know, or may not want to say: the answer gives no gender.
          {
            value: 'prefer-not-to-say',
            label: w.other ? 'I’m not sure, or I’d rather not say' : 'Prefer not to say',
          },
        ),
        error: w.other
          ? 'Select their gender, or select ‘I’m not sure, or I’d rather not say’'
          : 'Select your gender, or prefer not to say',
        summary: 'Gender',
        change: 'gender',
      };
    case 'abuserLivesWithYou':
      return {
        title: w.other
          ? `Does the person causing harm live with ${w.who}?`
          : 'Does the person causing you harm live with you?',
        kind: 'radios',
        options: YES_NO,
        error: w.other
          ? 'Select yes if the person causing harm lives with them'
          : 'Select yes if the person causing you harm lives with you',
        summary: 'Person causing harm lives there',
        change: 'if the person causing harm lives there',
      };
    case 'abuserHasAccess':
      return {
        title: `Can the person causing harm still get into ${w.their} home?`,
        hint: 'For example, they have a key, or a legal right to be there because they own it or their name is on the tenancy.',
        kind: 'radios',
        ...choices(YES_NO_UNSURE)(
          [
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ],
          { value: 'unsure', label: 'I’m not sure' },
        ),
        error: `Select yes if the person causing harm can still get into ${w.their} home`,
        summary: 'Person causing harm can get in',
        change: 'if the person causing harm can get in',
      };
    case 'accessIsLegalRight':
      return {
        title: `Does the person causing harm have a legal right to be in ${w.their} home?`,
        hint: 'For example, they own it or part of it, their name is on the tenancy, or a court order lets them in. Only having a key is not a legal right.',
        kind: 'radios',
        ...choices(YES_NO_UNSURE)(
          [
            { value: 'yes', label: 'Yes, a legal right' },
            { value: 'no', label: 'No, they only have a key or a way in' },
          ],
          { value: 'unsure', label: 'I’m not sure' },
        ),
        error: `Select yes if the person causing harm has a legal right to be in ${w.their} home`,
        summary: 'Person causing harm has a legal right to the home',
        change: 'if the person causing harm has a legal right to the home',
      };
    case 'safeAtHome':
      return {
        title: w.other ? `Is it safe for ${w.who} to stay at home?` : 'Is it safe for you to stay at home?',
        kind: 'radios',
        ...choices(YES_NO_UNSURE)(
          [
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ],
          { value: 'unsure', label: 'I’m not sure' },
        ),
        error: w.other
          ? 'Select yes if it is safe for them to stay at home'
          : 'Select yes if it is safe for you to stay at home',
        summary: 'Safe to stay at home',
        change: 'if it is safe to stay at home',
      };
    case 'housing':
      return {
        title: w.other ? `Where does ${w.who} live now?` : 'Where do you live now?',
        kind: 'radios',
        options: housingOptions(voice),
        error: w.other ? 'Select where they live now' : 'Select where you live now',
        summary: 'Home',
        change: 'home',
      };
    case 'abuseTypes':
      return {
        title: w.other ? `What is happening to ${w.who}?` : 'What is happening to you?',
        hint: 'Select all that apply.',
        kind: 'checkboxes',
        ...choices(ABUSE_TYPES)([
          { value: 'physical', label: 'Physical harm', hint: 'For example, hitting, pushing or kicking.' },
          { value: 'sexual', label: 'Sexual abuse' },
          {
            value: 'emotional',
            label: 'Emotional abuse',
            hint: `For example, shouting, putting ${w.them} down, or making ${w.them} feel scared or worthless.`,
          },
          {
            value: 'coercive-control',
            label: 'Controlling behaviour',
            hint: `For example, controlling what ${w.they} do, who ${w.they} see or where ${w.they} go.`,
          },
          { value: 'economic', label: `Controlling ${w.their} money` },
          {
            value: 'stalking',
            label: 'Stalking',
            hint: `Following ${w.them}, watching ${w.them}, or contacting ${w.them} again and again.`,
          },
          {
            value: 'digital',
            label: 'Using phones, apps or the internet',
            hint: `To watch, follow, threaten or control ${w.them}.`,
          },
          { value: 'honour-based', label: 'So-called honour-based abuse' },
          { value: 'forced-marriage', label: 'Forced marriage' },
          { value: 'fgm', label: 'Female genital mutilation (FGM)' },
        ]),
        orOption: { value: 'none', label: 'I’d rather not say' },
        error: 'Select what is happening, or select ‘I’d rather not say’',
        summary: 'What is happening',
        change: 'what is happening',
      };
    case 'riskSigns':
      return {
        title: w.other ? 'Are any of these true for them?' : 'Are any of these true for you?',
        hint: 'Select all that apply. This is not a full risk assessment. It helps us show the right support.',
        kind: 'checkboxes',
        ...choices(RISK_SIGNS)([
          { value: 'very-frightened', label: `${w.TheyAre} very frightened of the person causing harm` },
          { value: 'getting-worse', label: 'The abuse is happening more often, or getting worse' },
          {
            value: 'strangulation',
            label: `The person causing harm has strangled, choked or smothered ${w.them}`,
          },
          { value: 'threats-to-kill', label: `The person causing harm has threatened to kill ${w.them}` },
          { value: 'weapon', label: `The person causing harm has used a weapon, or threatened to use one` },
          { value: 'pregnant-or-new-baby', label: `${w.TheyAre} pregnant, or have a new baby` },
          {
            value: 'recent-separation',
            label: `${w.They} have split up with the person causing harm recently, or ${w.theyAre} trying to`,
          },
          {
            value: 'not-sure',
            label: 'I’m not sure about some of these',
            hint: 'That is fine. We will still show the support for people at higher risk.',
          },
        ]),
        orOption: { value: 'none', label: 'None of these' },
        error: 'Select any that are true, or select ‘None of these’',
        summary: 'Risk signs',
        change: 'risk signs',
      };
    case 'children':
      return {
        title:
          voice === 'own-behaviour'
            ? 'Do any children under 18 live with you, or is a baby on the way?'
            : w.other
              ? `Do any children under 18 live with ${w.who}, or are they pregnant?`
              : 'Do any children under 18 live with you, or are you pregnant?',
        kind: 'radios',
        options: YES_NO,
        error: w.other
          ? 'Select yes if children live with them or they are pregnant'
          : 'Select yes if children live with you or a baby is on the way',
        summary: 'Children',
        change: 'children',
      };
    case 'worriedChildRemoved':
      return {
        title: w.other
          ? 'Are they worried the other parent will take a child away?'
          : 'Are you worried the other parent will take a child away?',
        hint: 'For example, take them out of the country, or to live somewhere else without agreement.',
        kind: 'radios',
        options: YES_NO,
        error: w.other
          ? 'Select yes if they are worried the other parent will take a child away'
          : 'Select yes if you are worried the other parent will take a child away',
        summary: 'Worried a child will be taken away',
        change: 'if worried a child will be taken away',
      };
    case 'wants':
      return {
        title: w.other ? 'What would help them now?' : 'What would help you now?',
        hint: 'Select all that apply.',
        kind: 'checkboxes',
        ...choices(WANTS)([
          { value: 'talk-now', label: 'Talking to someone now' },
          { value: 'safety-plan', label: 'Making a safety plan' },
          { value: 'secure-home', label: `Making ${w.their} home more secure` },
          { value: 'leave-home', label: 'Leaving home, and finding a safe place to stay' },
          { value: 'report-to-police', label: 'Telling the police' },
          {
            value: 'court-protection',
            label: 'Protection from a court',
            hint: 'For example, an order to keep the person away.',
          },
          { value: 'check-partner-history', label: 'Finding out if a partner has a history of abuse' },
          { value: 'help-for-children', label: 'Help for children' },
          { value: 'recovery-groups', label: 'A group to help recover' },
        ]),
        orOption: { value: 'none', label: 'I’m not sure yet' },
        error: 'Select what would help, or select ‘I’m not sure yet’',
        summary: 'What would help',
        change: 'what would help',
      };
    case 'communication':
      return {
        title: w.other ? 'Do they need help to communicate?' : 'Do you need help to communicate?',
        hint: 'Select all that apply.',
        kind: 'checkboxes',
        ...choices(COMMUNICATION)([
          { value: 'hearing-or-speech', label: `${w.They} have a hearing or speech impairment` },
          { value: 'bsl', label: `${w.They} use British Sign Language (BSL)` },
          { value: 'other-language', label: `${w.They} would like help in another language` },
        ]),
        orOption: { value: 'none', label: 'No, none of these' },
        error: 'Select any help needed to communicate, or select ‘No, none of these’',
        summary: 'Help to communicate',
        change: 'help to communicate',
      };
  }
}

export const NOT_KNOWN: OptionCopy = { value: 'not-known', label: 'Not known yet' };

/** The SAFER check's questions, asked of a professional about the survivor. */
export function saferStep(question: SaferQuestion): StepCopy {
  switch (question) {
    case 'ageBand':
      return {
        title: 'How old is the survivor?',
        hint: 'SAFER is for people aged 16 or over.',
        kind: 'radios',
        options: AGE_OPTIONS,
        orOption: NOT_KNOWN,
        error: 'Select how old the survivor is, or ‘Not known yet’',
        summary: 'Age',
        change: 'age',
      };
    case 'area':
      return {
        title: 'Where does the survivor live?',
        hint: 'SAFER is run by Kent County Council. Medway has its own scheme.',
        kind: 'radios',
        options: [
          ...AREA_OPTIONS,
          { value: 'outside' satisfies Area, label: 'Somewhere outside Kent and Medway' },
        ],
        orOption: NOT_KNOWN,
        error: 'Select where the survivor lives, or ‘Not known yet’',
        summary: 'Lives in',
        change: 'where they live',
      };
    case 'needToStayLocal':
      return {
        title: 'Does the survivor need to stay in their local area?',
        hint: 'For example, for work, school, family or support.',
        kind: 'radios',
        options: YES_NO,
        orOption: NOT_KNOWN,
        error: 'Select yes if the survivor needs to stay in their local area, or ‘Not known yet’',
        summary: 'Needs to stay local',
        change: 'if they need to stay local',
      };
    case 'housing':
      return {
        title: 'Where does the survivor live now?',
        kind: 'radios',
        options: housingOptions('professional'),
        orOption: NOT_KNOWN,
        error: 'Select where the survivor lives now, or ‘Not known yet’',
        summary: 'Home',
        change: 'home',
      };
    case 'perpetratorLivesThere':
      return {
        title: 'Does the perpetrator live in the property?',
        kind: 'radios',
        options: YES_NO,
        orOption: NOT_KNOWN,
        error: 'Select yes if the perpetrator lives in the property, or ‘Not known yet’',
        summary: 'Perpetrator lives there',
        change: 'if the perpetrator lives there',
      };
    case 'perpetratorHasLegalAccess':
      return {
        title: 'Does the perpetrator have legal access to the property?',
        hint: 'For example, their name is on the tenancy or the deeds, or they still have a right to a key.',
        kind: 'radios',
        ...choices(YES_NO_UNSURE)([
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
          { value: 'unsure', label: 'Possibly: it needs checking' },
        ]),
        orOption: NOT_KNOWN,
        error: 'Select yes if the perpetrator has legal access, or ‘Not known yet’',
        summary: 'Perpetrator has legal access',
        change: 'if the perpetrator has legal access',
      };
    case 'safestOption':
      return {
        title: 'Is staying at home the safest and most appropriate support for the survivor?',
        hint: 'Agree this with the survivor and the professionals supporting them.',
        kind: 'radios',
        options: YES_NO,
        orOption: NOT_KNOWN,
        error: 'Select yes if staying at home is the safest support, or ‘Not known yet’',
        summary: 'Safest and most appropriate',
        change: 'if staying at home is the safest support',
      };
    case 'survivorConsents':
      return {
        title: 'Does the survivor agree to a SAFER referral?',
        kind: 'radios',
        options: YES_NO,
        orOption: NOT_KNOWN,
        error: 'Select yes if the survivor agrees to a referral, or ‘Not known yet’',
        summary: 'Survivor agrees',
        change: 'if the survivor agrees',
      };
    case 'landlordConsent':
      return {
        title: 'Has the landlord agreed to the security work?',
        kind: 'radios',
        // Not `owner-occupier`: an owner is never asked this (the check skips it for housing
        // "owner"), and for anyone else it would contradict their housing answer (the command line
        // refuses that pair). A survivor who owns the home is answered at the housing question.
        ...choices<Exclude<LandlordConsent, 'owner-occupier'>>()([
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
          { value: 'pending', label: 'They have been asked, and have not answered yet' },
        ]),
        orOption: NOT_KNOWN,
        error: 'Select if the landlord has agreed, or ‘Not known yet’',
        summary: 'Landlord agrees',
        change: 'if the landlord agrees',
      };
    case 'referrerIsProfessional':
      return {
        title: 'Are you making this referral as a professional?',
        hint: 'Only a professional can refer to SAFER, for example a GP, housing officer, social worker or support worker.',
        kind: 'radios',
        options: YES_NO,
        orOption: NOT_KNOWN,
        error: 'Select yes if you are making the referral as a professional, or ‘Not known yet’',
        summary: 'Referred by a professional',
        change: 'who is making the referral',
      };
  }
}
