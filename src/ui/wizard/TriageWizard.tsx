/**
 * The self-service wizard: triageMachine decides which page comes next; this shows it. Loaded after
 * the start page (React.lazy), so the first page does not wait for this code.
 */
import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useState } from 'react';
import type { SnapshotFrom } from 'xstate';
import { driveTriage } from '../../../machines/drive';
import {
  type TriageContext,
  type TriageEvent,
  type TriageState,
  triageMachine,
} from '../../../machines/triageMachine';
import type { TriageAnswers, TriageQuestion } from '../../../schemas/answers';
import { CHECK_ANSWERS } from '../../content/results';
import { triageStep } from '../../content/steps';
import { type AnswerRow, CheckAnswersPage } from '../components/CheckAnswersPage';
import { QuestionPage } from '../components/QuestionPage';
import { answerLabels, formValueOf, triageStepOf } from '../forms';
import { trackActor } from '../session';
import { EmergencyPage } from './EmergencyPage';
import { ResultPage } from './ResultPage';

export interface WizardProps {
  /** Back from the first question: to the page before the wizard. */
  onLeave: () => void;
  /** "Start again": wipe every answer. */
  onStartAgain: () => void;
}

type Snapshot = SnapshotFrom<typeof triageMachine>;

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

function TriageFlow({
  snapshot,
  onLeave,
  onStartAgain,
  onReopen,
}: WizardProps & {
  snapshot: Snapshot | undefined;
  onReopen: (context: TriageContext) => void;
}) {
  const actor = useActorRef(triageMachine, snapshot ? { snapshot } : {});
  useEffect(() => trackActor(actor), [actor]);
  const state = useSelector(actor, (s) => s.value) as TriageState;
  const answers = useSelector(actor, (s) => s.context.answers);
  const send = (event: TriageEvent) => actor.send(event);

  if (state === 'emergency') {
    return (
      <EmergencyPage
        key={state}
        onContinue={() => send({ type: 'CONTINUE' })}
        onBack={() => send({ type: 'BACK' })}
      />
    );
  }
  if (state === 'checkAnswers') {
    return (
      <CheckAnswersPage
        key={state}
        rows={triageRows(answers)}
        confirm={CHECK_ANSWERS.confirm}
        onChange={(question) => send({ type: 'CHANGE', question: question as TriageQuestion })}
        onConfirm={() => send({ type: 'CONFIRM' })}
        onBack={() => send({ type: 'BACK' })}
      />
    );
  }
  if (state === 'result') {
    return (
      <ResultPage
        key={state}
        answers={answers}
        onBack={() => onReopen(actor.getSnapshot().context)}
        onStartAgain={onStartAgain}
      />
    );
  }
  return (
    <TriageQuestionPage
      key={state}
      question={state}
      answers={answers}
      onAnswer={(value) => send({ type: `ANSWER.${state}`, value } as TriageEvent)}
      onBack={state === 'immediateDanger' ? onLeave : () => send({ type: 'BACK' })}
    />
  );
}

function TriageQuestionPage({
  question,
  answers,
  onAnswer,
  onBack,
}: {
  question: TriageQuestion;
  answers: TriageAnswers;
  onAnswer: (value: unknown) => void;
  onBack: () => void;
}) {
  const { copy, schema } = triageStepOf(question, answers.role);
  return (
    <QuestionPage
      name={question}
      copy={copy}
      schema={schema}
      initial={formValueOf(copy, answers[question])}
      onAnswer={onAnswer}
      onBack={onBack}
    />
  );
}

/**
 * The result is the machine's final state. "Back" or "Change your answers" from it reopens the flow on
 * "Check your answers" with the same answers (a new actor from a resolved snapshot).
 */
export default function TriageWizard({ onLeave, onStartAgain }: WizardProps) {
  const [run, setRun] = useState<{ key: number; snapshot?: Snapshot }>({ key: 0 });
  return (
    <TriageFlow
      key={run.key}
      snapshot={run.snapshot}
      onLeave={onLeave}
      onStartAgain={onStartAgain}
      onReopen={(context) =>
        setRun((r) => ({
          key: r.key + 1,
          snapshot: triageMachine.resolveState({ value: 'checkAnswers', context }),
        }))
      }
    />
  );
}
