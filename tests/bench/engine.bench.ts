/**
 * `npm run bench`: how fast the engine is, against its budgets (a report, not a test).
 *
 *   1. The median time of one runTriage evaluation, over the named answer sets. Budget: 1 ms.
 *   2. The time to enumerate and verify every model path of both machines, as
 *      tests/engine/model.test.ts does (forward paths through the engine, Back, Change, coverage).
 *      Budget: 10 s.
 *
 * Prints the figures and PASS or OVER for each; exits 1 only when a figure is over its budget.
 * The machine may be shared: the second budget is judged on this process's CPU time (the wall time,
 * and the load average, are printed beside it), since waiting for other processes is not the
 * engine's cost. Run it alone for wall-clock figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { checkSafer, runTriage } from '../../src/engine';
import { saferChecks, triageChecks } from '../engine/checks';
import { PINNED_TIMES } from '../engine/invariants';
import { exploreSafer, exploreTriage } from '../engine/model';

const BUDGET_EVALUATION_MS = 1;
const BUDGET_MODEL_S = 10;

/** The named answer sets (import.meta.glob is vite's; under tsx, read the files). */
function readSets(folder: string): { name: string; answers: unknown }[] {
  const dir = new URL(`../../fixtures/${folder}/`, import.meta.url);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
};
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const verdict = (ok: boolean) => (ok ? 'PASS' : 'OVER');

/** Times each call of `run` on each input, `rounds` times round, after a warm-up. */
function timeEach<T>(inputs: T[], run: (input: T) => unknown, rounds: number): number[] {
  for (let i = 0; i < 200; i++) for (const input of inputs) run(input);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const input of inputs) {
      const start = performance.now();
      run(input);
      samples.push(performance.now() - start);
    }
  }
  return samples;
}

const triageSets = readSets('answers');
const saferSets = readSets('safer');
const at = PINNED_TIMES['Monday 10:00'];
const [load1] = loadavg();
console.log(`engine bench  (node ${process.version}, load average ${load1?.toFixed(1)})\n`);

// 1. One evaluation.
const triage = timeEach(triageSets, (set) => runTriage(set.answers, { at }), 100);
const safer = timeEach(saferSets, (set) => checkSafer(set.answers), 100);
const evaluation = median(triage);
console.log(
  `runTriage, one evaluation: median ${evaluation.toFixed(3)} ms, p95 ${percentile(triage, 0.95).toFixed(3)} ms ` +
    `(${triage.length} runs over ${triageSets.length} answer sets)   budget ${BUDGET_EVALUATION_MS} ms   ` +
    verdict(evaluation <= BUDGET_EVALUATION_MS),
);
console.log(
  `checkSafer, one evaluation: median ${median(safer).toFixed(3)} ms (${safer.length} runs over ${saferSets.length} sets)   for information`,
);

// 2. Every model path, enumerated and verified.
const wallStart = performance.now();
const cpuStart = cpuSeconds();
const models = [
  ['triageMachine', exploreTriage(triageChecks)],
  ['saferMachine', exploreSafer(saferChecks)],
] as const;
const wall = (performance.now() - wallStart) / 1000;
const cpu = cpuSeconds() - cpuStart;
console.log('');
for (const [name, model] of models) {
  const missed = model.coverage.missed();
  const failures = Object.values(model.failures).flat().length;
  console.log(
    `${name}: ${model.vertices} vertices, ${model.edges} edges, ${model.paths} forward paths, ` +
      `${model.backChecks} Back checks, ${model.changeScenarios} Change scenarios; ` +
      `transitions fired ${missed.total - missed.transitions.length}/${missed.total}; ` +
      `${failures === 0 ? 'all verified' : `${failures} FAILURES (run npm test)`}`,
  );
}
console.log(
  `model paths, enumerate + verify: ${cpu.toFixed(2)} s CPU (${wall.toFixed(2)} s wall)   budget ${BUDGET_MODEL_S} s   ` +
    verdict(cpu <= BUDGET_MODEL_S),
);

process.exitCode = evaluation <= BUDGET_EVALUATION_MS && cpu <= BUDGET_MODEL_S ? 0 : 1;
