/**
 * `pathway directory`: the service directory for the people who keep it and for partners.
 *
 *   pathway directory [--file FILE]                     Open Referral UK 3.0 JSON on stdout
 *   pathway directory --stale DAYS [--at T] [--file F]  entries last checked more than DAYS days
 *                                                       before T (default now); exit 1 when any
 *
 * FILE defaults to fixtures/directory.json (the bundled copy); give another to check a copy before
 * publishing it as /directory.json. An invalid file exits 2 naming each field.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Contact, Directory, type Schedule, type Service } from '../../schemas/directory';
import { formatProblems, problemsOf } from '../../schemas/issues';
import {
  OrukDirectory,
  type OrukOrganization,
  type OrukSchedule,
  type OrukService,
} from '../../schemas/oruk';
import { AREA_NAMES } from '../content/areas';

export const DIRECTORY_FIXTURE = fileURLToPath(new URL('../../fixtures/directory.json', import.meta.url));

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
function addressOf(text: string) {
  const parts = text.split(',').map((p) => p.trim());
  const postcode = parts.at(-1);
  if (!postcode || !/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/.test(postcode) || parts.length < 3) return undefined;
  return { address_1: parts.slice(0, -2).join(', '), city: parts.at(-2), postal_code: postcode };
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
        const address = addressOf(contact.address);
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

/** The directory as Open Referral UK 3.0: one organization per provider, its services inside. */
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
  return { organizations: [...organizations.values()] };
}

export interface StaleEntry {
  id: string;
  name: string;
  checkedOn: string;
  daysAgo: number;
  source: string[];
}

const londonDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', dateStyle: 'short' });
const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;

/** Entries last checked more than `days` days before `at` (London dates), oldest first. */
export function staleEntries(directory: Directory, days: number, at: Date): StaleEntry[] {
  const today = dayNumber(londonDate.format(at));
  return directory.services
    .map((s) => ({
      id: s.id,
      name: s.name,
      checkedOn: s.checkedOn,
      daysAgo: today - dayNumber(s.checkedOn),
      source: s.source,
    }))
    .filter((entry) => entry.daysAgo > days)
    .sort((a, b) => b.daysAgo - a.daysAgo || a.id.localeCompare(b.id));
}

export type CommandResult = { code: number; stdout: string; stderr: string };

const usage = (message: string): CommandResult => ({
  code: 2,
  stdout: '',
  stderr: `${message}\nusage: pathway directory [--file FILE] | pathway directory --stale DAYS [--at ISO-TIME] [--file FILE]\n`,
});

function takeOption(args: string[], name: string): string | undefined | null {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) return null;
  args.splice(i, 2);
  return value;
}

/** `pathway directory …` (args after the word `directory`; `--at` already taken by the caller). */
export function directoryCommand(argv: string[], at: Date): CommandResult {
  const args = [...argv];
  const file = takeOption(args, '--file');
  const staleText = takeOption(args, '--stale');
  if (file === null) return usage('--file needs a value');
  if (staleText === null) return usage('--stale needs a number of days');
  if (args.length > 0) return usage(`unknown argument ${JSON.stringify(args[0])}`);

  const path = file ?? DIRECTORY_FIXTURE;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return usage(`cannot read ${path} as JSON: ${(error as Error).message}`);
  }
  const parsed = Directory.safeParse(raw);
  if (!parsed.success) {
    return {
      code: 2,
      stdout: '',
      stderr: `invalid directory ${path}:\n${formatProblems(problemsOf(parsed.error, raw))
        .split('\n')
        .map((l) => `  ${l}`)
        .join('\n')}\n`,
    };
  }

  if (staleText !== undefined) {
    if (!/^\d+$/.test(staleText))
      return usage(`--stale: ${JSON.stringify(staleText)} is not a whole number of days`);
    const days = Number(staleText);
    const stale = staleEntries(parsed.data, days, at);
    const date = londonDate.format(at);
    if (stale.length === 0) {
      return { code: 0, stdout: `Every entry was checked in the ${days} days before ${date}.\n`, stderr: '' };
    }
    const width = Math.max(...stale.map((e) => e.id.length));
    const lines = stale.map(
      (e) =>
        `  ${e.id.padEnd(width)}  checked on ${e.checkedOn} (${e.daysAgo} days ago)  ${e.name}  sources: ${e.source.join(', ')}`,
    );
    const heading = `${stale.length} ${stale.length === 1 ? 'entry was' : 'entries were'} last checked more than ${days} days before ${date}:`;
    return { code: 1, stdout: `${heading}\n${lines.join('\n')}\n`, stderr: '' };
  }

  const document = orukDirectory(parsed.data);
  const checked = OrukDirectory.safeParse(document);
  if (!checked.success) {
    return {
      code: 1,
      stdout: '',
      stderr: `internal error: the export does not pass the Open Referral UK schema:\n${formatProblems(problemsOf(checked.error, document))}\n`,
    };
  }
  return { code: 0, stdout: `${JSON.stringify(document, null, 2)}\n`, stderr: '' };
}
