/**
 * The command line's output is terminal-safe and bounded (issue #16): an unknown key or a directory
 * name with escape sequences reached the terminal raw, and 100,000 bad items gave 21 MB of stderr.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/pathway';
import { boundLines, terminalSafe } from '../../src/cli/terminal';
import { directoryJson } from '../../src/mocks/handlers';

const dir = mkdtempSync(join(tmpdir(), 'pathway-terminal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};
/** The mock directory written to `name`, its first entry changed by `edit`. */
const directoryFile = (
  name: string,
  edit: (entry: ReturnType<typeof directoryJson>['services'][number]) => void,
) => {
  const doc = directoryJson();
  const entry = doc.services[0];
  if (!entry) throw new Error('no entry');
  edit(entry);
  return file(name, doc);
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: what must never reach the terminal
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('terminal-safe command line output', () => {
  it('escapes an unknown key that carries terminal escape sequences', () => {
    const key = '\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202eevil';
    const { code, stderr } = main(['triage', file('keys.json', { [key]: 1 })]);
    expect(code).toBe(2);
    expect(stderr).not.toMatch(CONTROL);
    expect(stderr).toContain('\\u001b]0;pwned\\u0007');
    expect(stderr).toContain('\\u202e');
  });

  it('escapes a directory entry’s name in the stale list', () => {
    const { stdout, stderr } = main([
      'directory',
      '--stale',
      '1',
      '--at',
      '2030-01-01T00:00:00Z',
      '--file',
      directoryFile('dir.json', (entry) => {
        entry.name = 'Police \u001b[8mhidden\u001b[0m';
      }),
    ]);
    expect(`${stdout}${stderr}`).not.toMatch(CONTROL);
    expect(stdout).toContain('\\u001b[8mhidden');
  });

  it('refuses checkedOn 2026-13-45 (not a calendar date)', () => {
    const path = directoryFile('date.json', (entry) => {
      entry.checkedOn = '2026-13-45';
    });
    const { code, stderr } = main(['directory', '--file', path]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/checkedOn/);
  });

  it('lists at most ten bad items, then how many more', () => {
    const answers: Record<string, number> = {};
    for (let i = 0; i < 100_000; i += 1) answers[`unknown${i}`] = i;
    const { code, stderr } = main(['triage', file('many.json', answers)]);
    expect(code).toBe(2);
    expect(stderr).toContain('… and 99,990 more');
    expect(stderr.split('\n').length).toBeLessThanOrEqual(13);
    expect(stderr.length).toBeLessThan(10_000);
  });

  it('keeps JSON output valid JSON with the same values', () => {
    const text = JSON.stringify({ name: 'a\u009bb\u202ec' });
    expect(JSON.parse(terminalSafe(text))).toEqual(JSON.parse(text));
    expect(boundLines('head\n  a\n  b\n', 1)).toBe('head\n  a\n  … and 1 more\n');
  });
});
