/**
 * The one wizard. A flow's machine (machines/*Machine.ts) decides which page comes next; this runs
 * its actor and shows the page: a question (one QuestionPage per question), a page that asks nothing
 * (triage's emergency page), "Check your answers", and the flow's final page. Each flow is a
 * configuration of it (a `WizardFlow`): TriageWizard.tsx and safer/SaferWizard.tsx, each its own lazy
 * chunk a few hundred bytes long.
 *
 * A third flow needs its machine (defineFlow), its steps' copy and form schemas, its check answers
 * rows, and a final page, then:
 *
 *   const MY_FLOW: WizardFlow<MyDraft, MyQuestion> = { machine, flow, step, rows, confirm, Final };
 *   export default (props: WizardProps) => <Wizard config={MY_FLOW} {...props} />;
 */
import { useActorRef, useSelector } from '@xstate/react';
import { type ComponentType, useEffect, useState } from 'react';
import type { AnswerEvent, Draft, FlowContext, FlowMachine } from '../../../machines/flow';
import type { StepCopy } from '../../content/steps';
import { type AnswerRow, CheckAnswersPage } from '../components/CheckAnswersPage';
import type { EndActions } from '../components/EndButtons';
import { QuestionPage } from '../components/QuestionPage';
import { formValueOf } from '../forms';
import { trackActor } from '../session';

export interface WizardProps {
  /** Back from the first question: to the page before the wizard. */
  onLeave: () => void;
  /** "Start again": wipe every answer. */
  onStartAgain: () => void;
}

/** What a question page needs: the step's copy and its form schema (QuestionPage's `schema`). */
export interface WizardStep {
  copy: StepCopy;
  schema: Parameters<typeof QuestionPage>[0]['schema'];
}

/** One flow, as the wizard shows it. `A` is the answers as the machine holds them, `Q` its questions. */
export interface WizardFlow<A extends Draft<Q>, Q extends string> {
  machine: FlowMachine<A, Q>;
  /** The flow's definition (defineFlow): its first question and the final state's name. */
  flow: { first: Q; final: string; answer: (question: Q, value: unknown) => AnswerEvent<A, Q> };
  /** A question's copy and form schema, for the answers so far (triage words them for the role). */
  step: (question: Q, answers: A) => WizardStep;
  /** The rows of "Check your answers": the questions the flow asked, in its order. */
  rows: (answers: A) => AnswerRow[];
  /** The check answers page's button. */
  confirm: string;
  /** Pages that ask nothing, by state name (the flow table's `pauses`). */
  pauses?: Record<string, ComponentType<{ onContinue: () => void; onBack: () => void }>>;
  /** The final state's page. Back from it reopens the flow on "Check your answers". */
  Final: ComponentType<EndActions & { answers: A }>;
}

function Flow<A extends Draft<Q>, Q extends string>({
  config,
  snapshot,
  onLeave,
  onStartAgain,
  onReopen,
}: WizardProps & {
  config: WizardFlow<A, Q>;
  snapshot: ReturnType<FlowMachine<A, Q>['resolveState']> | undefined;
  onReopen: (context: FlowContext<A, Q>) => void;
}) {
  const { machine, flow, pauses, Final } = config;
  const actor = useActorRef(machine, snapshot ? { snapshot } : {});
  useEffect(() => trackActor(actor), [actor]);
  // Every flow machine is flat: its state value is the state's name.
  const state = String(useSelector(actor, (s) => s.value));
  const answers = useSelector(actor, (s) => s.context.answers);
  const back = () => actor.send({ type: 'BACK' });

  const Pause = pauses && Object.hasOwn(pauses, state) ? pauses[state] : undefined;
  if (Pause) {
    return <Pause key={state} onContinue={() => actor.send({ type: 'CONTINUE' })} onBack={back} />;
  }
  if (state === 'checkAnswers') {
    return (
      <CheckAnswersPage
        key={state}
        rows={config.rows(answers)}
        confirm={config.confirm}
        // A row's question is one the flow asked (config.rows), so one of Q.
        onChange={(question) => actor.send({ type: 'CHANGE', question: question as Q })}
        onConfirm={() => actor.send({ type: 'CONFIRM' })}
        onBack={back}
      />
    );
  }
  if (state === flow.final) {
    return (
      <Final
        key={state}
        answers={answers}
        onBack={() => onReopen(actor.getSnapshot().context)}
        onStartAgain={onStartAgain}
      />
    );
  }
  // Every other state asks the question it is named after.
  const question = state as Q;
  const { copy, schema } = config.step(question, answers);
  return (
    <QuestionPage
      key={state}
      name={question}
      copy={copy}
      schema={schema}
      initial={formValueOf(copy, answers[question])}
      onAnswer={(value) => actor.send(flow.answer(question, value))}
      onBack={question === flow.first ? onLeave : back}
    />
  );
}

/**
 * The result is the machine's final state. "Back" or "Change your answers" from it reopens the flow on
 * "Check your answers" with the same answers (a new actor from a resolved snapshot).
 */
export function Wizard<A extends Draft<Q>, Q extends string>({
  config,
  onLeave,
  onStartAgain,
}: WizardProps & { config: WizardFlow<A, Q> }) {
  const [run, setRun] = useState<{ key: number; snapshot?: ReturnType<FlowMachine<A, Q>['resolveState']> }>({
    key: 0,
  });
  return (
    <Flow
      key={run.key}
      config={config}
      snapshot={run.snapshot}
      onLeave={onLeave}
      onStartAgain={onStartAgain}
      onReopen={(context) =>
        setRun((r) => ({
          key: r.key + 1,
          snapshot: config.machine.resolveState({ value: 'checkAnswers', context }),
        }))
      }
    />
  );
}
