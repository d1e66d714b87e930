/**
 * The professional SAFER check: the one wizard (../wizard/Wizard.tsx) run on saferMachine; every
 * question can be answered "Not known yet". Loaded on demand (React.lazy).
 */
import { driveSafer } from '../../../machines/drive';
import { knownSaferAnswers, type SaferDraft, saferFlow, saferMachine } from '../../../machines/saferMachine';
import type { SaferQuestion } from '../../../schemas/answers';
import { CHECK_ANSWERS } from '../../content/results';
import { saferStep } from '../../content/steps';
import type { AnswerRow } from '../components/CheckAnswersPage';
import { answerLabels, saferStepOf } from '../forms';
import { Wizard, type WizardFlow, type WizardProps } from '../wizard/Wizard';
import { VerdictPage } from './VerdictPage';

/** The rows of "Check your answers": the criteria the check asked, "Not known yet" where unknown. */
export function saferRows(draft: SaferDraft): AnswerRow[] {
  return driveSafer(knownSaferAnswers(draft)).asked.map((question) => {
    const copy = saferStep(question);
    return {
      question,
      key: copy.summary,
      values: answerLabels(copy, draft[question] ?? null),
      change: copy.change,
    };
  });
}

export const SAFER_WIZARD: WizardFlow<SaferDraft, SaferQuestion> = {
  machine: saferMachine,
  flow: saferFlow,
  step: (question) => saferStepOf(question),
  rows: saferRows,
  confirm: CHECK_ANSWERS.saferConfirm,
  Final: ({ answers, onBack, onStartAgain }) => (
    <VerdictPage draft={answers} onBack={onBack} onStartAgain={onStartAgain} />
  ),
};

export default function SaferWizard(props: WizardProps) {
  return <Wizard config={SAFER_WIZARD} {...props} />;
}
