/**
 * Every named answer set (fixtures/answers, fixtures/safer) through the library and the command line:
 * what it must and must not recommend, what comes first, the SAFER verdict criterion by criterion,
 * and the same output from `pathway triage|safer FILE` as from runTriage/checkSafer. A few run as real
 * processes to prove standard output and the exit code. The sets together must cover every
 * destination, area kind and role.
 */
import { describe, expect, it } from 'vitest';
import { answerSets } from '../../fixtures/answers';
import { saferSets } from '../../fixtures/safer';
import { CRITERIA } from '../../machines/safer';
import { isKentDistrict, ROLES } from '../../schemas/answers';
import { DESTINATION_IDS } from '../../schemas/directory';
import { SaferResult, TriageResult } from '../../schemas/output';
import { main } from '../../src/cli/pathway';
import { checkSafer, runTriage } from '../../src/engine';
import { expectEachCovered, expectStatuses, sorted } from '../support/answerSets';
import { expectCheckRun, runCli, STACK_LINE, tempFiles } from './cli';
import { PINNED_TIMES, saferProblems, triageProblems } from './invariants';

const DEFAULT_AT = PINNED_TIMES['Monday 10:00'];
const atOf = (set: { at?: string }) => (set.at ? new Date(set.at) : DEFAULT_AT);
const file = tempFiles();

describe('the answer sets', () => {
  it('are at least 28, each named as its file', () => {
    expect(answerSets.length).toBeGreaterThanOrEqual(28);
  });

  it('between them recommend every destination', () => {
    const recommended = new Set(
      answerSets.flatMap((set) => runTriage(set.answers, { at: atOf(set) }).recommendations.map((r) => r.id)),
    );
    const promised = new Set(answerSets.flatMap((set) => set.mustRecommend));
    for (const id of DESTINATION_IDS) {
      expect(recommended.has(id), `${id} recommended by some set`).toBe(true);
      expect(promised.has(id), `${id} in some set's mustRecommend`).toBe(true);
    }
  });

  it('cover every area kind, every role, under 16 and immediate danger', () => {
    const answers = answerSets.map((set) => set.answers);
    expect(answers.some((a) => isKentDistrict(a.area))).toBe(true);
    expectEachCovered(['medway', 'outside', 'unknown', 'ashford', 'canterbury'] as const, (area) =>
      answers.some((a) => a.area === area),
    );
    expectEachCovered(ROLES, (role) => answers.some((a) => a.role === role));
    expect(answers.some((a) => a.ageBand === 'under-16')).toBe(true);
    expect(answerSets.some((set) => set.answers.immediateDanger && set.first === 'emergency-999')).toBe(true);
  });

  describe.each(answerSets)('$name', (set) => {
    const at = atOf(set);
    const result = runTriage(set.answers, { at });
    const ids = result.recommendations.map((r) => r.id);

    it('recommends what it must, not what it must not, the right one first', () => {
      expect(TriageResult.safeParse(result).success).toBe(true);
      for (const id of set.mustRecommend) expect(ids, `must recommend ${id}`).toContain(id);
      for (const id of set.mustNotRecommend) expect(ids, `must not recommend ${id}`).not.toContain(id);
      if (set.first) expect(ids[0]).toBe(set.first);
      for (const [earlier, later] of set.before ?? []) {
        expect(ids, `must recommend ${earlier}`).toContain(earlier);
        expect(ids, `must recommend ${later}`).toContain(later);
        expect(ids.indexOf(earlier), `${earlier} before ${later}`).toBeLessThan(ids.indexOf(later));
      }
    });

    it('keeps every routing rule of DOMAIN.md', () => {
      expect(triageProblems(result)).toEqual([]);
    });

    it('answers exactly the questions its path asks', () => {
      expect(sorted(result.path)).toEqual(sorted(Object.keys(set.answers)));
      expect(result.answers).toEqual(set.answers);
    });

    it('gives the same output through the command line', () => {
      const out = main(['triage', file(`${set.name}.json`, set.answers), '--at', at.toISOString()]);
      expect(out.stderr).toBe('');
      expect(out.code).toBe(0);
      expect(JSON.parse(out.stdout)).toEqual(result);
    });
  });
});

describe('the SAFER answer sets', () => {
  it('have each criterion failing alone, all met, some unknown, Medway and nothing known', () => {
    for (const criterion of CRITERIA) {
      expect(
        saferSets.some((s) => s.notMet.length === 1 && s.notMet[0] === criterion && s.unknown.length === 0),
        `${criterion} failing alone`,
      ).toBe(true);
    }
    expect(saferSets.some((s) => s.verdict === 'eligible')).toBe(true);
    expect(saferSets.some((s) => s.verdict === 'eligible-once' && s.unknown.length < CRITERIA.length)).toBe(
      true,
    );
    expect(saferSets.some((s) => s.answers.area === 'medway')).toBe(true);
    const empty = saferSets.find((s) => Object.keys(s.answers).length === 0);
    expect(empty?.verdict).toBe('eligible-once');
    expect(sorted(empty?.unknown ?? [])).toEqual(sorted(CRITERIA));
  });

  describe.each(saferSets)('$name', (set) => {
    const result = checkSafer(set.answers);

    it('gives its verdict, naming the criteria not met and not known', () => {
      expect(SaferResult.safeParse(result).success).toBe(true);
      expect(result.criteria.map((c) => c.id)).toEqual([...CRITERIA]);
      expect(result.verdict).toBe(set.verdict);
      expectStatuses(result.criteria, { 'not-met': set.notMet, unknown: set.unknown });
      if (set.alternatives)
        expect(sorted(result.alternatives.map((a) => a.id))).toEqual(sorted(set.alternatives));
      expect(saferProblems(result)).toEqual([]);
    });

    it('gives the same output through the command line', () => {
      const out = main(['safer', file(`safer-${set.name}.json`, set.answers)]);
      expect(out.stderr).toBe('');
      expect(out.code).toBe(0);
      expect(JSON.parse(out.stdout)).toEqual(result);
    });
  });
});

/** A spawned tsx takes about 1.5 s of CPU to start; much longer on a loaded machine. */
const SPAWN_TIMEOUT = 60_000;

describe('as real processes', () => {
  const triageSets = ['danger-kent-lives-with-abuser', 'under-16', 'medway-sanctuary', 'own-behaviour'];
  const safer = ['fails-lives-in-kent-medway', 'empty'];

  it.concurrent.each(triageSets)(
    'pathway triage FILE: %s',
    async (name) => {
      const set = answerSets.find((s) => s.name === name);
      if (!set) throw new Error(`no set ${name}`);
      const at = atOf(set);
      const run = await runCli(['triage', file(`spawn-${name}.json`, set.answers), '--at', at.toISOString()]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).not.toMatch(STACK_LINE);
      expect(JSON.parse(run.stdout)).toEqual(runTriage(set.answers, { at }));
    },
    SPAWN_TIMEOUT,
  );

  it.concurrent.each(safer)(
    'pathway safer FILE: %s',
    (name) => expectCheckRun('safer', file, saferSets, name, SaferResult, checkSafer),
    SPAWN_TIMEOUT,
  );
});
