/**
 * The MARAC check as a public interface: every named answer set of fixtures/marac through the library
 * and the command line (`pathway marac FILE`, in-process and as real processes, file and standard
 * input), with the verdict and each threshold's status the set names; bad input exits 2, naming each
 * field and what is allowed, with nothing on stdout. The sets together cover every verdict, every
 * threshold met alone, and every area kind.
 */
import { describe, expect, it } from 'vitest';
import { maracSets } from '../../fixtures/marac';
import { KENT_DISTRICTS } from '../../schemas/answers';
import { MARAC_VERDICTS, MaracResult, THRESHOLDS } from '../../schemas/marac';
import { main } from '../../src/cli/pathway';
import { checkMarac } from '../../src/engine';
import { expectEachCovered, expectStatuses } from '../support/answerSets';
import { expectCheckRun, runCli, STACK_LINE, tempFiles } from './cli';
import { maracProblems } from './maracInvariants';

const file = tempFiles();
const SPAWN_TIMEOUT = 60_000;

describe('the MARAC answer sets (fixtures/marac)', () => {
  it('cover every verdict, each threshold met alone, and every area kind', () => {
    expect(maracSets.length).toBeGreaterThanOrEqual(12);
    expectEachCovered(MARAC_VERDICTS, (verdict) => maracSets.some((s) => s.verdict === verdict));
    expectEachCovered(
      THRESHOLDS,
      (threshold) =>
        maracSets.some((s) => s.verdict === 'refer' && s.met.length === 1 && s.met[0] === threshold),
      (threshold) => `${threshold} met alone`,
    );
    const areas = maracSets.map((s) => s.answers.area);
    expect(areas.some((a) => (KENT_DISTRICTS as readonly (string | undefined)[]).includes(a))).toBe(true);
    for (const area of ['medway', 'outside', 'unknown', undefined]) expect(areas).toContain(area);
  });

  describe.each(maracSets)('$name', (set) => {
    const result = checkMarac(set.answers);

    it('gives its verdict, naming the thresholds met, not met and not known', () => {
      expect(MaracResult.safeParse(result).success).toBe(true);
      expect(result.verdict).toBe(set.verdict);
      expectStatuses(result.thresholds, { met: set.met, 'not-met': set.notMet, unknown: set.unknown });
      if (set.next) expect(result.next.map((n) => n.id)).toEqual(set.next);
      expect(maracProblems(set.answers, result)).toEqual([]);
    });

    it('gives the same output through the command line', () => {
      const out = main(['marac', file(`marac-${set.name}.json`, set.answers)]);
      expect(out.stderr).toBe('');
      expect(out.code).toBe(0);
      expect(JSON.parse(out.stdout)).toEqual(result);
    });
  });
});

/** Exit 2, nothing on stdout, no stack trace, and each expected line on stderr. */
function expectRefused(out: { code: number | null; stdout: string; stderr: string }, ...lines: RegExp[]) {
  expect(out.code).toBe(2);
  expect(out.stdout).toBe('');
  expect(out.stderr).not.toMatch(STACK_LINE);
  for (const line of lines) expect(out.stderr).toMatch(line);
}
const marac = (answers: unknown) =>
  main(['marac', file(`bad-${Math.random().toString(36).slice(2)}.json`, answers)]);

describe('pathway marac: bad input exits 2, each field named with what is allowed', () => {
  it('a DASH count out of range or not whole, and a negative event count', () => {
    expectRefused(
      marac({ dashYesCount: 25, eventsInLast6Months: -1 }),
      /^ {2}dashYesCount: 25 is not allowed; use a whole number from 0 to 24$/m,
      /^ {2}eventsInLast6Months: -1 is not allowed; use a whole number of 0 or more$/m,
    );
    expectRefused(
      marac({ dashYesCount: 13.5 }),
      /^ {2}dashYesCount: 13\.5 is not allowed; use a whole number from 0 to 24$/m,
    );
  });

  it('a wrong type, an unknown value and an unknown key', () => {
    expectRefused(
      marac({
        dashYesCount: '14',
        escalating: 'yes',
        area: 'kent',
        highRiskIndicators: ['knife'],
        postcode: 'ME4',
      }),
      /^ {2}dashYesCount: must be a number, not "14"$/m,
      /^ {2}escalating: must be a boolean, not "yes"$/m,
      /^ {2}area: "kent" is not allowed; use one of "ashford", .*"unknown"$/m,
      /^ {2}highRiskIndicators\.0: "knife" is not allowed; use one of "weapons", "multiple-perpetrators", "strangulation", "extreme-fear"$/m,
      /^ {2}postcode: is not a known field; use only area, dashYesCount, highRiskIndicators, .*wantsToStayHome$/m,
    );
    expectRefused(
      marac({ highRiskIndicators: ['weapons', 'weapons'] }),
      /^ {2}highRiskIndicators: each indicator at most once$/m,
    );
    expectRefused(marac([]), /\(top level\): must be an object/);
    expectRefused(main(['marac', file('broken.json', '{"area":')]), /is not valid JSON/);
    expectRefused(main(['marac']), /usage: .*pathway marac FILE/);
  });
});

describe('pathway marac as a real process', () => {
  it.concurrent.each(['stay-home-gravesham', 'outside-high-risk', 'nothing-known'])(
    'pathway marac FILE: %s',
    (name) => expectCheckRun('marac', file, maracSets, name, MaracResult, checkMarac),
    SPAWN_TIMEOUT,
  );

  it(
    'reads standard input, and exits 2 on bad input with the field named',
    async () => {
      const ok = await runCli(['marac', '-'], JSON.stringify({ area: 'medway', dashYesCount: 14 }));
      expect(ok.code).toBe(0);
      expect(JSON.parse(ok.stdout).verdict).toBe('refer');
      const bad = await runCli(['marac', '-'], JSON.stringify({ dashYesCount: -3 }));
      expectRefused(bad, /dashYesCount: -3 is not allowed/);
    },
    SPAWN_TIMEOUT,
  );
});
