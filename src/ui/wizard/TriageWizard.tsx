/**
 * The self-service wizard: the one wizard (Wizard.tsx) run on triageMachine. Loaded after the start
 * page (React.lazy), so the first page does not wait for this code.
 */
import { driveTriage } from '../../../machines/drive';
import { triageFlow, triageMachine } from '../../../machines/triageMachine';
import type { TriageAnswers, TriageQuestion } from '../../../schemas/answers';
import { CHECK_ANSWERS } from '../../content/results';
import { triageStep } from '../../content/steps';
import type { AnswerRow } from '../components/CheckAnswersPage';
import { answerLabels, triageStepOf } from '../forms';
import { EmergencyPage } from './EmergencyPage';
import { ResultPage } from './ResultPage';
import { Wizard, type WizardFlow, type WizardProps } from './Wizard';

export type { WizardProps } from './Wizard';

/** The rows of "Check your answers": the questions the flow asked, in its order. */
export function triageRows(answers: TriageAnswers): AnswerRow[] {
  const drive = driveTriage(answers);
  return drive.asked.map((question) => {
    const copy = triageStep(question, answers.role);
    return {
      question,
      key: copy.summary,
      values: answerLabels(copy, answers[question]),
      change: copy.change,
    };
  });
}

export const TRIAGE_WIZARD: WizardFlow<TriageAnswers, TriageQuestion> = {
  machine: triageMachine,
  flow: triageFlow,
  step: (question, answers) => triageStepOf(question, answers.role),
  rows: triageRows,
  confirm: CHECK_ANSWERS.confirm,
  pauses: { emergency: EmergencyPage },
  Final: ResultPage,
};

export default function TriageWizard(props: WizardProps) {
  return <Wizard config={TRIAGE_WIZARD} {...props} />;
}
