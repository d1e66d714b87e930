/**
 * What the command line writes is read in a terminal: text from a file (unknown keys, entry names)
 * must not be able to move the cursor, retitle the window, hide text or flood the screen (issue #16).
 *
 * - `terminalSafe`: control characters (C0 but newline and tab, DEL, C1) and the bidirectional
 *   controls (U+202A–U+202E, U+2066–U+2069) become `\u001b`-style escapes. Inside JSON strings that
 *   is the same value, so JSON output stays valid JSON.
 * - `boundLines`: at most a header and `MAX_ITEMS` lines, then "… and 99,990 more"; each line at
 *   most `MAX_LINE` characters.
 */

export const MAX_ITEMS = 10;
export const MAX_LINE = 400;

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are what we escape
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The first line and `maxItems` more, each cut to `maxLine` characters, then how many were left out. */
export function boundLines(text: string, maxItems = MAX_ITEMS, maxLine = MAX_LINE): string {
  const ends = text.endsWith('\n');
  const lines = (ends ? text.slice(0, -1) : text).split('\n');
  const shown = lines
    .slice(0, maxItems + 1)
    .map((line) =>
      line.length > maxLine
        ? `${line.slice(0, maxLine)}… (${line.length.toLocaleString('en-GB')} characters)`
        : line,
    );
  const more = lines.length - shown.length;
  if (more > 0) shown.push(`  … and ${more.toLocaleString('en-GB')} more`);
  return `${shown.join('\n')}${ends ? '\n' : ''}`;
}

export interface Output {
  code: number;
  stdout: string;
  stderr: string;
}

/** The command's output as it may reach a terminal: stdout escaped, stderr escaped and bounded. */
export function terminalOutput(output: Output): Output {
  return { ...output, stdout: terminalSafe(output.stdout), stderr: boundLines(terminalSafe(output.stderr)) };
}
