/**
 * Builds the state config of one question of a wizard machine: answer → record it → route on;
 * Back → the previous question; and, while the person is reviewing (after "Change" on the check
 * answers page), move forward over questions already answered so that only new follow-ups are asked.
 *
 * Both machines are built from these, so "Back", "Change" and "skip what is answered" behave the same
 * in the self-service flow and the SAFER check. Each machine names its guards in `setup`, including
 * `isReviewing` and `advanceInReview` (params: the question, and the route's own guard if any).
 */

export interface Route<Guard extends string, Target extends string> {
  guard?: Guard;
  target: Target;
}

/** Typed per machine so that guard, question and state names are checked where they are used. */
export const questionStates =
  <Guard extends string, Target extends string>() =>
  <Q extends Target>(
    question: Q,
    next: readonly Route<Guard, Target>[],
    back: readonly Route<Guard, Target>[],
    /**
     * False for the first question: nothing moves on into it while reviewing (Back while reviewing
     * goes to check answers, and "Change" shows it), so skipping it could never happen.
     */
    { skipWhenReviewing = true }: { skipWhenReviewing?: boolean } = {},
  ) => {
    const answered = next.map(({ guard, target }) => ({
      guard,
      target,
      actions: { type: 'record' as const, params: { question } },
    }));
    return {
      always: skipWhenReviewing
        ? next.map(({ guard, target }) => ({
            guard: { type: 'advanceInReview' as const, params: { question, when: guard } },
            target,
          }))
        : [],
      on: {
        BACK: [{ guard: 'isReviewing' as const, target: 'checkAnswers' as Target }, ...back],
        ...({ [`ANSWER.${question}`]: answered } as { [K in `ANSWER.${Q}`]: typeof answered }),
      },
    };
  };
