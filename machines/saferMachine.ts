/**
 * The professional SAFER check: one question per criterion of the Kent SAFER sanctuary scheme, each
 * answerable "not known yet" (value `null`), then check answers, then the `verdict` final state.
 * The verdict itself is computed from the answers by `assessSafer` (safer.ts).
 */
import { assertEvent, assign, setup } from 'xstate';
import type { SaferAnswers, SaferQuestion } from '../schemas/answers';
import { questionStates } from './questionState';

/** A SAFER answer as the machine holds it: `null` means "not known yet". */
export type SaferDraft = { [K in SaferQuestion]?: SaferAnswers[K] | null };

export type SaferAnswerEvent = {
  [K in SaferQuestion]: { type: `ANSWER.${K}`; value: NonNullable<SaferAnswers[K]> | null };
}[SaferQuestion];

export type SaferEvent =
  | SaferAnswerEvent
  | { type: 'BACK' }
  | { type: 'CONFIRM' }
  | { type: 'CHANGE'; question: SaferQuestion };

export interface SaferContext {
  answers: SaferDraft;
  reviewing: boolean;
  editing: SaferQuestion | null;
}

const isAnswer = (event: SaferEvent): event is SaferAnswerEvent => event.type.startsWith('ANSWER.');

export const saferAnswersAfter = (context: SaferContext, event: SaferEvent): SaferDraft =>
  isAnswer(event) ? { ...context.answers, [event.type.slice(7)]: event.value } : context.answers;

/** Drops "not known yet": the SAFER answers contract leaves unknown keys out. */
export const knownSaferAnswers = (draft: SaferDraft): SaferAnswers =>
  Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== null && value !== undefined));

type SaferGuard = 'perpetratorLivesThere' | 'isOwnerOccupier';
export type SaferState = SaferQuestion | 'checkAnswers' | 'verdict';
const questionState = questionStates<SaferGuard, SaferState>();

const routeGuards: Record<SaferGuard, (args: { context: SaferContext; event: SaferEvent }) => boolean> = {
  /** Legal access is moot when the perpetrator lives there: that criterion already fails. */
  perpetratorLivesThere: ({ context, event }) =>
    saferAnswersAfter(context, event).perpetratorLivesThere === true,
  /** An owner-occupier consents to the works for themselves: no landlord to ask. */
  isOwnerOccupier: ({ context, event }) => saferAnswersAfter(context, event).housing === 'owner',
};

export const SAFER_ORDER = [
  'ageBand',
  'area',
  'needToStayLocal',
  'housing',
  'perpetratorLivesThere',
  'perpetratorHasLegalAccess',
  'safestOption',
  'survivorConsents',
  'landlordConsent',
  'referrerIsProfessional',
] as const satisfies readonly SaferQuestion[];

export const saferMachine = setup({
  types: {
    context: {} as SaferContext,
    events: {} as SaferEvent,
  },
  guards: {
    ...routeGuards,
    isReviewing: ({ context }) => context.reviewing,
    advanceInReview: ({ context, event }, params: { question: SaferQuestion; when?: SaferGuard }) =>
      context.reviewing &&
      context.editing !== params.question &&
      context.answers[params.question] !== undefined &&
      (params.when === undefined || routeGuards[params.when]({ context, event })),
    /** "Change" applies to a question already answered ("not known yet" included). */
    changes: ({ context, event }, params: { question: SaferQuestion }) =>
      event.type === 'CHANGE' &&
      event.question === params.question &&
      context.answers[params.question] !== undefined,
  },
  actions: {
    record: assign(({ context, event }, params: { question: SaferQuestion }) => {
      if (!isAnswer(event) || event.type !== `ANSWER.${params.question}`) return {};
      return { answers: saferAnswersAfter(context, event), editing: null };
    }),
    startReview: assign(({ event }) => {
      assertEvent(event, 'CHANGE');
      return { reviewing: true, editing: event.question };
    }),
    endReview: assign({ reviewing: false, editing: null }),
  },
}).createMachine({
  id: 'safer',
  context: { answers: {}, reviewing: false, editing: null },
  initial: 'ageBand',
  states: {
    ageBand: questionState('ageBand', [{ target: 'area' }], [], { skipWhenReviewing: false }),
    area: questionState('area', [{ target: 'needToStayLocal' }], [{ target: 'ageBand' }]),
    needToStayLocal: questionState('needToStayLocal', [{ target: 'housing' }], [{ target: 'area' }]),
    housing: questionState('housing', [{ target: 'perpetratorLivesThere' }], [{ target: 'needToStayLocal' }]),
    perpetratorLivesThere: questionState(
      'perpetratorLivesThere',
      [{ guard: 'perpetratorLivesThere', target: 'safestOption' }, { target: 'perpetratorHasLegalAccess' }],
      [{ target: 'housing' }],
    ),
    perpetratorHasLegalAccess: questionState(
      'perpetratorHasLegalAccess',
      [{ target: 'safestOption' }],
      [{ target: 'perpetratorLivesThere' }],
    ),
    safestOption: questionState(
      'safestOption',
      [{ target: 'survivorConsents' }],
      [
        { guard: 'perpetratorLivesThere', target: 'perpetratorLivesThere' },
        { target: 'perpetratorHasLegalAccess' },
      ],
    ),
    survivorConsents: questionState(
      'survivorConsents',
      [{ guard: 'isOwnerOccupier', target: 'referrerIsProfessional' }, { target: 'landlordConsent' }],
      [{ target: 'safestOption' }],
    ),
    landlordConsent: questionState(
      'landlordConsent',
      [{ target: 'referrerIsProfessional' }],
      [{ target: 'survivorConsents' }],
    ),
    referrerIsProfessional: questionState(
      'referrerIsProfessional',
      [{ target: 'checkAnswers' }],
      [{ guard: 'isOwnerOccupier', target: 'survivorConsents' }, { target: 'landlordConsent' }],
    ),
    checkAnswers: {
      entry: 'endReview',
      on: {
        CONFIRM: { target: 'verdict' },
        BACK: { target: 'referrerIsProfessional' },
        CHANGE: SAFER_ORDER.map((question) => ({
          guard: { type: 'changes', params: { question } } as const,
          target: question,
          actions: 'startReview' as const,
        })),
      },
    },
    verdict: { type: 'final' },
  },
});
