/**
 * The live service directory: commissioners publish a new `/directory.json` and the app picks it up
 * without a release. The bundled copy is shown at once (nothing waits on the network); the live copy
 * replaces it entry by entry, only where an entry passes the schema:
 *
 * - an entry that fails the schema is dropped alone and logged (its id and field); the bundled entry
 *   stands in for it;
 * - an id the live copy lacks keeps its bundled entry (merge by id), as does an id given twice;
 * - an HTTP error, invalid JSON, another format version, an empty list or no answer within 2 seconds
 *   keeps the bundled directory whole.
 *
 * Only the app's own origin is ever asked (CSP connect-src 'self'), without cookies and without a
 * cached copy. Nothing about the person is sent: it is a plain GET of a public file.
 */
import { type DestinationId, Directory, Service } from '../../schemas/directory';
import { problemsOf } from '../../schemas/issues';
import { bundledDirectory } from './bundled';
import { directoryStore } from './store';

export const DEFAULT_DIRECTORY_URL = '/directory.json';
export const DIRECTORY_TIMEOUT_MS = 2000;
/** A directory is a few tens of kilobytes; anything far bigger is not one. */
const MAX_BYTES = 2_000_000;

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
}

const defaultWarn = (message: string) => console.warn(message);

/**
 * Merges a fetched document into the bundled directory, entry by entry. Pure apart from `warn`.
 * Never throws: anything unusable leaves the bundled directory as it is.
 */
export function mergeDirectory(
  bundled: Directory,
  raw: unknown,
  warn: (message: string) => void = defaultWarn,
): LiveDirectoryOutcome {
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
  const valid = new Map<DestinationId, Service>();
  const duplicated = new Set<DestinationId>();
  doc.services.forEach((entry: unknown, index) => {
    const parsed = Service.safeParse(entry);
    const rawId = (entry as { id?: unknown } | null)?.id;
    const id = typeof rawId === 'string' && rawId.length <= 80 ? rawId : `services[${index}]`;
    if (!parsed.success) {
      for (const problem of problemsOf(parsed.error, entry)) {
        dropped.push({ id, field: problem.field, message: problem.message });
        warn(`directory: dropped live entry ${JSON.stringify(id)}: ${problem.field}: ${problem.message}`);
      }
      return;
    }
    if (valid.has(parsed.data.id) || duplicated.has(parsed.data.id)) {
      duplicated.add(parsed.data.id);
      valid.delete(parsed.data.id);
      dropped.push({ id, field: 'id', message: 'appears more than once' });
      warn(`directory: dropped live entry ${JSON.stringify(id)}: id: appears more than once`);
      return;
    }
    valid.set(parsed.data.id, parsed.data);
  });

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
  const merged = Directory.safeParse({ version: 1, services });
  if (!merged.success) return keep('the merged directory does not pass the schema', dropped);
  if (fromBundled.length > 0) {
    warn(`directory: kept the bundled entries for ${fromBundled.map((id) => JSON.stringify(id)).join(', ')}`);
  }
  return { status: 'updated', directory: merged.data, live, bundled: fromBundled, dropped };
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
  return mergeDirectory(bundled, raw, warn);
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
