/**
 * Model-based testing of maracMachine with `xstate/graph`, as tests/engine/model.ts does for the SAFER
 * check: every answer event listed with its value, in classes (every class explored on every path,
 * values within a class taking turns); vertices keyed by the state and the answers routing reads;
 * every forward path replayed through the engine; Back from every state; Change on check answers for
 * every question of the path and a value of each class; and the coverage of every state and
 * transition the machine defines. Plain tsx: no vitest features here.
 */
import { initialTransition, type SnapshotFrom } from 'xstate';
import { getAdjacencyMap } from 'xstate/graph';
import { driveMarac } from '../../machines/drive';
import {
  knownMaracAnswers,
  MARAC_ORDER,
  type MaracDraft,
  type MaracEvent,
  maracMachine,
} from '../../machines/maracMachine';
import { KENT_DISTRICTS } from '../../schemas/answers';
import {
  HIGH_RISK_INDICATORS,
  MARAC_QUESTIONS,
  type MaracAnswers,
  type MaracQuestion,
} from '../../schemas/marac';
import { checkMarac } from '../../src/engine';
import { maracProblems } from './maracInvariants';
import {
  answersOf,
  Coverage,
  checkBack,
  checkValues,
  type Exploration,
  forwardOnly,
  handledBy,
  isAnswer,
  note,
  pathsToFinal,
  questionOf,
  replayEdges,
  same,
  show,
  type ValueClasses,
  type Vertex,
} from './model';

type MaracSnapshot = SnapshotFrom<typeof maracMachine>;

/**
 * `null` is "not known yet". The DASH counts and event counts on either side of their thresholds, each
 * class starting at its edge (13 and 14, 2 and 3): the first value of a class is always on some path.
 */
export const MARAC_VALUES: ValueClasses<MaracQuestion> = {
  area: [[...KENT_DISTRICTS], ['medway'], ['outside'], ['unknown', null]],
  dashYesCount: [[13, 0, 5], [14, 20, 24], [null]],
  highRiskIndicators: [
    [['weapons'], ['strangulation', 'extreme-fear'], ['multiple-perpetrators'], [...HIGH_RISK_INDICATORS]],
    [[]],
    [null],
  ],
  professionalJudgementHighRisk: [[true], [false], [null]],
  escalating: [[true], [false], [null]],
  eventsInLast6Months: [[2, 0, 1], [3, 4, 10], [null]],
  suicideOrSelfHarmRisk: [[true], [false], [null]],
  wantsToStayHome: [[true], [false], [null]],
};

/** The answers the route guards read (see maracMachine's routes). */
const maracRouting = (a: MaracDraft) => [
  (a.highRiskIndicators?.length ?? 0) > 0,
  a.escalating === true,
  a.area === 'outside',
];
export const maracKey = (s: MaracSnapshot) =>
  JSON.stringify([s.value, s.context.reviewing, s.context.editing, maracRouting(s.context.answers)]);

const answerEvents = () =>
  (Object.entries(MARAC_VALUES) as [MaracQuestion, readonly (readonly unknown[])[]][]).flatMap(
    ([question, classes]) =>
      classes.flatMap((values) => values.map((value) => ({ type: `ANSWER.${question}`, value }))),
  );

export function maracForwardGraph() {
  return getAdjacencyMap(maracMachine, {
    events: handledBy(maracMachine, [...answerEvents(), { type: 'CONFIRM' }] as MaracEvent[]),
    filterEvents: forwardOnly,
    serializeState: maracKey,
  });
}

/**
 * The MARAC questions asked for a draft, written independently of the flow table: every question,
 * less professional judgement once an indicator is given, the events count once the abuse is
 * escalating, and staying at home for someone based outside Kent and Medway.
 */
export function maracPath(draft: MaracDraft): MaracQuestion[] {
  return MARAC_ORDER.filter(
    (q) =>
      !(q === 'professionalJudgementHighRisk' && (draft.highRiskIndicators?.length ?? 0) > 0) &&
      !(q === 'eventsInLast6Months' && draft.escalating === true) &&
      !(q === 'wantsToStayHome' && draft.area === 'outside'),
  );
}

export interface MaracChecks {
  result: (answers: MaracAnswers) => { asked: string[]; problems: string[] };
}

export const maracChecks: MaracChecks = {
  result: (answers) => {
    const drive = driveMarac(answers);
    const result = checkMarac(answers);
    return { asked: drive.asked, problems: maracProblems(drive.answers, result) };
  },
};

/** The MARAC model: forward paths, Back, Change, and coverage of the machine's definition. */
export function exploreMarac(checks: MaracChecks = maracChecks): Exploration {
  const coverage = new Coverage(maracMachine);
  const failures: Exploration['failures'] = { paths: [], back: [], change: [], values: [] };
  const adjacency = maracForwardGraph() as unknown as Record<string, Vertex<MaracSnapshot>>;
  const [initial] = initialTransition(maracMachine);
  const paths = pathsToFinal(adjacency as never, maracKey(initial), MARAC_VALUES, maracKey as never);

  for (const path of paths) {
    const asked = path.events.filter(isAnswer).map(questionOf);
    if (path.states.at(-1) !== 'verdict')
      note(failures.paths, `${show(path.events)} ends in ${path.states.at(-1)}`);
    const draft = answersOf(path.events) as MaracDraft;
    if (!same(maracPath(draft), asked))
      note(
        failures.paths,
        `${show(path.events)}: the flow asked ${asked}, the rules say ${maracPath(draft)}`,
      );
    try {
      const result = checks.result(knownMaracAnswers(draft));
      if (!same(result.asked, asked))
        note(failures.paths, `${show(path.events)}: the engine asked ${result.asked}`);
      for (const problem of result.problems) note(failures.paths, `${show(path.events)}: ${problem}`);
    } catch (error) {
      note(failures.paths, `${show(path.events)}: threw ${(error as Error).message}`);
    }
  }
  const values = checkValues(paths as never, MARAC_VALUES, failures.values);
  const edges = replayEdges(adjacency, coverage, maracKey, failures.paths);
  const backChecks = checkBack(adjacency, coverage, failures.back);

  let changeScenarios = 0;
  for (const vertex of Object.values(adjacency)) {
    if (vertex.state.value !== 'checkAnswers') continue;
    const before = vertex.state.context.answers;
    const onPath = maracPath(before);
    const unanswered = MARAC_QUESTIONS.find((q) => before[q] === undefined);
    if (unanswered) {
      const after = coverage.actor(vertex.state).send({ type: 'CHANGE', question: unanswered });
      if (after.value !== 'checkAnswers')
        note(failures.change, `Change ${unanswered} (never answered) went to ${after.value}`);
    }
    for (const question of onPath) {
      const backed = coverage.actor(vertex.state);
      backed.send({ type: 'CHANGE', question });
      const back = backed.send({ type: 'BACK' });
      if (back.value !== 'checkAnswers' || !same(back.context.answers, before)) {
        note(failures.change, `Change ${question} then Back went to ${back.value}`);
      }
      for (const value of MARAC_VALUES[question].map((c) => c[0])) {
        changeScenarios++;
        const label = `from ${JSON.stringify(before)}: Change ${question} to ${JSON.stringify(value)}`;
        const actor = coverage.actor(vertex.state);
        let snapshot = actor.send({ type: 'CHANGE', question });
        if (snapshot.value !== question) {
          note(failures.change, `${label}: Change showed ${snapshot.value}`);
          continue;
        }
        snapshot = actor.send({ type: `ANSWER.${question}`, value } as MaracEvent);
        const stops: string[] = [];
        while (snapshot.value !== 'checkAnswers' && stops.length < 20) {
          stops.push(String(snapshot.value));
          snapshot = actor.send({ type: `ANSWER.${String(snapshot.value)}`, value: null } as MaracEvent);
        }
        const expected = maracPath(snapshot.context.answers).filter(
          (q) => q !== question && before[q] === undefined,
        );
        if (snapshot.value !== 'checkAnswers' || snapshot.context.reviewing) {
          note(failures.change, `${label}: ended at ${snapshot.value}`);
        } else if (!same(stops, expected)) {
          note(
            failures.change,
            `${label}: asked ${stops.join(', ') || 'nothing'}; newly needed: ${expected.join(', ') || 'nothing'}`,
          );
        } else {
          const done = actor.send({ type: 'CONFIRM' });
          if (done.value !== 'verdict') note(failures.change, `${label}: Confirm went to ${done.value}`);
          for (const problem of checks.result(knownMaracAnswers(snapshot.context.answers)).problems) {
            note(failures.change, `${label}: ${problem}`);
          }
        }
      }
    }
  }
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
