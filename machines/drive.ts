/**
 * A whole answers object through a flow, as the command line, the result page and the tests take it:
 * each question the flow asks is answered from the object, in the flow's own order. Answers to
 * questions the flow does not ask are ignored. Derived from the flow tables (the walk the machines'
 * own Back and Confirm use), so no actor runs: the same route each question's machine state takes.
 */
import type { SaferAnswers, SaferQuestion, TriageAnswers, TriageQuestion } from '../schemas/answers';
import type { MaracAnswers, MaracQuestion } from '../schemas/marac';
import { maracFlow } from './maracMachine';
import { saferFlow } from './saferMachine';
import { triageFlow } from './triageMachine';

export type TriageDrive =
  | { ok: true; asked: TriageQuestion[]; answers: TriageAnswers; emergencyShown: boolean }
  | { ok: false; missing: TriageQuestion[]; asked: TriageQuestion[] };

/** Only the answers to these questions, in their order. */
function pick<A extends object, Q extends keyof A>(input: A, asked: readonly Q[]): Pick<A, Q> {
  const out: Partial<Pick<A, Q>> = {};
  for (const q of asked) if (input[q] !== undefined) out[q] = input[q];
  return out as Pick<A, Q>;
}

export function driveTriage(input: TriageAnswers): TriageDrive {
  const { asked, missing, pauses } = triageFlow.path(input);
  if (missing !== null) return { ok: false, missing: [missing], asked };
  return { ok: true, asked, answers: pick(input, asked), emergencyShown: pauses.includes('emergency') };
}

/** A professional check's drive: the questions it asked, and their answers ("not known yet" left out). */
export interface CheckDrive<A, Q extends keyof A> {
  asked: Q[];
  answers: Pick<A, Q>;
}

/** Every question of a check may be "not known yet": a missing answer is that, and the check goes on. */
export function driveCheck<A extends object, Q extends keyof A & string>(
  flow: { walk: (answers: A) => (Q | 'checkAnswers')[] },
  input: A,
): CheckDrive<A, Q> {
  const asked = flow.walk(input).filter((s): s is Q => s !== 'checkAnswers');
  return { asked, answers: pick(input, asked) };
}

export const driveSafer = (input: SaferAnswers): CheckDrive<SaferAnswers, SaferQuestion> =>
  driveCheck(saferFlow, input);
export const driveMarac = (input: MaracAnswers): CheckDrive<MaracAnswers, MaracQuestion> =>
  driveCheck(maracFlow, input);
