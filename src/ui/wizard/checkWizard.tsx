/**
 * A professional check (SAFER, MARAC) as a configuration of the one wizard: every question can be
 * answered "Not known yet" (`null`), "Check your answers" lists the questions the check asked with
 * "Not known yet" where unknown, and the final page is the check's result for the known answers.
 */
import { driveCheck } from '../../../machines/drive';
import { knownAnswers, type NotKnownDraft } from '../../../machines/flow';
import type { AnswerRow } from '../components/CheckAnswersPage';
import type { EndActions } from '../components/EndButtons';
import { answerLabels } from '../forms';
import { Wizard, type WizardFlow, type WizardProps, type WizardStep } from './Wizard';

interface Check<A, Q extends keyof A & string> {
  machine: WizardFlow<NotKnownDraft<A>, Q>['machine'];
  /** The flow's definition (defineCheck): also its walk, so the questions it asks for some answers. */
  flow: WizardFlow<NotKnownDraft<A>, Q>['flow'] & {
    walk: (answers: NotKnownDraft<A>) => (Q | 'checkAnswers')[];
  };
  step: (question: Q) => WizardStep;
  confirm: string;
  /** The result page, given the answers as the machine holds them. */
  Result: WizardFlow<NotKnownDraft<A>, Q>['Final'];
}

/** A check's result page's props: the answers as the machine holds them ("Not known yet" is `null`). */
export interface CheckResultProps<A> extends EndActions {
  answers: NotKnownDraft<A>;
}

/** The check's wizard: the page its lazy chunk loads (the chunk's default export). */
export function checkWizard<A extends object, Q extends keyof A & string>(check: Check<A, Q>) {
  const { step } = check;
  /** The questions the check asked for these answers (drive.ts), in its order. */
  const rows = (draft: NotKnownDraft<A>): AnswerRow[] =>
    driveCheck<A, Q>(check.flow, knownAnswers(draft)).asked.map((question) => {
      const { copy } = step(question);
      return {
        question,
        key: copy.summary,
        values: answerLabels(copy, draft[question] ?? null),
        change: copy.change,
      };
    });
  const config: WizardFlow<NotKnownDraft<A>, Q> = {
    machine: check.machine,
    flow: check.flow,
    step,
    rows,
    confirm: check.confirm,
    Final: check.Result,
  };
  // Made once per check, when its chunk loads (a module's default export): never during a render.
  // biome-ignore lint/correctness/noComponentHookFactories: one component per check, at module load
  return function CheckWizard(props: WizardProps) {
    return <Wizard config={config} {...props} />;
  };
}
