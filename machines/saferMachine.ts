/**
 * The professional SAFER check: one question per criterion of the Kent SAFER sanctuary scheme, each
 * answerable "not known yet" (value `null`), then check answers, then the `verdict` final state.
 * The verdict itself is computed from the answers by `assessSafer` (safer.ts). The flow is the table
 * below; Back, the question path and the review are derived from it (flow.ts).
 */
import { SAFER_QUESTIONS, type SaferAnswers, type SaferQuestion } from '../schemas/answers';
import { defineFlow, type FlowEvent, type FlowTable, knownAnswers, type NotKnownDraft } from './flow';

/** A SAFER answer as the machine holds it: `null` means "not known yet". */
export type SaferDraft = NotKnownDraft<SaferAnswers>;
export const knownSaferAnswers = knownAnswers<SaferAnswers>;

const routes = {
  /** Legal access is moot when the perpetrator lives there: that criterion already fails. */
  perpetratorLivesThere: (a: SaferDraft) => a.perpetratorLivesThere === true,
  /** An owner-occupier consents to the works for themselves: no landlord to ask. */
  isOwnerOccupier: (a: SaferDraft) => a.housing === 'owner',
};
type SaferGuard = keyof typeof routes;

/**
 * The questions in the schema's order (the order of check answers), each leading to the next unless
 * a route below skips one.
 */
const SAFER_FLOW = {
  questions: SAFER_QUESTIONS,
  routes: {
    perpetratorLivesThere: [{ guard: 'perpetratorLivesThere', target: 'safestOption' }],
    survivorConsents: [{ guard: 'isOwnerOccupier', target: 'referrerIsProfessional' }],
  },
  final: 'verdict',
} as const satisfies FlowTable<SaferQuestion, SaferGuard, never>;

export const saferFlow = defineFlow<SaferDraft, SaferQuestion, SaferGuard>(SAFER_FLOW, routes);
export type SaferEvent = FlowEvent<SaferDraft, SaferQuestion>;

/** The SAFER questions in the check's order. */
export const SAFER_ORDER = saferFlow.questions;

export const saferMachine = saferFlow.machine('safer');
