/**
 * What the model-based exploration checks on each path: the engine's result for the path's answers
 * (runTriage at a pinned time, checkSafer) against the rules of DOMAIN.md. Shared by
 * tests/engine/model.test.ts and `npm run bench`.
 */
import { driveSafer } from '../../machines/drive';
import { assessSafer } from '../../machines/safer';
import { saferContradictions } from '../../schemas/answers';
import { AnswersError, checkSafer, runTriage } from '../../src/engine';
import { PINNED_TIMES, saferAgainstDomain, triageProblems } from './invariants';
import type { SaferChecks, TriageChecks } from './model';

const TIMES = Object.values(PINNED_TIMES);

export const triageChecks: TriageChecks = {
  result: (answers, index) => {
    const result = runTriage(answers, { at: TIMES[index % TIMES.length] });
    return { path: result.path, emergency: result.emergency, problems: triageProblems(result) };
  },
};

export const saferChecks: SaferChecks = {
  result: (answers) => {
    const drive = driveSafer(answers);
    // Answers that contradict each other (a tenant "owner-occupier"): refused, naming both fields.
    const contradictions = saferContradictions(drive.answers);
    if (contradictions.length > 0) {
      const expected = contradictions.flatMap((c) => c.fields);
      try {
        checkSafer(answers);
        return {
          asked: drive.asked,
          problems: [`contradictory answers accepted: ${expected.join(' and ')}`],
        };
      } catch (error) {
        const named = error instanceof AnswersError ? error.problems.map((p) => p.field) : [];
        const ok = expected.every((field) => named.includes(field));
        return {
          asked: drive.asked,
          problems: ok ? [] : [`contradictory answers: expected an error naming ${expected.join(' and ')}`],
        };
      }
    }
    const result = checkSafer(answers);
    const problems = saferAgainstDomain(drive.answers, result);
    const verdict = assessSafer(drive.answers).verdict;
    if (result.verdict !== verdict) problems.push(`verdict ${result.verdict}, assessSafer says ${verdict}`);
    return { asked: drive.asked, problems };
  },
};
