/**
 * The live service directory: commissioners publish a new `/directory.json` and the app picks it up
 * without a release. The bundled copy is shown at once (nothing waits on the network); the live copy
 * replaces it entry by entry, only where an entry passes the schema:
 *
 * - an entry that fails the schema is dropped alone and logged (its id and field); the bundled entry
 *   stands in for it;
 * - an id the live copy lacks keeps its bundled entry (merge by id), as does an id given twice;
 * - an HTTP error, a response that is not JSON (Content-Type), invalid JSON, another format version,
 *   an empty list or no answer within 2 seconds keeps the bundled directory whole.
 *
 * What a live copy can never do (issue #16), each refused entry by entry and logged, the bundled entry
 * standing in:
 * - change the emergency route (`emergency-999`: 999, 55 and the Silent Solution, 999 BSL) or the
 *   24-hour helpline (`national-da-helpline`): they always come from the build (PINNED_IDS);
 * - show a phone number that is neither in the bundled directory nor on the project's contact
 *   allow-list (sources/contacts-allowlist.txt), as a contact or written in its text;
 * - link to a host that is not on the links allow-list (sources/links-allowlist.txt) or in the
 *   bundled directory;
 * - narrow an entry's area: a live copy may widen who a route serves, never remove it from anyone
 *   the build gives it to (a narrower area needs a release, with its source).
 *
 * Only the app's own origin is ever asked (CSP connect-src 'self'), without cookies and without a
 * cached copy. Nothing about the person is sent: it is a plain GET of a public file.
 */
import { KENT_DISTRICTS } from '../../schemas/answers';
import { type DestinationId, Directory, Service } from '../../schemas/directory';
import { problemsOf } from '../../schemas/issues';
import { bundledDirectory } from './bundled';
import { directoryStore } from './store';

export const DEFAULT_DIRECTORY_URL = '/directory.json';
export const DIRECTORY_TIMEOUT_MS = 2000;
/** A directory is a few tens of kilobytes; anything far bigger is not one. */
const MAX_BYTES = 2_000_000;

/**
 * The emergency route and the 24-hour helpline: always the build's entries, whatever a live copy says
 * (a live number, area, name or hours for them could hide 999 from someone in danger).
 */
export const PINNED_IDS: readonly DestinationId[] = ['emergency-999', 'national-da-helpline'];

/**
 * The numbers of sources/contacts-allowlist.txt (first field of each line), which a live entry may use
 * besides the bundled directory's own numbers. Kept equal to the file by tests/directory/pinned.test.ts.
 */
export const ALLOWED_NUMBERS: readonly string[] = [
  '0800 1111',
  '0808 800 5000',
  '0808 802 4040',
  '0808 802 0300',
  '0800 5999 247',
  '0800 999 5428',
  '020 7008 0151',
  '03000 41 41 41',
];

/** The hosts of sources/links-allowlist.txt (kept equal to the file by the same test). */
export const ALLOWED_HOSTS: readonly string[] = [
  'www.domesticabuseservices.org.uk',
  'www.savedave.org.uk',
  'www.kent.gov.uk',
  'kent.gov.uk',
  'www.kelsi.org.uk',
  'www.victimsupport.org.uk',
  'www.999bsl.co.uk',
  'www.relayuk.bt.com',
  'www.gov.uk',
  'www.childline.org.uk',
  'www.nspcc.org.uk',
  'www.respectphoneline.org.uk',
  'www.suzylamplugh.org',
  'www.karmanirvana.org.uk',
  'galop.org.uk',
  'www.bbc.co.uk',
];

export interface DroppedEntry {
  /** The entry's id, or its position (`services[3]`) when it has no usable id. */
  id: string;
  field: string;
  message: string;
}

export type LiveDirectoryOutcome =
  | {
      status: 'updated';
      directory: Directory;
      /** Ids now shown from the live copy. */
      live: DestinationId[];
      /** Ids still shown from the bundled copy (missing, dropped or duplicated in the live copy). */
      bundled: DestinationId[];
      dropped: DroppedEntry[];
    }
  | { status: 'kept-bundled'; directory: Directory; reason: string; dropped: DroppedEntry[] };

export interface LiveDirectoryOptions {
  /** Where to fetch from. Default: VITE_DIRECTORY_URL at build time, else `/directory.json`. */
  url?: string;
  /** The app's origin; the URL must resolve to it. Default: `location.origin`. */
  origin?: string;
  timeoutMs?: number;
  bundled?: Directory;
  fetch?: typeof fetch;
  warn?: (message: string) => void;
  /** How the merge lets the page run between its slices (default: a new task). */
  yieldToPage?: () => Promise<void>;
  /** How long the merge works before it lets the page run (default SLICE_MS). */
  sliceMs?: number;
}

const defaultWarn = (message: string) => console.warn(message);

/**
 * The merge as steps: it pauses (`yield`) after each entry it checks, so that a caller can let the
 * page run between them (mergeDirectoryInSlices). Pure apart from `warn`.
 */
function* mergeSteps(
  bundled: Directory,
  raw: unknown,
  warn: (message: string) => void,
): Generator<void, LiveDirectoryOutcome, void> {
  const keep = (reason: string, dropped: DroppedEntry[] = []): LiveDirectoryOutcome => {
    warn(`directory: keeping the bundled directory: ${reason}`);
    return { status: 'kept-bundled', directory: bundled, reason, dropped };
  };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return keep('the document is not an object');
  const doc = raw as { version?: unknown; services?: unknown };
  if (doc.version !== 1) return keep(`version: ${JSON.stringify(doc.version) ?? 'missing'} is not 1`);
  if (!Array.isArray(doc.services)) return keep('services: is not a list');
  if (doc.services.length === 0) return keep('services: the list is empty');

  const dropped: DroppedEntry[] = [];
  const trust = trustFrom(bundled);
  yield;
  const valid = new Map<DestinationId, Service>();
  const duplicated = new Set<DestinationId>();
  for (const [index, entry] of (doc.services as unknown[]).entries()) {
    yield;
    const parsed = Service.safeParse(entry);
    const rawId = (entry as { id?: unknown } | null)?.id;
    const id = typeof rawId === 'string' && rawId.length <= 80 ? rawId : `services[${index}]`;
    if (!parsed.success) {
      for (const problem of problemsOf(parsed.error, entry)) {
        dropped.push({ id, field: problem.field, message: problem.message });
        warn(`directory: dropped live entry ${JSON.stringify(id)}: ${problem.field}: ${problem.message}`);
      }
      continue;
    }
    if (valid.has(parsed.data.id) || duplicated.has(parsed.data.id)) {
      duplicated.add(parsed.data.id);
      valid.delete(parsed.data.id);
      dropped.push({ id, field: 'id', message: 'appears more than once' });
      warn(`directory: dropped live entry ${JSON.stringify(id)}: id: appears more than once`);
      continue;
    }
    valid.set(parsed.data.id, parsed.data);
  }
  for (const [serviceId, service] of valid) {
    yield;
    const original = bundled.services.find((s) => s.id === serviceId);
    const problem = refusal(service, original, trust);
    if (!problem) continue;
    valid.delete(serviceId);
    dropped.push({ id: serviceId, ...problem });
    warn(`directory: ignored live entry ${JSON.stringify(serviceId)}: ${problem.field}: ${problem.message}`);
  }

  const live: DestinationId[] = [];
  const fromBundled: DestinationId[] = [];
  const services = bundled.services.map((service) => {
    const fresh = valid.get(service.id);
    if (fresh) {
      live.push(service.id);
      return fresh;
    }
    fromBundled.push(service.id);
    return service;
  });
  // Ids the bundled copy does not have are valid destination ids the engine may not route to yet;
  // add them at the end so nothing valid is lost.
  for (const [id, service] of valid) {
    if (!bundled.services.some((s) => s.id === id)) {
      live.push(id);
      services.push(service);
    }
  }
  if (live.length === 0) return keep('no live entry passed the schema', dropped);
  yield;
  const merged = Directory.safeParse({ version: 1, services });
  if (!merged.success) return keep('the merged directory does not pass the schema', dropped);
  if (fromBundled.length > 0) {
    warn(`directory: kept the bundled entries for ${fromBundled.map((id) => JSON.stringify(id)).join(', ')}`);
  }
  return { status: 'updated', directory: merged.data, live, bundled: fromBundled, dropped };
}

/**
 * Merges a fetched document into the bundled directory, entry by entry, in one go. Pure apart from
 * `warn`. Never throws: anything unusable leaves the bundled directory as it is.
 */
export function mergeDirectory(
  bundled: Directory,
  raw: unknown,
  warn: (message: string) => void = defaultWarn,
): LiveDirectoryOutcome {
  const steps = mergeSteps(bundled, raw, warn);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * How long the merge works before it lets the page run: a few milliseconds, so that no slice comes
 * near a long task (50 ms) even on a low-end phone, and a press made meanwhile is answered at once.
 * At once, in one task, the merge took 53-79 ms at 6x CPU here (a trace after Start now).
 */
export const SLICE_MS = 4;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** mergeDirectory, the same outcome, in slices of about `sliceMs` with the page let run between them. */
export async function mergeDirectoryInSlices(
  bundled: Directory,
  raw: unknown,
  warn: (message: string) => void = defaultWarn,
  { sliceMs = SLICE_MS, yieldToPage = nextTask }: Pick<LiveDirectoryOptions, 'sliceMs' | 'yieldToPage'> = {},
): Promise<LiveDirectoryOutcome> {
  const steps = mergeSteps(bundled, raw, warn);
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}

interface Trust {
  numbers: Set<string>;
  hosts: Set<string>;
}

/** UK numbers (the pattern of check-contacts) and https hosts anywhere in an entry: contacts and text. */
const NUMBER = /(\+44 ?(\(0\))? ?|\b0)[1-9][0-9]{1,4}( ?[0-9]{2,4}){1,3}\b/g;
const HOST = /https:\/\/([^/?#"\s\\]+)/gi;

const numbersIn = (text: string) =>
  [...text.matchAll(NUMBER)].map((m) => m[0].replace(/^\+44 ?(\(0\))? ?/, '0').replace(/\D/g, ''));
const hostsIn = (text: string) => [...text.matchAll(HOST)].map((m) => (m[1] ?? '').toLowerCase());

/** The numbers and hosts a live entry may use: the allow-lists, and what the build already shows. */
function trustFrom(bundled: Directory): Trust {
  const text = JSON.stringify(bundled);
  return {
    numbers: new Set([...ALLOWED_NUMBERS.flatMap(numbersIn), ...numbersIn(text)]),
    hosts: new Set([...ALLOWED_HOSTS, ...hostsIn(text)]),
  };
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x).filter((k) => x[k] !== undefined);
  return (
    keys.length === Object.keys(y).filter((k) => y[k] !== undefined).length &&
    keys.every((k) => sameJson(x[k], y[k]))
  );
}

/** Why a schema-valid live entry may not replace the bundled one, or null when it may. */
function refusal(
  service: Service,
  original: Service | undefined,
  trust: Trust,
): Omit<DroppedEntry, 'id'> | null {
  if (PINNED_IDS.includes(service.id)) {
    return original && sameJson(service, original)
      ? null
      : { field: 'id', message: 'the emergency route and the 24-hour helpline come from the build only' };
  }
  const text = JSON.stringify(service);
  const number = numbersIn(text).find((n) => !trust.numbers.has(n));
  if (number)
    return { field: 'contacts', message: `${number} is not in the bundled directory or contact allow-list` };
  const host = hostsIn(text).find((h) => !trust.hosts.has(h));
  if (host) return { field: 'contacts', message: `${host} is not on the links allow-list` };
  // Each area the build serves must still be served: by itself, by Kent (a district), by England and
  // Wales (anything but the UK as a whole) or by the UK (the same reading as the routing rules'
  // servesArea in machines/predicates.ts).
  const live: readonly string[] = service.serviceArea;
  const servedBy = (area: string) =>
    live.includes(area) ||
    (area !== 'uk' && live.includes('uk')) ||
    (area !== 'uk' && area !== 'england-and-wales' && live.includes('england-and-wales')) ||
    (live.includes('kent') && (KENT_DISTRICTS as readonly string[]).includes(area));
  const lost = (original?.serviceArea ?? []).filter((area) => !servedBy(area));
  return lost.length > 0
    ? { field: 'serviceArea', message: `would drop this route for ${lost.join(', ')} (never narrowed live)` }
    : null;
}

function configuredUrl(): string {
  const configured = import.meta.env.VITE_DIRECTORY_URL;
  return typeof configured === 'string' && configured !== '' ? configured : DEFAULT_DIRECTORY_URL;
}

/** Fetches and merges the live directory. Never throws; never touches the store. */
export async function loadLiveDirectory(options: LiveDirectoryOptions = {}): Promise<LiveDirectoryOutcome> {
  const bundled = options.bundled ?? bundledDirectory;
  const warn = options.warn ?? defaultWarn;
  const keep = (reason: string): LiveDirectoryOutcome => {
    warn(`directory: keeping the bundled directory: ${reason}`);
    return { status: 'kept-bundled', directory: bundled, reason, dropped: [] };
  };

  const origin = options.origin ?? globalThis.location?.origin;
  let url: URL;
  try {
    url = new URL(options.url ?? configuredUrl(), origin);
  } catch {
    return keep(`${JSON.stringify(options.url ?? configuredUrl())} is not an address on this site`);
  }
  if (!origin || url.origin !== origin || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    return keep(`${url.href} is not on this site (${origin ?? 'no origin'})`);
  }

  const fetchFn = options.fetch ?? globalThis.fetch;
  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? DIRECTORY_TIMEOUT_MS;
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let text: string;
  try {
    const response = await fetchFn(url.href, {
      method: 'GET',
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      headers: { accept: 'application/json' },
      signal: controller.signal,
    });
    if (!response.ok) return keep(`HTTP ${response.status} from ${url.pathname}`);
    if (response.url && new URL(response.url).origin !== origin) return keep(`redirected off this site`);
    const type = response.headers.get('content-type');
    // An HTML error page or a captive portal's login page is not a directory, whatever it contains.
    if (type && !/^\s*application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type)) {
      return keep(`${url.pathname} is ${type.split(';')[0]}, not JSON`);
    }
    text = await response.text();
  } catch {
    return keep(
      controller.signal.aborted ? `no answer within ${timeoutMs} ms` : `${url.pathname} could not be fetched`,
    );
  } finally {
    clearTimeout(timer);
  }
  if (text.length > MAX_BYTES) return keep(`${url.pathname} is too large to be a directory`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return keep(`${url.pathname} is not valid JSON`);
  }
  return mergeDirectoryInSlices(bundled, raw, warn, options);
}

/**
 * The one call at app start: shows the bundled directory at once (it already is the store's
 * snapshot) and swaps in the live copy when, and as far as, it is valid. In `npm run dev:mock`
 * it first starts the msw browser worker; that import is removed from production builds.
 */
export async function startLiveDirectory(options: LiveDirectoryOptions = {}): Promise<LiveDirectoryOutcome> {
  const warn = options.warn ?? defaultWarn;
  try {
    if (import.meta.env.DEV && import.meta.env.VITE_MOCK === '1') {
      const { startMockWorker } = await import('../mocks/browser');
      await startMockWorker();
    }
    const outcome = await loadLiveDirectory(options);
    if (outcome.status === 'updated') directoryStore.set(outcome.directory);
    return outcome;
  } catch (error) {
    const reason = `the live directory could not be loaded (${(error as Error)?.message ?? 'unknown error'})`;
    warn(`directory: keeping the bundled directory: ${reason}`);
    return { status: 'kept-bundled', directory: directoryStore.getSnapshot(), reason, dropped: [] };
  }
}
