/**
 * The service directory (fixtures/directory.json) against its schema and its sources (the project's
 * own copy in sources/): every id once, every cited seed or page present, every phone number published
 * in a seed or the contacts allowlist, only https links to sites a source names, and the opening hours
 * that the routing relies on. tests/directory/citations.test.ts checks each fact against the very
 * sources its entry cites.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DAYS, DESTINATION_IDS, Directory, type Schedule, type Service } from '../schemas/directory';
import { bundledDirectory } from '../src/directory/bundled';
import { pages, resolve } from './sources/evidence';

const seedsDir = new URL('../sources/seeds/', import.meta.url);
const allowlistFile = new URL('../sources/contacts-allowlist.txt', import.meta.url);
const linksAllowlistFile = new URL('../sources/links-allowlist.txt', import.meta.url);
const directoryFile = new URL('../fixtures/directory.json', import.meta.url);

const raw: unknown = JSON.parse(readFileSync(directoryFile, 'utf8'));
const parsed = Directory.safeParse(raw);
const directory = (parsed.success ? parsed.data : raw) as Directory;
const services: Service[] = directory.services ?? [];

const seedNames = readdirSync(seedsDir).filter((name) => name.endsWith('.txt'));
const seedText = new Map(seedNames.map((name) => [name, readFileSync(new URL(name, seedsDir), 'utf8')]));
const allSeedText = [...seedText.values()].join('\n');
/** Non-comment lines of the allowlist: the number, a tab, the publisher and where it is published. */
const allowlistLines = readFileSync(allowlistFile, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'));
const allowlistText = allowlistLines.join('\n');
/** The hosts of sources/links-allowlist.txt. */
const linkHosts = readFileSync(linksAllowlistFile, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => line.split('\t')[0]?.trim() ?? '');

const digits = (s: string) => s.replace(/\D/g, '');
/** The UK phone number pattern of check-contacts (tests/sources/contacts.test.ts). */
const PHONE_PATTERN = /(\+44 ?(\(0\))? ?|\b0)[1-9][0-9]{1,4}( ?[0-9]{2,4}){1,3}\b/g;
const normalise = (number: string) => digits(number.replace(/^\+44 ?\(?0?\)? ?/, '0'));
const phoneNumbersIn = (text: string) => [...text.matchAll(PHONE_PATTERN)].map((m) => normalise(m[0]));

/** Every string value inside a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const httpsSources = (s: Service) => s.source.filter((src) => src.startsWith('https://'));
const seedSources = (s: Service) => s.source.filter((src) => !src.startsWith('https://'));

/** The text an entry may take numbers from: its cited seeds and pages, and the allowlist lines of its cited sites. */
const citedText = (s: Service): string => s.source.flatMap((source) => resolve(source).texts).join('\n');

const phoneContacts = (s: Service) => s.contacts.filter((c) => c.type === 'phone');

// --- Opening hours: a slot covers [opens, closes) on each of its days; when closes <= opens it covers
// [opens, 24:00) on its day and [00:00, closes) on the next day (Sunday runs into Monday).
const DAY_MINUTES = 24 * 60;
const WEEK_MINUTES = 7 * DAY_MINUTES;
const minutesOf = (clock: string) => {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** Whether the schedule is open at the given minute of the week (0 = Monday 00:00, Europe/London). */
function isOpen(schedule: Schedule, minuteOfWeek: number): boolean {
  if (schedule.kind === 'always') return true;
  return schedule.slots.some((slot) =>
    slot.days.some((day) => {
      const opens = minutesOf(slot.opens);
      const closes = minutesOf(slot.closes);
      const start = DAYS.indexOf(day) * DAY_MINUTES + opens;
      const length = closes > opens ? closes - opens : DAY_MINUTES - opens + closes;
      const sinceStart = (((minuteOfWeek - start) % WEEK_MINUTES) + WEEK_MINUTES) % WEEK_MINUTES;
      return sinceStart < length;
    }),
  );
}

/** The minutes of the week in 30-minute steps. */
const halfHours = Array.from({ length: WEEK_MINUTES / 30 }, (_, i) => i * 30);
const at = (day: (typeof DAYS)[number], clock: string) => DAYS.indexOf(day) * DAY_MINUTES + minutesOf(clock);
const describeMinute = (m: number) =>
  `${DAYS[Math.floor(m / DAY_MINUTES)]} ${String(Math.floor((m % DAY_MINUTES) / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

const byId = (id: string) => {
  const found = services.find((s) => s.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};
const phone = (s: Service, number: string, phoneType = 'voice') => {
  const found = phoneContacts(s).find((c) => c.number === number && c.phoneType === phoneType);
  if (!found) throw new Error(`${s.id} has no ${phoneType} contact ${number}`);
  return found;
};

/** The hours of a service's voice line (which must have some). */
const lineHours = (id: string, number: string) => {
  const { hours } = phone(byId(id), number);
  if (!hours) throw new Error(`no hours for ${number}`);
  return hours;
};
/**
 * At every half hour of the week (`m`: its minute; `day` 0 is Monday, `minute` the minute of that
 * day), the hours are open exactly when `expected` says.
 */
const expectWeek = (hours: Schedule, expected: (m: number, day: number, minute: number) => boolean) => {
  for (const m of halfHours) {
    expect(isOpen(hours, m), describeMinute(m)).toBe(
      expected(m, Math.floor(m / DAY_MINUTES), m % DAY_MINUTES),
    );
  }
};

describe('the service directory', () => {
  it('passes the Directory schema', () => {
    if (!parsed.success) console.error(JSON.stringify(parsed.error.issues, null, 2));
    expect(parsed.success).toBe(true);
  });
  it('is, as bundled into the app, exactly what the schema gives back (the app does not parse it again)', () => {
    // src/directory/bundled.ts hands the imported JSON to the app as a Directory without parsing it on
    // every phone; this holds only while parsing strips, defaults and transforms nothing.
    expect(parsed.success).toBe(true);
    expect(parsed.data).toStrictEqual(raw);
    expect(bundledDirectory).toStrictEqual(parsed.data);
  });

  it('has every destination id exactly once, and no other', () => {
    const ids = services.map((s) => s.id);
    for (const id of DESTINATION_IDS) {
      expect(
        ids.filter((x) => x === id),
        id,
      ).toHaveLength(1);
    }
    expect(ids).toHaveLength(DESTINATION_IDS.length);
  });

  it('cites only seed files that exist, and https pages that sources/pages or the contacts allowlist holds', () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const s of services) {
      expect(s.source.length, s.id).toBeGreaterThan(0);
      for (const name of seedSources(s)) expect(seedNames, `${s.id} cites ${name}`).toContain(name);
      for (const url of httpsSources(s)) {
        expect(resolve(url).places, `${s.id} cites ${url}, which sources/ does not hold`).not.toEqual([]);
      }
    }
  });

  it('shows only phone numbers published in a seed or the allowlist, as published', () => {
    const known = new Set([
      ...phoneNumbersIn(allSeedText),
      ...allowlistLines.map((line) => digits(line.split('\t')[0] ?? '')),
    ]);
    const sourceText = `${allSeedText}\n${allowlistText}`;
    for (const s of services) {
      for (const c of phoneContacts(s)) {
        expect(known.has(digits(c.number)), `${s.id}: ${c.number}`).toBe(true);
        // Formatted with spaces exactly as the source publishes it.
        expect(sourceText.includes(c.number), `${s.id}: ${c.number} as published`).toBe(true);
      }
      // Numbers written in prose (summary, whatHappens, labels…) too.
      for (const number of strings(s)
        .flatMap(phoneNumbersIn)
        .filter((n) => n.length >= 8)) {
        expect(known.has(number), `${s.id}: ${number} in its text`).toBe(true);
      }
    }
  });

  it("takes each entry's phone numbers from the sources that entry cites", () => {
    for (const s of services) {
      const cited = new Set(phoneNumbersIn(citedText(s)));
      const shown = [...phoneContacts(s).map((c) => digits(c.number)), ...strings(s).flatMap(phoneNumbersIn)];
      for (const number of shown.filter((n) => n.length >= 8)) {
        expect(cited.has(number), `${s.id}: ${number} is not in its cited sources`).toBe(true);
      }
    }
  });

  it('links only to https addresses on hosts of the links allowlist', () => {
    for (const s of services) {
      for (const text of strings(s)) {
        for (const match of text.matchAll(/\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S*/gi)) {
          expect(match[0], `${s.id}: ${match[0]}`).toMatch(/^https:\/\/\S+$/);
        }
      }
      const urls = s.contacts.flatMap((c) => ('url' in c && c.url ? [c.url] : []));
      if (s.organisation.url) urls.push(s.organisation.url);
      for (const url of urls) {
        expect(url, s.id).toMatch(/^https:\/\//);
        expect(linkHosts, `${s.id} links to ${url}`).toContain(new URL(url).hostname);
      }
    }
  });

  it('keeps the 24-hour routes open all the time', () => {
    const helpline = byId('national-da-helpline');
    expect(helpline.hours?.kind).toBe('always');
    expect(phone(helpline, '0808 2000 247').hours?.kind).toBe('always');
    expect(phone(byId('refuge'), '0808 2000 247').hours?.kind).toBe('always');
    expect(byId('emergency-999').hours?.kind).toBe('always');
  });

  it('gives the court orders a plain-English breach, and the DVPO its 28 days', () => {
    for (const id of [
      'non-molestation-order',
      'occupation-order',
      'prohibited-steps-order',
      'dvpo',
      'stalking-protection-order',
    ]) {
      expect(byId(id).kind, id).toBe('legal-option');
      expect(byId(id).breach, id).toBeTruthy();
    }
    expect(byId('non-molestation-order').breach).toMatch(/criminal offence/);
    expect(byId('stalking-protection-order').breach).toMatch(/criminal offence/);
    expect(byId('dvpo').breach).toMatch(/contempt of court/);
    expect(byId('dvpo').breach).toMatch(/28 days/);
  });
});

describe('opening hours', () => {
  it('reads slots as documented, including slots past midnight and whole days', () => {
    const overnight: Schedule = {
      kind: 'weekly',
      slots: [{ days: ['su'], opens: '20:00', closes: '08:00' }],
    };
    expect(isOpen(overnight, at('su', '19:30'))).toBe(false);
    expect(isOpen(overnight, at('su', '20:00'))).toBe(true);
    expect(isOpen(overnight, at('mo', '07:30'))).toBe(true);
    expect(isOpen(overnight, at('mo', '08:00'))).toBe(false);
    const wholeDay: Schedule = { kind: 'weekly', slots: [{ days: ['sa'], opens: '00:00', closes: '00:00' }] };
    expect(isOpen(wholeDay, at('fr', '23:30'))).toBe(false);
    expect(isOpen(wholeDay, at('sa', '00:00'))).toBe(true);
    expect(isOpen(wholeDay, at('sa', '23:30'))).toBe(true);
    expect(isOpen(wholeDay, at('su', '00:00'))).toBe(false);
  });

  it("opens Victim Support's main line 8am to 8pm, Monday to Friday", () => {
    expectWeek(
      lineHours('victim-support', '0808 168 9276'),
      (_, day, minute) => day < 5 && minute >= 8 * 60 && minute < 20 * 60,
    );
  });

  it("keeps Victim Support's 0808 168 9111 line and live chat open at all hours, wherever they are listed", () => {
    // KCC's Kelsi page: "call 0808 168 9111 (open 24 hours a day, seven days a week)"; Victim Support:
    // "24/7 Supportline", "live chat, a 24/7 online facility" (sources/pages/).
    const listing = services.filter((s) => phoneContacts(s).some((c) => c.number === '0808 168 9111'));
    expect(listing.map((s) => s.id)).toEqual(expect.arrayContaining(['victim-support', 'idva']));
    for (const s of listing) {
      const hours = phone(s, '0808 168 9111').hours;
      if (!hours) throw new Error(`${s.id}: no hours for 0808 168 9111`);
      for (const m of halfHours) expect(isOpen(hours, m), `${s.id} ${describeMinute(m)}`).toBe(true);
      for (const chat of s.contacts.filter((c) => c.type === 'chat')) {
        if (!chat.hours) throw new Error(`${s.id}: the live chat has no hours`);
        for (const m of halfHours)
          expect(isOpen(chat.hours, m), `${s.id} chat ${describeMinute(m)}`).toBe(true);
      }
    }
  });

  it('opens Oasis (0800 917 9948) at its published hours only', () => {
    // Kelsi: "Monday, Tuesday, Wednesday 9:30am to 11:30am and 12:30pm to 2:30pm, or Thursday and
    // Friday 9:30am to 11:30am".
    expectWeek(lineHours('medway-sanctuary', '0800 917 9948'), (_, day, minute) => {
      const morning = minute >= 9 * 60 + 30 && minute < 11 * 60 + 30;
      const afternoon = minute >= 12 * 60 + 30 && minute < 14 * 60 + 30;
      return (day < 3 && (morning || afternoon)) || ((day === 3 || day === 4) && morning);
    });
  });

  it('opens the Ashford One Stop Shop on Tuesdays 9.30am to 12 noon', () => {
    const dropIn = byId('ashford-one-stop-shop').contacts.find((c) => c.type === 'in-person');
    if (!dropIn?.hours) throw new Error('no drop-in hours');
    expectWeek(dropIn.hours, (m) => m >= at('tu', '09:30') && m < at('tu', '12:00'));
  });
});
