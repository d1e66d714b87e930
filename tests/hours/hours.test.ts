/**
 * "Open now" in Europe/London wall-clock time (src/engine/hours.ts), with the clock pinned: at the
 * clocks changing (last Sunday of March and of October, 01:00 UTC), around midnight, from Friday
 * 20:00 into the weekend, for the real schedules of the bundled directory, and through runTriage
 * (the data the result page shows: openNow, open24Hours, opensNext).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schedule, Service } from '../../schemas/directory';
import type { TriageResult } from '../../schemas/output';
import { bundledDirectory } from '../../src/directory/bundled';
import { isOpen, londonWallClock, londonWeekMinute, nextOpening } from '../../src/engine/hours';
import { runTriage } from '../../src/engine/index';
import { londonDateText } from '../../src/ui/format';
import { MEDWAY_SELF } from '../support/answers';

const service = (id: string): Service => {
  const found = bundledDirectory.services.find((s) => s.id === id);
  if (!found) throw new Error(`no ${id} in the bundled directory`);
  return found;
};
const phoneHours = (id: string, number: string): Schedule => {
  const found = service(id).contacts.find((c) => c.type === 'phone' && c.number === number);
  if (!found || !('hours' in found) || !found.hours) throw new Error(`${id} ${number} has no hours`);
  return found.hours;
};

// Victim Support's day line and its 24-hour line, and Ashford's urgent overnight line, as the bundled
// directory holds them (numbers and hours come from there, never from this test).
const vsDay = phoneHours('victim-support', '0808 168 9276');
const vs24Hours = phoneHours('victim-support', '0808 168 9111');
const vsChat = (() => {
  const chat = service('victim-support').contacts.find((c) => c.type === 'chat');
  if (!chat || !('hours' in chat) || !chat.hours) throw new Error('victim-support chat has no hours');
  return chat.hours;
})();
const ashfordOvernight = phoneHours('housing-options-ashford', '01233 331111');
const helpline = phoneHours('national-da-helpline', '0808 2000 247');

const utc = (iso: string) => new Date(`${iso}Z`);
/** At each UTC time (`2026-03-29T01:00:00`), whether the schedule is open: one expectation each. */
const expectOpen = (schedule: Schedule, times: [string, boolean][]) => {
  for (const [time, open] of times) expect(isOpen(schedule, utc(time)), time).toBe(open);
};

/**
 * The independent oracle: the IANA time zone database's Europe/London, through Intl (what the app used
 * before it worked London's time out itself, src/engine/hours.ts).
 */
const IANA_LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const WEEKDAY: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };
function ianaLondon(at: Date) {
  const parts = Object.fromEntries(IANA_LONDON.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    weekMinute:
      (WEEKDAY[parts.weekday ?? ''] ?? Number.NaN) * 1440 + Number(parts.hour) * 60 + Number(parts.minute),
    date: [Number(parts.year), Number(parts.month), Number(parts.day)],
  };
}

describe('London wall-clock time', () => {
  it('knows the 2026 clock changes: 29 March and 25 October at 01:00 UTC', () => {
    const hourAhead = (iso: string) => londonWallClock(utc(iso)).getTime() - utc(iso).getTime();
    expect(hourAhead('2026-03-29T00:59:59')).toBe(0);
    expect(hourAhead('2026-03-29T01:00:00')).toBe(3_600_000);
    expect(hourAhead('2026-10-25T00:59:59')).toBe(3_600_000);
    expect(hourAhead('2026-10-25T01:00:00')).toBe(0);
  });

  it('jumps from 00:59 GMT to 02:00 BST on the last Sunday of March', () => {
    const sunday = 6 * 1440;
    expect(londonWeekMinute(utc('2026-03-29T00:59:00'))).toBe(sunday + 59);
    expect(londonWeekMinute(utc('2026-03-29T01:00:00'))).toBe(sunday + 120);
  });

  it('goes back from 01:59 BST to 01:00 GMT on the last Sunday of October', () => {
    const sunday = 6 * 1440;
    expect(londonWeekMinute(utc('2026-10-25T00:59:00'))).toBe(sunday + 119);
    expect(londonWeekMinute(utc('2026-10-25T01:00:00'))).toBe(sunday + 60);
  });

  it("agrees with the IANA time zone database's Europe/London at any instant from 2000 to 2099", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (at) => {
          const iana = ianaLondon(at);
          expect(londonWeekMinute(at)).toBe(iana.weekMinute);
          const london = londonWallClock(at);
          expect([london.getUTCFullYear(), london.getUTCMonth() + 1, london.getUTCDate()]).toEqual(iana.date);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('agrees with it in the hours around every clock change from 2000 to 2099, minute by minute', () => {
    for (let year = 2000; year <= 2099; year++) {
      for (const month of [2, 9]) {
        // From the 24th to the month's end at 00:00-03:00 UTC covers the last Sunday's change.
        for (let day = 24; day <= 31; day++) {
          for (let minute = 0; minute < 180; minute += 1) {
            const at = new Date(Date.UTC(year, month, day, 0, minute));
            if (londonWeekMinute(at) !== ianaLondon(at).weekMinute) {
              throw new Error(`${at.toISOString()}: ${londonWeekMinute(at)} != ${ianaLondon(at).weekMinute}`);
            }
          }
        }
      }
    }
  });
});

describe("the printout's date, in London", () => {
  it('is the London date around midnight: BST moves it on an hour before UTC does, GMT does not', () => {
    expect(londonDateText(utc('2026-06-30T23:30:00'))).toBe('1 July 2026');
    expect(londonDateText(utc('2026-06-30T22:59:00'))).toBe('30 June 2026');
    expect(londonDateText(utc('2026-12-31T23:30:00'))).toBe('31 December 2026');
  });

  it("reads as the IANA database's Europe/London writes it in en-GB at any instant from 2000 to 2099", () => {
    const iana = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (at) => {
          expect(londonDateText(at)).toBe(iana.format(at));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('open now at the clock changes', () => {
  it('opens Victim Support at 8am London time on the Monday after the clocks go forward (07:00 UTC)', () => {
    expectOpen(vsDay, [
      ['2026-03-27T07:59:00', false], // Friday before, GMT
      ['2026-03-27T08:00:00', true],
      ['2026-03-30T06:59:00', false], // Monday after, BST
      ['2026-03-30T07:00:00', true],
      ['2026-03-30T18:59:00', true],
      ['2026-03-30T19:00:00', false], // 20:00 BST
    ]);
  });

  it('opens Victim Support at 8am London time on the Monday after the clocks go back (08:00 UTC)', () => {
    expectOpen(vsDay, [
      ['2026-10-23T06:59:00', false], // Friday before, BST
      ['2026-10-23T07:00:00', true],
      ['2026-10-26T07:00:00', false], // Monday after, GMT
      ['2026-10-26T07:59:00', false],
      ['2026-10-26T08:00:00', true],
      ['2026-10-26T19:59:00', true],
      ['2026-10-26T20:00:00', false],
    ]);
  });

  it('reads a slot in the skipped hour and the repeated hour as London wall-clock time', () => {
    const small: Schedule = { kind: 'weekly', slots: [{ days: ['su'], opens: '01:00', closes: '02:00' }] };
    // March: 01:00–02:00 London does not happen on 29 March 2026.
    expectOpen(small, [
      ['2026-03-29T00:59:00', false], // 00:59 GMT
      ['2026-03-29T01:00:00', false], // 02:00 BST
    ]);
    // October: 01:00–02:00 London happens twice on 25 October 2026, both times open.
    expectOpen(small, [
      ['2026-10-24T23:59:00', false], // 00:59 BST
      ['2026-10-25T00:00:00', true], // 01:00 BST
      ['2026-10-25T00:59:00', true], // 01:59 BST
      ['2026-10-25T01:00:00', true], // 01:00 GMT
      ['2026-10-25T01:59:00', true], // 01:59 GMT
      ['2026-10-25T02:00:00', false], // 02:00 GMT
    ]);
  });

  it('keeps the Ashford overnight line (4pm to 8.30am) right on both clock-change nights', () => {
    // Saturday 28 March 16:00 GMT to Sunday 29 March 08:30 BST (07:30 UTC).
    expectOpen(ashfordOvernight, [
      ['2026-03-28T15:59:00', false],
      ['2026-03-28T16:00:00', true],
      ['2026-03-29T01:00:00', true],
      ['2026-03-29T07:29:00', true],
      ['2026-03-29T07:30:00', false],
    ]);
    // Saturday 24 October 16:00 BST (15:00 UTC) to Sunday 25 October 08:30 GMT.
    expectOpen(ashfordOvernight, [
      ['2026-10-24T14:59:00', false],
      ['2026-10-24T15:00:00', true],
      ['2026-10-25T01:30:00', true],
      ['2026-10-25T08:29:00', true],
      ['2026-10-25T08:30:00', false],
    ]);
  });

  it('says when Victim Support next opens across the change: 8am Monday, in London time', () => {
    expect(nextOpening(vsDay, utc('2026-03-29T01:00:00'))).toEqual({ day: 'mo', time: '08:00', inDays: 1 });
    expect(nextOpening(vsDay, utc('2026-10-25T01:30:00'))).toEqual({ day: 'mo', time: '08:00', inDays: 1 });
    expect(nextOpening(vsDay, utc('2026-10-26T07:30:00'))).toEqual({ day: 'mo', time: '08:00', inDays: 0 });
  });
});

describe('around midnight', () => {
  it('keeps the Ashford overnight line open through midnight, closing at 8.30am', () => {
    // November: London time is UTC.
    expectOpen(ashfordOvernight, [
      ['2026-11-24T23:59:00', true],
      ['2026-11-25T00:00:00', true],
      ['2026-11-25T08:29:00', true],
      ['2026-11-25T08:30:00', false],
      ['2026-11-25T15:59:00', false],
      ['2026-11-25T16:00:00', true],
    ]);
    expect(nextOpening(ashfordOvernight, utc('2026-11-25T12:00:00'))).toEqual({
      day: 'we',
      time: '16:00',
      inDays: 0,
    });
  });

  it('runs the Sunday overnight slot into Monday morning (the week wraps)', () => {
    expectOpen(ashfordOvernight, [
      ['2026-11-22T23:59:00', true], // Sunday
      ['2026-11-23T00:00:00', true], // Monday
      ['2026-11-23T08:29:00', true],
      ['2026-11-23T08:30:00', false],
    ]);
  });

  it('opens the same day when a schedule opens later today, tomorrow after midnight', () => {
    const morning: Schedule = { kind: 'weekly', slots: [{ days: ['tu'], opens: '00:30', closes: '02:00' }] };
    expect(nextOpening(morning, utc('2026-11-23T23:59:00'))).toEqual({ day: 'tu', time: '00:30', inDays: 1 });
    expect(nextOpening(morning, utc('2026-11-24T00:00:00'))).toEqual({ day: 'tu', time: '00:30', inDays: 0 });
    // Just after it closes, a week away.
    expect(nextOpening(morning, utc('2026-11-24T02:00:00'))).toEqual({ day: 'tu', time: '00:30', inDays: 7 });
  });

  it("keeps Victim Support's 24-hour line open from Friday night through Monday, when the day line opens too", () => {
    for (const at of [
      '2026-11-20T23:59:00', // Friday
      '2026-11-21T00:00:00', // Saturday
      '2026-11-22T23:59:00', // Sunday
      '2026-11-23T00:00:00', // Monday
      '2026-11-23T07:59:00',
    ]) {
      expect(isOpen(vs24Hours, utc(at)), at).toBe(true);
      expect(isOpen(vsDay, utc(at)), at).toBe(false);
    }
    expect(isOpen(vs24Hours, utc('2026-11-23T08:00:00'))).toBe(true);
    expect(isOpen(vsDay, utc('2026-11-23T08:00:00'))).toBe(true);
  });
});

describe('Friday 8pm into the weekend', () => {
  it('closes Victim Support at 8pm on Friday and says it opens 8am Monday', () => {
    expect(isOpen(vsDay, utc('2026-11-20T19:59:00'))).toBe(true);
    expect(nextOpening(vsDay, utc('2026-11-20T19:59:00'))).toBeUndefined();
    expect(isOpen(vsDay, utc('2026-11-20T20:00:00'))).toBe(false);
    expect(nextOpening(vsDay, utc('2026-11-20T20:00:00'))).toEqual({ day: 'mo', time: '08:00', inDays: 3 });
    expect(nextOpening(vsDay, utc('2026-11-21T12:00:00'))).toEqual({ day: 'mo', time: '08:00', inDays: 2 });
    expect(nextOpening(vsDay, utc('2026-11-22T23:59:00'))).toEqual({ day: 'mo', time: '08:00', inDays: 1 });
    expect(nextOpening(vsDay, utc('2026-11-23T00:00:00'))).toEqual({ day: 'mo', time: '08:00', inDays: 0 });
  });

  it('keeps the 24-hour line open on both sides of 8pm, never "opens next"', () => {
    for (const at of ['2026-11-20T19:59:00', '2026-11-20T20:00:00']) {
      expect(isOpen(vs24Hours, utc(at)), at).toBe(true);
      expect(nextOpening(vs24Hours, utc(at)), at).toBeUndefined();
    }
  });

  it('gives the result page "Closed now: opens 8am Monday" when only the day line is known', () => {
    const dayOnly: Service = {
      ...service('victim-support'),
      contacts: service('victim-support').contacts.filter(
        (c) => !(c.type === 'phone' && c.number === '0808 168 9111') && c.type !== 'chat',
      ),
    };
    const directory = {
      ...bundledDirectory,
      services: bundledDirectory.services.map((s) => (s.id === 'victim-support' ? dayOnly : s)),
    };
    const result = runTriage(MEDWAY, { at: utc('2026-11-20T20:00:00'), directory });
    const vs = result.recommendations.find((r) => r.id === 'victim-support');
    expect(vs).toMatchObject({
      openNow: false,
      open24Hours: false,
      opensNext: { day: 'mo', time: '08:00', inDays: 3 },
    });
  });
});

describe("Victim Support's 24-hour routes beside its day line", () => {
  /** Every 15 minutes of a whole week, as instants (so clock changes inside the week count). */
  const quarterHours = (startIso: string) =>
    Array.from({ length: (8 * 24 * 60) / 15 }, (_, i) => new Date(utc(startIso).getTime() + i * 15 * 60_000));

  for (const [week, start] of [
    ['an ordinary week', '2026-11-16T00:00:00'],
    ['the week the clocks go forward', '2026-03-23T00:00:00'],
    ['the week the clocks go back', '2026-10-19T00:00:00'],
  ] as const) {
    it(`keeps the 0808 168 9111 line and the live chat open at every moment of ${week}, day line open or not`, () => {
      const dayLine = new Set<boolean>();
      for (const at of quarterHours(start)) {
        dayLine.add(isOpen(vsDay, at));
        expect(isOpen(vs24Hours, at), at.toISOString()).toBe(true);
        expect(isOpen(vsChat, at), at.toISOString()).toBe(true);
      }
      expect([...dayLine].sort()).toEqual([false, true]);
    });
  }
});

describe('24-hour lines', () => {
  it('are open at every instant and never "open next"', () => {
    expect(helpline.kind).toBe('always');
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }),
        (at) => {
          expect(isOpen(helpline, at)).toBe(true);
          expect(nextOpening(helpline, at)).toBeUndefined();
        },
      ),
    );
  });

  it('are reported open and open 24 hours on the result at the awkward times', () => {
    for (const at of [
      '2026-03-29T01:00:00',
      '2026-10-25T01:30:00',
      '2026-11-20T20:00:00',
      '2026-11-23T00:00:00',
    ]) {
      const result = runTriage(MEDWAY, { at: utc(at) });
      const line = result.recommendations.find((r) => r.id === 'national-da-helpline');
      expect(line, at).toMatchObject({ openNow: true, open24Hours: true });
      expect(line?.opensNext, at).toBeUndefined();
      // Every result names a contact open now, and one open 24 hours.
      expect(result.recommendations.some((r) => r.openNow === true)).toBe(true);
      expect(result.recommendations.some((r) => r.open24Hours)).toBe(true);
    }
  });
});

describe('nextOpening against a clock that is simply run forward', () => {
  const quarter = fc
    .integer({ min: 0, max: 95 })
    .map((q) => `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`);
  const day = fc.constantFrom('mo', 'tu', 'we', 'th', 'fr', 'sa', 'su' as const);
  const weekly = fc
    .array(
      fc.record({
        days: fc.uniqueArray(day, { minLength: 1, maxLength: 3 }),
        opens: quarter,
        closes: quarter,
      }),
      {
        minLength: 1,
        maxLength: 3,
      },
    )
    .map((slots): Schedule => ({ kind: 'weekly', slots }));
  // Quarter hours of an ordinary stretch of time (no clock change within a week of it).
  const instant = fc
    .integer({ min: 0, max: 4 * 7 * 96 })
    .map((q) => new Date(utc('2026-11-02T00:00:00').getTime() + q * 900_000));
  const londonDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', dateStyle: 'short' });
  const dayNumber = (d: Date) => Date.parse(londonDay.format(d)) / 86_400_000;

  it('names the first quarter hour at which the schedule is open', () => {
    fc.assert(
      fc.property(weekly, instant, (schedule, at) => {
        const next = nextOpening(schedule, at);
        if (isOpen(schedule, at)) {
          expect(next).toBeUndefined();
          return;
        }
        let t = at;
        for (let i = 0; i < 7 * 96 && !isOpen(schedule, t); i++) t = new Date(t.getTime() + 900_000);
        expect(isOpen(schedule, t)).toBe(true);
        const minute = londonWeekMinute(t);
        expect(next).toEqual({
          day: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'][Math.floor(minute / 1440)],
          time: `${String(Math.floor((minute % 1440) / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`,
          inDays: dayNumber(t) - dayNumber(at),
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('with the system clock pinned (fake timers)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('uses the current time when none is given: Friday 8pm closes Victim Support until Monday', () => {
    const result = ashfordNow('2026-11-20T20:00:00');
    expect(result.at).toBe('2026-11-20T20:00:00.000Z');
    expectRecommended(result, {
      'ashford-one-stop-shop': { openNow: false, opensNext: { day: 'tu', time: '09:30', inDays: 4 } },
      'housing-options-ashford': { openNow: true },
    });
  });

  it('uses the current time across the October change: 01:30 GMT on Sunday 25 October', () => {
    expectRecommended(ashfordNow('2026-10-25T01:30:00'), {
      'housing-options-ashford': { openNow: true },
      'ashford-one-stop-shop': { openNow: false, opensNext: { day: 'tu', time: '09:30', inDays: 2 } },
    });
  });

  it('uses the current time on a Tuesday morning in summer: the Ashford drop-in is open at 9.30 BST', () => {
    expectRecommended(ashfordNow('2026-06-02T08:30:00'), {
      'ashford-one-stop-shop': { openNow: true },
      'housing-options-ashford': { openNow: false, opensNext: { day: 'tu', time: '16:00', inDays: 0 } },
    });
  });
});

const MEDWAY = MEDWAY_SELF;
const ASHFORD_NOT_SAFE = { ...MEDWAY_SELF, area: 'ashford', safeAtHome: 'no' } as const;
/** runTriage for ASHFORD_NOT_SAFE at the current time, faked to `iso` (UTC). */
function ashfordNow(iso: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(utc(iso));
  return runTriage(ASHFORD_NOT_SAFE);
}

/** Each id's recommendation matches its expected fields, in the order given: one expectation each. */
function expectRecommended(result: TriageResult, expected: Record<string, object>) {
  for (const [id, fields] of Object.entries(expected)) {
    expect(result.recommendations.find((r) => r.id === id)).toMatchObject(fields);
  }
}
