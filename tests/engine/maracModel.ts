/**
 * Model-based testing of maracMachine with `xstate/graph`, as tests/engine/model.ts does for the SAFER
 * check: every answer event listed with its value, in classes (every class explored on every path,
 * values within a class taking turns); vertices keyed by the state and the answers routing reads;
 * every forward path replayed through the engine; Back from every state; Change on check answers for
 * every question of the path and a value of each class; and the coverage of every state and
 * transition the machine defines. Plain tsx: no vitest features here.
 */
import type { SnapshotFrom } from 'xstate';
import { getAdjacencyMap } from 'xstate/graph';
import { driveMarac } from '../../machines/drive';
import {
  knownMaracAnswers,
  MARAC_ORDER,
  type MaracDraft,
  type MaracEvent,
  maracFlow,
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
  type CheckChecks,
  type Exploration,
  exploreCheck,
  forwardOnly,
  handledBy,
  type ValueClasses,
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

export type MaracChecks = CheckChecks<MaracAnswers>;

export const maracChecks: MaracChecks = {
  result: (answers) => {
    const drive = driveMarac(answers);
    const result = checkMarac(answers);
    return { asked: drive.asked, problems: maracProblems(drive.answers, result) };
  },
};

/** The MARAC model: forward paths, Back, Change, and coverage of the machine's definition. */
export function exploreMarac(checks: MaracChecks = maracChecks): Exploration {
  return exploreCheck(
    {
      machine: maracMachine,
      flow: maracFlow,
      questions: MARAC_QUESTIONS,
      values: MARAC_VALUES,
      key: maracKey,
      graph: maracForwardGraph,
      path: maracPath,
      pathsFollowRules: true,
      known: knownMaracAnswers,
    },
    checks,
  );
}
