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
import { maracMachine } from '../../machines/maracMachine';
import { saferMachine } from '../../machines/saferMachine';
import { triageMachine } from '../../machines/triageMachine';
import { AnswersError, checkMarac, checkSafer, runTriage } from '../engine';
import { statechartsDocument } from './chart';
import { directoryCommand } from './directory';

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

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (value === undefined) throw new UsageError(`${name} needs a value`);
  args.splice(i, 2);
  return value;
}

export function main(argv: string[]): { code: number; stdout: string; stderr: string } {
  const args = [...argv];
  try {
    const atText = option(args, '--at');
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
        return directoryCommand(args.slice(1), at);
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
