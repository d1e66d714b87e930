/**
 * `pathway directory` against the official Open Referral schemas' requirements, checked with a JSON
 * Schema validator (ajv), independently of our own zod schema (schemas/oruk.ts).
 *
 * The official schemas cannot be downloaded here (no network in the tests), so this file holds the
 * parts of them that the export must meet, copied from the standard's own files (read at the
 * commits named):
 *
 * - the list: openreferral/specification schema/openapi.json (HSDS 3.0, be9c9f5a): `GET /organizations`
 *   answers `{ contents: [compiled/organization.json] }` with `allOf: [Page]`, and
 *   `components.schemas.Page` has total_items, total_pages, page_number, size (integers), first_page,
 *   last_page, empty (booleans). OpenReferralUK/uk-profile schema/openapi.json (6eee0e49) has the same
 *   Page. Page lists no `required`; issue #14 requires all of them, so they are required here;
 * - organization: `required: [id, name, description]` (specification schema/compiled/organization_list.json,
 *   uk-profile schema/compiled/service_list.json's nested organization);
 * - service: `required: [id, name, status]`, status one of active, inactive, defunct, temporarily
 *   closed (specification schema/service.json; uk-profile schema/compiled/service_list.json). The UK
 *   profile (profile/service.json) also requires `url`: not met, see schemas/oruk.ts;
 * - location: `required: [id, location_type]`, physical, postal or virtual (specification
 *   schema/location.json at 67e7b37a);
 * - address: `required: [id, address_1, city, state_province, postal_code, country, address_type]`
 *   (specification schema/address.json at 67e7b37a, the same at 3.2).
 */
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/pathway';

/** An object schema: its properties, and which of them the standard requires. */
const object = (properties: Record<string, unknown>, required: string[]) => ({
  type: 'object',
  properties,
  required,
});

const uuid = { type: 'string', pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' };
const integer = { type: 'integer' };
const boolean = { type: 'boolean' };

const text = { type: 'string' };
const ADDRESS_FIELDS = ['address_1', 'city', 'state_province', 'postal_code', 'country'];
const address = object(
  {
    id: uuid,
    ...Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, text])),
    address_type: { enum: ['physical', 'postal', 'virtual'] },
  },
  ['id', ...ADDRESS_FIELDS, 'address_type'],
);

const location = object(
  {
    id: uuid,
    location_type: { enum: ['physical', 'postal', 'virtual'] },
    addresses: { type: 'array', items: address },
  },
  ['id', 'location_type'],
);

const service = object(
  {
    id: uuid,
    name: text,
    status: { enum: ['active', 'inactive', 'defunct', 'temporarily closed'] },
    service_at_locations: { type: 'array', items: object({ id: uuid, location }, ['id']) },
  },
  ['id', 'name', 'status'],
);

const organization = object(
  { id: uuid, name: text, description: text, services: { type: 'array', items: service } },
  ['id', 'name', 'description'],
);

const PAGE_FIELDS = ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty'];

const ORGANIZATION_LIST = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    total_items: integer,
    total_pages: integer,
    page_number: integer,
    size: integer,
    first_page: boolean,
    last_page: boolean,
    empty: boolean,
    contents: { type: 'array', items: organization },
  },
  required: [...PAGE_FIELDS, 'contents'],
};

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(ORGANIZATION_LIST);
const exported = () => JSON.parse(main(['directory']).stdout) as Record<string, unknown>;

describe('pathway directory against the Open Referral requirements', () => {
  it('is a valid page of the paginated organizations list, every required field present', () => {
    const document = exported();
    const valid = validate(document);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 5))).toEqual([]);
    expect(valid).toBe(true);
  });

  it('counts its one page honestly', () => {
    const document = exported() as { contents: unknown[] } & Record<string, unknown>;
    expect(document).toMatchObject({
      total_items: document.contents.length,
      size: document.contents.length,
      total_pages: 1,
      page_number: 1,
      first_page: true,
      last_page: true,
      empty: false,
    });
  });

  it('gives the Ashford One Stop Shop address its county (state_province)', () => {
    const document = exported() as {
      contents: Array<{
        services: Array<{
          name: string;
          service_at_locations?: Array<{ location: { addresses?: unknown[] } }>;
        }>;
      }>;
    };
    const addresses = document.contents
      .flatMap((o) => o.services)
      .flatMap((s) => s.service_at_locations ?? [])
      .flatMap((at) => at.location.addresses ?? []);
    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses).toContainEqual(
      expect.objectContaining({ city: 'Ashford', state_province: 'Kent', country: 'GB' }),
    );
  });

  it('refuses what the standard refuses: the old { organizations } shape, an address without a county', () => {
    const document = exported() as { contents: unknown[] };
    expect(validate({ organizations: document.contents })).toBe(false);

    const noCounty = structuredClone(document) as {
      contents: Array<{
        services: Array<{
          service_at_locations?: Array<{ location: { addresses?: Record<string, unknown>[] } }>;
        }>;
      }>;
    };
    const first = noCounty.contents
      .flatMap((o) => o.services)
      .flatMap((s) => s.service_at_locations ?? [])
      .flatMap((at) => at.location.addresses ?? [])[0];
    if (!first) throw new Error('no address in the export');
    delete first.state_province;
    expect(validate(noCounty)).toBe(false);
    for (const field of PAGE_FIELDS) {
      const partial: Record<string, unknown> = { ...document };
      delete partial[field];
      expect(validate(partial), field).toBe(false);
    }
  });
});
