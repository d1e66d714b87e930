/**
 * The professional MARAC threshold check (Kent & Medway): one question at a time, each answerable
 * "not known yet" (value `null`), then check answers, then the `verdict` final state. The verdict is
 * computed from the answers by `assessMarac` (marac.ts). The flow is the table below; Back, the
 * question path and the review are derived from it (flow.ts).
 *
 * Questions made moot by an earlier answer are not asked: professional judgement once a stand-alone
 * indicator is given (that alone meets its threshold), the events count once the abuse is escalating
 * (likewise), and staying at home for someone based outside Kent and Medway (no sanctuary scheme here
 * fits them).
 */
import { setup } from 'xstate';
import type { MaracAnswers, MaracQuestion } from '../schemas/marac';
import { type AnswerEvent, defineFlow, type FlowContext, type FlowEvent, type FlowTable } from './flow';
import { basedOutside, hasIndicator, isEscalating } from './marac';

/** A MARAC answer as the machine holds it: `null` means "not known yet". */
export type MaracDraft = { [K in MaracQuestion]?: MaracAnswers[K] | null };

/** Drops "not known yet": the MARAC answers contract leaves unknown keys out. */
export const knownMaracAnswers = (draft: MaracDraft): MaracAnswers =>
  Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== null && value !== undefined));

/** The named guards: the pure decision's own predicates, on the answers known so far. */
const routes = {
  hasIndicator: (a: MaracDraft) => hasIndicator(knownMaracAnswers(a)),
  isEscalating: (a: MaracDraft) => isEscalating(knownMaracAnswers(a)),
  basedOutside: (a: MaracDraft) => basedOutside(knownMaracAnswers(a)),
};
type MaracGuard = keyof typeof routes;

/** Where each question leads once answered. The order of the keys is the order of check answers. */
const MARAC_FLOW = {
  questions: {
    area: [{ target: 'dashYesCount' }],
    dashYesCount: [{ target: 'highRiskIndicators' }],
    highRiskIndicators: [
      { guard: 'hasIndicator', target: 'escalating' },
      { target: 'professionalJudgementHighRisk' },
    ],
    professionalJudgementHighRisk: [{ target: 'escalating' }],
    escalating: [
      { guard: 'isEscalating', target: 'suicideOrSelfHarmRisk' },
      { target: 'eventsInLast6Months' },
    ],
    eventsInLast6Months: [{ target: 'suicideOrSelfHarmRisk' }],
    suicideOrSelfHarmRisk: [{ guard: 'basedOutside', target: 'checkAnswers' }, { target: 'wantsToStayHome' }],
    wantsToStayHome: [{ target: 'checkAnswers' }],
  },
  pauses: {},
  final: 'verdict',
} as const satisfies FlowTable<MaracQuestion, MaracGuard, never>;

export const maracFlow = defineFlow<MaracDraft, MaracQuestion, MaracGuard>(MARAC_FLOW, routes);

export type MaracAnswerEvent = AnswerEvent<MaracDraft, MaracQuestion>;
export type MaracEvent = FlowEvent<MaracDraft, MaracQuestion>;
export type MaracContext = FlowContext<MaracDraft, MaracQuestion>;
export type MaracState = MaracQuestion | 'checkAnswers' | 'verdict';

/** The MARAC questions in the check's order. */
export const MARAC_ORDER = maracFlow.questions;

export const maracMachine = setup({
  types: {
    context: {} as MaracContext,
    events: {} as MaracEvent,
  },
  guards: maracFlow.guards,
  actions: maracFlow.actions,
}).createMachine({
  id: 'marac',
  context: maracFlow.context,
  initial: maracFlow.first,
  states: maracFlow.states,
});
