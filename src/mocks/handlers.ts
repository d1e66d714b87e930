/**
 * msw 2 handlers for the live directory endpoint (`/directory.json`): the bundled copy, a good update,
 * and every way the live copy can fail. Node tests use them with `setupServer`; `npm run dev:mock`
 * uses them in the browser worker (scenario chosen with VITE_MOCK_DIRECTORY). Development and tests
 * only: nothing here reaches a production build.
 *
 * No phone number is written here: the "updated" scenario moves a number that the directory already
 * holds (so check-contacts stays true) and changes dates.
 */
import { delay, HttpResponse, http } from 'msw';
import data from '../../fixtures/directory.json';

export const DIRECTORY_PATH = '*/directory.json';

type Json = { version: number; services: Array<Record<string, unknown> & { id: string }> };

/** A fresh, mutable copy of the bundled directory. */
export const directoryJson = (): Json => structuredClone(data) as Json;

const entry = (doc: Json, id: string) => {
  const found = doc.services.find((s) => s.id === id);
  if (!found) throw new Error(`mock directory: no entry ${id}`);
  return found as Record<string, unknown> & {
    id: string;
    checkedOn: string;
    contacts: Array<Record<string, unknown>>;
  };
};

/** The number the "updated" scenario gives Victim Support's main line: the Men's Advice Line's, from the directory. */
export function updatedNumber(): { from: string; to: string } {
  const doc = directoryJson();
  const from = entry(doc, 'victim-support').contacts.find((c) => c.type === 'phone')?.number;
  const to = entry(doc, 'mens-advice-line').contacts.find((c) => c.type === 'phone')?.number;
  if (typeof from !== 'string' || typeof to !== 'string')
    throw new Error('mock directory: phone numbers missing');
  return { from, to };
}

export const SCENARIOS = {
  /** The bundled directory, as the server publishes it. */
  bundled: () => HttpResponse.json(directoryJson()),
  /** A good update: Victim Support's main line has a new number, and the entry a new checkedOn date. */
  updated: () => {
    const doc = directoryJson();
    const vs = entry(doc, 'victim-support');
    const { from, to } = updatedNumber();
    const phone = vs.contacts.find((c) => c.type === 'phone' && c.number === from);
    if (phone) phone.number = to;
    vs.checkedOn = '2026-12-01';
    return HttpResponse.json(doc);
  },
  'server-error': () => new HttpResponse('Internal Server Error', { status: 500 }),
  'not-found': () => new HttpResponse('Not Found', { status: 404 }),
  'invalid-json': () =>
    new HttpResponse('{"version": 1, "services": [', { headers: { 'content-type': 'application/json' } }),
  empty: () => HttpResponse.json({ version: 1, services: [] }),
  'wrong-version': () => HttpResponse.json({ ...directoryJson(), version: 2 }),
  /** Never answers: the app gives up after 2 seconds. */
  slow: async () => {
    await delay('infinite');
    return HttpResponse.json(directoryJson());
  },
  /** One bad entry (a javascript: link in Victim Support) among good ones (police-101 re-checked). */
  'bad-entry': () => {
    const doc = directoryJson();
    const vs = entry(doc, 'victim-support');
    const web = vs.contacts.find((c) => c.type === 'web');
    if (web) web.url = 'javascript:alert(1)';
    entry(doc, 'police-101').checkedOn = '2026-12-01';
    return HttpResponse.json(doc);
  },
  /** Victim Support missing from the live copy; police-101 re-checked. */
  'missing-entry': () => {
    const doc = directoryJson();
    doc.services = doc.services.filter((s) => s.id !== 'victim-support');
    entry(doc, 'police-101').checkedOn = '2026-12-01';
    return HttpResponse.json(doc);
  },
} as const;
export type Scenario = keyof typeof SCENARIOS;

export const isScenario = (name: unknown): name is Scenario =>
  typeof name === 'string' && Object.hasOwn(SCENARIOS, name);

/** The handler for one scenario (default: the bundled directory). */
export const directoryHandler = (scenario: Scenario = 'bundled') =>
  http.get(DIRECTORY_PATH, SCENARIOS[scenario]);

export const handlers = [directoryHandler('bundled')];
