/**
 * The professional MARAC threshold check: the one wizard (../wizard/Wizard.tsx) run on maracMachine;
 * every question can be answered "Not known yet". Loaded on demand (React.lazy).
 */
import { driveMarac } from '../../../machines/drive';
import { knownMaracAnswers, type MaracDraft, maracFlow, maracMachine } from '../../../machines/maracMachine';
import type { MaracQuestion } from '../../../schemas/marac';
import { MARAC_PAGE } from '../../content/marac';
import { maracStep } from '../../content/maracSteps';
import type { AnswerRow } from '../components/CheckAnswersPage';
import { answerLabels, maracStepOf } from '../forms';
import { Wizard, type WizardFlow, type WizardProps } from '../wizard/Wizard';
import { MaracResultPage } from './MaracResultPage';

/** The rows of "Check your answers": the questions the check asked, "Not known yet" where unknown. */
export function maracRows(draft: MaracDraft): AnswerRow[] {
  return driveMarac(knownMaracAnswers(draft)).asked.map((question) => {
    const copy = maracStep(question);
    return {
      question,
      key: copy.summary,
      values: answerLabels(copy, draft[question] ?? null),
      change: copy.change,
    };
  });
}

export const MARAC_WIZARD: WizardFlow<MaracDraft, MaracQuestion> = {
  machine: maracMachine,
  flow: maracFlow,
  step: (question) => maracStepOf(question),
  rows: maracRows,
  confirm: MARAC_PAGE.confirm,
  Final: ({ answers, onBack, onStartAgain }) => (
    <MaracResultPage draft={answers} onBack={onBack} onStartAgain={onStartAgain} />
  ),
};

export default function MaracWizard(props: WizardProps) {
  return <Wizard config={MARAC_WIZARD} {...props} />;
}
