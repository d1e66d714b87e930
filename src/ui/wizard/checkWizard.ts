/**
 * A professional check (SAFER, MARAC) as a configuration of the one wizard: every question can be
 * answered "Not known yet" (`null`), "Check your answers" lists the questions the check asked with
 * "Not known yet" where unknown, and the final page is the check's result for the known answers.
 */
import { knownAnswers, type NotKnownDraft } from '../../../machines/flow';
import type { AnswerRow } from '../components/CheckAnswersPage';
import { answerLabels } from '../forms';
import type { WizardFlow, WizardStep } from './Wizard';

interface Check<A, Q extends keyof A & string> {
  machine: WizardFlow<NotKnownDraft<A>, Q>['machine'];
  flow: WizardFlow<NotKnownDraft<A>, Q>['flow'];
  /** The questions the check asks for these (known) answers, in its order. */
  asked: (answers: A) => Q[];
  step: (question: Q) => WizardStep;
  confirm: string;
  /** The result page, given the answers as the machine holds them. */
  Result: WizardFlow<NotKnownDraft<A>, Q>['Final'];
}

/** A check's result page's props: the answers as the machine holds them ("Not known yet" is `null`). */
export interface CheckResultProps<A> {
  answers: NotKnownDraft<A>;
  onBack: () => void;
  onStartAgain: () => void;
}

export function checkWizard<A, Q extends keyof A & string>(
  check: Check<A, Q>,
): WizardFlow<NotKnownDraft<A>, Q> {
  const { asked, step } = check;
  const rows = (draft: NotKnownDraft<A>): AnswerRow[] =>
    asked(knownAnswers(draft)).map((question) => {
      const { copy } = step(question);
      return {
        question,
        key: copy.summary,
        values: answerLabels(copy, draft[question] ?? null),
        change: copy.change,
      };
    });
  return {
    machine: check.machine,
    flow: check.flow,
    step,
    rows,
    confirm: check.confirm,
    Final: check.Result,
  };
}
