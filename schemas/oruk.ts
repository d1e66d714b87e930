/**
 * Open Referral UK 3.0 (the UK profile of HSDS 3.0), as far as `pathway directory` exports it:
 * organizations → services → contacts → phones, schedules, service areas and locations.
 *
 * Required fields, as the UK profile's JSON schemas (github.com/OpenReferralUK/uk-profile, schema/*.json)
 * and HSDS 3.0's (github.com/openreferral/specification, schema/*.json) state them: organization id,
 * name, description; service id, name, status (active, inactive, defunct, temporarily closed); phone
 * id, number; contact, schedule, service area, service at location and location id; address id,
 * address_1, city, state_province, postal_code, country, address_type. The list is one page of
 * the standard API's paginated shape (see OrukDirectory). Ids are UUIDs. Schedules are RFC 5545 style (freq WEEKLY or MONTHLY,
 * byday as comma-separated MO..SU), opens_at / closes_at as HH:MM. Other properties are open, as in
 * the standard's own schemas (no additionalProperties: false), so these objects are not strict.
 *
 * Not taken from the profile: its phone and contact schemas also list "url" as required, but neither
 * defines a url property; that is treated as a slip in the profile and not required here. Its
 * service schema (profile/service.json) requires a service "url" too, which HSDS 3.0 does not: most
 * entries have no web page of their own, and none is made up for them.
 */
import * as z from 'zod/mini';

const uuid = z
  .string()
  .check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'a UUID'));
const text = z.string().check(z.minLength(1, 'a non-empty text'));
const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'));
const time = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, 'a time as HH:MM'));
const https = z.string().check(z.regex(/^https:\/\/\S+$/, 'an https:// address'));
const DAY = '(MO|TU|WE|TH|FR|SA|SU)';

export const OrukPhone = z.object({
  id: uuid,
  number: text,
  type: z.optional(z.enum(['voice', 'text', 'textphone', 'video', 'fax'])),
  description: z.optional(z.string()),
});

export const OrukContact = z.object({
  id: uuid,
  name: z.optional(z.string()),
  title: z.optional(z.string()),
  email: z.optional(z.string()),
  phones: z.optional(z.array(OrukPhone)),
});

export const OrukSchedule = z.object({
  id: uuid,
  freq: z.optional(z.enum(['WEEKLY', 'MONTHLY'])),
  byday: z.optional(z.string().check(z.regex(new RegExp(`^${DAY}(,${DAY})*$`), 'days as MO,TU,…'))),
  opens_at: z.optional(time),
  closes_at: z.optional(time),
  /** HSDS 3.0: a fixed UTC offset in hours. Europe/London has none (GMT/BST), so the export leaves it out. */
  timezone: z.optional(z.number()),
  valid_from: z.optional(date),
  valid_to: z.optional(date),
  description: z.optional(z.string()),
  attending_type: z.optional(z.string()),
  notes: z.optional(z.string()),
});
export type OrukSchedule = z.infer<typeof OrukSchedule>;

export const OrukServiceArea = z.object({
  id: uuid,
  name: z.optional(z.string()),
  description: z.optional(z.string()),
  extent: z.optional(z.string()),
  extent_type: z.optional(z.string()),
  uri: z.optional(z.string()),
});

/** HSDS 3.0 schema/address.json requires every one of these (state_province is the county). */
export const OrukAddress = z.object({
  id: uuid,
  address_1: text,
  city: text,
  state_province: text,
  postal_code: text,
  country: z.string().check(z.regex(/^[A-Z]{2}$/, 'an ISO 3166-1 country code')),
  address_type: z.enum(['physical', 'postal', 'virtual']),
});

export const OrukLocation = z.object({
  id: uuid,
  location_type: z.optional(z.enum(['physical', 'postal', 'virtual'])),
  name: z.optional(z.string()),
  description: z.optional(z.string()),
  addresses: z.optional(z.array(OrukAddress)),
});

export const OrukServiceAtLocation = z.object({
  id: uuid,
  description: z.optional(z.string()),
  location: OrukLocation,
});

export const OrukService = z.object({
  id: uuid,
  organization_id: z.optional(uuid),
  name: text,
  status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']),
  description: z.optional(z.string()),
  url: z.optional(https),
  email: z.optional(z.string()),
  eligibility_description: z.optional(z.string()),
  minimum_age: z.optional(z.number().check(z.minimum(0))),
  maximum_age: z.optional(z.number().check(z.minimum(0))),
  /** The date the information was last checked. */
  assured_date: z.optional(date),
  alert: z.optional(z.string()),
  contacts: z.optional(z.array(OrukContact)),
  schedules: z.optional(z.array(OrukSchedule)),
  service_areas: z.optional(z.array(OrukServiceArea)),
  service_at_locations: z.optional(z.array(OrukServiceAtLocation)),
});
export type OrukService = z.infer<typeof OrukService>;

export const OrukOrganization = z.object({
  id: uuid,
  name: text,
  description: text,
  website: z.optional(https),
  email: z.optional(z.string()),
  services: z.array(OrukService),
});
export type OrukOrganization = z.infer<typeof OrukOrganization>;

/** Every id in a document, wherever it sits (ids must be unique across the document). */
function idsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(idsIn);
  if (value === null || typeof value !== 'object') return [];
  const own = typeof (value as { id?: unknown }).id === 'string' ? [(value as { id: string }).id] : [];
  return [...own, ...Object.values(value).flatMap(idsIn)];
}

const count = z.int().check(z.minimum(0));

/**
 * The export is one page of the standard's paginated list of organizations (HSDS 3.0 openapi.json:
 * `GET /organizations` answers `contents`, an array of compiled/organization.json, with the fields of
 * `components.schemas.Page`). The whole directory fits on the one page.
 */
export const OrukDirectory = z
  .object({
    total_items: count,
    total_pages: count,
    page_number: count,
    size: count,
    first_page: z.boolean(),
    last_page: z.boolean(),
    empty: z.boolean(),
    contents: z.array(OrukOrganization).check(z.minLength(1)),
  })
  .check(
    z.refine((doc) => new Set(idsIn(doc)).size === idsIn(doc).length, {
      message: 'each id at most once in the document',
    }),
  );
export type OrukDirectory = z.infer<typeof OrukDirectory>;
