/**
 * The live directory over HTTP, mocked with msw 2 in Node: a good update reaches the store (and so
 * runTriage's input and the result page), and every failure keeps the bundled copy for what is
 * missing: HTTP errors, invalid JSON, an empty list, another version, no answer within 2 seconds,
 * one bad entry (dropped alone, logged by id and field), a missing id (backfilled).
 */
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Directory, Service } from '../../schemas/directory';
import { bundledDirectory } from '../../src/directory/bundled';
import {
  DIRECTORY_TIMEOUT_MS,
  type LiveDirectoryOutcome,
  loadLiveDirectory,
  startLiveDirectory,
} from '../../src/directory/live';
import { directoryStore } from '../../src/directory/store';
import { runTriage } from '../../src/engine/index';
import { DIRECTORY_PATH, directoryHandler, directoryJson, updatedNumber } from '../../src/mocks/handlers';
import { MEDWAY_SELF } from '../support/answers';
import { ORIGIN, server, withDirectoryServer } from './server';

withDirectoryServer();

let warnings: string[];
const warn = (message: string) => {
  warnings.push(message);
};
beforeEach(() => {
  warnings = [];
  directoryStore.reset();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const entry = (directory: Directory, id: string): Service => {
  const found = directory.services.find((s) => s.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};
const phones = (service: Service) => service.contacts.flatMap((c) => (c.type === 'phone' ? [c.number] : []));
const load = (options = {}) => loadLiveDirectory({ origin: ORIGIN, warn, ...options });

function expectKeptBundled(outcome: LiveDirectoryOutcome, reason: RegExp) {
  expect(outcome.status).toBe('kept-bundled');
  expect(outcome.directory).toBe(bundledDirectory);
  if (outcome.status === 'kept-bundled') expect(outcome.reason).toMatch(reason);
  expect(warnings.join('\n')).toMatch(reason);
}

const MEDWAY = MEDWAY_SELF;

describe('a good live directory', () => {
  it('takes the published copy as it is when it matches the bundled one', async () => {
    const outcome = await load();
    expect(outcome.status).toBe('updated');
    expect(outcome.directory).toEqual(bundledDirectory);
    if (outcome.status === 'updated') {
      expect(outcome.bundled).toEqual([]);
      expect(outcome.dropped).toEqual([]);
    }
    expect(warnings).toEqual([]);
  });

  it('merges it in slices, letting the page run between them (never one long task on a slow phone)', async () => {
    let yields = 0;
    const outcome = await load({
      sliceMs: 0,
      yieldToPage: async () => {
        yields++;
      },
    });
    expect(outcome.status).toBe('updated');
    expect(outcome.directory).toEqual(bundledDirectory);
    // At least once per entry: with slices of 0 ms the page runs after every step.
    expect(yields).toBeGreaterThan(bundledDirectory.services.length);
  });

  it('shows the bundled copy at once, then the changed number in the store and in runTriage', async () => {
    server.use(directoryHandler('updated'));
    const { from, to } = updatedNumber();
    expect(from).not.toBe(to);
    const seen: Directory[] = [];
    const unsubscribe = directoryStore.subscribe(() => seen.push(directoryStore.getSnapshot()));

    const started = startLiveDirectory({ origin: ORIGIN, warn });
    // Nothing waits on the network: the snapshot is the bundled copy until the live copy arrives.
    expect(directoryStore.getSnapshot()).toBe(bundledDirectory);
    const outcome = await started;
    unsubscribe();

    expect(outcome.status).toBe('updated');
    expect(seen).toHaveLength(1);
    const live = directoryStore.getSnapshot();
    expect(phones(entry(live, 'victim-support'))).toContain(to);
    expect(phones(entry(live, 'victim-support'))).not.toContain(from);
    expect(entry(live, 'victim-support').checkedOn).toBe('2026-12-01');
    expect(phones(entry(bundledDirectory, 'victim-support'))).toContain(from);

    // The result is worked out from the live directory: its hours, its services.
    const result = runTriage(MEDWAY, { at: new Date('2026-11-23T09:00:00Z'), directory: live });
    expect(result.recommendations.map((r) => r.id)).toContain('victim-support');
    expect(warnings).toEqual([]);
  });

  it('asks only its own origin, without cookies or a cached copy', async () => {
    const requests: Request[] = [];
    server.use(
      http.get(DIRECTORY_PATH, ({ request }) => {
        requests.push(request);
        return HttpResponse.json(directoryJson());
      }),
    );
    await load();
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.url).toBe(`${ORIGIN}/directory.json`);
    expect(request?.method).toBe('GET');
    expect(request?.credentials).toBe('omit');
    expect(request?.cache).toBe('no-store');
    expect(request?.headers.get('cookie')).toBeNull();
  });

  it('fetches a configured same-origin address', async () => {
    server.use(http.get('*/data/services.json', () => HttpResponse.json(directoryJson())));
    const outcome = await load({ url: '/data/services.json' });
    expect(outcome.status).toBe('updated');
  });
});

describe('a live directory that fails keeps the bundled copy', () => {
  it('on a server error (500)', async () => {
    server.use(directoryHandler('server-error'));
    expectKeptBundled(await load(), /HTTP 500/);
  });

  it('on not found (404)', async () => {
    server.use(directoryHandler('not-found'));
    expectKeptBundled(await load(), /HTTP 404/);
  });

  it('on invalid JSON', async () => {
    server.use(directoryHandler('invalid-json'));
    expectKeptBundled(await load(), /not valid JSON/);
  });

  it('on an empty list', async () => {
    server.use(directoryHandler('empty'));
    expectKeptBundled(await load(), /empty/);
  });

  it('on another format version', async () => {
    server.use(directoryHandler('wrong-version'));
    expectKeptBundled(await load(), /version: 2 is not 1/);
  });

  it('on a network error', async () => {
    server.use(http.get(DIRECTORY_PATH, () => HttpResponse.error()));
    expectKeptBundled(await load(), /could not be fetched/);
  });

  it('when no answer comes within 2 seconds (fake timers)', async () => {
    vi.useFakeTimers();
    server.use(directoryHandler('slow'));
    let outcome: LiveDirectoryOutcome | undefined;
    const pending = startLiveDirectory({ origin: ORIGIN, warn }).then((o) => {
      outcome = o;
    });
    await vi.advanceTimersByTimeAsync(DIRECTORY_TIMEOUT_MS - 1);
    expect(outcome).toBeUndefined();
    expect(directoryStore.getSnapshot()).toBe(bundledDirectory);
    await vi.advanceTimersByTimeAsync(1);
    await pending;
    expect(DIRECTORY_TIMEOUT_MS).toBe(2000);
    if (!outcome) throw new Error('no outcome');
    expectKeptBundled(outcome, /no answer within 2000 ms/);
    expect(directoryStore.getSnapshot()).toBe(bundledDirectory);
  });

  it('and the store is left alone on every failure', async () => {
    const listener = vi.fn();
    const unsubscribe = directoryStore.subscribe(listener);
    for (const scenario of ['server-error', 'invalid-json', 'empty', 'wrong-version'] as const) {
      server.use(directoryHandler(scenario));
      const outcome = await startLiveDirectory({ origin: ORIGIN, warn });
      expect(outcome.status, scenario).toBe('kept-bundled');
    }
    unsubscribe();
    expect(listener).not.toHaveBeenCalled();
    expect(directoryStore.getSnapshot()).toBe(bundledDirectory);
  });
});

describe('a live directory with some entries wrong or missing', () => {
  it('drops one bad entry alone, logs its id and field, and keeps the rest', async () => {
    server.use(directoryHandler('bad-entry'));
    const outcome = await startLiveDirectory({ origin: ORIGIN, warn });
    expect(outcome.status).toBe('updated');
    const live = directoryStore.getSnapshot();
    // The bad entry is the bundled one, with its https link; the good ones are live.
    expect(entry(live, 'victim-support')).toEqual(entry(bundledDirectory, 'victim-support'));
    expect(entry(live, 'police-101').checkedOn).toBe('2026-12-01');
    if (outcome.status !== 'updated') throw new Error(outcome.reason);
    expect(outcome.bundled).toEqual(['victim-support']);
    expect(outcome.live).toHaveLength(bundledDirectory.services.length - 1);
    const webIndex = entry(bundledDirectory, 'victim-support').contacts.findIndex((c) => c.type === 'web');
    expect(outcome.dropped).toEqual([
      expect.objectContaining({ id: 'victim-support', field: `contacts.${webIndex}.url` }),
    ]);
    expect(warnings.join('\n')).toMatch(
      new RegExp(`dropped live entry "victim-support": contacts\\.${webIndex}\\.url`),
    );
  });

  it('logs with console.warn by default', async () => {
    server.use(directoryHandler('bad-entry'));
    const consoleWarn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await loadLiveDirectory({ origin: ORIGIN });
    expect(consoleWarn).toHaveBeenCalledWith(expect.stringMatching(/"victim-support": contacts\.\d+\.url/));
  });

  it('backfills a missing id from the bundled copy', async () => {
    server.use(directoryHandler('missing-entry'));
    const outcome = await startLiveDirectory({ origin: ORIGIN, warn });
    if (outcome.status !== 'updated') throw new Error(outcome.reason);
    const live = directoryStore.getSnapshot();
    expect(live.services.map((s) => s.id)).toEqual(bundledDirectory.services.map((s) => s.id));
    expect(entry(live, 'victim-support')).toEqual(entry(bundledDirectory, 'victim-support'));
    expect(entry(live, 'police-101').checkedOn).toBe('2026-12-01');
    expect(outcome.bundled).toEqual(['victim-support']);
    expect(warnings.join('\n')).toMatch(/kept the bundled entries for "victim-support"/);
  });
});

describe('only the app’s own origin', () => {
  for (const url of [
    'https://directory.example/directory.json',
    '//directory.example/directory.json',
    'http://localhost:8081/directory.json',
    'javascript:alert(1)',
    'data:application/json,{}',
  ]) {
    it(`refuses ${url} without asking it`, async () => {
      const fetchSpy = vi.fn(globalThis.fetch);
      const outcome = await load({ url, fetch: fetchSpy });
      expect(fetchSpy).not.toHaveBeenCalled();
      expectKeptBundled(outcome, /not on this site|not an address/);
    });
  }

  it('refuses when there is no origin to compare with', async () => {
    const outcome = await loadLiveDirectory({ warn });
    expect(outcome.status).toBe('kept-bundled');
  });

  it('refuses a response that was redirected to another origin', async () => {
    const redirected = async () =>
      Object.defineProperty(new Response(JSON.stringify(directoryJson())), 'url', {
        value: 'https://elsewhere.example/directory.json',
      });
    expectKeptBundled(await load({ fetch: redirected }), /redirected off this site/);
  });
});
