/**
 * The referral summary a professional copies into the SAFER Scheme referral form: plain text, no
 * names, each rule once with its status and, where known, its reason (a rule not known yet says only
 * that: no label repeated, no "Not known yet. Not known yet:").
 */

import type { Directory } from '../../../schemas/directory';
import type { SaferResult } from '../../../schemas/output';
import { VERDICT } from '../../content/results';
import { CRITERION_NAMES } from '../../content/safer';

export function referralSummary(verdictTitle: string, result: SaferResult, directory: Directory): string {
  const lines = [VERDICT.summaryHeading, `${VERDICT.summaryVerdict}: ${verdictTitle}`, ''];
  for (const c of result.criteria) {
    lines.push(
      c.status === 'unknown'
        ? `- ${CRITERION_NAMES[c.id]}: ${VERDICT.summaryNotKnown}`
        : `- ${CRITERION_NAMES[c.id]}: ${VERDICT.status[c.status].toLowerCase()}. ${c.reason}`,
    );
  }
  if (result.alternatives.length > 0) {
    lines.push('', `${VERDICT.summaryAlternatives}:`);
    for (const alt of result.alternatives) {
      const name = directory.services.find((s) => s.id === alt.id)?.name ?? alt.id;
      lines.push(`- ${name}: ${alt.reason}`);
    }
  }
  return lines.join('\n');
}
