/**
 * "Open now" from structured weekly schedules, in Europe/London wall-clock time, so that it stays
 * right across the clocks changing and around midnight. A slot covers [opens, closes) on each of its
 * days; when `closes` is not after `opens` it runs on past midnight into the next day.
 */
import { DAYS, type Day, type Schedule } from '../../schemas/directory';

const WEEK = 7 * 24 * 60;

const HOUR = 60 * 60 * 1000;

/**
 * 01:00 UTC on the last Sunday of `month` (0-based) of `year`: when the UK's clocks change. "In the UK
 * the clocks go forward 1 hour at 1am on the last Sunday in March, and back 1 hour at 2am on the last
 * Sunday in October" (https://www.gov.uk/when-do-the-clocks-change): 1am GMT and 2am BST are both
 * 01:00 UTC.
 */
function clocksChange(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/**
 * London's wall-clock time at `at`, as a Date whose UTC fields read London's: GMT, or BST (one hour
 * ahead) between the two changes. Worked out here rather than with Intl.DateTimeFormat's
 * Europe/London: making that formatter loads the time zone's rules, one task of about 25 ms at full
 * speed here (140 ms on a low-end phone), and this is a few additions. tests/hours/hours.test.ts
 * checks it against the IANA time zone database (Intl's Europe/London) at any instant from 2000 to
 * 2099: a change to the UK's rule would fail it.
 */
export function londonWallClock(at: Date): Date {
  const time = at.getTime();
  const year = at.getUTCFullYear();
  const summer = time >= clocksChange(year, 2) && time < clocksChange(year, 9);
  return new Date(summer ? time + HOUR : time);
}

/** Minutes since Monday 00:00, London time. */
export function londonWeekMinute(at: Date): number {
  const london = londonWallClock(at);
  const day = (london.getUTCDay() + 6) % 7;
  return day * 1440 + london.getUTCHours() * 60 + london.getUTCMinutes();
}

const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** Each opening as [start, end) in week minutes; an end past the week's end wraps to Monday. */
function spans(schedule: Extract<Schedule, { kind: 'weekly' }>): Array<[number, number]> {
  return schedule.slots.flatMap((slot) =>
    slot.days.map((day): [number, number] => {
      const start = DAYS.indexOf(day) * 1440 + minutes(slot.opens);
      const close = minutes(slot.closes);
      const length =
        close > minutes(slot.opens) ? close - minutes(slot.opens) : close + 1440 - minutes(slot.opens);
      return [start, start + length];
    }),
  );
}

export function isOpen(schedule: Schedule, at: Date): boolean {
  if (schedule.kind === 'always') return true;
  const now = londonWeekMinute(at);
  return spans(schedule).some(
    ([start, end]) => (now >= start && now < end) || (now + WEEK >= start && now + WEEK < end),
  );
}

export interface NextOpening {
  day: Day;
  time: string;
  /** 0 for later today, 1 for tomorrow, and so on (London dates). */
  inDays: number;
}

/** When a closed schedule next opens; undefined when it is open now or always open. */
export function nextOpening(schedule: Schedule, at: Date): NextOpening | undefined {
  if (schedule.kind === 'always' || isOpen(schedule, at)) return undefined;
  const now = londonWeekMinute(at);
  let best: { wait: number; start: number } | undefined;
  for (const [start] of spans(schedule)) {
    const wait = (((start - now) % WEEK) + WEEK) % WEEK || WEEK;
    if (!best || wait < best.wait) best = { wait, start };
  }
  if (!best) return undefined;
  const startOfDay = Math.floor(best.start / 1440);
  const today = Math.floor(now / 1440);
  const minute = best.start % 1440;
  return {
    day: DAYS[startOfDay % 7] as Day,
    time: `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`,
    inDays: (startOfDay - today + 7) % 7 || (best.wait >= 1440 ? 7 : 0),
  };
}
