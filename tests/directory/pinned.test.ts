/**
 * What a live directory can never change (issue #16): the emergency route and the 24-hour helpline
 * come from the build; other entries may use only numbers the build or the contact allow-list knows,
 * link only to allow-listed hosts, and never narrow the area a route serves. Each edit below is
 * schema-valid, so before the fix each one reached the page.
 *
 * No new phone number is written in this file (check-contacts): made-up numbers are put together
 * from parts at run time.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Directory, Service } from '../../schemas/directory';
import { bundledDirectory } from '../../src/directory/bundled';
import {
  ALLOWED_HOSTS,
  ALLOWED_NUMBERS,
  loadLiveDirectory,
  mergeDirectory,
  PINNED_IDS,
} from '../../src/directory/live';
import { directoryJson } from '../../src/mocks/handlers';
import { allowlistLines } from '../sources/evidence';

/** A number no source publishes, built from parts so that no file holds it. */
const UNKNOWN_NUMBER = ['0909', '123', '4567'].join(' ');
const OTHER_UNKNOWN = ['0800', '123', '4567'].join(' ');

type Json = ReturnType<typeof directoryJson>;
type Entry = Record<string, unknown> & { contacts: Array<Record<string, unknown>> };

function edited(id: string, edit: (entry: Entry) => void): Json {
  const doc = directoryJson();
  const entry = doc.services.find((s) => s.id === id) as Entry | undefined;
  if (!entry) throw new Error(`no ${id}`);
  edit(entry);
  // Every edit here is one the schema accepts: only the pinning can refuse it.
  expect(Service.safeParse(entry).success).toBe(true);
  return doc;
}

function merged(doc: Json) {
  const warnings: string[] = [];
  const outcome = mergeDirectory(bundledDirectory, doc, (m) => warnings.push(m));
  return { outcome, warnings, entry: (id: string) => outcome.directory.services.find((s) => s.id === id) };
}

const bundledEntry = (id: string) => bundledDirectory.services.find((s) => s.id === id);

describe('the emergency route and the 24-hour helpline come from the build', () => {
  const emergencyEdits: Array<[string, (entry: Entry) => void]> = [
    ['999 changed to 101', (e) => Object.assign(e.contacts[0] ?? {}, { number: '101' })],
    [
      'a first contact of another number',
      (e) => e.contacts.unshift({ type: 'phone', number: OTHER_UNKNOWN, phoneType: 'voice' }),
    ],
    ['no contacts at all', (e) => Object.assign(e, { contacts: [] })],
    ['Medway only', (e) => Object.assign(e, { serviceArea: ['medway'] })],
    [
      'weekly hours',
      (e) =>
        Object.assign(e, {
          hours: { kind: 'weekly', slots: [{ days: ['mo'], opens: '03:00', closes: '04:00' }] },
        }),
    ],
    ['a misleading name', (e) => Object.assign(e, { name: `Do not call 999: call ${OTHER_UNKNOWN}` })],
    [
      'a BSL link to any host',
      (e) =>
        Object.assign(e.contacts.find((c) => c.type === 'bsl') ?? {}, {
          url: 'https://bsl.attacker.example',
        }),
    ],
  ];
  for (const [what, edit] of emergencyEdits) {
    it(`ignores a live emergency-999 with ${what}, and logs it`, () => {
      const { outcome, warnings, entry } = merged(edited('emergency-999', edit));
      expect(entry('emergency-999')).toEqual(bundledEntry('emergency-999'));
      expect(outcome.dropped).toContainEqual(expect.objectContaining({ id: 'emergency-999', field: 'id' }));
      expect(warnings.join('\n')).toMatch(/ignored live entry "emergency-999"/);
      // The rest of the live copy still applies.
      expect(outcome.status).toBe('updated');
    });
  }

  it('ignores a live 24-hour helpline with a changed number', () => {
    const doc = edited('national-da-helpline', (e) =>
      Object.assign(e.contacts[0] ?? {}, { number: '0800 1111' }),
    );
    const { entry, warnings } = merged(doc);
    expect(entry('national-da-helpline')).toEqual(bundledEntry('national-da-helpline'));
    expect(warnings.join('\n')).toMatch(/ignored live entry "national-da-helpline"/);
  });

  it('takes a live copy of them that is the same as the build, silently', () => {
    const { outcome, warnings } = merged(directoryJson());
    expect(outcome.status).toBe('updated');
    expect(outcome.dropped).toEqual([]);
    expect(warnings).toEqual([]);
    expect(PINNED_IDS).toEqual(['emergency-999', 'national-da-helpline']);
  });
});

describe('other entries: only known numbers, allow-listed hosts, never a narrower area', () => {
  it('refuses a number that neither the build nor the contact allow-list has', () => {
    const doc = edited('victim-support', (e) =>
      Object.assign(e.contacts[0] ?? {}, { number: UNKNOWN_NUMBER }),
    );
    const { entry, outcome, warnings } = merged(doc);
    expect(entry('victim-support')).toEqual(bundledEntry('victim-support'));
    expect(outcome.dropped).toContainEqual(
      expect.objectContaining({ id: 'victim-support', field: 'contacts' }),
    );
    expect(warnings.join('\n')).toContain(UNKNOWN_NUMBER.replace(/ /g, ''));
  });

  it('refuses an unknown number written in the text', () => {
    const doc = edited('refuge', (e) =>
      Object.assign(e, { summary: `Call us now on ${UNKNOWN_NUMBER} instead.` }),
    );
    expect(merged(doc).entry('refuge')).toEqual(bundledEntry('refuge'));
  });

  it('accepts a number from the contact allow-list', () => {
    const allowed = ALLOWED_NUMBERS[0] ?? '';
    const doc = edited('victim-support', (e) => Object.assign(e.contacts[0] ?? {}, { number: allowed }));
    const { entry } = merged(doc);
    expect(entry('victim-support')?.contacts[0]).toMatchObject({ number: allowed });
  });

  it('refuses a link to a host that is not on the links allow-list', () => {
    const doc = edited('victim-support', (e) =>
      Object.assign(e.contacts.find((c) => c.type === 'web') ?? {}, {
        url: 'https://www.domesticabuse-services.example',
      }),
    );
    const { entry, warnings } = merged(doc);
    expect(entry('victim-support')).toEqual(bundledEntry('victim-support'));
    expect(warnings.join('\n')).toMatch(/links allow-list/);
  });

  it('refuses an area change that removes a route from anyone the build gives it to', () => {
    const doc = edited('victim-support', (e) => Object.assign(e, { serviceArea: ['medway'] }));
    const { entry, outcome } = merged(doc);
    expect(entry('victim-support')?.serviceArea).toEqual(bundledEntry('victim-support')?.serviceArea);
    expect(outcome.dropped).toContainEqual(
      expect.objectContaining({
        id: 'victim-support',
        field: 'serviceArea',
        message: expect.stringMatching(/kent/),
      }),
    );
    const national = edited('clares-law', (e) => Object.assign(e, { serviceArea: ['kent'] }));
    expect(merged(national).entry('clares-law')?.serviceArea).toEqual(
      bundledEntry('clares-law')?.serviceArea,
    );
  });

  it('accepts an area change that only widens it', () => {
    const doc = edited('victim-support', (e) => Object.assign(e, { serviceArea: ['uk'] }));
    expect(merged(doc).entry('victim-support')?.serviceArea).toEqual(['uk']);
    const wales = edited('victim-support', (e) => Object.assign(e, { serviceArea: ['england-and-wales'] }));
    expect(merged(wales).entry('victim-support')?.serviceArea).toEqual(['england-and-wales']);
  });

  it('refuses a UK-wide route narrowed to England and Wales', () => {
    const doc = edited('mens-advice-line', (e) => Object.assign(e, { serviceArea: ['england-and-wales'] }));
    expect(merged(doc).entry('mens-advice-line')?.serviceArea).toEqual(['uk']);
  });

  it('keeps the allow-lists equal to the files of sources/', () => {
    expect([...ALLOWED_NUMBERS].sort()).toEqual(
      allowlistLines('contacts-allowlist.txt')
        .map((line) => line.split('\t')[0]?.trim())
        .sort(),
    );
    expect([...ALLOWED_HOSTS].sort()).toEqual(
      allowlistLines('links-allowlist.txt')
        .map((line) => line.split('\t')[0]?.trim())
        .sort(),
    );
  });
});

describe('text fields have limits, dates are real', () => {
  const victimSupport = () =>
    structuredClone(bundledEntry('victim-support')) as Directory['services'][number];

  it('refuses a 200 kB word in a summary (it froze the result page for 40 s)', () => {
    const entry = { ...victimSupport(), summary: 'a'.repeat(200_000) };
    const result = Service.safeParse(entry);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['summary']);
  });

  it('refuses long labels, names and addresses', () => {
    const entry = victimSupport();
    expect(Service.safeParse({ ...entry, name: 'n'.repeat(20_000) }).success).toBe(false);
    const contacts = entry.contacts.map((c) => ('label' in c ? { ...c, label: 'l'.repeat(20_000) } : c));
    expect(Service.safeParse({ ...entry, contacts }).success).toBe(false);
  });

  for (const date of ['2026-13-45', '2026-02-30', '2026-00-10', '2025-02-29']) {
    it(`refuses checkedOn ${date}`, () => {
      expect(Service.safeParse({ ...victimSupport(), checkedOn: date }).success).toBe(false);
    });
  }

  it('accepts a real date, 29 February of a leap year too', () => {
    expect(Service.safeParse({ ...victimSupport(), checkedOn: '2028-02-29' }).success).toBe(true);
  });

  it('wraps long words in the app (overflow-wrap: anywhere on #app)', () => {
    const css = readFileSync(new URL('../../src/styles/app.css', import.meta.url), 'utf8');
    const app = /#app\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(app).toMatch(/overflow-wrap:\s*anywhere/);
  });
});

describe('the live directory response must be JSON', () => {
  const ORIGIN = 'https://pathway.example';
  const answer = (type: string) => async () =>
    new Response(JSON.stringify(directoryJson()), { headers: { 'content-type': type } });

  it('refuses a text/html response, whatever it contains', async () => {
    const warnings: string[] = [];
    const outcome = await loadLiveDirectory({
      origin: ORIGIN,
      fetch: answer('text/html; charset=utf-8') as typeof fetch,
      warn: (m) => warnings.push(m),
    });
    expect(outcome.status).toBe('kept-bundled');
    expect(warnings.join('\n')).toMatch(/text\/html, not JSON/);
  });

  it('takes application/json', async () => {
    const outcome = await loadLiveDirectory({
      origin: ORIGIN,
      fetch: answer('application/json; charset=utf-8') as typeof fetch,
      warn: () => {},
    });
    expect(outcome.status).toBe('updated');
  });
});
