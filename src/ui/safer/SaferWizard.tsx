/**
 * The professional SAFER check: the one wizard (../wizard/Wizard.tsx) run on saferMachine; every
 * question can be answered "Not known yet". Loaded on demand (React.lazy).
 */
import { driveSafer } from '../../../machines/drive';
import { saferFlow, saferMachine } from '../../../machines/saferMachine';
import type { SaferAnswers, SaferQuestion } from '../../../schemas/answers';
import { CHECK_ANSWERS } from '../../content/results';
import { saferStepOf } from '../forms';
import { checkWizard } from '../wizard/checkWizard';
import { Wizard, type WizardProps } from '../wizard/Wizard';
import { VerdictPage } from './VerdictPage';

export const SAFER_WIZARD = checkWizard<SaferAnswers, SaferQuestion>({
  machine: saferMachine,
  flow: saferFlow,
  asked: (answers) => driveSafer(answers).asked,
  step: saferStepOf,
  confirm: CHECK_ANSWERS.saferConfirm,
  Result: VerdictPage,
});

export default function SaferWizard(props: WizardProps) {
  return <Wizard config={SAFER_WIZARD} {...props} />;
}
