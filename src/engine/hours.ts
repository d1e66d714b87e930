/**
 * "Open now" from structured weekly schedules, in Europe/London wall-clock time, so that it stays
 * right across the clocks changing and around midnight. A slot covers [opens, closes) on each of its
 * days; when `closes` is not after `opens` it runs on past midnight into the next day.
 */
import { DAYS, type Day, type Schedule } from '../../schemas/directory';

const WEEK = 7 * 24 * 60;

const london = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const WEEKDAY: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

/** Minutes since Monday 00:00, London time. */
/** The last time asked about and its answer: one result page asks about the same moment for
 * every contact, and `formatToParts` was a third of the result step on a slow phone. */
let last: { time: number; minute: number } | undefined;

export function londonWeekMinute(at: Date): number {
  const time = at.getTime();
  if (last?.time === time) return last.minute;
  const parts = Object.fromEntries(london.formatToParts(at).map((p) => [p.type, p.value]));
  const day = WEEKDAY[parts.weekday ?? ''];
  if (day === undefined) throw new Error(`unexpected weekday ${parts.weekday}`);
  const minute = day * 1440 + Number(parts.hour) * 60 + Number(parts.minute);
  last = { time, minute };
  return minute;
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
