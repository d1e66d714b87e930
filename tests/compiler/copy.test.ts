/**
 * The compiler checks the copy: a value of the answers contract or of the SAFER check renamed or
 * removed without its copy (or copy without its value) fails `tsc`. Each case copies schemas/ and
 * src/content/ to a temporary folder, makes one such mistake there, and type-checks the copy files
 * with the project's own compiler options; the unchanged copy must pass, each mistake must fail with
 * the error that names it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Type-checks the copy files after `edit` changed `file`; returns tsc's output ('' when clean). */
function typecheckWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'copy-check-'));
  folders.push(dir);
  for (const folder of ['schemas', 'src/content'])
    cpSync(join(root, folder), join(dir, folder), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8'));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { ...compilerOptions, types: [] },
      files: ['src/content/steps.ts', 'src/content/safer.ts'],
    }),
  );
  if (file) {
    const before = readFileSync(join(dir, file), 'utf8');
    const after = edit(before);
    expect(after, `the edit changes ${file}`).not.toBe(before);
    writeFileSync(join(dir, file), after);
  }
  try {
    execFileSync(process.execPath, [tsc, '--noEmit', '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

const TIMEOUT = 120_000;

describe('the compiler checks the copy', () => {
  it('passes on the copy as it is', () => expect(typecheckWith('', (t) => t)).toBe(''), TIMEOUT);

  it(
    'fails when an answer option is removed from the schema but its copy stays',
    () => {
      const out = typecheckWith('schemas/answers.ts', (t) => t.replace("  'economic',\n", ''));
      expect(out).toMatch(
        /src\/content\/steps\.ts\(\d+,\d+\): error TS\d+: Type '"economic"' is not assignable/,
      );
    },
    TIMEOUT,
  );

  it(
    'fails when an answer option loses its copy',
    () => {
      const out = typecheckWith('src/content/steps.ts', (t) =>
        t.replace(/\n\s*\{ value: 'economic', label: `Controlling \$\{w\.their\} money` \},/, ''),
      );
      expect(out).toMatch(
        /src\/content\/steps\.ts\(\d+,\d+\): error TS\d+:[\s\S]*'values without copy': "economic"/,
      );
    },
    TIMEOUT,
  );

  it(
    'fails when a SAFER reason key is renamed in the copy',
    () => {
      const out = typecheckWith('src/content/safer.ts', (t) =>
        t.replace("'lives-in-kent:medway':", "'lives-in-kent:medway-council':"),
      );
      expect(out).toMatch(
        /src\/content\/safer\.ts\(\d+,\d+\): error TS\d+:[\s\S]*'lives-in-kent:medway-council'/,
      );
    },
    TIMEOUT,
  );

  it(
    'fails when a SAFER reason detail is renamed in the schema but not in the copy',
    () => {
      const out = typecheckWith('schemas/safer.ts', (t) =>
        t.replace(
          "'lives-in-kent': ['unknown', 'kent', 'medway', 'outside']",
          "'lives-in-kent': ['unknown', 'kent', 'medway-council', 'outside']",
        ),
      );
      expect(out).toMatch(/src\/content\/safer\.ts\(\d+,\d+\): error TS\d+:[\s\S]*lives-in-kent:medway/);
    },
    TIMEOUT,
  );
});
