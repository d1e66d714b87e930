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
import { questionStates, type Route } from './questionState';

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

/** The predicates that route between questions, over the answers. */
const routePredicates: Record<TriageGuard, (answers: TriageAnswers) => boolean> = {
  inDanger: is.inDanger,
  isOwnBehaviour: is.isOwnBehaviour,
  isSomeoneElse: is.isSomeoneElse,
  isUnder16: is.isUnder16,
  abuserLivesElsewhere: is.abuserLivesElsewhere,
  notSafeAtHome: is.notSafeAtHome,
  asksAboutChildRemoval: (a) => is.hasChildren(a) && is.asksAboutHome(a),
};

/** The guards that route between questions: named pure predicates over the answers. */
const routeGuards = Object.fromEntries(
  Object.entries(routePredicates).map(([name, predicate]) => [name, on(predicate)]),
) as Record<TriageGuard, (args: { context: TriageContext; event: TriageEvent }) => boolean>;

type Forward = readonly Route<TriageGuard, TriageState>[];

/**
 * Where each question leads once answered: the first route whose guard holds. The machine's states
 * are built from this table, and `triagePath` walks it, so the two cannot disagree.
 */
const FORWARD = {
  immediateDanger: [{ guard: 'inDanger', target: 'emergency' }, { target: 'role' }],
  role: [{ target: 'area' }],
  area: [{ guard: 'isOwnBehaviour', target: 'children' }, { target: 'ageBand' }],
  ageBand: [
    { guard: 'isUnder16', target: 'communication' },
    { guard: 'isSomeoneElse', target: 'abuseTypes' },
    { target: 'gender' },
  ],
  gender: [{ target: 'abuserLivesWithYou' }],
  abuserLivesWithYou: [
    { guard: 'abuserLivesElsewhere', target: 'abuserHasAccess' },
    { target: 'safeAtHome' },
  ],
  abuserHasAccess: [{ target: 'safeAtHome' }],
  safeAtHome: [{ guard: 'notSafeAtHome', target: 'abuseTypes' }, { target: 'housing' }],
  housing: [{ target: 'abuseTypes' }],
  abuseTypes: [{ target: 'riskSigns' }],
  riskSigns: [{ target: 'children' }],
  children: [
    { guard: 'isOwnBehaviour', target: 'communication' },
    { guard: 'asksAboutChildRemoval', target: 'worriedChildRemoved' },
    { target: 'wants' },
  ],
  worriedChildRemoved: [{ target: 'wants' }],
  wants: [{ target: 'communication' }],
  communication: [{ target: 'checkAnswers' }],
} as const satisfies Record<TriageQuestion, Forward>;

/**
 * The questions the flow asks for these answers, in order, and the first one not yet answered
 * (`missing`, null when every question on the path is answered). The emergency page asks nothing.
 */
export function triagePath(answers: TriageAnswers): {
  asked: TriageQuestion[];
  missing: TriageQuestion | null;
} {
  const asked: TriageQuestion[] = [];
  let here: TriageState = 'immediateDanger';
  while (here !== 'checkAnswers') {
    if (here === 'emergency') {
      here = 'role';
      continue;
    }
    if (here === 'result' || asked.includes(here)) throw new Error(`triagePath: a loop at ${here}`);
    if (answers[here] === undefined) return { asked, missing: here };
    asked.push(here);
    const routes: Forward = FORWARD[here];
    here =
      routes.find((r) => r.guard === undefined || routePredicates[r.guard](answers))?.target ??
      'checkAnswers';
  }
  return { asked, missing: null };
}

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
    /** Every question on the path of these answers is answered. */
    pathComplete: ({ context }) => triagePath(context.answers).missing === null,
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
    resumeReview: assign({ reviewing: true, editing: null }),
  },
}).createMachine({
  id: 'triage',
  context: { answers: {}, reviewing: false, editing: null },
  initial: 'immediateDanger',
  states: {
    immediateDanger: questionState('immediateDanger', FORWARD.immediateDanger, [], {
      skipWhenReviewing: false,
    }),
    emergency: {
      on: {
        CONTINUE: { target: 'role' },
        // While reviewing, Back returns to check answers, as from every question: back to
        // `immediateDanger` would move straight on to this page again (it is answered yes).
        BACK: [{ guard: 'isReviewing', target: 'checkAnswers' }, { target: 'immediateDanger' }],
      },
    },
    role: questionState('role', FORWARD.role, [
      { guard: 'inDanger', target: 'emergency' },
      { target: 'immediateDanger' },
    ]),
    area: questionState('area', FORWARD.area, [{ target: 'role' }]),
    ageBand: questionState('ageBand', FORWARD.ageBand, [{ target: 'area' }]),
    gender: questionState('gender', FORWARD.gender, [{ target: 'ageBand' }]),
    abuserLivesWithYou: questionState('abuserLivesWithYou', FORWARD.abuserLivesWithYou, [
      { target: 'gender' },
    ]),
    abuserHasAccess: questionState('abuserHasAccess', FORWARD.abuserHasAccess, [
      { target: 'abuserLivesWithYou' },
    ]),
    safeAtHome: questionState('safeAtHome', FORWARD.safeAtHome, [
      { guard: 'abuserLivesElsewhere', target: 'abuserHasAccess' },
      { target: 'abuserLivesWithYou' },
    ]),
    housing: questionState('housing', FORWARD.housing, [{ target: 'safeAtHome' }]),
    abuseTypes: questionState('abuseTypes', FORWARD.abuseTypes, [
      { guard: 'isSomeoneElse', target: 'ageBand' },
      { guard: 'notSafeAtHome', target: 'safeAtHome' },
      { target: 'housing' },
    ]),
    riskSigns: questionState('riskSigns', FORWARD.riskSigns, [{ target: 'abuseTypes' }]),
    children: questionState('children', FORWARD.children, [
      { guard: 'isOwnBehaviour', target: 'area' },
      { target: 'riskSigns' },
    ]),
    worriedChildRemoved: questionState('worriedChildRemoved', FORWARD.worriedChildRemoved, [
      { target: 'children' },
    ]),
    wants: questionState('wants', FORWARD.wants, [
      { guard: 'asksAboutChildRemoval', target: 'worriedChildRemoved' },
      { target: 'children' },
    ]),
    communication: questionState('communication', FORWARD.communication, [
      { guard: 'isOwnBehaviour', target: 'children' },
      { guard: 'isUnder16', target: 'ageBand' },
      { target: 'wants' },
    ]),
    checkAnswers: {
      entry: 'endReview',
      on: {
        // Only a whole path gives a result. Back from a question that a change made newly needed
        // returns here with that question unanswered: confirming then moves on (past what is
        // answered) to the first question left, instead of to a result built on a gap.
        CONFIRM: [
          { guard: 'pathComplete', target: 'result' },
          { target: 'role', actions: 'resumeReview' },
        ],
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
