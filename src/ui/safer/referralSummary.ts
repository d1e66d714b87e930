/** The referral summary a professional copies into the SAFER referral form: plain text, no names. */

import type { SaferDraft } from '../../../machines/saferMachine';
import type { SaferQuestion } from '../../../schemas/answers';
import type { Directory } from '../../../schemas/directory';
import type { SaferResult } from '../../../schemas/output';
import { VERDICT } from '../../content/results';
import { CRITERION_NAMES } from '../../content/safer';
import { saferStep } from '../../content/steps';
import { answerLabels } from '../forms';

export function referralSummary(
  verdictTitle: string,
  result: SaferResult,
  asked: readonly SaferQuestion[],
  draft: SaferDraft,
  directory: Directory,
): string {
  const lines = [
    VERDICT.summaryHeading,
    '',
    `${VERDICT.summaryVerdict}: ${verdictTitle}`,
    '',
    `${VERDICT.summaryCriteria}:`,
  ];
  for (const c of result.criteria) {
    lines.push(`- ${CRITERION_NAMES[c.id]}: ${VERDICT.status[c.status]}. ${c.reason}`);
  }
  lines.push('', `${VERDICT.summaryAnswers}:`);
  for (const question of asked) {
    const copy = saferStep(question);
    lines.push(`- ${copy.summary}: ${answerLabels(copy, draft[question] ?? null).join(', ')}`);
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
