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
import { MARAC_QUESTIONS, type MaracAnswers, type MaracQuestion } from '../schemas/marac';
import { defineCheck, type FlowEvent, type NotKnownDraft } from './flow';
import { basedOutside, hasIndicator, isEscalating } from './marac';

/** A MARAC answer as the machine holds it: `null` means "not known yet". */
export type MaracDraft = NotKnownDraft<MaracAnswers>;

/**
 * The questions in the schema's order (the order of check answers), each leading to the next unless
 * a route skips one. The guards are the pure decision's own predicates, on the answers known so far.
 */
export const maracFlow = defineCheck(
  MARAC_QUESTIONS,
  {
    highRiskIndicators: [{ guard: 'hasIndicator', target: 'escalating' }],
    escalating: [{ guard: 'isEscalating', target: 'suicideOrSelfHarmRisk' }],
    suicideOrSelfHarmRisk: [{ guard: 'basedOutside', target: 'checkAnswers' }],
  },
  { hasIndicator, isEscalating, basedOutside },
);
export type MaracEvent = FlowEvent<MaracDraft, MaracQuestion>;
/** The answers as the check's contract has them: "not known yet" left out. */
export const knownMaracAnswers = maracFlow.known;

/** The MARAC questions in the check's order. */
export const MARAC_ORDER = maracFlow.questions;

export const maracMachine = maracFlow.machine('marac');
