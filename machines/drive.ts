/**
 * Drives a machine with a whole answers object, as the command line, the result page and the tests
 * do: each question the flow asks is answered from the object, in the flow's own order. Answers to
 * questions the flow does not ask are ignored. Pure: a fresh actor each time, nothing kept.
 */
import { createActor } from 'xstate';
import type { SaferAnswers, SaferQuestion, TriageAnswers, TriageQuestion } from '../schemas/answers';
import { type SaferDraft, type SaferEvent, saferMachine } from './saferMachine';
import { type TriageEvent, triageMachine } from './triageMachine';

export type TriageDrive =
  | { ok: true; asked: TriageQuestion[]; answers: TriageAnswers; emergencyShown: boolean }
  | { ok: false; missing: TriageQuestion[]; asked: TriageQuestion[] };

const MAX_STEPS = 64;

export function driveTriage(input: TriageAnswers): TriageDrive {
  const actor = createActor(triageMachine).start();
  const asked: TriageQuestion[] = [];
  let emergencyShown = false;
  for (let step = 0; step < MAX_STEPS; step++) {
    const snapshot = actor.getSnapshot();
    if (snapshot.status === 'done') {
      const answers = Object.fromEntries(asked.map((q) => [q, input[q]])) as TriageAnswers;
      return { ok: true, asked, answers, emergencyShown };
    }
    const state = snapshot.value;
    if (state === 'emergency') {
      emergencyShown = true;
      actor.send({ type: 'CONTINUE' });
    } else if (state === 'checkAnswers') {
      actor.send({ type: 'CONFIRM' });
    } else {
      const question = state as TriageQuestion;
      const value = input[question];
      if (value === undefined) return { ok: false, missing: [question], asked };
      asked.push(question);
      actor.send({ type: `ANSWER.${question}`, value } as TriageEvent);
    }
  }
  throw new Error('the triage flow did not end: a loop in triageMachine');
}

export interface SaferDrive {
  asked: SaferQuestion[];
  /** The answers the check asked for, "not known yet" left out. */
  answers: SaferAnswers;
}

export function driveSafer(input: SaferAnswers): SaferDrive {
  const actor = createActor(saferMachine).start();
  const asked: SaferQuestion[] = [];
  for (let step = 0; step < MAX_STEPS; step++) {
    const snapshot = actor.getSnapshot();
    if (snapshot.status === 'done') {
      const answers: SaferAnswers = {};
      for (const q of asked) if (input[q] !== undefined) Object.assign(answers, { [q]: input[q] });
      return { asked, answers };
    }
    const state = snapshot.value;
    if (state === 'checkAnswers') {
      actor.send({ type: 'CONFIRM' });
    } else {
      const question = state as SaferQuestion;
      asked.push(question);
      const value: SaferDraft[SaferQuestion] = input[question] ?? null;
      actor.send({ type: `ANSWER.${question}`, value } as SaferEvent);
    }
  }
  throw new Error('the SAFER check did not end: a loop in saferMachine');
}
