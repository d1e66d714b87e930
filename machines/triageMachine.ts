/**
 * The self-service flow. Immediate danger is asked first (a yes reaches the emergency page, and the
 * person may continue), then role, area, age, and only the questions that matter for that person.
 * It ends in the `result` final state; recommendations are derived from its answers (recommend.ts).
 *
 * States that ask a question are named after the answers key they ask (`area` asks `area`), and
 * each accepts `ANSWER.<key>` with the value. The flow is the table below; Back, the question path
 * and the review are derived from it (flow.ts). No copy, no invoke, no delays: a pure decision chart.
 */
import { TRIAGE_QUESTIONS, type TriageAnswers, type TriageQuestion } from '../schemas/answers';
import { defineFlow, type FlowEvent, type FlowTable } from './flow';
import * as is from './predicates';

/** The predicates that route between questions, over the answers. */
const routes = {
  inDanger: is.inDanger,
  isOwnBehaviour: is.isOwnBehaviour,
  isSomeoneElse: is.isSomeoneElse,
  isUnder16: is.isUnder16,
  abuserLivesElsewhere: is.abuserLivesElsewhere,
  notSafeAtHome: is.notSafeAtHome,
  /** A key or a legal right, or not sure: whether it is a legal right is asked next. */
  abuserMayHaveAccess: is.abuserMayHaveAccess,
  asksAboutChildRemoval: (a: TriageAnswers) => is.hasChildren(a) && is.asksAboutHome(a),
};
type TriageGuard = keyof typeof routes;

/**
 * The questions in the schema's order (the order of the check answers page), each leading to the
 * next unless its routes below say otherwise: the first route whose guard holds.
 */
const TRIAGE_FLOW = {
  questions: TRIAGE_QUESTIONS,
  routes: {
    immediateDanger: [{ guard: 'inDanger', target: 'emergency' }],
    // Someone worried about their own behaviour: the Respect Phoneline whatever else; nothing else
    // they could answer changes the result, so nothing else is asked.
    area: [{ guard: 'isOwnBehaviour', target: 'communication' }],
    ageBand: [{ guard: 'isUnder16', target: 'communication' }],
    // A friend or relative answers gender about the person they are worried about (DAVE, the Men's
    // Advice Line), and then what they can know: what is happening, not the home's keys.
    gender: [{ guard: 'isSomeoneElse', target: 'abuseTypes' }],
    abuserLivesWithYou: [
      { guard: 'abuserLivesElsewhere', target: 'abuserHasAccess' },
      { target: 'safeAtHome' },
    ],
    abuserHasAccess: [
      { guard: 'abuserMayHaveAccess', target: 'accessIsLegalRight' },
      { target: 'safeAtHome' },
    ],
    safeAtHome: [{ guard: 'notSafeAtHome', target: 'abuseTypes' }],
    children: [{ guard: 'asksAboutChildRemoval', target: 'worriedChildRemoved' }, { target: 'wants' }],
  },
  /** The emergency page asks nothing: Continue goes on to role. */
  pauses: { emergency: 'role' },
  final: 'result',
  // Not `immediateDanger`: answered yes, it would move straight on to the emergency page again.
  resumeAt: 'role',
} as const satisfies FlowTable<TriageQuestion, TriageGuard, 'emergency'>;

export const triageFlow = defineFlow<TriageAnswers, TriageQuestion, TriageGuard, 'emergency'>(
  TRIAGE_FLOW,
  routes,
);

export type TriageEvent = FlowEvent<TriageAnswers, TriageQuestion>;

/**
 * The questions the flow asks for these answers, in order, and the first one not yet answered
 * (`missing`, null when every question on the path is answered). The emergency page asks nothing.
 */
export function triagePath(answers: TriageAnswers): {
  asked: TriageQuestion[];
  missing: TriageQuestion | null;
} {
  const { asked, missing } = triageFlow.path(answers);
  return { asked, missing };
}

export const triageMachine = triageFlow.machine('triage');
