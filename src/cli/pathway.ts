/**
 * The command line (a public interface):
 *   pathway triage FILE     answers → recommendations (FILE may be - for stdin; --at ISO-TIME)
 *   pathway safer FILE      SAFER answers → verdict, criteria, alternatives
 *   pathway marac FILE      MARAC answers → verdict, thresholds, area, next steps
 *   pathway chart           writes docs/statecharts.md
 *   pathway directory       the directory as Open Referral UK JSON; --stale DAYS lists old entries
 * Bad input: exit code 2 and a message on stderr naming each field. Never a stack trace, never a
 * partial result on stdout.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { maracMachine } from '../../machines/maracMachine';
import { saferMachine } from '../../machines/saferMachine';
import { triageMachine } from '../../machines/triageMachine';
import { AnswersError, checkMarac, checkSafer, runTriage } from '../engine';
import { statechartsDocument } from './chart';
import { directoryCommand } from './directory';
import { terminalOutput } from './terminal';

export const STATECHARTS_PATH = fileURLToPath(new URL('../../docs/statecharts.md', import.meta.url));

export const statecharts = () =>
  statechartsDocument({
    'triageMachine (self-service)': triageMachine,
    'saferMachine (professional SAFER check)': saferMachine,
    'maracMachine (professional MARAC threshold check)': maracMachine,
  });

class UsageError extends Error {}

const USAGE = `usage: pathway triage FILE [--at ISO-TIME] | pathway safer FILE | pathway marac FILE | pathway chart | pathway directory [--stale DAYS]
FILE is a JSON answers object, or - to read standard input.`;

function readJson(file: string | undefined): unknown {
  if (!file) throw new UsageError(USAGE);
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${file === '-' ? 'standard input' : file}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `${file === '-' ? 'standard input' : file} is not valid JSON: ${(error as Error).message}`,
    );
  }
}

/** Every command's options, parsed once (node:util parseArgs); `--file` and `--stale` are `directory`'s. */
const OPTIONS = { at: { type: 'string' }, file: { type: 'string' }, stale: { type: 'string' } } as const;
const WANTS: Record<keyof typeof OPTIONS, string> = {
  at: 'a value',
  file: 'a value',
  stale: 'a number of days',
};

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const name = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
    const option = name.replace(/^--/, '');
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && Object.hasOwn(WANTS, option)) {
      throw new UsageError(`${name} needs ${WANTS[option as keyof typeof OPTIONS]}`);
    }
    throw new UsageError(`unknown argument ${JSON.stringify(name)}\n${USAGE}`);
  }
}

/** Runs a command; its output is made terminal-safe and bounded (terminal.ts). */
export const main = (argv: string[]) => terminalOutput(run(argv));

function run(argv: string[]): { code: number; stdout: string; stderr: string } {
  try {
    const { values, positionals: args } = parse(argv);
    const atText = values.at;
    const at = atText === undefined ? new Date() : new Date(atText);
    if (Number.isNaN(at.getTime()))
      throw new UsageError(`--at: ${JSON.stringify(atText)} is not a date and time`);
    const [command, file] = args;
    switch (command) {
      case 'triage':
        return ok(runTriage(readJson(file), { at }));
      case 'safer':
        return ok(checkSafer(readJson(file)));
      case 'marac':
        return ok(checkMarac(readJson(file)));
      case 'directory':
        return directoryCommand(args.slice(1), values, at);
      case 'chart':
        writeFileSync(STATECHARTS_PATH, statecharts());
        return { code: 0, stdout: '', stderr: `wrote ${STATECHARTS_PATH}\n` };
      default:
        throw new UsageError(USAGE);
    }
  } catch (error) {
    if (error instanceof AnswersError) {
      return { code: 2, stdout: '', stderr: `invalid answers:\n${indent(error.message)}\n` };
    }
    if (error instanceof UsageError) return { code: 2, stdout: '', stderr: `${error.message}\n` };
    return { code: 1, stdout: '', stderr: `internal error: ${(error as Error).message}\n` };
  }
}

const ok = (value: unknown) => ({ code: 0, stdout: `${JSON.stringify(value, null, 2)}\n`, stderr: '' });
const indent = (text: string) =>
  text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { code, stdout, stderr } = main(process.argv.slice(2));
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = code;
}
