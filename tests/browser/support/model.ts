/**
 * The pages of the service as the machines define them, for the browser tests and the bench.
 *
 * - `modelEvents`: for any snapshot of either machine, the concrete events its page can send (every
 *   choice of each radio question; "none" and one option of each checkbox question), each made by the
 *   step's own form schema, so an event here is exactly what the page sends when those labels are ticked.
 * - `modelPages`: the distinct pages (question, emergency, check answers, each result wording, each
 *   SAFER verdict) and the shortest path of events from the first question to each, found by
 *   `xstate/graph`'s `getShortestPaths`. Vertices are keyed by the state and the answers the guards
 *   route on, so every guarded branch is explored and the traversal stays small.
 * - `modelTours`: the fewest paths that between them pass every page, each page assigned to one tour
 *   (so a test can drive once and check every page it passes).
 * - `answerPath`: the path a whole answers object takes (the journeys).
 * - `expectedHeading`: the `<h1>` the UI must show for a snapshot.
 */
import { createActor, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { knownMaracAnswers, type MaracEvent, maracMachine } from '../../../machines/maracMachine';
import { knownSaferAnswers, type SaferEvent, saferMachine } from '../../../machines/saferMachine';
import { type TriageEvent, triageMachine } from '../../../machines/triageMachine';
import type { SaferAnswers, SaferQuestion, TriageAnswers, TriageQuestion } from '../../../schemas/answers';
import type { MaracAnswers, MaracQuestion } from '../../../schemas/marac';
import { MARAC_VERDICT_TITLES } from '../../../src/content/marac';
import { maracStep } from '../../../src/content/maracSteps';
import { CHECK_ANSWERS, EMERGENCY_PAGE, resultWording } from '../../../src/content/results';
import { type StepCopy, saferStep, triageStep } from '../../../src/content/steps';
import { checkMarac, checkSafer } from '../../../src/engine';
import {
  type FormValue,
  formValueOf,
  maracStepSchema,
  NONE,
  NOT_KNOWN,
  saferStepSchema,
  triageStepSchema,
} from '../../../src/ui/forms';
import { verdictTitle } from '../../../src/ui/safer/VerdictPage';

export type Flow = 'triage' | 'safer' | 'marac';
export const FLOWS = ['triage', 'safer', 'marac'] as const satisfies readonly Flow[];
type TriageSnapshot = SnapshotFrom<typeof triageMachine>;
type SaferSnapshot = SnapshotFrom<typeof saferMachine>;
type MaracSnapshot = SnapshotFrom<typeof maracMachine>;
export type ModelEvent = TriageEvent | SaferEvent | MaracEvent;
export type ModelSnapshot = TriageSnapshot | SaferSnapshot | MaracSnapshot;

/** The first step of every path: the machine starting, on its first question. */
export const INIT = 'xstate.init';

/** One step of a path: the event sent, and the snapshot it leads to. */
export interface ModelStep {
  event: ModelEvent;
  state: ModelSnapshot;
}

export interface ModelPath {
  flow: Flow;
  steps: ModelStep[];
}

/** The copy of a question, as the page shows it for these answers. */
export function questionCopy(flow: Flow, question: string, answers: object): StepCopy {
  if (flow === 'marac') return maracStep(question as MaracQuestion);
  return flow === 'triage'
    ? triageStep(question as TriageQuestion, (answers as TriageAnswers).role)
    : saferStep(question as SaferQuestion);
}

/** What the step's form turns a form value into: the answer the page sends to its machine. */
function answerOf(flow: Flow, question: string, copy: StepCopy, form: FormValue): unknown {
  const schema =
    flow === 'triage'
      ? triageStepSchema(question as TriageQuestion, copy)
      : flow === 'marac'
        ? maracStepSchema(question as MaracQuestion, copy)
        : saferStepSchema(question as SaferQuestion, copy);
  const parsed = schema.safeParse({ [question]: form });
  if (!parsed.success) throw new Error(`the form of ${question} refuses ${JSON.stringify(form)}`);
  return (parsed.data as Record<string, unknown>)[question];
}

/**
 * The form values a page offers: each radio; "none", "not known" and each single checkbox; for a
 * number, "not known", a number on each side of the MARAC thresholds (13 and 14 "yes" answers; 2
 * and 3 events).
 */
function formValues(copy: StepCopy): FormValue[] {
  const all = copy.orOption ? [...copy.options, copy.orOption] : copy.options;
  if (copy.kind === 'radios') return all.map((o) => o.value);
  if (copy.kind === 'number')
    return [NOT_KNOWN, ...(copy.inputLabel?.includes('24') ? ['13', '14'] : ['2', '3'])];
  return [
    ...(copy.orOption?.value === NONE ? [[NONE]] : []),
    ...(copy.notKnown ? [[copy.notKnown.value]] : []),
    ...copy.options.slice(0, 1).map((o) => [o.value]),
  ];
}

function flowOf(snapshot: ModelSnapshot): Flow {
  const id = snapshot.machine.id;
  return id === 'triage' ? 'triage' : id === 'marac' ? 'marac' : 'safer';
}

const maracResult = (snapshot: ModelSnapshot) =>
  checkMarac(knownMaracAnswers(snapshot.context.answers as never));

/** The events the page for `snapshot` can send forward (Back and Change lead to no new page). */
export function modelEvents(snapshot: ModelSnapshot): ModelEvent[] {
  const flow = flowOf(snapshot);
  const state = String(snapshot.value);
  if (snapshot.status === 'done') return [];
  if (state === 'emergency') return [{ type: 'CONTINUE' }];
  if (state === 'checkAnswers') return [{ type: 'CONFIRM' }];
  const copy = questionCopy(flow, state, snapshot.context.answers);
  return formValues(copy).map(
    (form) => ({ type: `ANSWER.${state}`, value: answerOf(flow, state, copy, form) }) as ModelEvent,
  );
}

/** The `<h1>` of the page for a snapshot. */
export function expectedHeading(snapshot: ModelSnapshot): string {
  const flow = flowOf(snapshot);
  const state = String(snapshot.value);
  if (state === 'emergency') return EMERGENCY_PAGE.title;
  if (state === 'checkAnswers') return CHECK_ANSWERS.title;
  if (state === 'result') {
    const answers = snapshot.context.answers as TriageAnswers;
    return resultWording(answers.role, answers.ageBand === 'under-16').title;
  }
  if (state === 'verdict' && flow === 'marac') return MARAC_VERDICT_TITLES[maracResult(snapshot).verdict];
  if (state === 'verdict')
    return verdictTitle(
      checkSafer(knownSaferAnswers(snapshot.context.answers as SaferSnapshot['context']['answers'])),
    );
  return questionCopy(flow, state, snapshot.context.answers).title;
}

/** Names a page: its state, or for a result its wording, or for a verdict the verdict. */
export function pageKey(snapshot: ModelSnapshot): string {
  const flow = flowOf(snapshot);
  const state = String(snapshot.value);
  if (state === 'result') {
    const a = snapshot.context.answers as TriageAnswers;
    const who = a.ageBand === 'under-16' ? `under-16 (${a.role === 'self' ? 'self' : 'other'})` : a.role;
    return `triage result: ${who}`;
  }
  if (state === 'verdict' && flow === 'marac') {
    const result = maracResult(snapshot);
    // The page differs by verdict, and by whether it shows the way to the SAFER check.
    return `marac verdict: ${result.verdict}${result.next.some((n) => n.id === 'safer-check') ? ' (SAFER)' : ''}`;
  }
  if (state === 'verdict') {
    return `safer verdict: ${checkSafer(knownSaferAnswers(snapshot.context.answers as SaferSnapshot['context']['answers'])).verdict}`;
  }
  return `${flow} ${state}`;
}

/** What the triage guards route on: vertices that agree on these lead to the same pages. */
function triageRouting(a: TriageAnswers) {
  return [
    a.immediateDanger,
    a.role,
    a.ageBand === 'under-16',
    a.abuserLivesWithYou,
    a.safeAtHome === 'no',
    a.children,
  ];
}

function saferRouting(a: SaferSnapshot['context']['answers']) {
  // The verdict depends on every answer: key it by the verdict itself.
  return [a.perpetratorLivesThere, a.housing === 'owner', checkSafer(knownSaferAnswers(a)).verdict];
}

function maracRouting(a: MaracSnapshot['context']['answers']) {
  const result = checkMarac(knownMaracAnswers(a));
  return [
    (a.highRiskIndicators?.length ?? 0) > 0,
    a.escalating === true,
    a.area === 'outside',
    // Every status, not only the verdict: vertices that agree on the verdict so far may part later.
    ...result.thresholds.map((t) => t.status),
    result.area.status,
    a.wantsToStayHome,
  ];
}

function shortestPaths(flow: Flow): ModelPath[] {
  const forward = (_: unknown, e: ModelEvent) => e.type !== 'BACK' && e.type !== 'CHANGE';
  if (flow === 'marac') {
    return getShortestPaths(maracMachine, {
      events: (s) => modelEvents(s) as MaracEvent[],
      filterEvents: forward,
      serializeState: (s) => JSON.stringify([s.value, maracRouting(s.context.answers)]),
    }).map((p) => ({ flow, steps: p.steps as ModelStep[] }));
  }
  const paths =
    flow === 'triage'
      ? getShortestPaths(triageMachine, {
          events: (s) => modelEvents(s) as TriageEvent[],
          filterEvents: forward,
          serializeState: (s) => JSON.stringify([s.value, triageRouting(s.context.answers)]),
        })
      : getShortestPaths(saferMachine, {
          events: (s) => modelEvents(s) as SaferEvent[],
          filterEvents: forward,
          serializeState: (s) => JSON.stringify([s.value, saferRouting(s.context.answers)]),
        });
  return paths.map((p) => ({ flow, steps: p.steps as ModelStep[] }));
}

export interface ModelPage {
  key: string;
  flow: Flow;
  heading: string;
  /** The shortest path from the first question to this page (its last step's state is the page). */
  path: ModelPath;
  /** A question page (it has a form, and an error state). */
  question: boolean;
}

/** The last snapshot of a path: the page it ends on. */
export function endOf(path: ModelPath): ModelSnapshot {
  const last = path.steps.at(-1);
  if (last) return last.state;
  if (path.flow === 'marac') return createActor(maracMachine).getSnapshot();
  return path.flow === 'triage'
    ? createActor(triageMachine).getSnapshot()
    : createActor(saferMachine).getSnapshot();
}

let cache: ModelPage[] | undefined;

/** Every distinct page of both machines, each with its shortest path, in a stable order. */
export function modelPages(): ModelPage[] {
  if (cache) return cache;
  const pages = new Map<string, ModelPage>();
  for (const flow of FLOWS) {
    const paths = shortestPaths(flow).sort((a, b) => a.steps.length - b.steps.length);
    for (const path of paths) {
      const end = endOf(path);
      const key = pageKey(end);
      if (pages.has(key)) continue;
      const state = String(end.value);
      pages.set(key, {
        key,
        flow,
        heading: expectedHeading(end),
        path,
        question: !['emergency', 'checkAnswers', 'result', 'verdict'].includes(state),
      });
    }
  }
  cache = [...pages.values()];
  return cache;
}

export interface ModelTour {
  name: string;
  path: ModelPath;
  /** The pages this tour checks, by key: each page is checked on exactly one tour. */
  pages: string[];
}

/** The keys of the pages a path shows, in order, once each (the first question included). */
export function pagesAlong(path: ModelPath): string[] {
  const keys = path.steps.map((s) => pageKey(s.state));
  return [...new Set(keys)];
}

let tours: ModelTour[] | undefined;

/**
 * Few paths that between them pass every page: from the shortest paths to every vertex of both
 * machines, greedily the one that shows the most pages not yet covered (the shorter on a tie). Each
 * page is checked on the first tour that covers it, where it first appears.
 */
export function modelTours(): ModelTour[] {
  if (tours) return tours;
  const wanted = new Set(modelPages().map((p) => p.key));
  const candidates = FLOWS.flatMap((flow) => shortestPaths(flow));
  const result: ModelTour[] = [];
  while (wanted.size > 0) {
    let best: { path: ModelPath; keys: string[] } | undefined;
    for (const path of candidates) {
      const keys = pagesAlong(path).filter((k) => wanted.has(k));
      if (
        !best ||
        keys.length > best.keys.length ||
        (keys.length === best.keys.length && path.steps.length < best.path.steps.length)
      )
        best = { path, keys };
    }
    if (!best || best.keys.length === 0) throw new Error(`no path reaches ${[...wanted].join(', ')}`);
    for (const key of best.keys) wanted.delete(key);
    const end = pageKey(endOf(best.path));
    result.push({ name: `${best.path.flow} to ${end}`, path: best.path, pages: best.keys });
  }
  tours = result;
  return result;
}

/** The path a whole answers object takes through its machine: answers, Continue, Confirm. */
export function answerPath(flow: 'triage', answers: TriageAnswers): ModelPath;
export function answerPath(flow: 'safer', answers: SaferAnswers): ModelPath;
export function answerPath(flow: 'marac', answers: MaracAnswers): ModelPath;
export function answerPath(flow: Flow, answers: TriageAnswers | SaferAnswers | MaracAnswers): ModelPath {
  const actor =
    flow === 'triage'
      ? createActor(triageMachine).start()
      : flow === 'marac'
        ? createActor(maracMachine).start()
        : createActor(saferMachine).start();
  const steps: ModelStep[] = [
    { event: { type: INIT } as unknown as ModelEvent, state: actor.getSnapshot() as ModelSnapshot },
  ];
  for (let i = 0; i < 64; i++) {
    const snapshot = actor.getSnapshot() as ModelSnapshot;
    if (snapshot.status === 'done') return { flow, steps };
    const state = String(snapshot.value);
    let event: ModelEvent;
    if (state === 'emergency') event = { type: 'CONTINUE' };
    else if (state === 'checkAnswers') event = { type: 'CONFIRM' };
    else {
      const given = (answers as Record<string, unknown>)[state];
      // The checks' pages offer "Not known yet" for an area not known: the contract's "unknown".
      const value = flow !== 'triage' && state === 'area' && given === 'unknown' ? null : given;
      if (value === undefined && flow === 'triage') throw new Error(`the answers lack ${state}`);
      event = { type: `ANSWER.${state}`, value: value ?? null } as ModelEvent;
    }
    (actor as { send(e: ModelEvent): void }).send(event);
    steps.push({ event, state: actor.getSnapshot() as ModelSnapshot });
  }
  throw new Error(`the ${flow} flow did not end`);
}

/** The form values (option values) that give `answer` on a question page. */
export function formChoices(copy: StepCopy, answer: unknown): string[] {
  const value = formValueOf(copy, answer);
  const values = Array.isArray(value) ? value : value == null ? [] : [value];
  return values;
}
