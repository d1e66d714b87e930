/**
 * `pathway directory --stale DAYS`: the entries whose checkedOn is more than DAYS days before now
 * (or --at), by London date; exit 1 when any, 0 when none, 2 for bad input.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/pathway';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'pathway-stale-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => vi.useRealTimers());

const fixture = () =>
  JSON.parse(readFileSync(path.join(root, 'fixtures/directory.json'), 'utf8')) as {
    services: Array<{ id: string; checkedOn: string }>;
  };
const daysBefore = (isoDate: string, days: number) =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/** A copy of the directory with some entries checked on the given dates. */
function oldCopy(name: string, checked: Record<string, string>): string {
  const doc = fixture();
  for (const s of doc.services) if (checked[s.id]) s.checkedOn = checked[s.id] as string;
  const file = path.join(work, name);
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

describe('pathway directory --stale', () => {
  it('exits 0 when every entry is recent enough', () => {
    const checked =
      fixture()
        .services.map((s) => s.checkedOn)
        .sort()[0] ?? '';
    const result = main(['directory', '--stale', '180', '--at', `${checked}T12:00:00Z`]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Every entry was checked in the 180 days before/);
  });

  it('lists the entries older than 180 days, oldest first, and exits 1', () => {
    const today = '2026-11-22';
    const file = oldCopy('old.json', {
      refuge: daysBefore(today, 400),
      'victim-support': daysBefore(today, 181),
      dave: daysBefore(today, 180),
      childline: daysBefore(today, 10),
    });
    const result = main(['directory', '--stale', '180', '--file', file, '--at', `${today}T12:00:00Z`]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe(`2 entries were last checked more than 180 days before ${today}:`);
    expect(lines.slice(1).map((l) => l.trim().split(/\s+/)[0])).toEqual(['refuge', 'victim-support']);
    expect(lines[1]).toContain(`checked on ${daysBefore(today, 400)} (400 days ago)`);
    expect(lines[2]).toContain('(181 days ago)');
    expect(lines[2]).toMatch(/sources: \S+/);
    expect(result.stdout).not.toContain('dave');
  });

  it('counts days by the London date', () => {
    const file = oldCopy('london.json', { refuge: '2026-01-01' });
    // 23:30 UTC on 30 June is 00:30 on 1 July in London: 181 days after 1 January.
    expect(main(['directory', '--stale', '180', '--file', file, '--at', '2026-06-30T23:30:00Z']).code).toBe(
      1,
    );
    expect(main(['directory', '--stale', '180', '--file', file, '--at', '2026-06-30T22:30:00Z']).code).toBe(
      0,
    );
  });

  it('measures from now when no --at is given', () => {
    const file = oldCopy('now.json', { refuge: '2026-01-01' });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-30T12:00:00Z'));
    expect(main(['directory', '--stale', '180', '--file', file]).code).toBe(0);
    vi.setSystemTime(new Date('2026-07-01T12:00:00Z'));
    expect(main(['directory', '--stale', '180', '--file', file]).code).toBe(1);
  });

  it('says what is wrong, exit 2, for bad input', () => {
    const broken = path.join(work, 'broken.json');
    const doc = fixture();
    (doc.services[2] as { checkedOn: string }).checkedOn = 'last week';
    writeFileSync(broken, JSON.stringify(doc));
    const cases: Array<[string[], RegExp]> = [
      [['directory', '--stale', 'soon'], /--stale: "soon" is not a whole number/],
      [['directory', '--stale'], /--stale needs a number of days/],
      [['directory', '--stale', '180', '--file', path.join(work, 'missing.json')], /cannot read/],
      [['directory', '--stale', '180', '--file', broken], /services\.2\.checkedOn: a date as YYYY-MM-DD/],
      [['directory', '--frobnicate'], /unknown argument/],
    ];
    for (const [args, message] of cases) {
      const result = main(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout, args.join(' ')).toBe('');
      expect(result.stderr, args.join(' ')).toMatch(message);
    }
  });

  it('sets the process exit code from the real command line', () => {
    const file = oldCopy('cli.json', { refuge: '2020-01-01' });
    const tsx = path.join(root, 'node_modules/.bin/tsx');
    const stale = spawnSync(tsx, ['src/cli/pathway.ts', 'directory', '--stale', '180', '--file', file], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(stale.status).toBe(1);
    expect(stale.stdout).toMatch(/^1 entry was last checked more than 180 days before/);
    const fresh = execFileSync(
      tsx,
      ['src/cli/pathway.ts', 'directory', '--stale', '100000', '--file', file],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(fresh).toMatch(/Every entry was checked/);
  });
});
