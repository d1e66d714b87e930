/**
 * One definition per flow. A flow is a table: its questions in order (its answers schema's own
 * order), the routes on where a question does not simply lead to the next one (the first whose guard
 * holds), plus any page between questions that asks nothing (triage's emergency page). Everything
 * else is derived from the table, once, at module load:
 *
 * - the walk (`walk`): the states the flow passes for some answers, so the questions it asks and the
 *   first one unanswered (`path`), and a whole answers object's replay (`replay`, the command line's
 *   and the check answers page's) without running an actor;
 * - Back from each state: the state that led there on the current answers' walk (each predecessor in
 *   the table is one `cameFrom` transition, the last one unguarded);
 * - the machine's states (`states`), with the shared review guards and actions (`guards`,
 *   `actions`): "Change" on check answers, moving on past answered questions while reviewing, Back
 *   to check answers while reviewing, and Confirm.
 *
 * The machine itself (`machine(id)`): `setup({ types, guards, actions }).createMachine({ id, context,
 * initial, states })` from the above, the same for every flow. No invoke, no delays.
 */
import { assign, type StateMachine, setup } from 'xstate';

export interface Route<Guard extends string, Target extends string> {
  guard?: Guard;
  target: Target;
}

/** An answers object as a machine holds it: any question may be unanswered (undefined). */
export type Draft<Q extends string> = { [K in Q]?: unknown };

/** One event per question: `ANSWER.<question>` with a value of that question's own type. */
export type AnswerEvent<A extends Draft<Q>, Q extends string> = {
  [K in Q]: { type: `ANSWER.${K}`; value: Exclude<A[K], undefined> };
}[Q];

export type FlowEvent<A extends Draft<Q>, Q extends string> =
  | AnswerEvent<A, Q>
  | { type: 'CONTINUE' }
  | { type: 'BACK' }
  | { type: 'CONFIRM' }
  | ChangeEvent<Q>;

export type ChangeEvent<Q extends string> = { type: 'CHANGE'; question: Q };

export interface FlowContext<A, Q extends string> {
  answers: A;
  /** True after "Change" on the check answers page, until the person is back there. */
  reviewing: boolean;
  /** The question being changed: it is shown even though it has an answer. */
  editing: Q | null;
}

/**
 * A professional check's answer as its machine holds it: `null` means "not known yet", which the
 * check's answers contract leaves out.
 */
export type NotKnownDraft<A> = { [K in keyof A]?: A[K] | null };

/** Drops "not known yet": a check's answers contract leaves unknown keys out. */
export const knownAnswers = <A>(draft: NotKnownDraft<A>): A =>
  Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== null && value !== undefined)) as A;

export const CHECK_ANSWERS = 'checkAnswers';
type End = typeof CHECK_ANSWERS;

export interface FlowTable<Q extends string, G extends string, P extends string> {
  /**
   * Every question, in the order the flow and its check answers page list them (the first is asked
   * first). Once answered, a question leads to the next one in this order (the last one to check
   * answers) unless `routes` says otherwise.
   */
  questions: readonly Q[];
  /**
   * Where a question leads otherwise: the first route whose guard holds, on the answers as they stand
   * once this answer is recorded; when none holds (no unguarded route), the next question.
   */
  routes: { [K in Q]?: readonly Route<G, Q | P | End>[] };
  /** Pages that ask nothing, each with the question Continue leads to. */
  pauses?: { [K in P]: Q };
  /** The final state's name (the result page). */
  final: string;
  /**
   * Where Confirm goes when a question on the path is unanswered (a change made it newly needed and
   * Back returned to check answers): the review resumes there, moving on past what is answered to the
   * first question left. Unset: Confirm always ends the flow. Not the first question (nothing moves on
   * past it while reviewing).
   */
  resumeAt?: Q;
}

type Args<C, E> = { context: C; event: E };

export function defineFlow<A extends Draft<Q>, Q extends string, G extends string, P extends string = never>(
  table: FlowTable<Q, G, P>,
  predicates: Record<G, (answers: A) => boolean>,
) {
  type S = Q | P | End;
  type C = FlowContext<A, Q>;
  type E = FlowEvent<A, Q>;
  const questions = [...table.questions];
  const first = questions[0] as Q;
  const pauses = (table.pauses ?? {}) as Record<string, Q>;
  const isQuestion = (state: string): state is Q => questions.includes(state as Q);
  /** Each question's routes in full: the table's, then (unless one is unguarded) on to the next question. */
  const routesOf = Object.fromEntries(
    questions.map((q, i) => {
      const given: readonly Route<G, S>[] = table.routes[q] ?? [];
      const next: S = questions[i + 1] ?? CHECK_ANSWERS;
      return [q, given.some((r) => r.guard === undefined) ? given : [...given, { target: next }]];
    }),
  ) as Record<Q, readonly Route<G, S>[]>;

  const isAnswer = (event: E): event is AnswerEvent<A, Q> => event.type.startsWith('ANSWER.');
  const isChange = (event: E): event is E & ChangeEvent<Q> => event.type === 'CHANGE';
  /** The answers as they stand once this event's answer is recorded: guards route on the new answer. */
  const answersAfter = (context: C, event: E): A =>
    isAnswer(event) ? { ...context.answers, [event.type.slice(7)]: event.value } : context.answers;

  const routeOn = (state: Q, answers: A): S => {
    return (
      routesOf[state].find((r) => r.guard === undefined || predicates[r.guard](answers))?.target ??
      CHECK_ANSWERS
    );
  };

  /**
   * The states the flow passes for these answers, from the first question to check answers, routing
   * on every answer given (an unanswered question routes as its guards read a missing answer).
   */
  const walk = (answers: A): S[] => {
    const states: S[] = [];
    let here: S = first;
    while (here !== CHECK_ANSWERS) {
      if (states.includes(here)) throw new Error(`a loop in the flow table at ${here}`);
      states.push(here);
      here = isQuestion(here) ? routeOn(here, answers) : (pauses[here] as Q);
    }
    states.push(CHECK_ANSWERS);
    return states;
  };
  /** The walk, kept per answers object for the Back guards: the machine never changes one in place. */
  const walks = new WeakMap<object, S[]>();
  const walkOnce = (answers: A): S[] => {
    const known = walks.get(answers);
    if (known) return known;
    const states = walk(answers);
    walks.set(answers, states);
    return states;
  };

  /** The questions asked for these answers, in order, up to the first unanswered one (`missing`). */
  const path = (answers: A): { asked: Q[]; missing: Q | null; pauses: P[] } => {
    const asked: Q[] = [];
    const passed: P[] = [];
    for (const state of walk(answers)) {
      if (state === CHECK_ANSWERS) break;
      if (!isQuestion(state)) {
        passed.push(state as P);
        continue;
      }
      if (answers[state] === undefined) return { asked, missing: state, pauses: passed };
      asked.push(state);
    }
    return { asked, missing: null, pauses: passed };
  };

  /** Where Back from each state may go: every state with a route to it, in table order. */
  const predecessors = new Map<S, S[]>();
  const link = (from: S, to: S) => {
    const list = predecessors.get(to) ?? [];
    if (!list.includes(from)) list.push(from);
    predecessors.set(to, list);
  };
  for (const q of questions) for (const r of routesOf[q]) link(q, r.target);
  for (const [pause, next] of Object.entries(pauses)) link(pause as P, next);

  /** Back: the state before this one on the walk; the last predecessor when no earlier one matches. */
  const backRoutes = (state: S) => {
    const list = predecessors.get(state) ?? [];
    return list.map((from, i) =>
      i === list.length - 1
        ? { target: from }
        : { guard: { type: 'cameFrom' as const, params: { state, from } }, target: from },
    );
  };

  const guards = {
    ...(Object.fromEntries(
      Object.entries(predicates).map(([name, predicate]) => [
        name,
        ({ context, event }: Args<C, E>) => (predicate as (a: A) => boolean)(answersAfter(context, event)),
      ]),
    ) as Record<G, (args: Args<C, E>) => boolean>),
    isReviewing: ({ context }: Args<C, E>) => context.reviewing,
    /** Reviewing, this question already answered (and not the one being changed), its route applies. */
    advanceInReview: ({ context, event }: Args<C, E>, params: { question: Q; when?: G }) =>
      context.reviewing &&
      context.editing !== params.question &&
      context.answers[params.question] !== undefined &&
      (params.when === undefined || predicates[params.when](answersAfter(context, event))),
    /** Back: this state was reached from `from` on the current answers' walk. */
    cameFrom: ({ context }: Args<C, E>, params: { state: S; from: S }) => {
      const states = walkOnce(context.answers);
      return states[states.indexOf(params.state) - 1] === params.from;
    },
    /** Every question on the path of these answers is answered. */
    pathComplete: ({ context }: Args<C, E>) => path(context.answers).missing === null,
    /** "Change" applies to a question already answered: one never answered is not on the path. */
    changes: ({ context, event }: Args<C, E>, params: { question: Q }) =>
      isChange(event) && event.question === params.question && context.answers[params.question] !== undefined,
  };

  const actions = {
    record: assign<C, E, { question: Q }, E, never>(({ context, event }, params) => {
      if (!isAnswer(event) || event.type !== `ANSWER.${params.question}`) return {};
      return { answers: answersAfter(context, event), editing: null };
    }),
    startReview: assign<C, E, undefined, E, never>(({ event }) => {
      if (!isChange(event)) throw new Error(`startReview on ${event.type}`);
      return { reviewing: true, editing: event.question };
    }),
    endReview: assign<C, E, undefined, E, never>({ reviewing: false, editing: null }),
    resumeReview: assign<C, E, undefined, E, never>({ reviewing: true, editing: null }),
  };

  const back = (state: S) => [{ guard: 'isReviewing' as const, target: CHECK_ANSWERS }, ...backRoutes(state)];

  const questionState = <K extends Q>(question: K) => {
    const next = routesOf[question];
    return {
      // Nothing moves on into the first question while reviewing, so it never skips.
      always:
        question === first
          ? []
          : next.map(({ guard, target }) => ({
              guard: { type: 'advanceInReview' as const, params: { question, when: guard } },
              target,
            })),
      on: {
        BACK: back(question),
        [`ANSWER.${question}`]: next.map(({ guard, target }) => ({
          guard,
          target,
          actions: { type: 'record' as const, params: { question } },
        })),
      },
    };
  };

  const states = {
    ...Object.fromEntries(questions.map((q) => [q, questionState(q)])),
    ...Object.fromEntries(
      Object.entries(pauses).map(([pause, next]) => [
        pause,
        // While reviewing, Back returns to check answers, as from every question.
        { on: { CONTINUE: { target: next }, BACK: back(pause as P) } },
      ]),
    ),
    [CHECK_ANSWERS]: {
      entry: 'endReview' as const,
      on: {
        // Only a whole path gives a result when `resumeAt` is set (see FlowTable).
        CONFIRM:
          table.resumeAt === undefined
            ? [{ target: table.final }]
            : [
                { guard: 'pathComplete' as const, target: table.final },
                { target: table.resumeAt, actions: 'resumeReview' as const },
              ],
        BACK: backRoutes(CHECK_ANSWERS),
        CHANGE: questions.map((question) => ({
          guard: { type: 'changes' as const, params: { question } },
          target: question,
          actions: 'startReview' as const,
        })),
      },
    },
    [table.final]: { type: 'final' as const },
  };

  /**
   * The event that answers `question` with `value`: the value as the question's form schema parsed it
   * (the UI's boundary), so the one cast here stands for every page of every flow.
   */
  const answer = (question: Q, value: unknown) =>
    ({ type: `ANSWER.${question}`, value }) as AnswerEvent<A, Q>;

  const context = { answers: {} as A, reviewing: false, editing: null } as C;
  /**
   * The flow's machine: every flow's is built the same way from its table. Its states are built from
   * the table generically, which xstate's config types cannot follow (the per-flow machines checked
   * them with the table's own types before this builder; the model-based tests walk every one).
   */
  const machine = (id: string) =>
    setup({ types: { context: {} as C, events: {} as E }, guards, actions }).createMachine({
      id,
      context,
      initial: first,
      states: states as Record<string, object>,
    });

  return {
    questions,
    first,
    final: table.final,
    pauses: Object.keys(pauses) as P[],
    answer,
    context,
    machine,
    walk,
    path,
    answersAfter,
    guards,
    actions,
    states,
  };
}

/**
 * A professional check's flow (SAFER, MARAC): its questions in its answers schema's order, the routes
 * where one skips ahead, and the guards they name. Every answer may be "not known yet" (`null`, see
 * NotKnownDraft), nothing pauses between questions, and Confirm always ends in the `verdict` state.
 * `known` turns the machine's answers into the check's answers contract (knownAnswers, typed).
 */
export function defineCheck<A, Q extends keyof A & string, G extends string>(
  questions: readonly Q[],
  routes: FlowTable<Q, NoInfer<G>, never>['routes'],
  predicates: Record<G, (answers: NotKnownDraft<A>) => boolean>,
) {
  const flow = defineFlow<NotKnownDraft<A>, Q, G>({ questions, routes, final: 'verdict' }, predicates);
  return { ...flow, known: knownAnswers<A> };
}

/**
 * A machine built from a flow (any flow: its context and events are the flow's; the rest is the
 * machine's own). The wizard (src/ui/wizard/Wizard.tsx) runs any of them through this type.
 */
// biome-ignore lint/suspicious/noExplicitAny: children, actions, guards, states and the rest vary per machine
type Any = any;
export type FlowMachine<A extends Draft<Q>, Q extends string> = StateMachine<
  FlowContext<A, Q>,
  FlowEvent<A, Q>,
  Any,
  Any,
  Any,
  Any,
  Any,
  Any,
  Any,
  Any,
  Any,
  Any,
  Any,
  Any
>;
