/**
 * The git-tracked files of the project, as check-contacts and check-links see them (`git ls-files`
 * from the project's root), and their matches of a pattern, line by line, as `grep -Hno` gives them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function trackedFiles(): string[] {
  const out = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return out.split('\n').filter((name) => name !== '');
}

export interface Hit {
  file: string;
  line: number;
  text: string;
}

/**
 * Every match of a global pattern in the files, one line at a time (a match never spans lines). Like
 * grep, it skips files that are missing or binary (a NUL byte).
 */
export function hitsIn(files: string[], pattern: RegExp): Hit[] {
  const hits: Hit[] = [];
  for (const file of files) {
    const path = `${ROOT}${file}`;
    if (!existsSync(path)) continue;
    const content = readFileSync(path);
    if (content.includes(0)) continue;
    content
      .toString('utf8')
      .split('\n')
      .forEach((text, i) => {
        for (const m of text.matchAll(pattern)) hits.push({ file, line: i + 1, text: m[0] });
      });
  }
  return hits;
}
