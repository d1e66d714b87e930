/**
 * The professional SAFER check: saferMachine decides which criterion is asked next; every question
 * can be answered "Not known yet". Loaded on demand (React.lazy).
 */
import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useState } from 'react';
import type { SnapshotFrom } from 'xstate';
import { driveSafer } from '../../../machines/drive';
import {
  knownSaferAnswers,
  type SaferContext,
  type SaferDraft,
  type SaferEvent,
  type SaferState,
  saferMachine,
} from '../../../machines/saferMachine';
import type { SaferQuestion } from '../../../schemas/answers';
import { CHECK_ANSWERS } from '../../content/results';
import { saferStep } from '../../content/steps';
import { type AnswerRow, CheckAnswersPage } from '../components/CheckAnswersPage';
import { QuestionPage } from '../components/QuestionPage';
import { answerLabels, formValueOf, saferStepOf } from '../forms';
import { trackActor } from '../session';
import type { WizardProps } from '../wizard/TriageWizard';
import { VerdictPage } from './VerdictPage';

type Snapshot = SnapshotFrom<typeof saferMachine>;

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

function SaferQuestionPage({
  question,
  draft,
  onAnswer,
  onBack,
}: {
  question: SaferQuestion;
  draft: SaferDraft;
  onAnswer: (value: unknown) => void;
  onBack: () => void;
}) {
  const { copy, schema } = saferStepOf(question);
  return (
    <QuestionPage
      name={question}
      copy={copy}
      schema={schema}
      initial={question in draft ? formValueOf(copy, draft[question]) : null}
      onAnswer={onAnswer}
      onBack={onBack}
    />
  );
}

function SaferFlow({
  snapshot,
  onLeave,
  onStartAgain,
  onReopen,
}: WizardProps & { snapshot: Snapshot | undefined; onReopen: (context: SaferContext) => void }) {
  const actor = useActorRef(saferMachine, snapshot ? { snapshot } : {});
  useEffect(() => trackActor(actor), [actor]);
  const state = useSelector(actor, (s) => s.value) as SaferState;
  const draft = useSelector(actor, (s) => s.context.answers);
  const send = (event: SaferEvent) => actor.send(event);

  if (state === 'checkAnswers') {
    return (
      <CheckAnswersPage
        key={state}
        rows={saferRows(draft)}
        confirm={CHECK_ANSWERS.saferConfirm}
        onChange={(question) => send({ type: 'CHANGE', question: question as SaferQuestion })}
        onConfirm={() => send({ type: 'CONFIRM' })}
        onBack={() => send({ type: 'BACK' })}
      />
    );
  }
  if (state === 'verdict') {
    return (
      <VerdictPage
        key={state}
        draft={draft}
        onBack={() => onReopen(actor.getSnapshot().context)}
        onStartAgain={onStartAgain}
      />
    );
  }
  return (
    <SaferQuestionPage
      key={state}
      question={state}
      draft={draft}
      onAnswer={(value) => send({ type: `ANSWER.${state}`, value } as SaferEvent)}
      onBack={state === 'ageBand' ? onLeave : () => send({ type: 'BACK' })}
    />
  );
}

export default function SaferWizard({ onLeave, onStartAgain }: WizardProps) {
  const [run, setRun] = useState<{ key: number; snapshot?: Snapshot }>({ key: 0 });
  return (
    <SaferFlow
      key={run.key}
      snapshot={run.snapshot}
      onLeave={onLeave}
      onStartAgain={onStartAgain}
      onReopen={(context) =>
        setRun((r) => ({
          key: r.key + 1,
          snapshot: saferMachine.resolveState({ value: 'checkAnswers', context }),
        }))
      }
    />
  );
}
