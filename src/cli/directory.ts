/**
 * `pathway directory`: the service directory for the people who keep it and for partners.
 *
 *   pathway directory [--file FILE]                     Open Referral UK 3.0 JSON on stdout
 *   pathway directory --stale DAYS [--at T] [--file F]  entries last checked more than DAYS days
 *                                                       before T (default now); exit 1 when any
 *
 * FILE defaults to fixtures/directory.json (the bundled copy); give another to check a copy before
 * publishing it as /directory.json. An invalid file exits 2 naming each field. The export itself is
 * src/directory/oruk.ts, the stale check src/directory/stale.ts; the options are parsed with the rest
 * of the command line's (pathway.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Directory } from '../../schemas/directory';
import { formatProblems, problemsOf } from '../../schemas/issues';
import { OrukDirectory } from '../../schemas/oruk';
import { orukDirectory } from '../directory/oruk';
import { londonDate, staleEntries } from '../directory/stale';

export const DIRECTORY_FIXTURE = fileURLToPath(new URL('../../fixtures/directory.json', import.meta.url));

export type CommandResult = { code: number; stdout: string; stderr: string };

const usage = (message: string): CommandResult => ({
  code: 2,
  stdout: '',
  stderr: `${message}\nusage: pathway directory [--file FILE] | pathway directory --stale DAYS [--at ISO-TIME] [--file FILE]\n`,
});

/**
 * `pathway directory …`: `rest` is what follows the word `directory` (nothing is expected), `options`
 * the command line's parsed `--file` and `--stale`, `at` its `--at`.
 */
export function directoryCommand(
  rest: string[],
  { file, stale: staleText }: { file?: string; stale?: string },
  at: Date,
): CommandResult {
  if (rest.length > 0) return usage(`unknown argument ${JSON.stringify(rest[0])}`);

  const path = file ?? DIRECTORY_FIXTURE;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return usage(`cannot read ${path} as JSON: ${(error as Error).message}`);
  }
  const parsed = Directory.safeParse(raw);
  if (!parsed.success) {
    return {
      code: 2,
      stdout: '',
      stderr: `invalid directory ${path}:\n${formatProblems(problemsOf(parsed.error, raw))
        .split('\n')
        .map((l) => `  ${l}`)
        .join('\n')}\n`,
    };
  }

  if (staleText !== undefined) {
    if (!/^\d+$/.test(staleText))
      return usage(`--stale: ${JSON.stringify(staleText)} is not a whole number of days`);
    const days = Number(staleText);
    const stale = staleEntries(parsed.data, days, at);
    const date = londonDate.format(at);
    if (stale.length === 0) {
      return { code: 0, stdout: `Every entry was checked in the ${days} days before ${date}.\n`, stderr: '' };
    }
    const width = Math.max(...stale.map((e) => e.id.length));
    const lines = stale.map(
      (e) =>
        `  ${e.id.padEnd(width)}  checked on ${e.checkedOn} (${e.daysAgo} days ago)  ${e.name}  sources: ${e.source.join(', ')}`,
    );
    const heading = `${stale.length} ${stale.length === 1 ? 'entry was' : 'entries were'} last checked more than ${days} days before ${date}:`;
    return { code: 1, stdout: `${heading}\n${lines.join('\n')}\n`, stderr: '' };
  }

  const document = orukDirectory(parsed.data);
  const checked = OrukDirectory.safeParse(document);
  if (!checked.success) {
    return {
      code: 1,
      stdout: '',
      stderr: `internal error: the export does not pass the Open Referral UK schema:\n${formatProblems(problemsOf(checked.error, document))}\n`,
    };
  }
  return { code: 0, stdout: `${JSON.stringify(document, null, 2)}\n`, stderr: '' };
}
