/**
 * Model-based tests of both machines with xstate/graph (see model.ts for how the paths are chosen):
 * every path answering forward ends in the final state, and the engine, driving the real machine
 * from the path's answers, asks the same questions and keeps every rule of DOMAIN.md; Back returns to
 * the previous state of the path; Change and an answer return to check answers having asked exactly
 * the questions the change made newly needed; and between them the explorations fire every
 * transition (node.transitions and node.always) and enter every state the machines define.
 */

import { describe, expect, it } from 'vitest';
import { createActor, createMachine } from 'xstate';
import { getAdjacencyMap, getShortestPaths, toDirectedGraph } from 'xstate/graph';
import { saferMachine } from '../../machines/saferMachine';
import { triageMachine } from '../../machines/triageMachine';
import { saferChecks, triageChecks } from './checks';
import {
  Coverage,
  type Exploration,
  exploreSafer,
  exploreTriage,
  transitionsOf,
  triageForwardGraph,
  triageForwardOptions,
} from './model';
import { modelTests, once, TIMEOUT } from './modelTests';

const triage = once(() => exploreTriage(triageChecks));
const safer = once(() => exploreSafer(saferChecks));

describe.each([
  ['triageMachine', triage, 'result', 2000],
  ['saferMachine', safer, 'verdict', 500],
] as const)('%s, model-based', (_, explore: () => Exploration, final, minimumPaths) => {
  modelTests(explore, {
    title: `every path answering forward ends in \`${final}\`, asks what the engine asks and keeps every DOMAIN rule`,
    expect: (model) => expect(model.paths).toBeGreaterThanOrEqual(minimumPaths),
  });
});

describe('the model itself', () => {
  it('counts the transitions of the machine definition, eventless ones included', () => {
    const all = [...transitionsOf(triageMachine).values()];
    expect(all).toContain('checkAnswers --CONFIRM [pathComplete]--> result');
    expect(all).toContain('emergency --CONTINUE--> role');
    expect(all.filter((label) => label.includes('--always ')).length).toBeGreaterThan(20);
    // toDirectedGraph leaves `always` out: the coverage must not rely on it.
    const graphEdges = toDirectedGraph(triageMachine).children.flatMap((node) => node.edges);
    expect(graphEdges.length).toBeLessThan(all.length);
    expect(transitionsOf(saferMachine).size).toBeGreaterThan(40);
  });

  it(
    'keys vertices by what routing reads: far fewer vertices than paths, every state reachable',
    () => {
      const adjacency = triageForwardGraph();
      const states = new Set(Object.values(adjacency).map((v) => String(v.state.value)));
      for (const state of Object.keys(triageMachine.root.states)) expect(states).toContain(state);
      expect(Object.keys(adjacency).length).toBeLessThan(1000);
      // The shortest path to each vertex replays to that vertex through the real machine.
      // getShortestPaths over the same graph: one path to each final vertex, and each replays to
      // `result` through the real machine.
      const shortest = getShortestPaths(triageMachine, {
        ...triageForwardOptions,
        toState: (snapshot) => snapshot.status === 'done',
      });
      expect(shortest.length).toBeGreaterThan(10);
      for (const path of shortest) {
        const actor = createActor(triageMachine).start();
        for (const step of path.steps.slice(1)) actor.send(step.event);
        expect(actor.getSnapshot().value).toBe('result');
      }
    },
    TIMEOUT,
  );

  it('reports a state never entered and a transition never fired', () => {
    const toy = createMachine({
      initial: 'a',
      states: {
        a: { on: { GO: 'b', JUMP: { target: 'c', guard: () => false } } },
        b: { always: { target: 'd' } },
        c: {},
        d: { type: 'final' },
      },
    });
    const coverage = new Coverage(toy);
    const graph = getAdjacencyMap(toy, { events: [{ type: 'GO' }, { type: 'JUMP' }] });
    for (const vertex of Object.values(graph)) {
      if (vertex.state.status === 'done') continue;
      const edges = Object.values(vertex.transitions) as { event: { type: string } }[];
      for (const edge of edges) coverage.actor(vertex.state).send(edge.event);
    }
    const missed = coverage.missed();
    expect(missed.states).toEqual(['c']);
    expect(missed.transitions).toEqual([expect.stringMatching(/^a --JUMP.*--> c$/)]);
  });
});
