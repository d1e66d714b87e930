/**
 * check-contacts inside `npm test`: every UK phone number in the project's git-tracked files is
 * published in sources/seeds or on a line of sources/contacts-allowlist.txt. The same rules as the
 * shared tools/check-contacts: its number pattern, its normalising (+44 → 0, digits only), numbers of
 * 8 digits or more, and its ignore list (lock files, images and fonts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allowlistLines, SOURCES_DIR } from './evidence';
import { type Hit, hitsIn, trackedFiles } from './tracked';

/** The pattern of check-contacts. */
const PATTERN = /(\+44 ?(\(0\))? ?|\b0)[1-9][0-9]{1,4}( ?[0-9]{2,4}){1,3}\b/g;
/** check-contacts' norm: the first "+44", "+44 (0)"… becomes 0, then digits only. */
const norm = (s: string) => s.replace(/\+44 ?\(?0?\)? ?/, '0').replace(/[^0-9]/g, '');
/** The files check-contacts leaves out. */
const IGNORED =
  /(^|\/)(package-lock\.json|pnpm-lock\.yaml|yarn\.lock)$|\.(png|jpg|jpeg|gif|ico|woff2?|svg|lock)$/;

const seedsDir = new URL('seeds/', SOURCES_DIR);
const seedText = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(new URL(name, seedsDir), 'utf8'));

/** The known numbers: every match in the seeds, and the first field of each allow-list line. */
const known = new Set([
  ...seedText.flatMap((text) =>
    text.split('\n').flatMap((line) => [...line.matchAll(PATTERN)].map((m) => norm(m[0]))),
  ),
  ...allowlistLines('contacts-allowlist.txt').map((line) => norm(line.split('\t')[0] ?? '')),
]);

/** The numbers of the hits that are not known, as check-contacts reports them. */
function unknownNumbers(hits: Hit[]): string[] {
  return hits
    .filter((hit) => norm(hit.text).length >= 8 && !known.has(norm(hit.text)))
    .map((hit) => `unknown number ${hit.text} at ${hit.file}:${hit.line}`);
}

describe('check-contacts, in the project', () => {
  const files = trackedFiles().filter((file) => !IGNORED.test(file));

  it('reads the git-tracked files and the sources', () => {
    expect(files).toContain('fixtures/directory.json');
    expect(files).not.toContain('package-lock.json');
    expect(known.has('08081689276')).toBe(true); // seed 003
    expect(known.has('08001111')).toBe(true); // the allow-list: Childline
  });

  it('finds every UK phone number in the tracked files published in sources/seeds or the contacts allow-list', () => {
    const unknown = unknownNumbers(hitsIn(files, PATTERN));
    expect(unknown, unknown.join('\n')).toEqual([]);
  });

  it('reports a number that no source publishes, with its file and line, as check-contacts does', () => {
    // Made-up numbers are put together here, so that this file shows none (the check reads it too).
    const madeUp = (...parts: string[]) => parts.join(' ');
    const hits: Hit[] = [
      { file: 'src/x.ts', line: 3, text: '0808 168 9276' },
      { file: 'src/x.ts', line: 4, text: madeUp('0808', '168', '9277') },
      { file: 'src/x.ts', line: 5, text: madeUp('+44', '(0)808', '168', '9278') },
      { file: 'src/x.ts', line: 6, text: madeUp('01233', '3311') }, // nine digits
      { file: 'src/x.ts', line: 7, text: '0123 456' }, // seven digits: not a phone number to check
    ];
    expect(unknownNumbers(hits)).toEqual([
      `unknown number ${madeUp('0808', '168', '9277')} at src/x.ts:4`,
      `unknown number ${madeUp('+44', '(0)808', '168', '9278')} at src/x.ts:5`,
      `unknown number ${madeUp('01233', '3311')} at src/x.ts:6`,
    ]);
    expect([...'call 0808 168 9111 or +44 808 168 9276'.matchAll(PATTERN)].map((m) => norm(m[0]))).toEqual([
      '08081689111',
      '08081689276',
    ]);
  });
});
