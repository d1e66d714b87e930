/**
 * Entries last checked too long ago: `pathway directory --stale DAYS` lists them for the people who
 * keep the directory (src/cli/directory.ts).
 */
import type { Directory } from '../../schemas/directory';

export interface StaleEntry {
  id: string;
  name: string;
  checkedOn: string;
  daysAgo: number;
  source: string[];
}

export const londonDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', dateStyle: 'short' });
const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;

/** Entries last checked more than `days` days before `at` (London dates), oldest first. */
export function staleEntries(directory: Directory, days: number, at: Date): StaleEntry[] {
  const today = dayNumber(londonDate.format(at));
  return directory.services
    .map((s) => ({
      id: s.id,
      name: s.name,
      checkedOn: s.checkedOn,
      daysAgo: today - dayNumber(s.checkedOn),
      source: s.source,
    }))
    .filter((entry) => entry.daysAgo > days)
    .sort((a, b) => b.daysAgo - a.daysAgo || a.id.localeCompare(b.id));
}
