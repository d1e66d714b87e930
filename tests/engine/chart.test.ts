/**
 * docs/statecharts.md is generated from the machines (`npm run --silent pathway -- chart`): it must be
 * up to date, and show every state, every event with its guard, and every eventless (`always`)
 * transition of every machine, read here from the machine definitions themselves.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { toDirectedGraph } from 'xstate/graph';
import { maracMachine } from '../../machines/maracMachine';
import { saferMachine } from '../../machines/saferMachine';
import { triageMachine } from '../../machines/triageMachine';
import { STATECHARTS_PATH, statecharts } from '../../src/cli/pathway';

const document = readFileSync(STATECHARTS_PATH, 'utf8');

/** The Mermaid block under a heading that starts with `name`. */
function diagramOf(name: string): string[] {
  const start = document.indexOf(`## ${name}`);
  if (start === -1) return [];
  const block = document.slice(start).split('```mermaid\n')[1]?.split('```')[0] ?? '';
  return block.split('\n').map((line) => line.trim());
}

/** Each transition as [source, target, event ('always' for eventless), guard name, guard params]. */
function transitions(machine: AnyStateMachine) {
  const out: Array<{ source: string; target: string; event: string; guard: string[] }> = [];
  for (const node of Object.values(machine.root.states) as AnyStateNode[]) {
    const add = (event: string, t: { target?: readonly AnyStateNode[]; guard?: unknown }) => {
      const raw = t.guard as string | { type: string; params?: Record<string, unknown> } | undefined;
      const guard = typeof raw === 'string' ? { type: raw } : raw;
      const words = guard
        ? [
            guard.type,
            ...Object.values(guard.params ?? {})
              .filter((v) => v !== undefined)
              .map(String),
          ]
        : [];
      for (const target of t.target ?? [])
        out.push({ source: node.key, target: target.key, event, guard: words });
    };
    for (const [event, list] of node.transitions) for (const t of list) add(event, t);
    for (const t of node.always ?? []) add('always', t);
  }
  return out;
}

describe('docs/statecharts.md', () => {
  it('is up to date with the machines (else run: npm run --silent pathway -- chart)', () => {
    expect(document).toBe(statecharts());
  });

  describe.each([
    ['triageMachine', triageMachine],
    ['saferMachine', saferMachine],
    ['maracMachine', maracMachine],
  ] as const)('%s', (name, machine) => {
    const lines = diagramOf(name);
    const arrows = lines.filter((line) => /^\w+ --> \w+ : /.test(line));

    it('shows every state, the initial state and the final state', () => {
      expect(lines[0]).toBe('stateDiagram-v2');
      expect(lines).toContain(`[*] --> ${machine.root.initial?.target[0]?.key}`);
      for (const node of Object.values(machine.root.states) as AnyStateNode[]) {
        expect(
          lines.some((line) => line.startsWith(`${node.key} `) || line.endsWith(` --> ${node.key}`)),
          node.key,
        ).toBe(true);
        if (node.type === 'final') expect(lines).toContain(`${node.key} --> [*]`);
      }
    });

    it('shows every transition with its event and guard, eventless ones included, and nothing else', () => {
      const expected = transitions(machine);
      expect(expected.some((t) => t.event === 'always')).toBe(true);
      for (const t of expected) {
        const label = `${t.source} --> ${t.target} : ${t.event.replace(/:/g, '#colon;')}`;
        const match = arrows.find((line) =>
          t.guard.length === 0
            ? line === label
            : line.startsWith(`${label} [`) && t.guard.every((word) => line.includes(word)),
        );
        expect(match, `${label} [${t.guard.join(' ')}]`).toBeDefined();
      }
      expect(arrows.length).toBe(expected.length);
    });

    it('has more in it than toDirectedGraph, which leaves the eventless transitions out', () => {
      const edges = toDirectedGraph(machine).children.flatMap((node) => node.edges);
      expect(arrows.length).toBeGreaterThan(edges.length);
      expect(arrows.filter((line) => line.includes(' : always')).length).toBe(arrows.length - edges.length);
    });
  });
});
