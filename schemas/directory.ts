/**
 * The service directory, shaped after Open Referral UK (organisation → service → phone / schedule /
 * service area / eligibility) so that it can be exported to that standard.
 * Every entry names its `source`: a seed page of sources/seeds/ or a public page recorded in sources/pages/.
 */
import * as z from 'zod/mini';
import { AREAS } from './answers';

/** The recommendation ids of DOMAIN.md, plus ids added by this project (never renamed). */
export const DESTINATION_IDS = [
  'emergency-999',
  'police-101',
  'victim-support',
  'national-da-helpline',
  'idva',
  'refuge',
  'safer-scheme',
  'medway-sanctuary',
  'homelessness-assistance',
  'clares-law',
  'non-molestation-order',
  'occupation-order',
  'prohibited-steps-order',
  'dvpo',
  'stalking-protection-order',
  'dave',
  'mens-advice-line',
  'rising-sun',
  'ashford-one-stop-shop',
  'drop-ins',
  'karma-nirvana',
  'suzy-lamplugh-trust',
  'digital-abuse-advice',
  'sass',
  'children-community-support',
  'support-groups',
  'legal-advice',
  'housing-options-ashford',
  // Added by this project.
  'childline',
  'trusted-adult',
  'childrens-services',
  'respect-phoneline',
  'nspcc-helpline',
] as const;
export type DestinationId = (typeof DESTINATION_IDS)[number];

export const KINDS = ['service', 'legal-option', 'advice'] as const;
export type Kind = (typeof KINDS)[number];

export const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export type Day = (typeof DAYS)[number];

/**
 * Length limits on every text field (issue #16): a live copy is shown on phones, and a long enough
 * word stalls the page's layout. Each limit is a few times the longest text of the bundled directory.
 */
export const TEXT_LIMITS = {
  name: 120,
  label: 200,
  summary: 600,
  long: 1500,
  address: 300,
  url: 500,
  list: 20,
} as const;

/** Text of at most `max` characters (and at least `min`). */
const text = (max: number, min = 0) => z.string().check(z.minLength(min), z.maxLength(max));

/** A real calendar date as YYYY-MM-DD (2026-02-30 and 2026-13-45 are not). */
export function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return (
    /^\d{4}-\d\d-\d\d$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
  );
}

const clock = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM, 00:00 to 23:59'));

/**
 * Opening hours in Europe/London time, RFC 5545 style (weekly, by day). A slot whose `closes` is not
 * after `opens` runs past midnight into the next day. `always` is open 24 hours, every day.
 */
export const Schedule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('always'), description: z.optional(text(TEXT_LIMITS.address)) }),
  z.strictObject({
    kind: z.literal('weekly'),
    slots: z
      .array(
        z.strictObject({ days: z.array(z.enum(DAYS)).check(z.minLength(1)), opens: clock, closes: clock }),
      )
      .check(z.minLength(1), z.maxLength(50)),
    description: z.optional(text(TEXT_LIMITS.address)),
  }),
]);
export type Schedule = z.infer<typeof Schedule>;

const httpsUrl = z
  .string()
  .check(z.maxLength(TEXT_LIMITS.url), z.regex(/^https:\/\/[^\s]+$/, 'an https:// address'));
const ukPhone = z.string().check(z.regex(/^(\d{2,5} ?){2,4}$/, 'a UK phone number of digits and spaces'));

export const Contact = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('phone'),
    number: ukPhone,
    /** Open Referral UK phone.type */
    phoneType: z.enum(['voice', 'text', 'textphone', 'video']),
    label: z.optional(text(TEXT_LIMITS.label)),
    hours: z.optional(Schedule),
  }),
  z.strictObject({
    type: z.literal('short-code'),
    number: z.enum(['999', '101', '55']),
    label: z.optional(text(TEXT_LIMITS.label)),
  }),
  z.strictObject({ type: z.literal('web'), url: httpsUrl, label: text(TEXT_LIMITS.label) }),
  z.strictObject({
    type: z.literal('chat'),
    label: text(TEXT_LIMITS.label),
    url: z.optional(httpsUrl),
    hours: z.optional(Schedule),
  }),
  z.strictObject({ type: z.literal('bsl'), label: text(TEXT_LIMITS.label), url: z.optional(httpsUrl) }),
  z.strictObject({ type: z.literal('relay'), label: text(TEXT_LIMITS.label) }),
  z.strictObject({
    type: z.literal('email'),
    address: z.string().check(z.maxLength(254), z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'an email address')),
  }),
  z.strictObject({
    type: z.literal('in-person'),
    label: text(TEXT_LIMITS.label),
    address: text(TEXT_LIMITS.address),
    hours: z.optional(Schedule),
  }),
]);
export type Contact = z.infer<typeof Contact>;

/**
 * Where an entry applies: UK-wide (`uk`), England and Wales (`england-and-wales`: the law's
 * remedies, `sources/pages/national-routes.md`), Kent (the Kent County Council area), Medway, or named
 * districts. Both `uk` and `england-and-wales` serve a person who lives "outside" Kent and Medway.
 */
export const SERVICE_AREAS = ['uk', 'england-and-wales', 'kent', 'medway', ...AREAS] as const;
/** The areas that apply wherever the person lives (the answers do not say which nation). */
export const EVERYWHERE_AREAS = ['uk', 'england-and-wales'] as const;

export const ACCESS = [
  'self-referral',
  'professional-referral',
  'via-victim-support',
  'via-national-helpline',
  'via-police',
  'court-application',
  'information',
] as const;

const source = z
  .string()
  .check(
    z.maxLength(TEXT_LIMITS.url),
    z.regex(/^(\d{3}_[0-9a-f]{16}\.txt|https:\/\/\S+)$/, 'a seed file name (000_….txt) or an https:// page'),
  );

export const Service = z.strictObject({
  id: z.enum(DESTINATION_IDS),
  name: text(TEXT_LIMITS.name, 2),
  organisation: z.strictObject({ name: text(TEXT_LIMITS.name), url: z.optional(httpsUrl) }),
  kind: z.enum(KINDS),
  summary: text(TEXT_LIMITS.summary, 10),
  /** What happens when you get in touch, or how the option works. */
  whatHappens: text(TEXT_LIMITS.long, 10),
  contacts: z.array(Contact).check(z.maxLength(TEXT_LIMITS.list)),
  /** Hours of the service as a whole; a contact's own `hours` take precedence for that contact. */
  hours: z.optional(Schedule),
  serviceArea: z.array(z.enum(SERVICE_AREAS)).check(z.minLength(1), z.maxLength(SERVICE_AREAS.length)),
  eligibility: z.strictObject({
    description: text(TEXT_LIMITS.long),
    minimumAge: z.optional(z.number().check(z.int(), z.minimum(0))),
    maximumAge: z.optional(z.number().check(z.int(), z.minimum(0))),
    genders: z.optional(z.array(z.enum(['female', 'male', 'other']))),
  }),
  access: z.enum(ACCESS),
  /** Plain-English consequence of breaching a court order. */
  breach: z.optional(text(TEXT_LIMITS.long)),
  source: z.array(source).check(z.minLength(1), z.maxLength(TEXT_LIMITS.list)),
  /** The date this entry was last checked against its sources (YYYY-MM-DD, a real calendar date). */
  checkedOn: z
    .string()
    .check(
      z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a date as YYYY-MM-DD', abort: true }),
      z.refine(isCalendarDate, 'a real calendar date'),
    ),
});
export type Service = z.infer<typeof Service>;

export const Directory = z.strictObject({
  version: z.literal(1),
  services: z.array(Service).check(
    z.minLength(1),
    z.maxLength(DESTINATION_IDS.length * 2),
    z.refine((list) => new Set(list.map((s) => s.id)).size === list.length, {
      message: 'each id at most once',
    }),
  ),
});
export type Directory = z.infer<typeof Directory>;
