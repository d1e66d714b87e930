/**
 * The professional MARAC threshold check: the one wizard (../wizard/Wizard.tsx) run on maracMachine;
 * every question can be answered "Not known yet". Loaded on demand (React.lazy).
 */
import { driveMarac } from '../../../machines/drive';
import { maracFlow, maracMachine } from '../../../machines/maracMachine';
import type { MaracAnswers, MaracQuestion } from '../../../schemas/marac';
import { MARAC_PAGE } from '../../content/marac';
import { maracStepOf } from '../forms';
import { checkWizard } from '../wizard/checkWizard';
import { Wizard, type WizardProps } from '../wizard/Wizard';
import { MaracResultPage } from './MaracResultPage';

export const MARAC_WIZARD = checkWizard<MaracAnswers, MaracQuestion>({
  machine: maracMachine,
  flow: maracFlow,
  asked: (answers) => driveMarac(answers).asked,
  step: maracStepOf,
  confirm: MARAC_PAGE.confirm,
  Result: MaracResultPage,
});

export default function MaracWizard(props: WizardProps) {
  return <Wizard config={MARAC_WIZARD} {...props} />;
}
