import { describe, expect, it } from 'vitest';
import { clockText, dateText, dayText, listText, openingStatus } from '../../src/ui/format';

describe('clockText', () => {
  it.each([
    ['08:00', '8am'],
    ['09:30', '9:30am'],
    ['12:00', 'midday'],
    ['00:00', 'midnight'],
    ['16:00', '4pm'],
    ['20:05', '8:05pm'],
    ['12:30', '12:30pm'],
    ['00:30', '12:30am'],
  ])('%s → %s', (clock, text) => expect(clockText(clock)).toBe(text));
});

describe('dayText', () => {
  it('says today, tomorrow, or the day', () => {
    expect(dayText({ day: 'mo', time: '08:00', inDays: 0 })).toBe('today');
    expect(dayText({ day: 'tu', time: '08:00', inDays: 1 })).toBe('tomorrow');
    expect(dayText({ day: 'mo', time: '08:00', inDays: 2 })).toBe('Monday');
    expect(dayText({ day: 'su', time: '08:00', inDays: 7 })).toBe('Sunday');
  });
});

describe('openingStatus', () => {
  it('prefers "Open 24 hours", then "Open now", then when it opens', () => {
    expect(openingStatus({ openNow: true, open24Hours: true }).text).toBe('Open 24 hours');
    expect(openingStatus({ openNow: true, open24Hours: false }).text).toBe('Open now');
    expect(
      openingStatus({
        openNow: false,
        open24Hours: false,
        opensNext: { day: 'mo', time: '08:00', inDays: 2 },
      }).text,
    ).toBe('Closed now: opens 8am Monday');
    expect(
      openingStatus({
        openNow: false,
        open24Hours: false,
        opensNext: { day: 'tu', time: '09:30', inDays: 0 },
      }).text,
    ).toBe('Closed now: opens 9:30am today');
    expect(openingStatus({ openNow: false, open24Hours: false }).text).toBe('Closed now');
    expect(openingStatus({ openNow: null, open24Hours: false })).toEqual({ kind: 'unknown', text: '' });
  });
});

describe('dateText', () => {
  it('reads a calendar date without time zones', () => {
    expect(dateText('2026-11-21')).toBe('21 November 2026');
    expect(dateText('2027-01-01')).toBe('1 January 2027');
    expect(dateText('not a date')).toBe('not a date');
  });
});

describe('listText', () => {
  it('joins with commas and "and"', () => {
    expect(listText([])).toBe('');
    expect(listText(['a'])).toBe('a');
    expect(listText(['a', 'b'])).toBe('a and b');
    expect(listText(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
