/**
 * How the app's JavaScript is grouped into files (`build.rolldownOptions.output.codeSplitting`).
 *
 * Each file is gzipped on its own, so a file costs its own header and starts its compression from
 * nothing: code that is always loaded together is smaller in one file. The app loads its code in
 * three moments, and each moment is one file (besides the page's own tiny first script):
 *
 * - `boot`: src/boot.tsx and everything it imports statically (React, the app's shell and its first
 *   pages, the bundled directory), loaded at once after the first paint (src/main.tsx). Rolldown made
 *   three files of it (boot, and the parts the flows share with it: "session" and "store");
 * - `flows`: everything src/ui/App.tsx imports dynamically (the three wizards and the live directory
 *   check) and what they import beyond `boot`: App fetches them all together once the person leaves
 *   the start page (prepareFlows), so one file serves them all. Rolldown made six files of it;
 * - `schemas`: zod and the schemas, which the embed's start (src/embed/start.ts, on the partner's
 *   page only) loads too, so they stay out of `flows`: one gzip stream for zod and the schemas
 *   compresses better than two.
 *
 * The groups are read from the module graph, not from a list of files, so a new module lands in the
 * file of the moment that first needs it. Modules the page's first script needs (src/main.tsx,
 * Vite's preload helper) are in no group: they stay in the entry.
 */
import path from 'node:path';

/** The part of Rolldown's chunking context used here. */
interface ModuleGraph {
  getModuleInfo(
    id: string,
  ): { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] } | null;
}

export const PAGE = 'index.html';
export const APP = 'src/boot.tsx';
/** The module whose dynamic imports are the flows. */
export const FLOWS_FROM = 'src/ui/App.tsx';
export const SCHEMAS = /node_modules[\\/]zod[\\/]|[\\/]schemas[\\/]/;

/** Every module reachable from `roots` through static imports, the roots included. */
function staticallyReachable(graph: ModuleGraph, roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const next of graph.getModuleInfo(id)?.importedIds ?? []) visit(next);
  };
  for (const root of roots) visit(root);
  return seen;
}

interface Groups {
  boot: Set<string>;
  flows: Set<string>;
}

function groupsOf(graph: ModuleGraph, root: string): Groups {
  const id = (file: string) => path.resolve(root, file);
  const page = staticallyReachable(graph, [id(PAGE)]);
  const app = staticallyReachable(graph, [id(APP)]);
  // What the app loads besides the flows (the embed's start), which must not wait for the flows' file.
  const appDynamic = staticallyReachable(graph, graph.getModuleInfo(id(APP))?.dynamicallyImportedIds ?? []);
  const flows = staticallyReachable(graph, graph.getModuleInfo(id(FLOWS_FROM))?.dynamicallyImportedIds ?? []);
  const boot = new Set([...app].filter((m) => !page.has(m)));
  return {
    boot,
    flows: new Set([...flows].filter((m) => !page.has(m) && !app.has(m) && !appDynamic.has(m))),
  };
}

/** The `codeSplitting` option for the app's build, rooted at the project folder `root`. */
export function appChunks(root: string) {
  let groups: Groups | undefined;
  const inGroup = (name: keyof Groups) => (moduleId: string, graph: ModuleGraph) => {
    groups ??= groupsOf(graph, root);
    return groups[name].has(moduleId) ? name : null;
  };
  return {
    groups: [
      { name: 'schemas', test: SCHEMAS, priority: 3 },
      // Each module of these two is placed by the graph above: Rolldown's own pull of a group's
      // dependencies would drag React into `flows`.
      { name: inGroup('boot'), priority: 2, includeDependenciesRecursively: false },
      { name: inGroup('flows'), priority: 1, includeDependenciesRecursively: false },
    ],
  };
}
