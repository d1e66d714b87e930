/**
 * The summary a professional copies into the MARAC Referral Form: plain text, no names, each
 * threshold and the area once, with its status and, where known, its reason (a "not known" line says
 * only that: the page's "find out" advice is for the professional, not the form).
 */
import type { MaracResult } from '../../../schemas/marac';
import { AREA_CRITERION, MARAC_PAGE, MARAC_VERDICT_TITLES, THRESHOLD_NAMES } from '../../content/marac';

const line = (name: string, status: MaracResult['area']['status'], reason: string) =>
  status === 'unknown'
    ? `- ${name}: ${MARAC_PAGE.summaryNotKnown}`
    : `- ${name}: ${MARAC_PAGE.status[status].toLowerCase()}. ${reason}`;

export function maracSummary(result: MaracResult): string {
  return [
    MARAC_PAGE.summaryHeading,
    `${MARAC_PAGE.summaryResult}: ${MARAC_VERDICT_TITLES[result.verdict]}`,
    '',
    ...result.thresholds.map((t) => line(THRESHOLD_NAMES[t.id], t.status, t.reason)),
    line(AREA_CRITERION, result.area.status, result.area.reason),
  ].join('\n');
}
