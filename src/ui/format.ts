/** Turning the engine's times and dates into words. The words themselves live in src/content/pages.ts. */
import type { Schedule } from '../../schemas/directory';
import type { Recommendation } from '../../schemas/output';
import { HOURS_TEXT } from '../content/results';
import { isOpen, londonWallClock, nextOpening } from '../engine/hours';

const DAY_NAMES = {
  mo: 'Monday',
  tu: 'Tuesday',
  we: 'Wednesday',
  th: 'Thursday',
  fr: 'Friday',
  sa: 'Saturday',
  su: 'Sunday',
} as const;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "08:00" → "8am", "09:30" → "9:30am", "12:00" → "midday", "00:00" → "midnight" (GOV.UK style). */
export function clockText(clock: string): string {
  const [h = 0, m = 0] = clock.split(':').map(Number);
  if (h === 0 && m === 0) return HOURS_TEXT.midnight;
  if (h === 12 && m === 0) return HOURS_TEXT.midday;
  const hour = h % 12 === 0 ? 12 : h % 12;
  const minutes = m === 0 ? '' : `:${String(m).padStart(2, '0')}`;
  return `${hour}${minutes}${h < 12 ? 'am' : 'pm'}`;
}

/** "today", "tomorrow", or the day's name. */
export function dayText(next: NonNullable<Recommendation['opensNext']>): string {
  if (next.inDays === 0) return HOURS_TEXT.today;
  if (next.inDays === 1) return HOURS_TEXT.tomorrow;
  return DAY_NAMES[next.day];
}

export type OpeningStatus = { kind: 'open24' | 'open' | 'closed' | 'unknown'; text: string };

/** "Open 24 hours", "Open now", "Closed now: opens 8am Monday", or nothing known. */
export function openingStatus(
  rec: Pick<Recommendation, 'openNow' | 'open24Hours' | 'opensNext'>,
): OpeningStatus {
  if (rec.open24Hours) return { kind: 'open24', text: HOURS_TEXT.open24 };
  if (rec.openNow === true) return { kind: 'open', text: HOURS_TEXT.openNow };
  if (rec.openNow === false) {
    const next = rec.opensNext;
    return {
      kind: 'closed',
      text: next ? HOURS_TEXT.closedOpens(clockText(next.time), dayText(next)) : HOURS_TEXT.closedNow,
    };
  }
  return { kind: 'unknown', text: '' };
}

/** "2026-11-21" → "21 November 2026" (read as a calendar date: no time zone can shift it). */
export function dateText(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [, y, m, d] = match;
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? ''} ${y}`;
}

/** The date in London at `at`: "3 December 2026". */
export function londonDateText(at: Date): string {
  const london = londonWallClock(at);
  return `${london.getUTCDate()} ${MONTHS[london.getUTCMonth()] ?? ''} ${london.getUTCFullYear()}`;
}

/** "a, b and c" */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** One contact's status at `at` from its own schedule: "Open 24 hours", "Open now", "Closed now: opens …". */
export function scheduleStatus(hours: Schedule | undefined, at: Date): OpeningStatus {
  if (!hours) return { kind: 'unknown', text: '' };
  if (hours.kind === 'always') return openingStatus({ openNow: true, open24Hours: true });
  const next = nextOpening(hours, at);
  return openingStatus({
    openNow: isOpen(hours, at),
    open24Hours: false,
    ...(next ? { opensNext: next } : {}),
  });
}
