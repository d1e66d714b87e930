/**
 * The professional SAFER check: one question per criterion of the Kent SAFER sanctuary scheme, each
 * answerable "not known yet" (value `null`), then check answers, then the `verdict` final state.
 * The verdict itself is computed from the answers by `assessSafer` (safer.ts). The flow is the table
 * below; Back, the question path and the review are derived from it (flow.ts).
 */
import { setup } from 'xstate';
import type { SaferAnswers, SaferQuestion } from '../schemas/answers';
import { type AnswerEvent, defineFlow, type FlowContext, type FlowEvent, type FlowTable } from './flow';

/** A SAFER answer as the machine holds it: `null` means "not known yet". */
export type SaferDraft = { [K in SaferQuestion]?: SaferAnswers[K] | null };

/** Drops "not known yet": the SAFER answers contract leaves unknown keys out. */
export const knownSaferAnswers = (draft: SaferDraft): SaferAnswers =>
  Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== null && value !== undefined));

const routes = {
  /** Legal access is moot when the perpetrator lives there: that criterion already fails. */
  perpetratorLivesThere: (a: SaferDraft) => a.perpetratorLivesThere === true,
  /** An owner-occupier consents to the works for themselves: no landlord to ask. */
  isOwnerOccupier: (a: SaferDraft) => a.housing === 'owner',
};
type SaferGuard = keyof typeof routes;

/** Where each question leads once answered. The order of the keys is the order of check answers. */
const SAFER_FLOW = {
  questions: {
    ageBand: [{ target: 'area' }],
    area: [{ target: 'needToStayLocal' }],
    needToStayLocal: [{ target: 'housing' }],
    housing: [{ target: 'perpetratorLivesThere' }],
    perpetratorLivesThere: [
      { guard: 'perpetratorLivesThere', target: 'safestOption' },
      { target: 'perpetratorHasLegalAccess' },
    ],
    perpetratorHasLegalAccess: [{ target: 'safestOption' }],
    safestOption: [{ target: 'survivorConsents' }],
    survivorConsents: [
      { guard: 'isOwnerOccupier', target: 'referrerIsProfessional' },
      { target: 'landlordConsent' },
    ],
    landlordConsent: [{ target: 'referrerIsProfessional' }],
    referrerIsProfessional: [{ target: 'checkAnswers' }],
  },
  pauses: {},
  final: 'verdict',
} as const satisfies FlowTable<SaferQuestion, SaferGuard, never>;

export const saferFlow = defineFlow<SaferDraft, SaferQuestion, SaferGuard>(SAFER_FLOW, routes);

export type SaferAnswerEvent = AnswerEvent<SaferDraft, SaferQuestion>;
export type SaferEvent = FlowEvent<SaferDraft, SaferQuestion>;
export type SaferContext = FlowContext<SaferDraft, SaferQuestion>;
export type SaferState = SaferQuestion | 'checkAnswers' | 'verdict';

export const saferAnswersAfter = saferFlow.answersAfter;

/** The SAFER questions in the check's order. */
export const SAFER_ORDER = saferFlow.questions;

export const saferMachine = setup({
  types: {
    context: {} as SaferContext,
    events: {} as SaferEvent,
  },
  guards: saferFlow.guards,
  actions: saferFlow.actions,
}).createMachine({
  id: 'safer',
  context: saferFlow.context,
  initial: saferFlow.first,
  states: saferFlow.states,
});
