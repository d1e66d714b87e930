/**
 * The professional MARAC threshold check: the one wizard (../wizard/Wizard.tsx) run on maracMachine;
 * every question can be answered "Not known yet". Loaded on demand (React.lazy).
 */
import { maracFlow, maracMachine } from '../../../machines/maracMachine';
import type { MaracAnswers, MaracQuestion } from '../../../schemas/marac';
import { MARAC_PAGE } from '../../content/marac';
import { maracStepOf } from '../forms';
import { checkWizard } from '../wizard/checkWizard';
import { MaracResultPage } from './MaracResultPage';

export default checkWizard<MaracAnswers, MaracQuestion>({
  machine: maracMachine,
  flow: maracFlow,
  step: maracStepOf,
  confirm: MARAC_PAGE.confirm,
  Result: MaracResultPage,
});
