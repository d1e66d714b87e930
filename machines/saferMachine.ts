/**
 * The professional SAFER check: one question per criterion of the Kent SAFER sanctuary scheme, each
 * answerable "not known yet" (value `null`), then check answers, then the `verdict` final state.
 * The verdict itself is computed from the answers by `assessSafer` (safer.ts). The flow is the table
 * below; Back, the question path and the review are derived from it (flow.ts).
 */
import { SAFER_QUESTIONS, type SaferAnswers, type SaferQuestion } from '../schemas/answers';
import { defineCheck, type FlowEvent, type NotKnownDraft } from './flow';

/** A SAFER answer as the machine holds it: `null` means "not known yet". */
export type SaferDraft = NotKnownDraft<SaferAnswers>;

/**
 * The questions in the schema's order (the order of check answers), each leading to the next unless
 * a route skips one.
 */
export const saferFlow = defineCheck(
  SAFER_QUESTIONS,
  {
    perpetratorLivesThere: [{ guard: 'perpetratorLivesThere', target: 'safestOption' }],
    survivorConsents: [{ guard: 'isOwnerOccupier', target: 'referrerIsProfessional' }],
  },
  {
    /** Legal access is moot when the perpetrator lives there: that criterion already fails. */
    perpetratorLivesThere: (a: SaferDraft) => a.perpetratorLivesThere === true,
    /** An owner-occupier consents to the works for themselves: no landlord to ask. */
    isOwnerOccupier: (a: SaferDraft) => a.housing === 'owner',
  },
);
export type SaferEvent = FlowEvent<SaferDraft, SaferQuestion>;
/** The answers as the check's contract has them: "not known yet" left out. */
export const knownSaferAnswers = saferFlow.known;

/** The SAFER questions in the check's order. */
export const SAFER_ORDER = saferFlow.questions;

export const saferMachine = saferFlow.machine('safer');
