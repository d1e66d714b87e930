/**
 * The project's evidence (sources/) as the tests read it, and the rules that say whether a fact of a
 * directory entry is in the text of a source that entry cites. Nothing here reads ../shared: a clone
 * of the project on its own has everything these checks need.
 *
 * - A seed is cited by its file name (`000_….txt`): its text is sources/seeds/<name>.
 * - An https source is the sources/pages/*.md file that lists that address (exactly, ignoring a
 *   trailing slash and the case of the host), and, for a number of sources/contacts-allowlist.txt,
 *   the allow-list lines whose publisher's site (the text after " - ") is that address's site.
 * - A source that is neither is a broken citation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Schedule, Service } from '../../schemas/directory';

export const SOURCES_DIR = new URL('../../sources/', import.meta.url);
const seedsDir = new URL('seeds/', SOURCES_DIR);
const pagesDir = new URL('pages/', SOURCES_DIR);

const read = (url: URL) => readFileSync(url, 'utf8');

export const seeds = new Map(
  readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => [name, read(new URL(name, seedsDir))] as const),
);

/** Every https address written in a text (markdown backticks, brackets and trailing punctuation cut). */
export const addressesIn = (text: string) =>
  [...text.matchAll(/https:\/\/[^\s<>()`"']+/g)].map((m) => m[0].replace(/[.,;:]+$/, ''));

/** A comparable form of an https address: host in lower case, no trailing slash. */
export function canonicalAddress(address: string): string {
  const url = new URL(address);
  return `${url.protocol}//${url.host.toLowerCase()}${url.pathname.replace(/\/+$/, '')}${url.search}`;
}

export interface Page {
  file: string;
  text: string;
  addresses: string[];
}
export const pages: Page[] = readdirSync(pagesDir)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => {
    const text = read(new URL(name, pagesDir));
    return { file: `pages/${name}`, text, addresses: addressesIn(text).map(canonicalAddress) };
  });

/** Non-comment, non-empty lines of an allow-list file of sources/. */
export const allowlistLines = (name: string) =>
  read(new URL(name, SOURCES_DIR))
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));

export interface AllowedNumber {
  number: string;
  /** Who publishes it, and where (the text after the tab). */
  publisher: string;
  /** The publisher's site, as the line names it: a host, maybe with a path ("gov.uk/guidance/…"). */
  site: string;
  line: string;
}
export const allowedNumbers: AllowedNumber[] = allowlistLines('contacts-allowlist.txt').map((line) => {
  const [number = '', publisher = ''] = line.split('\t');
  const site = publisher.split(' - ').pop()?.trim() ?? '';
  return { number: number.trim(), publisher, site, line };
});

const bareHost = (host: string) => host.toLowerCase().replace(/^www\./, '');

/** Whether an https address is on the site an allow-list line names (same host, under its path). */
function onSite(address: string, site: string): boolean {
  const url = new URL(address);
  const [host = '', ...path] = site.split('/');
  if (bareHost(url.hostname) !== bareHost(host)) return false;
  const prefix = path.length > 0 ? `/${path.join('/')}` : '';
  return url.pathname.replace(/\/+$/, '').startsWith(prefix);
}

/** One cited source, resolved to the texts of sources/ it stands for. */
export interface Resolved {
  source: string;
  /** Where its text comes from, for messages: `seeds/000_….txt`, `pages/….md`, `contacts-allowlist.txt: …`. */
  places: string[];
  texts: string[];
}

export function resolve(source: string): Resolved {
  if (!source.startsWith('https://')) {
    const text = seeds.get(source);
    return {
      source,
      places: text === undefined ? [] : [`seeds/${source}`],
      texts: text === undefined ? [] : [text],
    };
  }
  let canonical: string;
  try {
    canonical = canonicalAddress(source);
  } catch {
    return { source, places: [], texts: [] };
  }
  const onPages = pages.filter((p) => p.addresses.includes(canonical));
  const allowed = allowedNumbers.filter((a) => onSite(source, a.site));
  return {
    source,
    places: [...onPages.map((p) => p.file), ...allowed.map((a) => `contacts-allowlist.txt: ${a.number}`)],
    texts: [...onPages.map((p) => p.text), ...allowed.map((a) => a.line)],
  };
}

// --- Phone numbers: digits only. A source "has" a number when a run of digit groups in its text
// (groups separated by single spaces) has consecutive groups that spell exactly the number's digits:
// "08 08 16 89 111" has 0808 168 9111, "call 101 or" has 101, but "0808 801 0327" has no 101.
export const digits = (s: string) => s.replace(/\D/g, '');

function digitGroupRuns(text: string): string[][] {
  return [...text.matchAll(/\d+(?: \d+)*/g)].map((m) => m[0].split(' '));
}

export function hasNumber(text: string, number: string): boolean {
  const wanted = digits(number.replace(/^\+44 ?\(?0?\)? ?/, '0'));
  if (wanted === '') return false;
  return digitGroupRuns(text).some((groups) => {
    for (let i = 0; i < groups.length; i++) {
      let joined = '';
      for (let j = i; j < groups.length && joined.length < wanted.length; j++) {
        joined += groups[j];
        if (joined === wanted) return true;
      }
    }
    return false;
  });
}

/** The UK phone number pattern of check-contacts (numbers written in prose). */
export const PHONE_PATTERN = /(\+44 ?(\(0\))? ?|\b0)[1-9][0-9]{1,4}( ?[0-9]{2,4}){1,3}\b/g;
/** The short numbers that prose may tell people to call or press. */
const SHORT_CODES = /(?<!\d ?)\b(999|101|18000|18001)\b(?! ?\d)|\bpress (55)\b/g;

// --- Opening times: the ordinary ways of writing a time of day.
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Ways a text may write HH:MM: "08:00", "8am", "8 am", "8.30am", "9:30 a.m.", "12 noon", "midnight"… */
export function spellingsOf(clock: string): string[] {
  const [hh = '', mm = ''] = clock.split(':');
  const h = Number(hh);
  const h12 = h % 12 === 0 ? 12 : h % 12;
  const suffixes = h < 12 ? ['am', 'a.m.'] : ['pm', 'p.m.'];
  const out = [clock, `${h}:${mm}`, `${hh}.${mm}`];
  for (const sep of ['.', ':'])
    for (const s of suffixes) out.push(`${h12}${sep}${mm}${s}`, `${h12}${sep}${mm} ${s}`);
  if (mm === '00') for (const s of suffixes) out.push(`${h12}${s}`, `${h12} ${s}`);
  if (clock === '12:00') out.push('12noon', '12 noon', 'noon', 'midday');
  if (clock === '00:00') out.push('midnight', '12 midnight');
  return out;
}

export function hasTime(text: string, clock: string): boolean {
  return spellingsOf(clock).some((spelling) =>
    new RegExp(`(?<![\\d.:])${escapeRegExp(spelling)}(?![\\d]|[.:]\\d)`, 'i').test(text),
  );
}

/** The ordinary ways of saying "open at all hours". */
export const ALWAYS = /24 hours|24-hour|24 hour|24\/7|at any time|day or night/i;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
export const hasAddress = (text: string, address: string) => squash(text).includes(squash(address));

/** Every string value inside a JSON value, with the path that leads to it. */
export function stringsWithPaths(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsWithPaths(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringsWithPaths(v, path ? `${path}.${k}` : k));
  return [];
}

/** A fact of an entry that its cited sources must hold. */
export interface Fact {
  field: string;
  kind: 'phone' | 'time' | 'always' | 'address';
  value: string;
}

function scheduleFacts(field: string, schedule: Schedule): Fact[] {
  if (schedule.kind === 'always') return [{ field, kind: 'always', value: 'always' }];
  return schedule.slots.flatMap((slot, i) => [
    { field: `${field}.slots[${i}].opens`, kind: 'time' as const, value: slot.opens },
    { field: `${field}.slots[${i}].closes`, kind: 'time' as const, value: slot.closes },
  ]);
}

/** The phone numbers, opening times and addresses of an entry, each with the field it is in. */
export function factsOf(service: Service): Fact[] {
  const facts: Fact[] = [];
  if (service.hours) facts.push(...scheduleFacts('hours', service.hours));
  service.contacts.forEach((c, i) => {
    const at = `contacts[${i}]`;
    if (c.type === 'phone' || c.type === 'short-code')
      facts.push({ field: `${at}.number`, kind: 'phone', value: c.number });
    if ((c.type === 'phone' || c.type === 'chat' || c.type === 'in-person') && c.hours)
      facts.push(...scheduleFacts(`${at}.hours`, c.hours));
    if (c.type === 'in-person') facts.push({ field: `${at}.address`, kind: 'address', value: c.address });
    if (c.type === 'email') facts.push({ field: `${at}.address`, kind: 'address', value: c.address });
  });
  // Numbers written in the prose: summary, whatHappens, labels, eligibility, breach…
  for (const [field, text] of stringsWithPaths(service)) {
    if (field === 'id' || field.startsWith('source') || /\.(number|url|opens|closes)$/.test(field)) continue;
    for (const m of text.matchAll(PHONE_PATTERN))
      if (digits(m[0]).length >= 8) facts.push({ field, kind: 'phone', value: m[0] });
    for (const m of text.matchAll(SHORT_CODES))
      facts.push({ field, kind: 'phone', value: m[1] ?? m[2] ?? '' });
  }
  return facts;
}

const holds = (fact: Fact, text: string) => {
  switch (fact.kind) {
    case 'phone':
      return hasNumber(text, fact.value);
    case 'time':
      return hasTime(text, fact.value);
    case 'always':
      return ALWAYS.test(text);
    case 'address':
      return hasAddress(text, fact.value);
  }
};

/**
 * What is wrong with an entry's citations: each cited source that resolves to nothing in sources/,
 * and each fact found in none of the cited sources' texts, named by entry, field and places looked in.
 */
export function citationProblems(service: Service): string[] {
  const resolved = service.source.map(resolve);
  const problems = resolved
    .filter((r) => r.texts.length === 0)
    .map(
      (r) =>
        `${service.id}: source "${r.source}" is not a file of sources/seeds, an address listed in sources/pages/*.md, nor a publisher's site in sources/contacts-allowlist.txt`,
    );
  const texts = resolved.flatMap((r) => r.texts);
  const places = resolved.flatMap((r) => r.places);
  for (const fact of factsOf(service)) {
    if (texts.some((text) => holds(fact, text))) continue;
    const what = fact.kind === 'always' ? 'open at all hours ("24 hours", "24/7"…)' : `"${fact.value}"`;
    problems.push(
      `${service.id}: ${fact.field} ${what} is in none of its cited sources (looked in ${places.join(', ') || 'nothing'})`,
    );
  }
  return problems;
}
