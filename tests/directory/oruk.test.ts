/**
 * `pathway directory`: the directory as Open Referral UK 3.0 JSON, validated against the standard's
 * required fields (schemas/oruk.ts), complete (every entry, every number), stable (same ids every
 * run) and faithful (the exported schedules open and close exactly when ours do).
 */
import { describe, expect, it } from 'vitest';
import type { Schedule, Service } from '../../schemas/directory';
import { OrukDirectory, type OrukService } from '../../schemas/oruk';
import { orukDirectory, uuid5 } from '../../src/cli/directory';
import { main } from '../../src/cli/pathway';
import { bundledDirectory } from '../../src/directory/bundled';
import { isOpen } from '../../src/engine/hours';
import { schedulesOf } from '../../src/engine/index';

const run = main(['directory']);
const exported = JSON.parse(run.stdout) as OrukDirectory;
const services = exported.organizations.flatMap((o) => o.services);
const exportedFor = (s: Service) => {
  const found = services.find((x) => x.id === uuid5(`service:${s.id}`));
  if (!found) throw new Error(`${s.id} is not exported`);
  return found;
};

describe('pathway directory', () => {
  it('prints Open Referral UK JSON that passes the schema, exit 0, nothing on stderr', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const parsed = OrukDirectory.safeParse(exported);
    if (!parsed.success) console.error(parsed.error.issues.slice(0, 5));
    expect(parsed.success).toBe(true);
  });

  it('exports every entry once, inside the organization that provides it', () => {
    expect(services).toHaveLength(bundledDirectory.services.length);
    for (const s of bundledDirectory.services) {
      const organization = exported.organizations.find((o) =>
        o.services.some((x) => x.id === uuid5(`service:${s.id}`)),
      );
      expect(organization?.name, s.id).toBe(s.organisation.name);
      const service = exportedFor(s);
      expect(service.organization_id, s.id).toBe(organization?.id);
      expect(service.name).toBe(s.name);
      expect(service.status).toBe('active');
      expect(service.assured_date).toBe(s.checkedOn);
      expect(service.eligibility_description).toBe(s.eligibility.description);
      expect(service.minimum_age).toBe(s.eligibility.minimumAge);
      expect(service.maximum_age).toBe(s.eligibility.maximumAge);
      expect(service.service_areas?.length).toBe(s.serviceArea.length);
    }
    expect(new Set(exported.organizations.map((o) => o.name)).size).toBe(exported.organizations.length);
  });

  it('exports every phone number and short code, with its type (55 goes with 999)', () => {
    for (const s of bundledDirectory.services) {
      const numbers = (exportedFor(s).contacts ?? []).flatMap((c) =>
        (c.phones ?? []).map((p) => `${p.number}/${p.type}`),
      );
      const expected = s.contacts.flatMap((c) =>
        c.type === 'phone'
          ? [`${c.number}/${c.phoneType}`]
          : c.type === 'short-code' && c.number !== '55'
            ? [`${c.number}/voice`]
            : [],
      );
      expect(numbers.sort(), s.id).toEqual(expected.sort());
    }
    const emergency = exportedFor(bundledDirectory.services.find((s) => s.id === 'emergency-999') as Service);
    expect(JSON.stringify(emergency.contacts)).toMatch(/press 55/);
  });

  it('writes schedules RFC 5545 style: WEEKLY, byday, opens_at and closes_at as HH:MM, London time noted', () => {
    const schedules = services.flatMap((s) => s.schedules ?? []);
    expect(schedules.length).toBeGreaterThan(0);
    for (const schedule of schedules) {
      expect(schedule.freq).toBe('WEEKLY');
      expect(schedule.byday).toMatch(/^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/);
      expect(schedule.opens_at).toMatch(/^\d\d:\d\d$/);
      expect(schedule.closes_at).toMatch(/^\d\d:\d\d$/);
      expect(schedule.notes).toMatch(/Europe\/London/);
    }
  });

  it('keeps the hours: the exported schedules are open exactly when ours are, every half hour of a week', () => {
    const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
    const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
    const week = 7 * 1440;
    const orukOpen = (service: OrukService, m: number) =>
      (service.schedules ?? []).some((s) =>
        (s.byday ?? '').split(',').some((day) => {
          const opens = minutes(s.opens_at ?? '00:00');
          const closesText = s.closes_at ?? '00:00';
          const closes = closesText === '23:59' ? 1440 : minutes(closesText);
          const length = closes > opens ? closes - opens : closes + 1440 - opens;
          const since = (((m - (DAYS.indexOf(day) * 1440 + opens)) % week) + week) % week;
          return since < length;
        }),
      );
    // Monday 16 November 2026, 00:00 London time (GMT, so UTC).
    const monday = Date.parse('2026-11-16T00:00:00Z');
    for (const s of bundledDirectory.services) {
      const ours: Schedule[] = schedulesOf(s);
      const theirs = exportedFor(s);
      for (let m = 0; m < week; m += 30) {
        const at = new Date(monday + m * 60_000);
        expect(orukOpen(theirs, m), `${s.id} at minute ${m}`).toBe(ours.some((h) => isOpen(h, at)));
      }
    }
  });

  it('gives the Ashford drop-in a physical location with its postcode', () => {
    const dropIn = bundledDirectory.services.find((s) => s.id === 'ashford-one-stop-shop') as Service;
    const inPerson = dropIn.contacts.find((c) => c.type === 'in-person');
    if (inPerson?.type !== 'in-person') throw new Error('no in-person contact');
    const [at] = exportedFor(dropIn).service_at_locations ?? [];
    expect(at?.location.location_type).toBe('physical');
    const address = at?.location.addresses?.[0];
    expect(address?.country).toBe('GB');
    expect(inPerson.address).toContain(address?.postal_code ?? '(none)');
    expect(inPerson.address).toContain(address?.city ?? '(none)');
    expect(inPerson.address.startsWith(address?.address_1 ?? '(none)')).toBe(true);
  });

  it('gives the same UUIDs on every run (version 5), so partners can update in place', () => {
    expect(orukDirectory(bundledDirectory)).toEqual(exported);
    for (const s of services) expect(s.id[14]).toBe('5');
    expect(uuid5('service:victim-support')).toBe(uuid5('service:victim-support'));
    expect(uuid5('service:victim-support')).not.toBe(uuid5('service:refuge'));
  });
});

describe('the Open Referral UK schema', () => {
  const valid = () =>
    structuredClone(exported) as {
      organizations: Array<Record<string, unknown> & { services: Array<Record<string, unknown>> }>;
    };

  it('requires a service id, name and status', () => {
    for (const field of ['id', 'name', 'status']) {
      const doc = valid();
      delete doc.organizations[0]?.services[0]?.[field];
      expect(OrukDirectory.safeParse(doc).success, field).toBe(false);
    }
  });

  it('requires an organization id, name and description', () => {
    for (const field of ['id', 'name', 'description']) {
      const doc = valid();
      delete doc.organizations[0]?.[field];
      expect(OrukDirectory.safeParse(doc).success, field).toBe(false);
    }
  });

  it('requires a phone number and UUID ids, and each id once', () => {
    const noNumber = valid();
    const service = noNumber.organizations[0]?.services[0] as {
      contacts: Array<{ phones: Array<Record<string, unknown>> }>;
    };
    delete service.contacts[0]?.phones[0]?.number;
    expect(OrukDirectory.safeParse(noNumber).success).toBe(false);

    const slug = valid();
    (slug.organizations[0]?.services[0] as Record<string, unknown>).id = 'emergency-999';
    expect(OrukDirectory.safeParse(slug).success).toBe(false);

    const twice = valid();
    const first = twice.organizations[0]?.services[0];
    if (first) twice.organizations[0]?.services.push(structuredClone(first));
    expect(OrukDirectory.safeParse(twice).success).toBe(false);
  });

  it('refuses a status outside the standard and a schedule frequency it does not know', () => {
    const status = valid();
    (status.organizations[0]?.services[0] as Record<string, unknown>).status = 'open';
    expect(OrukDirectory.safeParse(status).success).toBe(false);
    const freq = valid();
    const schedules = freq.organizations[0]?.services[0]?.schedules as
      | Array<Record<string, unknown>>
      | undefined;
    if (!schedules?.[0]) throw new Error('no schedule to change');
    schedules[0].freq = 'HOURLY';
    expect(OrukDirectory.safeParse(freq).success).toBe(false);
  });
});
