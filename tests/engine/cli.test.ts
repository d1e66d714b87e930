/**
 * The command line as a public interface: bad input exits 2 with a message on stderr that names each
 * field and what is allowed, and nothing on stdout; `-` reads standard input; `--at` pins "open now";
 * never a stack trace. Most cases call `main()` (the same function the process runs); the ones that
 * need a real process (standard input, exit code, output streams) spawn it.
 */
import { describe, expect, it } from 'vitest';
import { answerSet } from '../../fixtures/answers';
import { saferSet } from '../../fixtures/safer';
import { TRIAGE_QUESTIONS } from '../../schemas/answers';
import { TriageResult } from '../../schemas/output';
import { main } from '../../src/cli/pathway';
import { runTriage } from '../../src/engine';
import { runCli, STACK_LINE, tempFiles } from './cli';
import { PINNED_TIMES } from './invariants';

const file = tempFiles();
const SPAWN_TIMEOUT = 60_000;
const complete = answerSet('safer-fits-dover').answers;

/** Runs `pathway triage|safer FILE` in-process with `answers` written to a file. */
const withAnswers = (command: 'triage' | 'safer', answers: unknown, ...rest: string[]) =>
  main([command, file(`${command}-${Math.random().toString(36).slice(2)}.json`, answers), ...rest]);

/** Exit 2, nothing on stdout, no stack trace, and each expected line on stderr. */
function expectRefused(out: { code: number | null; stdout: string; stderr: string }, ...lines: RegExp[]) {
  expect(out.code).toBe(2);
  expect(out.stdout).toBe('');
  expect(out.stderr).not.toMatch(STACK_LINE);
  for (const line of lines) expect(out.stderr).toMatch(line);
}

describe('bad input: exit 2, each field named with what is allowed, nothing on stdout', () => {
  it('invalid JSON', () => {
    expectRefused(main(['triage', file('broken.json', '{"role": "self",')]), /is not valid JSON/);
    expectRefused(main(['safer', file('empty.json', '')]), /is not valid JSON/);
  });

  it('an unknown value', () => {
    expectRefused(
      withAnswers('triage', { ...complete, area: 'kent' }),
      /^ {2}area: "kent" is not allowed; use one of "ashford", .*"medway", "outside", "unknown"$/m,
    );
    expectRefused(
      withAnswers('triage', { ...complete, wants: ['secure-home', 'move'] }),
      /^ {2}wants\.1: "move" is not allowed; use one of "talk-now", .*"recovery-groups"$/m,
    );
    expectRefused(
      withAnswers('safer', { landlordConsent: 'maybe' }),
      /^ {2}landlordConsent: "maybe" is not allowed; use one of "yes", "no", "pending", "owner-occupier"$/m,
    );
  });

  it('a wrong type', () => {
    expectRefused(
      withAnswers('triage', { ...complete, immediateDanger: 'no' }),
      /^ {2}immediateDanger: must be a boolean, not "no"$/m,
    );
    expectRefused(
      withAnswers('triage', { ...complete, riskSigns: 'weapon' }),
      /^ {2}riskSigns: must be an array/m,
    );
    expectRefused(
      withAnswers('safer', { needToStayLocal: 1 }),
      /^ {2}needToStayLocal: must be a boolean, not 1$/m,
    );
    expectRefused(withAnswers('triage', [complete]), /\(top level\): must be an object/);
    expectRefused(withAnswers('safer', null), /\(top level\): must be an object, not null/);
  });

  it('contradictory SAFER answers: a tenant whose landlord answer is owner-occupier, naming both fields', () => {
    for (const housing of ['private-rented', 'social-rented', 'temporary'] as const) {
      expectRefused(
        withAnswers('safer', { ...saferSet('all-met').answers, housing, landlordConsent: 'owner-occupier' }),
        new RegExp(`^ {2}housing: housing "${housing}" and landlordConsent "owner-occupier" contradict`, 'm'),
        /^ {2}landlordConsent: housing ".*" and landlordConsent "owner-occupier" contradict/m,
      );
    }
    // An owner answering owner-occupier, or housing not known: no contradiction.
    const owner = withAnswers('safer', {
      ...saferSet('all-met').answers,
      housing: 'owner',
      landlordConsent: 'owner-occupier',
    });
    expect(owner.code).toBe(0);
    const { housing: _, ...noHousing } = saferSet('all-met').answers;
    expect(withAnswers('safer', { ...noHousing, landlordConsent: 'owner-occupier' }).code).toBe(0);
  });

  it('an unknown key, naming the keys that are allowed', () => {
    const out = withAnswers('triage', { ...complete, postcode: 'TN23' });
    expectRefused(out, /^ {2}postcode: is not a known field; use only immediateDanger, role, area, /m);
    for (const key of TRIAGE_QUESTIONS) expect(out.stderr).toContain(key);
    expectRefused(
      withAnswers('safer', { ...saferSet('all-met').answers, role: 'professional' }),
      /^ {2}role: is not a known field; use only ageBand, area, needToStayLocal, .*referrerIsProfessional$/m,
    );
  });

  it('a question the flow asks left unanswered, naming what it accepts', () => {
    const { area: _, ...noArea } = complete;
    expectRefused(
      withAnswers('triage', noArea),
      /^ {2}area: is not answered, and the flow asks it here: use one of "ashford", .*"unknown"$/m,
    );
    const { abuserHasAccess: __, ...noAccess } = complete;
    expectRefused(
      withAnswers('triage', noAccess),
      /^ {2}abuserHasAccess: is not answered, and the flow asks it here: use one of "yes", "no", "unsure"$/m,
    );
    expectRefused(
      withAnswers('triage', {
        immediateDanger: false,
        role: 'self',
        area: 'dover',
        ageBand: '18-plus',
        gender: 'female',
      }),
      /^ {2}abuserLivesWithYou: is not answered, and the flow asks it here: use true or false$/m,
    );
    // A friend or relative is asked the gender of the person they are worried about.
    expectRefused(
      withAnswers('triage', {
        immediateDanger: false,
        role: 'someone-else',
        area: 'dover',
        ageBand: '18-plus',
      }),
      /^ {2}gender: is not answered, and the flow asks it here: use one of "female", "male", "other", "prefer-not-to-say"$/m,
    );
    expectRefused(withAnswers('triage', {}), /^ {2}immediateDanger: is not answered.*: use true or false$/m);
  });

  it('a deeply nested or very long value: described briefly, never a crash', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    expectRefused(
      main(['safer', file('deep.json', deep)]),
      /^ {2}\(top level\): must be an object, not \[…\]$/m,
    );
    const out = withAnswers('triage', { ...complete, role: 'x'.repeat(100_000) });
    expectRefused(out, /^ {2}role: "x+… is not allowed; use one of "self"/m);
    expect(out.stderr.length).toBeLessThan(400);
  });

  it('several problems at once: each field named on its own line', () => {
    const out = withAnswers('triage', { ...complete, role: 'victim', children: 'yes', colour: 'blue' });
    expectRefused(
      out,
      /^ {2}role: "victim" is not allowed/m,
      /^ {2}children: must be a boolean/m,
      /^ {2}colour: /m,
    );
  });

  it('ignores answers to questions the flow does not ask', () => {
    const out = withAnswers('triage', {
      ...answerSet('own-behaviour').answers,
      housing: 'owner',
      gender: 'male',
      // Own behaviour: the children question is no longer asked (nothing it could change).
      children: true,
    });
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout).answers).toEqual(answerSet('own-behaviour').answers);
  });

  it('a file that cannot be read, a bad --at, no file, an unknown command', () => {
    expectRefused(main(['triage', '/nonexistent/answers.json']), /cannot read \/nonexistent\/answers\.json/);
    expectRefused(
      withAnswers('triage', complete, '--at', 'tomorrow'),
      /--at: "tomorrow" is not a date and time/,
    );
    expectRefused(withAnswers('triage', complete, '--at'), /--at needs a value/);
    expectRefused(main(['triage']), /^usage: pathway triage FILE/m);
    expectRefused(main(['recommend', 'x.json']), /^usage: /m);
    expectRefused(main([]), /^usage: /m);
  });
});

describe('--at', () => {
  it('works out "open now" for the time given', () => {
    const at = (time: Date) => JSON.parse(withAnswers('triage', complete, '--at', time.toISOString()).stdout);
    const weekday = TriageResult.parse(at(PINNED_TIMES['Monday 10:00']));
    const night = TriageResult.parse(at(PINNED_TIMES['Sunday 03:00']));
    const victimSupport = (r: TriageResult) => r.recommendations.find((x) => x.id === 'victim-support');
    expect(weekday.at).toBe('2026-11-23T10:00:00.000Z');
    expect(victimSupport(weekday)?.openNow).toBe(true);
    expect(night.at).toBe('2026-11-29T03:00:00.000Z');
    // Victim Support's day line is closed on a Sunday night; its 24-hour line (0808 168 9111) is open.
    expect(victimSupport(night)?.openNow).toBe(true);
    const helpline = (r: TriageResult) => r.recommendations.find((x) => x.id === 'national-da-helpline');
    expect(helpline(night)).toMatchObject({ openNow: true, open24Hours: true });
  });

  it('may come before the command, and takes any ISO time with an offset', () => {
    const out = main(['--at', '2026-11-24T10:30:00+00:00', 'triage', file('at-first.json', complete)]);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout).at).toBe('2026-11-24T10:30:00.000Z');
  });
});

describe('as a real process', () => {
  it(
    '`-` reads the answers from standard input, prints JSON on stdout and exits 0',
    async () => {
      const at = PINNED_TIMES['Friday 21:00'];
      const run = await runCli(['triage', '-', '--at', at.toISOString()], JSON.stringify(complete));
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual(runTriage(complete, { at }));
    },
    SPAWN_TIMEOUT,
  );

  it(
    'safer - reads standard input',
    async () => {
      const run = await runCli(['safer', '-'], JSON.stringify(saferSet('fails-age').answers));
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).verdict).toBe('not-eligible');
    },
    SPAWN_TIMEOUT,
  );

  it.concurrent.each([
    ['invalid JSON', 'triage', '{"role":', /standard input is not valid JSON/],
    ['empty input', 'safer', '', /standard input is not valid JSON/],
    [
      'an unknown value',
      'triage',
      JSON.stringify({ ...complete, safeAtHome: 'maybe' }),
      /safeAtHome: "maybe"/,
    ],
    ['a prototype key', 'triage', '{"__proto__":{"role":"self"}}', /__proto__: is not a known field/],
    ['deep nesting', 'safer', `${'['.repeat(5000)}${']'.repeat(5000)}`, /\(top level\): must be an object/],
    ['binary garbage', 'triage', '\u0000\u00ff\u00fe{', /standard input is not valid JSON/],
  ])(
    '%s: exit 2, message on stderr, empty stdout, no stack trace',
    async (_, command, stdin, message) => {
      const run = await runCli([command, '-'], stdin);
      expectRefused(run, message);
    },
    SPAWN_TIMEOUT,
  );
});
