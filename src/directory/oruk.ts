/**
 * The directory as Open Referral UK 3.0 (HSDS 3.0 with the UK profile): one organization per provider,
 * its services inside, ids stable across runs (UUID version 5 from each entry's id). `pathway
 * directory` prints it (src/cli/directory.ts); schemas/oruk.ts is the shape it must pass.
 */
import { createHash } from 'node:crypto';
import { KENT_DISTRICTS } from '../../schemas/answers';
import type { Contact, Directory, Schedule, Service } from '../../schemas/directory';
import type { OrukDirectory, OrukOrganization, OrukSchedule, OrukService } from '../../schemas/oruk';
import { AREA_NAMES } from '../content/areas';

/** The namespace of this directory's UUIDs (version 5, from each entry's stable id). Never change it. */
const NAMESPACE = '139cf634-d021-4fbd-94e2-b1909a3b08b5';

/** RFC 4122 version 5 UUID: the same name always gives the same id, so partners can update in place. */
export function uuid5(name: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(NAMESPACE.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const LONDON_TIME = 'Times are UK time (Europe/London): GMT in winter, BST in summer.';
const EVERY_DAY = 'MO,TU,WE,TH,FR,SA,SU';
/** A slot closing at midnight is written 23:59 (RFC 5545 and HH:MM have no 24:00). */
const closing = (clock: string) => (clock === '00:00' ? '23:59' : clock);

function schedulesFor(key: string, schedule: Schedule, notes: string, attending?: string): OrukSchedule[] {
  const common = {
    description: schedule.description,
    notes: `${notes} ${LONDON_TIME}`,
    ...(attending ? { attending_type: attending } : {}),
  };
  if (schedule.kind === 'always') {
    return [
      {
        id: uuid5(`${key}:always`),
        freq: 'WEEKLY',
        byday: EVERY_DAY,
        opens_at: '00:00',
        closes_at: '23:59',
        ...common,
        description: schedule.description ?? '24 hours a day, every day',
      },
    ];
  }
  return schedule.slots.map((slot, i) => ({
    id: uuid5(`${key}:${i}`),
    freq: 'WEEKLY',
    byday: slot.days.map((d) => d.toUpperCase()).join(','),
    opens_at: slot.opens,
    closes_at: closing(slot.closes),
    ...common,
    ...(slot.closes !== '00:00' && slot.closes <= slot.opens
      ? { notes: `${notes} Runs past midnight, closing at ${slot.closes} the next day. ${LONDON_TIME}` }
      : {}),
  }));
}

const AREA_LABEL: Record<string, string> = {
  ...AREA_NAMES,
  kent: 'Kent (the Kent County Council area)',
  medway: 'Medway',
  uk: 'United Kingdom',
  'england-and-wales': 'England and Wales',
};

/** "The Willow Centre, 24 Brookfield Road, Ashford, TN23 4EY" → lines, town and postcode, if it parses. */
function addressOf(text: string, county: string | undefined) {
  const parts = text.split(',').map((p) => p.trim());
  const postcode = parts.at(-1);
  const city = parts.at(-2);
  if (!postcode || !/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/.test(postcode) || !city || parts.length < 3)
    return undefined;
  if (!county) return undefined;
  return { address_1: parts.slice(0, -2).join(', '), city, state_province: county, postal_code: postcode };
}

/**
 * The county of the places the service serves (HSDS `state_province`): Kent for Kent or one of its
 * districts (KENT_DISTRICTS), Medway for Medway (a council of its own, as AREA_LABEL says). Unknown
 * when the service serves more than one, or none in particular: the address is then left out.
 */
const KENT_DISTRICT_NAMES = new Set<string>(KENT_DISTRICTS);
function countyOf(service: Service): string | undefined {
  const counties = new Set(
    service.serviceArea.map((area) =>
      area === 'medway' ? 'Medway' : area === 'kent' || KENT_DISTRICT_NAMES.has(area) ? 'Kent' : undefined,
    ),
  );
  const [only] = counties;
  return counties.size === 1 ? only : undefined;
}

function contactLabel(contact: Contact, service: Service): string {
  return 'label' in contact && contact.label ? contact.label : service.name;
}

export function orukService(service: Service, organizationId: string): OrukService {
  const key = `service:${service.id}`;
  const contacts: NonNullable<OrukService['contacts']> = [];
  const schedules: OrukSchedule[] = service.hours
    ? schedulesFor(`${key}:hours`, service.hours, `When ${service.name} is open.`)
    : [];
  const locations: NonNullable<OrukService['service_at_locations']> = [];
  // 55 is pressed during a silent 999 call: it belongs with 999, not as a number of its own.
  const silent = service.contacts.find((c) => c.type === 'short-code' && c.number === '55');

  service.contacts.forEach((contact, i) => {
    const id = `${key}:contact:${i}`;
    const name = contactLabel(contact, service);
    switch (contact.type) {
      case 'phone':
      case 'short-code': {
        if (contact.type === 'short-code' && contact.number === '55') return;
        const hours = contact.type === 'phone' ? contact.hours : undefined;
        const description = [
          name,
          hours?.description,
          contact.number === '999' && silent ? contactLabel(silent, service) : undefined,
        ]
          .filter(Boolean)
          .join('. ');
        contacts.push({
          id: uuid5(id),
          name,
          phones: [
            {
              id: uuid5(`${id}:phone`),
              number: contact.number,
              type: contact.type === 'phone' ? contact.phoneType : 'voice',
              description,
            },
          ],
        });
        if (hours) schedules.push(...schedulesFor(id, hours, `For ${contact.number} (${name}).`));
        return;
      }
      case 'email':
        contacts.push({ id: uuid5(id), name: service.name, email: contact.address });
        return;
      case 'chat':
      case 'bsl':
      case 'relay':
        contacts.push({ id: uuid5(id), name });
        if (contact.type === 'chat' && contact.hours) {
          schedules.push(...schedulesFor(id, contact.hours, `For ${name}.`, 'online'));
        }
        return;
      case 'in-person': {
        const address = addressOf(contact.address, countyOf(service));
        locations.push({
          id: uuid5(`${id}:at`),
          description: name,
          location: {
            id: uuid5(`${id}:location`),
            location_type: 'physical',
            name,
            ...(address
              ? {
                  addresses: [
                    { id: uuid5(`${id}:address`), ...address, country: 'GB', address_type: 'physical' },
                  ],
                }
              : { description: contact.address }),
          },
        });
        if (contact.hours)
          schedules.push(...schedulesFor(id, contact.hours, `At ${contact.address}.`, 'in person'));
        return;
      }
      case 'web':
        return;
    }
  });

  const web = service.contacts.find((c) => c.type === 'web');
  const email = service.contacts.find((c) => c.type === 'email');
  return {
    id: uuid5(key),
    organization_id: organizationId,
    name: service.name,
    status: 'active',
    description: `${service.summary}\n\n${service.whatHappens}`,
    ...(web?.type === 'web' ? { url: web.url } : {}),
    ...(email?.type === 'email' ? { email: email.address } : {}),
    eligibility_description: service.eligibility.description,
    ...(service.eligibility.minimumAge !== undefined ? { minimum_age: service.eligibility.minimumAge } : {}),
    ...(service.eligibility.maximumAge !== undefined ? { maximum_age: service.eligibility.maximumAge } : {}),
    assured_date: service.checkedOn,
    contacts,
    schedules,
    service_areas: service.serviceArea.map((area) => ({
      id: uuid5(`${key}:area:${area}`),
      name: AREA_LABEL[area] ?? area,
    })),
    service_at_locations: locations,
  };
}

/**
 * The directory as Open Referral UK 3.0: one organization per provider, its services inside, as the one
 * page of the standard's paginated list of organizations.
 */
export function orukDirectory(directory: Directory): OrukDirectory {
  const organizations = new Map<string, OrukOrganization>();
  for (const service of directory.services) {
    const name = service.organisation.name;
    let organization = organizations.get(name);
    if (!organization) {
      organization = {
        id: uuid5(`organization:${name}`),
        name,
        description: '',
        ...(service.organisation.url ? { website: service.organisation.url } : {}),
        services: [],
      };
      organizations.set(name, organization);
    }
    if (!organization.website && service.organisation.url) organization.website = service.organisation.url;
    organization.services.push(orukService(service, organization.id));
  }
  for (const organization of organizations.values()) {
    organization.description = `${organization.name}: ${organization.services.map((s) => s.name).join('; ')}.`;
  }
  const contents = [...organizations.values()];
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}
