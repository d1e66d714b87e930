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
import {
  Activity,
  type ComponentType,
  type ReactElement,
  startTransition,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { getNextSnapshot } from 'xstate';
import type { AnswerEvent, Draft, FlowContext, FlowEvent, FlowMachine } from '../../../machines/flow';
import type { StepCopy } from '../../content/steps';
import { type AnswerRow, CheckAnswersPage } from '../components/CheckAnswersPage';
import type { EndActions } from '../components/EndButtons';
import { Shown } from '../components/Page';
import { QuestionPage } from '../components/QuestionPage';
import { formValueOf } from '../forms';
import { trackActor } from '../session';

type Snapshot<A extends Draft<Q>, Q extends string> = ReturnType<FlowMachine<A, Q>['resolveState']>;

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
  snapshot: Snapshot<A, Q> | undefined;
  onReopen: (context: FlowContext<A, Q>) => void;
}) {
  const { machine, flow, pauses, Final } = config;
  const actor = useActorRef(machine, snapshot ? { snapshot } : {});
  useEffect(() => trackActor(actor), [actor]);
  const now: Snapshot<A, Q> = useSelector(actor, (s) => s);
  // False while the whole wizard is made ahead, hidden (App.tsx).
  const shownHere = useContext(Shown);
  // The props as they are now, for pages made earlier (a page made ahead keeps its callbacks).
  const latest = useRef({ onLeave, onStartAgain, onReopen });
  useLayoutEffect(() => {
    latest.current = { onLeave, onStartAgain, onReopen };
  });
  // The answer ticked on the page shown, if it is a valid one: what Continue would send.
  const [draft, setDraft] = useState<{ on: Snapshot<A, Q>; value: unknown }>();
  const made = useRef(new Map<string, ReactElement>());

  /** A snapshot's page, made once per state and answers (the page is a function of them alone). */
  const pageOf = (s: Snapshot<A, Q>): { key: string; page: ReactElement } => {
    const state = String(s.value);
    const { answers } = s.context;
    const key = `${state} ${JSON.stringify(answers)}`;
    const cached = made.current.get(key);
    if (cached) return { key, page: cached };
    const back = () => actor.send({ type: 'BACK' });
    let page: ReactElement;
    const Pause = pauses && Object.hasOwn(pauses, state) ? pauses[state] : undefined;
    if (Pause) page = <Pause onContinue={() => actor.send({ type: 'CONTINUE' })} onBack={back} />;
    else if (state === 'checkAnswers')
      page = (
        <CheckAnswersPage
          rows={config.rows(answers)}
          confirm={config.confirm}
          // A row's question is one the flow asked (config.rows), so one of Q.
          onChange={(question) => actor.send({ type: 'CHANGE', question: question as Q })}
          onConfirm={() => actor.send({ type: 'CONFIRM' })}
          onBack={back}
        />
      );
    else if (state === flow.final)
      page = (
        <Final
          answers={answers}
          onBack={() => latest.current.onReopen(actor.getSnapshot().context)}
          onStartAgain={() => latest.current.onStartAgain()}
        />
      );
    else {
      // Every other state asks the question it is named after.
      const question = state as Q;
      const { copy, schema } = config.step(question, answers);
      page = (
        <QuestionPage
          name={question}
          copy={copy}
          schema={schema}
          initial={formValueOf(copy, answers[question])}
          onAnswer={(value) => actor.send(flow.answer(question, value))}
          // Not urgent: the tick paints first; the page ahead is worked out and made after it.
          onDraft={(value) => startTransition(() => setDraft({ on: actor.getSnapshot(), value }))}
          onBack={question === flow.first ? () => latest.current.onLeave() : back}
        />
      );
    }
    made.current.set(key, page);
    return { key, page };
  };

  const shown = pageOf(now);
  // The page Continue leads to, made while the person reads this one (hidden, at idle priority).
  const state = String(now.value);
  let event: FlowEvent<A, Q> | undefined;
  if (pauses && Object.hasOwn(pauses, state)) event = { type: 'CONTINUE' };
  else if (state === 'checkAnswers') event = { type: 'CONFIRM' };
  else if (state !== flow.final) {
    const question = state as Q;
    const value = draft?.on === now ? draft.value : now.context.answers[question];
    if (value !== undefined) event = flow.answer(question, value);
  }
  const next = event ? getNextSnapshot(machine, now, event) : undefined;
  const ahead = next && String(next.value) !== state ? pageOf(next) : undefined;
  // Only the pages in use stay made.
  for (const key of made.current.keys())
    if (key !== shown.key && key !== ahead?.key) made.current.delete(key);

  return (
    <>
      <Activity key={shown.key} mode="visible">
        <Shown value={shownHere}>{shown.page}</Shown>
      </Activity>
      {ahead ? (
        <Activity key={ahead.key} mode="hidden">
          <Shown value={false}>{ahead.page}</Shown>
        </Activity>
      ) : null}
    </>
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
  const [run, setRun] = useState<{ key: number; snapshot?: Snapshot<A, Q> }>({
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
