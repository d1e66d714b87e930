/**
 * The self-service flow. Immediate danger is asked first (a yes reaches the emergency state, and the
 * person may continue), then role, area, age, and only the questions that matter for that person.
 * It ends in the `result` final state; recommendations are derived from its answers (recommend.ts).
 *
 * States that ask a question are named after the answers key they ask (`area` asks `area`), and
 * each accepts `ANSWER.<key>` with the value. No copy, no invoke, no delays: a pure decision chart.
 */
import { assertEvent, assign, setup } from 'xstate';
import { TRIAGE_QUESTIONS, type TriageAnswers, type TriageQuestion } from '../schemas/answers';
import * as is from './predicates';
import { questionStates } from './questionState';

export type TriageAnswerEvent = {
  [K in TriageQuestion]: { type: `ANSWER.${K}`; value: NonNullable<TriageAnswers[K]> };
}[TriageQuestion];

export type TriageEvent =
  | TriageAnswerEvent
  | { type: 'CONTINUE' }
  | { type: 'BACK' }
  | { type: 'CONFIRM' }
  | { type: 'CHANGE'; question: TriageQuestion };

export interface TriageContext {
  answers: TriageAnswers;
  /** True after "Change" on the check answers page, until the person is back there. */
  reviewing: boolean;
  /** The question being changed: it is shown even though it has an answer. */
  editing: TriageQuestion | null;
}

const isAnswer = (event: TriageEvent): event is TriageAnswerEvent => event.type.startsWith('ANSWER.');

/** The answers as they stand once this event's answer is recorded: guards route on the new answer. */
export const answersAfter = (context: TriageContext, event: TriageEvent): TriageAnswers =>
  isAnswer(event) ? { ...context.answers, [event.type.slice(7)]: event.value } : context.answers;

const on =
  (predicate: (answers: TriageAnswers) => boolean) =>
  ({ context, event }: { context: TriageContext; event: TriageEvent }) =>
    predicate(answersAfter(context, event));

type TriageGuard =
  | 'inDanger'
  | 'isOwnBehaviour'
  | 'isSomeoneElse'
  | 'isUnder16'
  | 'abuserLivesElsewhere'
  | 'notSafeAtHome'
  | 'asksAboutChildRemoval';
export type TriageState = TriageQuestion | 'emergency' | 'checkAnswers' | 'result';
const questionState = questionStates<TriageGuard, TriageState>();

/** The guards that route between questions: named pure predicates over the answers. */
const routeGuards: Record<TriageGuard, (args: { context: TriageContext; event: TriageEvent }) => boolean> = {
  inDanger: on(is.inDanger),
  isOwnBehaviour: on(is.isOwnBehaviour),
  isSomeoneElse: on(is.isSomeoneElse),
  isUnder16: on(is.isUnder16),
  abuserLivesElsewhere: on(is.abuserLivesElsewhere),
  notSafeAtHome: on(is.notSafeAtHome),
  asksAboutChildRemoval: on((a) => is.hasChildren(a) && is.asksAboutHome(a)),
};

export const triageMachine = setup({
  types: {
    context: {} as TriageContext,
    events: {} as TriageEvent,
  },
  guards: {
    ...routeGuards,
    isReviewing: ({ context }) => context.reviewing,
    /** Reviewing, this question already answered (and not the one being changed), its route applies. */
    advanceInReview: ({ context, event }, params: { question: TriageQuestion; when?: TriageGuard }) =>
      context.reviewing &&
      context.editing !== params.question &&
      context.answers[params.question] !== undefined &&
      (params.when === undefined || routeGuards[params.when]({ context, event })),
    /** "Change" applies to a question already answered: one never answered is not on the path. */
    changes: ({ context, event }, params: { question: TriageQuestion }) =>
      event.type === 'CHANGE' &&
      event.question === params.question &&
      context.answers[params.question] !== undefined,
  },
  actions: {
    record: assign(({ context, event }, params: { question: TriageQuestion }) => {
      if (!isAnswer(event) || event.type !== `ANSWER.${params.question}`) return {};
      return { answers: answersAfter(context, event), editing: null };
    }),
    startReview: assign(({ event }) => {
      assertEvent(event, 'CHANGE');
      return { reviewing: true, editing: event.question };
    }),
    endReview: assign({ reviewing: false, editing: null }),
  },
}).createMachine({
  id: 'triage',
  context: { answers: {}, reviewing: false, editing: null },
  initial: 'immediateDanger',
  states: {
    immediateDanger: questionState(
      'immediateDanger',
      [{ guard: 'inDanger', target: 'emergency' }, { target: 'role' }],
      [],
    ),
    emergency: {
      on: {
        CONTINUE: { target: 'role' },
        // While reviewing, Back returns to check answers, as from every question: back to
        // `immediateDanger` would move straight on to this page again (it is answered yes).
        BACK: [{ guard: 'isReviewing', target: 'checkAnswers' }, { target: 'immediateDanger' }],
      },
    },
    role: questionState(
      'role',
      [{ target: 'area' }],
      [{ guard: 'inDanger', target: 'emergency' }, { target: 'immediateDanger' }],
    ),
    area: questionState(
      'area',
      [{ guard: 'isOwnBehaviour', target: 'children' }, { target: 'ageBand' }],
      [{ target: 'role' }],
    ),
    ageBand: questionState(
      'ageBand',
      [
        { guard: 'isUnder16', target: 'communication' },
        { guard: 'isSomeoneElse', target: 'abuseTypes' },
        { target: 'gender' },
      ],
      [{ target: 'area' }],
    ),
    gender: questionState('gender', [{ target: 'abuserLivesWithYou' }], [{ target: 'ageBand' }]),
    abuserLivesWithYou: questionState(
      'abuserLivesWithYou',
      [{ guard: 'abuserLivesElsewhere', target: 'abuserHasAccess' }, { target: 'safeAtHome' }],
      [{ target: 'gender' }],
    ),
    abuserHasAccess: questionState(
      'abuserHasAccess',
      [{ target: 'safeAtHome' }],
      [{ target: 'abuserLivesWithYou' }],
    ),
    safeAtHome: questionState(
      'safeAtHome',
      [{ guard: 'notSafeAtHome', target: 'abuseTypes' }, { target: 'housing' }],
      [{ guard: 'abuserLivesElsewhere', target: 'abuserHasAccess' }, { target: 'abuserLivesWithYou' }],
    ),
    housing: questionState('housing', [{ target: 'abuseTypes' }], [{ target: 'safeAtHome' }]),
    abuseTypes: questionState(
      'abuseTypes',
      [{ target: 'riskSigns' }],
      [
        { guard: 'isSomeoneElse', target: 'ageBand' },
        { guard: 'notSafeAtHome', target: 'safeAtHome' },
        { target: 'housing' },
      ],
    ),
    riskSigns: questionState('riskSigns', [{ target: 'children' }], [{ target: 'abuseTypes' }]),
    children: questionState(
      'children',
      [
        { guard: 'isOwnBehaviour', target: 'communication' },
        { guard: 'asksAboutChildRemoval', target: 'worriedChildRemoved' },
        { target: 'wants' },
      ],
      [{ guard: 'isOwnBehaviour', target: 'area' }, { target: 'riskSigns' }],
    ),
    worriedChildRemoved: questionState(
      'worriedChildRemoved',
      [{ target: 'wants' }],
      [{ target: 'children' }],
    ),
    wants: questionState(
      'wants',
      [{ target: 'communication' }],
      [{ guard: 'asksAboutChildRemoval', target: 'worriedChildRemoved' }, { target: 'children' }],
    ),
    communication: questionState(
      'communication',
      [{ target: 'checkAnswers' }],
      [
        { guard: 'isOwnBehaviour', target: 'children' },
        { guard: 'isUnder16', target: 'ageBand' },
        { target: 'wants' },
      ],
    ),
    checkAnswers: {
      entry: 'endReview',
      on: {
        CONFIRM: { target: 'result' },
        BACK: { target: 'communication' },
        CHANGE: TRIAGE_QUESTIONS.map((question) => ({
          guard: { type: 'changes', params: { question } } as const,
          target: question,
          actions: 'startReview' as const,
        })),
      },
    },
    result: { type: 'final' },
  },
});
