/**
 * Vite plugin: marks the app's JavaScript chunks for eager compilation (V8's explicit compile hints,
 * the magic comment `//# allFunctionsCalledOnLoad` on a file's first line, Chrome 136 on).
 *
 * V8 compiles a function only when it is first called, on the main thread. Every function of a
 * wizard runs for the first time on the press that opens it, so that press paid for compiling the
 * form, the machine and React's rendering paths: on a low-end phone's CPU, about a quarter of the
 * time from "Continue" to the first question (npm run bench; docs/performance.md). With the hint,
 * V8 compiles the whole file while it streams in, off the main thread, before any press. The chunks
 * are all code the app runs (the flows' code is fetched once the person is on their way), so nothing
 * is compiled in vain. Other engines read the line as a comment.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Written into the files once they are on disk: Vite puts its own preload helper at the top of
 * chunks after every plugin's generateBundle, and the hint only counts on the first line.
 */
export function compileHintsPlugin(): Plugin {
  return {
    name: 'support-pathway:compile-hints',
    apply: 'build',
    writeBundle(options, bundle) {
      const outDir = options.dir ?? path.resolve('dist');
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const file = path.join(outDir, chunk.fileName);
        const code = readFileSync(file, 'utf8');
        if (code.startsWith(COMPILE_HINT)) continue;
        writeFileSync(file, COMPILE_HINT + code);
        // One line more at the top: the source map's lines move down by one.
        if (existsSync(`${file}.map`)) {
          const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { mappings: string };
          map.mappings = `;${map.mappings}`;
          writeFileSync(`${file}.map`, JSON.stringify(map));
        }
      }
    },
  };
}
