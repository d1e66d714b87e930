/**
 * Model-based testing of triageMachine and saferMachine with `xstate/graph`, shared by
 * tests/engine/model.test.ts and `npm run bench` (plain tsx: no vitest or vite features here).
 *
 * The traversal sends only `{ type }` unless it is given concrete events, so every answer event is
 * listed with its value. Values come in classes: every class of a question is explored on every path
 * (that is where routing and the DOMAIN invariants differ), and the values inside a class take turns
 * along the paths (so every value appears somewhere without multiplying the paths). Vertices are keyed
 * by the state and the answers that routing reads, which keeps the graph small; a path's own answers
 * are its events' values, and each path is replayed through the engine, which drives the real machine
 * again: if the key missed something routing depends on, the replay disagrees and the test fails.
 */
import {
  type AnyStateMachine,
  type AnyStateNode,
  type AnyTransitionDefinition,
  createActor,
  initialTransition,
  type SnapshotFrom,
} from 'xstate';
import { type AdjacencyMap, getAdjacencyMap } from 'xstate/graph';
import {
  knownSaferAnswers,
  SAFER_ORDER,
  type SaferDraft,
  type SaferEvent,
  saferFlow,
  saferMachine,
} from '../../machines/saferMachine';
import { type TriageEvent, triageFlow, triageMachine, triagePath } from '../../machines/triageMachine';
import {
  KENT_DISTRICTS,
  SAFER_QUESTIONS,
  type SaferAnswers,
  type SaferQuestion,
  TRIAGE_QUESTIONS,
  type TriageAnswers,
  type TriageQuestion,
} from '../../schemas/answers';

type TriageSnapshot = SnapshotFrom<typeof triageMachine>;
type SaferSnapshot = SnapshotFrom<typeof saferMachine>;

/** Per question: classes of values. Every class is explored; values within a class take turns. */
export type ValueClasses<Q extends string> = { [K in Q]: readonly (readonly unknown[])[] };

export const TRIAGE_VALUES: ValueClasses<TriageQuestion> = {
  immediateDanger: [[true], [false]],
  role: [['self'], ['someone-else'], ['own-behaviour'], ['professional']],
  // The Kent districts take turns (Ashford and Canterbury, which have local services, first).
  area: [[...KENT_DISTRICTS], ['medway'], ['outside'], ['unknown']],
  ageBand: [['under-16'], ['16-17', '18-plus']],
  gender: [['female', 'male', 'other', 'prefer-not-to-say']],
  abuserLivesWithYou: [[true], [false]],
  abuserHasAccess: [['yes'], ['no'], ['unsure']],
  accessIsLegalRight: [['yes'], ['no'], ['unsure']],
  safeAtHome: [['yes'], ['no'], ['unsure']],
  housing: [
    ['owner', 'private-rented', 'social-rented'],
    ['temporary'],
    ['refuge'],
    ['with-family-or-friends', 'no-fixed-address'],
  ],
  abuseTypes: [
    [
      [],
      ['physical', 'emotional'],
      ['stalking', 'digital'],
      ['honour-based', 'forced-marriage', 'fgm'],
      ['coercive-control', 'economic', 'sexual'],
    ],
  ],
  riskSigns: [
    [[]],
    [
      ['strangulation'],
      ['very-frightened', 'getting-worse'],
      ['threats-to-kill', 'weapon'],
      ['pregnant-or-new-baby', 'recent-separation'],
      ['not-sure'],
    ],
  ],
  children: [[true], [false]],
  worriedChildRemoved: [[true], [false]],
  wants: [
    [
      [],
      ['secure-home'],
      ['leave-home'],
      ['secure-home', 'leave-home'],
      ['talk-now', 'safety-plan', 'report-to-police'],
      ['court-protection', 'check-partner-history'],
      ['help-for-children', 'recovery-groups'],
    ],
  ],
  communication: [[[], ['hearing-or-speech'], ['bsl', 'other-language']]],
};

/** `null` is "not known yet". */
export const SAFER_VALUES: ValueClasses<SaferQuestion> = {
  ageBand: [['under-16'], ['16-17'], ['18-plus'], [null]],
  area: [[...KENT_DISTRICTS], ['medway'], ['outside'], ['unknown', null]],
  needToStayLocal: [[true, false, null]],
  housing: [
    ['owner'],
    ['private-rented', 'social-rented', 'with-family-or-friends'],
    ['temporary', 'refuge', 'no-fixed-address'],
    [null],
  ],
  perpetratorLivesThere: [[true], [false], [null]],
  perpetratorHasLegalAccess: [['yes'], ['no'], ['unsure', null]],
  safestOption: [[true, false, null]],
  survivorConsents: [[true, false, null]],
  landlordConsent: [['yes', 'no', 'pending', 'owner-occupier', null]],
  referrerIsProfessional: [[true], [false], [null]],
};

const answerEvents = <Q extends string>(values: ValueClasses<Q>, only?: 'first-of-each-class') =>
  (Object.entries(values) as [Q, readonly (readonly unknown[])[]][]).flatMap(([question, classes]) =>
    classes.flatMap((values) =>
      (only ? values.slice(0, 1) : values).map((value) => ({ type: `ANSWER.${question}`, value })),
    ),
  );

export const isAnswer = (event: { type: string }) => event.type.startsWith('ANSWER.');
export const questionOf = (event: { type: string }) => event.type.slice('ANSWER.'.length);

/** The answers that the triage route guards read (see triageMachine's routeGuards). */
const triageRouting = (a: TriageAnswers) => [
  a.immediateDanger,
  a.role,
  a.ageBand === 'under-16',
  a.abuserLivesWithYou,
  a.abuserHasAccess === 'yes' || a.abuserHasAccess === 'unsure',
  a.safeAtHome === 'no',
  a.children,
];
const saferRouting = (a: SaferSnapshot['context']['answers']) => [
  a.perpetratorLivesThere,
  a.housing === 'owner',
];

export const triageKey = (s: TriageSnapshot) =>
  JSON.stringify([s.value, s.context.reviewing, s.context.editing, triageRouting(s.context.answers)]);
export const saferKey = (s: SaferSnapshot) =>
  JSON.stringify([s.value, s.context.reviewing, s.context.editing, saferRouting(s.context.answers)]);

export const forwardOnly = (_: unknown, event: { type: string }) =>
  event.type !== 'BACK' && event.type !== 'CHANGE';

/**
 * Only the events the current state handles (getAdjacencyMap sends every listed event to every state
 * otherwise, and each unhandled one costs a transition). Both machines are flat: one active state.
 */
export const handledBy =
  <E extends { type: string }>(machine: AnyStateMachine, events: readonly E[]) =>
  (snapshot: SnapshotFrom<AnyStateMachine>): E[] => {
    const node = machine.root.states[String(snapshot.value)];
    const handled = new Set(node?.ownEvents ?? []);
    return events.filter((event) => handled.has(event.type));
  };

/** Answering forward only: every value of every class, continue past the emergency page, confirm. */
export const triageForwardOptions = {
  events: handledBy(triageMachine, [
    ...answerEvents(TRIAGE_VALUES),
    { type: 'CONTINUE' },
    { type: 'CONFIRM' },
  ] as TriageEvent[]),
  filterEvents: forwardOnly,
  serializeState: triageKey,
};

export function triageForwardGraph() {
  return getAdjacencyMap(triageMachine, triageForwardOptions);
}

export function saferForwardGraph() {
  return getAdjacencyMap(saferMachine, {
    events: handledBy(saferMachine, [...answerEvents(SAFER_VALUES), { type: 'CONFIRM' }] as SaferEvent[]),
    filterEvents: forwardOnly,
    serializeState: saferKey,
  });
}

export interface ModelPath<E> {
  /** The events, in order, from the initial state to the final one. */
  events: E[];
  /** The state values passed through (initial first, the final state last). */
  states: string[];
}

/**
 * Every path from the initial vertex to a final one, taking every class of each question and, within
 * a class, the next value in turn. (getSimplePaths would find the same paths, but it runs a whole
 * depth-first search once per vertex of the graph; one search here enumerates them all.)
 * Throws on a dead end: a vertex that is not final and has no way on.
 */
export function pathsToFinal<E extends { type: string }>(
  adjacency: AdjacencyMap<SnapshotFrom<AnyStateMachine>, E>,
  initialKey: string,
  values: ValueClasses<string>,
  keyOf: (snapshot: SnapshotFrom<AnyStateMachine>) => string,
): ModelPath<E>[] {
  const turn = new Map<string, number>();
  const paths: ModelPath<E>[] = [];
  const events: E[] = [];
  const states: string[] = [];
  /** The next of `options` in turn for this question's class. */
  const inTurn = <T>(slot: string, options: readonly T[]): T | undefined => {
    const n = turn.get(slot) ?? 0;
    turn.set(slot, n + 1);
    return options[n % options.length];
  };
  const classOf = (event: E) => {
    const classes = values[questionOf(event)] ?? [];
    const value = JSON.stringify((event as unknown as { value: unknown }).value);
    return classes.findIndex((c) => c.some((v) => JSON.stringify(v) === value));
  };
  const onPath = new Set<string>();
  const visit = (key: string) => {
    const vertex = adjacency[key as keyof typeof adjacency];
    if (!vertex) throw new Error(`no vertex ${key}`);
    if (onPath.has(key)) throw new Error(`a loop answering forward: back at ${key}`);
    onPath.add(key);
    states.push(String(vertex.state.value));
    if (vertex.state.status === 'done') {
      paths.push({ events: [...events], states: [...states] });
    } else {
      const edges = Object.values(vertex.transitions);
      if (edges.length === 0) throw new Error(`dead end at ${key}`);
      // Answer edges grouped by class; one value of each class, taking turns.
      const byClass = new Map<number, typeof edges>();
      for (const edge of edges) {
        const c = isAnswer(edge.event) ? classOf(edge.event) : -1;
        byClass.set(c, [...(byClass.get(c) ?? []), edge]);
      }
      for (const [c, group] of byClass) {
        for (const edge of c === -1
          ? group
          : [inTurn(`${questionOf(group[0]?.event ?? { type: '' })}:${c}`, group)]) {
          if (!edge || keyOf(edge.state) === key) continue; // an event the state ignores
          events.push(edge.event);
          visit(keyOf(edge.state));
          events.pop();
        }
      }
    }
    states.pop();
    onPath.delete(key);
  };
  visit(initialKey);
  return paths;
}

/** The answers a path gives (a later answer to a key replaces an earlier one). */
export function answersOf<E extends { type: string }>(events: readonly E[]): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const event of events) {
    if (isAnswer(event)) answers[questionOf(event)] = (event as unknown as { value: unknown }).value;
  }
  return answers;
}

// ---------------------------------------------------------------------------------------------
// Coverage: every state and every transition of the machine definition (node.transitions and
// node.always), recorded as the explorations below fire them (xstate's inspection API reports the
// transitions of each microstep, `always` ones included).

/** Every transition the machine defines, with a readable label. */
export function transitionsOf(machine: AnyStateMachine): Map<AnyTransitionDefinition, string> {
  const all = new Map<AnyTransitionDefinition, string>();
  for (const node of Object.values(machine.root.states) as AnyStateNode[]) {
    const label = (t: AnyTransitionDefinition, event: string) => {
      const guard = t.guard as { type?: string; params?: Record<string, unknown> } | string | undefined;
      const name =
        typeof guard === 'string'
          ? guard
          : guard?.type
            ? `${guard.type}${guard.params ? JSON.stringify(guard.params) : ''}`
            : '';
      return `${node.key} --${event}${name ? ` [${name}]` : ''}--> ${(t.target ?? []).map((n) => n.key).join(',')}`;
    };
    for (const [event, list] of node.transitions) for (const t of list) all.set(t, label(t, event));
    for (const t of node.always ?? []) all.set(t, label(t, 'always'));
  }
  return all;
}

export class Coverage {
  readonly fired = new Set<AnyTransitionDefinition>();
  readonly states = new Set<string>();
  constructor(readonly machine: AnyStateMachine) {}

  /** An actor started from `snapshot` whose transitions are recorded. */
  actor<M extends AnyStateMachine>(snapshot: SnapshotFrom<M>) {
    const actor = createActor(this.machine, {
      snapshot,
      inspect: (event) => {
        if (event.type === '@xstate.microstep') {
          for (const t of (event as unknown as { _transitions: AnyTransitionDefinition[] })._transitions) {
            this.fired.add(t);
            // A state passed through at once (an `always` moving on) is entered all the same.
            for (const target of t.target ?? []) this.states.add(target.key);
          }
        }
      },
    }).start();
    this.states.add(String((actor.getSnapshot() as { value: unknown }).value));
    return {
      send: (event: { type: string; [key: string]: unknown }) => {
        actor.send(event as never);
        const next = actor.getSnapshot();
        this.states.add(String(next.value));
        return next as SnapshotFrom<M>;
      },
      snapshot: () => actor.getSnapshot() as SnapshotFrom<M>,
    };
  }

  /** Transitions the machine defines that no exploration fired; states never entered. */
  missed() {
    const all = transitionsOf(this.machine);
    return {
      transitions: [...all].filter(([t]) => !this.fired.has(t)).map(([, label]) => label),
      states: Object.keys(this.machine.root.states).filter((s) => !this.states.has(s)),
      total: all.size,
    };
  }
}

// ---------------------------------------------------------------------------------------------
// The explorations.

export interface Exploration {
  vertices: number;
  edges: number;
  paths: number;
  backChecks: number;
  changeScenarios: number;
  /** How many of the listed answer values some path gives (every class is required; see checkValues). */
  values: { seen: number; total: number };
  /** What went wrong, in words (empty when all is well), per part. */
  failures: { paths: string[]; back: string[]; change: string[]; values: string[] };
  coverage: Coverage;
}

export const LIMIT = 12;
export const note = (list: string[], text: string) => {
  if (list.length < LIMIT) list.push(text);
  else if (list.length === LIMIT) list.push('… and more');
};
export const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
export const show = (events: readonly { type: string }[]) =>
  events
    .map((e) =>
      isAnswer(e) ? `${questionOf(e)}=${JSON.stringify((e as { value?: unknown }).value)}` : e.type,
    )
    .join(' → ');

export type Vertex<S> = { state: S; transitions: Record<string, { event: { type: string }; state: S }> };

/** Back from every state reached answering forward returns to the state before it, answers kept. */
export function checkBack<S extends { value: unknown; status: string; context: { answers: unknown } }>(
  adjacency: Record<string, Vertex<S>>,
  coverage: Coverage,
  failures: string[],
) {
  let checks = 0;
  for (const vertex of Object.values(adjacency)) {
    for (const { event, state } of Object.values(vertex.transitions)) {
      if (state.status === 'done' || same(state.value, vertex.state.value)) continue;
      checks++;
      const back = coverage.actor(state as never).send({ type: 'BACK' }) as unknown as S;
      if (back.value !== vertex.state.value || !same(back.context.answers, state.context.answers)) {
        note(
          failures,
          `Back from ${state.value} (reached from ${vertex.state.value} by ${show([event])}) went to ${back.value}`,
        );
      }
    }
  }
  return checks;
}

/** Replays every edge of the forward graph with coverage recorded; the result must match the graph. */
export function replayEdges<S>(
  adjacency: Record<string, Vertex<S>>,
  coverage: Coverage,
  keyOf: (s: S) => string,
  failures: string[],
) {
  let edges = 0;
  for (const vertex of Object.values(adjacency)) {
    for (const { event, state } of Object.values(vertex.transitions)) {
      edges++;
      const next = coverage.actor(vertex.state as never).send(event) as S;
      if (keyOf(next) !== keyOf(state)) note(failures, `replaying ${show([event])} disagrees with the graph`);
    }
  }
  return edges;
}

/**
 * Every class of every question appears on some path (a question never asked, or a class whose
 * routing never lets it be answered, shows here); returns how many of all the values appear.
 */
export function checkValues(
  paths: ModelPath<{ type: string }>[],
  values: ValueClasses<string>,
  failures: string[],
) {
  const seen = new Set(paths.flatMap((p) => p.events.filter(isAnswer).map((e) => show([e]))));
  let count = 0;
  let total = 0;
  for (const [question, classes] of Object.entries(values)) {
    for (const valuesOfClass of classes) {
      const labels = valuesOfClass.map((value) => `${question}=${JSON.stringify(value)}`);
      const shown = labels.filter((label) => seen.has(label)).length;
      if (shown === 0) note(failures, `no path answers ${labels.join(' or ')}`);
      count += shown;
      total += labels.length;
    }
  }
  return { seen: count, total };
}

/**
 * Change on the check answers page, from every vertex there: Change of a question never answered
 * stays on check answers; for each question on the path, Change then Back returns to check answers
 * with the answers kept; then `scenario` once for the first value of each of that question's classes
 * (`n` counts the scenarios, from 1). Returns how many scenarios ran.
 */
function checkChanges<Q extends string, S extends ModelSnapshot>(
  adjacency: Record<string, Vertex<S>>,
  coverage: Coverage,
  failures: string[],
  model: Pick<ModelSpec<Q, S>, 'questions' | 'values' | 'onPath'>,
  scenario: (change: ChangeScenario<Q, S>) => void,
) {
  let scenarios = 0;
  for (const vertex of Object.values(adjacency)) {
    if (vertex.state.value !== 'checkAnswers') continue;
    const before = vertex.state.context.answers;
    const onPath = model.onPath(before);
    const unanswered = model.questions.find((q) => before[q] === undefined);
    if (unanswered) {
      const after = coverage.actor(vertex.state as never).send({ type: 'CHANGE', question: unanswered });
      if (after.value !== 'checkAnswers')
        note(failures, `Change ${unanswered} (never answered) went to ${after.value}`);
    }
    for (const question of onPath) {
      // Back straight after Change: to check answers, nothing changed.
      const backed = coverage.actor(vertex.state as never);
      backed.send({ type: 'CHANGE', question });
      const back = backed.send({ type: 'BACK' });
      if (back.value !== 'checkAnswers' || !same(back.context.answers, before)) {
        note(failures, `Change ${question} then Back went to ${back.value}`);
      }
      for (const value of model.values[question].map((c) => c[0])) {
        scenarios++;
        const label = `from ${JSON.stringify(before)}: Change ${question} to ${JSON.stringify(value)}`;
        scenario({ vertex, question, value, label, n: scenarios });
      }
    }
  }
  return scenarios;
}

/**
 * After a Change and the answers it made newly needed: back on check answers, no longer reviewing,
 * having stopped at exactly the `expected` pages. Otherwise noted, and false.
 */
export function backAtCheckAnswers(
  snapshot: ModelSnapshot,
  stops: string[],
  expected: string[],
  label: string,
  failures: string[],
) {
  if (snapshot.value !== 'checkAnswers' || snapshot.context.reviewing) {
    note(failures, `${label}: ended at ${snapshot.value}`);
    return false;
  }
  if (!same(stops, expected)) {
    note(
      failures,
      `${label}: asked ${stops.join(', ') || 'nothing'}; newly needed: ${expected.join(', ') || 'nothing'}`,
    );
    return false;
  }
  return true;
}

/** One Change scenario: from this check answers vertex, Change `question` to `value`. */
export interface ChangeScenario<Q extends string, S> {
  vertex: Vertex<S>;
  question: Q;
  value: unknown;
  label: string;
  /** The scenarios so far, this one included. */
  n: number;
}

/** What every exploration takes of its machine. */
export interface ModelSpec<Q extends string, S extends ModelSnapshot> {
  machine: AnyStateMachine;
  /** The forward graph (answering forward only), its vertices keyed by `key`. */
  graph: () => object;
  key: (snapshot: S) => string;
  questions: readonly Q[];
  values: ValueClasses<Q>;
  /** The questions on the path of some answers: those check answers lists, so offers to change. */
  onPath: (answers: S['context']['answers']) => Q[];
}

/**
 * One machine's exploration: every forward path to the final state (`forward` checks each); every
 * class of values answered on some path; every edge replayed; Back from every state reached; and
 * Change on check answers (`change` runs each scenario of checkChanges). Coverage is recorded
 * throughout.
 */
export function exploreModel<Q extends string, S extends ModelSnapshot>(
  spec: ModelSpec<Q, S>,
  forward: (path: ModelPath<{ type: string }>, index: number, failures: string[]) => void,
  change: (scenario: ChangeScenario<Q, S> & { coverage: Coverage; failures: string[] }) => void,
): Exploration {
  const coverage = new Coverage(spec.machine);
  const failures: Exploration['failures'] = { paths: [], back: [], change: [], values: [] };
  const adjacency = spec.graph() as unknown as Record<string, Vertex<S>>;
  const [initial] = initialTransition(spec.machine);
  const paths = pathsToFinal(adjacency as never, spec.key(initial as never), spec.values, spec.key as never);
  for (const [index, path] of paths.entries()) forward(path, index, failures.paths);
  const values = checkValues(paths as never, spec.values, failures.values);
  const edges = replayEdges(adjacency, coverage, spec.key, failures.paths);
  const backChecks = checkBack(adjacency, coverage, failures.back);
  const changeScenarios = checkChanges(adjacency, coverage, failures.change, spec, (scenario) =>
    change({ ...scenario, coverage, failures: failures.change }),
  );
  return {
    vertices: Object.keys(adjacency).length,
    edges,
    paths: paths.length,
    backChecks,
    changeScenarios,
    values,
    failures,
    coverage,
  };
}

/** A flow machine's snapshot, as the explorations read it. */
export type ModelSnapshot = {
  value: unknown;
  status: string;
  context: { answers: Record<string, unknown>; reviewing: boolean; editing: unknown };
};

export interface TriageChecks {
  /** The result for a path's answers (runTriage at a pinned time): problems in words. */
  result: (
    answers: TriageAnswers,
    index: number,
  ) => { path: string[]; emergency: boolean; problems: string[] };
}

/** The triage model: forward paths, Back, Change, and coverage of the machine's definition. */
export function exploreTriage(checks: TriageChecks): Exploration {
  const fill = (question: TriageQuestion) => triageFlow.answer(question, TRIAGE_VALUES[question][0]?.[0]);
  return exploreModel<TriageQuestion, TriageSnapshot>(
    {
      machine: triageMachine,
      graph: triageForwardGraph,
      key: triageKey,
      questions: TRIAGE_QUESTIONS,
      values: TRIAGE_VALUES,
      onPath: (answers) => triagePath(answers).asked,
    },
    // Every forward path: it ends in `result`; the engine, driving the real machine from the path's
    // answers, asks the same questions and keeps every rule.
    (path, index, failures) => {
      const answers = answersOf(path.events) as TriageAnswers;
      const asked = path.events.filter(isAnswer).map(questionOf);
      if (path.states.at(-1) !== 'result')
        note(failures, `${show(path.events)} ends in ${path.states.at(-1)}`);
      try {
        const result = checks.result(answers, index);
        if (!same(result.path, asked))
          note(failures, `${show(path.events)}: the engine asked ${result.path}`);
        if (result.emergency !== path.states.includes('emergency')) {
          note(failures, `${show(path.events)}: emergency page ${result.emergency}`);
        }
        for (const problem of result.problems) note(failures, `${show(path.events)}: ${problem}`);
      } catch (error) {
        note(failures, `${show(path.events)}: threw ${(error as Error).message}`);
      }
    },
    // Change on the check answers page, for every question of the path and a value of each class.
    ({ vertex, question, value, label, n, coverage, failures }) => {
      const before = vertex.state.context.answers;
      const actor = coverage.actor(vertex.state);
      let snapshot = actor.send({ type: 'CHANGE', question });
      if (snapshot.value !== question || snapshot.context.editing !== question) {
        note(failures, `${label}: Change showed ${snapshot.value}`);
        return;
      }
      snapshot = actor.send(triageFlow.answer(question, value));
      const stops: string[] = [];
      while (snapshot.value !== 'checkAnswers' && snapshot.status !== 'done' && stops.length < 20) {
        stops.push(String(snapshot.value));
        snapshot =
          snapshot.value === 'emergency'
            ? actor.send({ type: 'CONTINUE' })
            : actor.send(fill(snapshot.value as TriageQuestion));
      }
      const after = snapshot.context.answers;
      const newPath = triagePath(after);
      const expected = newPath.asked.filter((q) => q !== question && before[q] === undefined);
      const expectedStops = [
        ...(question === 'immediateDanger' && value === true ? ['emergency'] : []),
        ...expected,
      ];
      const backThere = backAtCheckAnswers(snapshot, stops, expectedStops, label, failures);
      if (backThere && newPath.missing !== null) {
        note(failures, `${label}: back at check answers with ${newPath.missing} unanswered`);
      } else if (backThere) {
        const done = actor.send({ type: 'CONFIRM' });
        if (done.value !== 'result') note(failures, `${label}: Confirm went to ${done.value}`);
        try {
          const result = checks.result(after, n);
          for (const problem of result.problems) note(failures, `${label}: ${problem}`);
        } catch (error) {
          note(failures, `${label}: the result threw ${(error as Error).message}`);
        }
      }
      // Back from the first newly-needed question: check answers, then Confirm must not give a
      // result on the gap but resume at that question.
      if (expected.length > 0) {
        const again = coverage.actor(vertex.state);
        again.send({ type: 'CHANGE', question });
        let s2 = again.send(triageFlow.answer(question, value));
        if (s2.value === 'emergency') s2 = again.send({ type: 'CONTINUE' });
        const gap = String(s2.value);
        s2 = again.send({ type: 'BACK' });
        if (s2.value !== 'checkAnswers') note(failures, `${label}: Back from ${gap} went to ${s2.value}`);
        s2 = again.send({ type: 'CONFIRM' });
        if (s2.value !== gap) note(failures, `${label}: Confirm with ${gap} unanswered went to ${s2.value}`);
      }
      // Back from the emergency page while reviewing: check answers.
      if (question === 'immediateDanger' && value === true && before.immediateDanger === false) {
        const again = coverage.actor(vertex.state);
        again.send({ type: 'CHANGE', question });
        again.send({ type: 'ANSWER.immediateDanger', value: true });
        const s3 = again.send({ type: 'BACK' });
        if (s3.value !== 'checkAnswers')
          note(failures, `${label}: Back from the emergency page went to ${s3.value}`);
      }
    },
  );
}

/** A professional check's result for a path's known answers: the questions it asked, problems in words. */
export interface CheckChecks<A> {
  result: (answers: A) => { asked: string[]; problems: string[] };
}
export type SaferChecks = CheckChecks<SaferAnswers>;

/** A professional check (SAFER, MARAC) as its model-based exploration takes it. */
export interface CheckModel<Q extends string, D, A> {
  machine: AnyStateMachine;
  flow: { answer: (question: Q, value: unknown) => { type: string } };
  questions: readonly Q[];
  values: ValueClasses<Q>;
  key: (snapshot: never) => string;
  graph: () => object;
  /** The questions asked for a draft, written independently of the flow table. */
  path: (draft: D) => Q[];
  /** Also hold every forward path to `path` (the MARAC model does; SAFER's Change checks use it). */
  pathsFollowRules?: boolean;
  /** The answers a draft knows ("not known yet" left out): what the check's result is for. */
  known: (draft: D) => A;
}

/** A check's model: forward paths, Back, Change, and coverage of the machine's definition. */
export function exploreCheck<Q extends string, D, A>(
  model: CheckModel<Q, D, A>,
  checks: CheckChecks<A>,
): Exploration {
  type S = ModelSnapshot & { context: { answers: D } };
  const { flow } = model;
  return exploreModel<Q, S>(
    { ...model, key: model.key as (snapshot: S) => string, onPath: model.path },
    (path, _, failures) => {
      const asked = path.events.filter(isAnswer).map(questionOf);
      if (path.states.at(-1) !== 'verdict')
        note(failures, `${show(path.events)} ends in ${path.states.at(-1)}`);
      const draft = answersOf(path.events) as D;
      if (model.pathsFollowRules && !same(model.path(draft), asked))
        note(failures, `${show(path.events)}: the flow asked ${asked}, the rules say ${model.path(draft)}`);
      try {
        const result = checks.result(model.known(draft));
        if (!same(result.asked, asked))
          note(failures, `${show(path.events)}: the engine asked ${result.asked}`);
        for (const problem of result.problems) note(failures, `${show(path.events)}: ${problem}`);
      } catch (error) {
        note(failures, `${show(path.events)}: threw ${(error as Error).message}`);
      }
    },
    ({ vertex, question, value, label, coverage, failures }) => {
      const before = vertex.state.context.answers as Record<string, unknown>;
      const actor = coverage.actor(vertex.state as never);
      let snapshot = actor.send({ type: 'CHANGE', question }) as S;
      if (snapshot.value !== question) {
        note(failures, `${label}: Change showed ${snapshot.value}`);
        return;
      }
      snapshot = actor.send(flow.answer(question, value)) as S;
      const stops: string[] = [];
      while (snapshot.value !== 'checkAnswers' && stops.length < 20) {
        stops.push(String(snapshot.value));
        snapshot = actor.send(flow.answer(snapshot.value as Q, null)) as S;
      }
      const expected = model
        .path(snapshot.context.answers)
        .filter((q) => q !== question && before[q] === undefined);
      if (backAtCheckAnswers(snapshot, stops, expected, label, failures)) {
        const done = actor.send({ type: 'CONFIRM' });
        if (done.value !== 'verdict') note(failures, `${label}: Confirm went to ${done.value}`);
        for (const problem of checks.result(model.known(snapshot.context.answers)).problems) {
          note(failures, `${label}: ${problem}`);
        }
      }
    },
  );
}

/** The SAFER model: forward paths, Back, Change, and coverage of the machine's definition. */
export function exploreSafer(checks: SaferChecks): Exploration {
  return exploreCheck(
    {
      machine: saferMachine,
      flow: saferFlow,
      questions: SAFER_QUESTIONS,
      values: SAFER_VALUES,
      key: saferKey,
      graph: saferForwardGraph,
      path: saferPath,
      known: knownSaferAnswers,
    },
    checks,
  );
}

/** The SAFER questions asked for a draft: every question, less those its answers make moot. */
export function saferPath(draft: SaferDraft): SaferQuestion[] {
  return SAFER_ORDER.filter(
    (q) =>
      !(q === 'perpetratorHasLegalAccess' && draft.perpetratorLivesThere === true) &&
      !(q === 'landlordConsent' && draft.housing === 'owner'),
  );
}
