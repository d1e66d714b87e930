/**
 * Runs the real command line (`tsx src/cli/pathway.ts`) as a separate process, so that tests see
 * exactly what a user or an integration sees: standard output, standard error and the exit code.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const CLI = join(ROOT, 'src/cli/pathway.ts');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], stdin?: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [CLI, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

/** A temporary folder for answer files; each test run gets its own. */
export function tempFiles() {
  const dir = mkdtempSync(join(tmpdir(), 'pathway-'));
  return (name: string, content: unknown) => {
    const file = join(dir, name);
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  };
}

/** A stack trace line, as node prints them. */
export const STACK_LINE = /^\s+at\s.+(:\d+:\d+\)?|\(native\)|<anonymous>)\s*$/m;

/**
 * `pathway <command> FILE` as a real process, on the answer set of `sets` named `name` (written with
 * `file`): it exits 0 with nothing on standard error, and prints a result `schema` accepts, with the
 * set's verdict, equal to the library's (`check`).
 */
export async function expectCheckRun<A, R extends { verdict: string }>(
  command: string,
  file: (name: string, content: unknown) => string,
  sets: readonly { name: string; answers: A; verdict: string }[],
  name: string,
  schema: { parse: (value: unknown) => R },
  check: (answers: A) => R,
) {
  const set = sets.find((s) => s.name === name);
  if (!set) throw new Error(`no set ${name}`);
  const run = await runCli([command, file(`spawn-${command}-${name}.json`, set.answers)]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const result = schema.parse(JSON.parse(run.stdout));
  expect(result.verdict).toBe(set.verdict);
  expect(result).toEqual(check(set.answers));
}
