/**
 * The professional SAFER check: the one wizard (../wizard/Wizard.tsx) run on saferMachine; every
 * question can be answered "Not known yet". Loaded on demand (React.lazy).
 */
import { saferFlow, saferMachine } from '../../../machines/saferMachine';
import type { SaferAnswers, SaferQuestion } from '../../../schemas/answers';
import { CHECK_ANSWERS } from '../../content/results';
import { saferStepOf } from '../forms';
import { checkWizard } from '../wizard/checkWizard';
import { VerdictPage } from './VerdictPage';

export default checkWizard<SaferAnswers, SaferQuestion>({
  machine: saferMachine,
  flow: saferFlow,
  step: saferStepOf,
  confirm: CHECK_ANSWERS.saferConfirm,
  Result: VerdictPage,
});
