/**
 * docs/answers-contract.md is the public answers contract written out for partners: it must say
 * what the schema accepts (schemas/answers.ts). Every key of the self-service and SAFER field maps
 * has a row in its table, with each of its values in backticks, "boolean" for a yes-or-no question
 * and "array of" for a multiple choice. A key or value added to or renamed in the schema without the
 * page fails here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { saferFields, triageFields } from '../../schemas/answers';

const PAGE = readFileSync(resolve(import.meta.dirname, '../../docs/answers-contract.md'), 'utf8');

/** The rows of the table under a heading: key → the row's text. */
function table(heading: string): Map<string, string> {
  const start = PAGE.indexOf(`\n## ${heading}`);
  if (start === -1) throw new Error(`docs/answers-contract.md has no "## ${heading}"`);
  const end = PAGE.indexOf('\n## ', start + 1);
  const rows = new Map<string, string>();
  for (const line of PAGE.slice(start, end === -1 ? undefined : end).split('\n')) {
    const row = /^\| `([A-Za-z]+)` \|(.*)\|\s*$/.exec(line);
    if (row?.[1] && row[2] !== undefined) rows.set(row[1], row[2]);
  }
  return rows;
}

type Def = { type: string; entries?: Record<string, string>; element?: z.ZodMiniType; in?: z.ZodMiniType };

/** What a field schema accepts: boolean, one of some values, or an array of them. */
function accepts(schema: z.ZodMiniType): { kind: 'boolean' | 'one' | 'array'; values: string[] } {
  let def = schema._zod.def as unknown as Def;
  // A multiple choice is an array of an enum, checked for repeats.
  if (def.type === 'pipe' && def.in) def = def.in._zod.def as unknown as Def;
  if (def.type === 'boolean') return { kind: 'boolean', values: [] };
  if (def.type === 'enum') return { kind: 'one', values: Object.values(def.entries ?? {}) };
  if (def.type === 'array' && def.element) {
    const element = def.element._zod.def as unknown as Def;
    if (element.type === 'enum') return { kind: 'array', values: Object.values(element.entries ?? {}) };
  }
  throw new Error(`a field schema of type ${def.type} the page cannot describe yet`);
}

describe.each([
  ['Self-service', triageFields],
  ['The SAFER check', saferFields],
] as const)('docs/answers-contract.md, %s', (heading, fields) => {
  const rows = table(heading);

  it.each(Object.entries(fields))('documents %s and every value it takes', (key, schema) => {
    const row = rows.get(key);
    expect(row, `no row for ${key}`).toBeDefined();
    const { kind, values } = accepts(schema as z.ZodMiniType);
    if (kind === 'boolean') expect(row).toMatch(/\bboolean\b/);
    if (kind === 'array') expect(row).toMatch(/\barray of\b/);
    if (kind === 'one') expect(row).not.toMatch(/^\s*array of\b/);
    for (const value of values) expect(row, `${key}: ${value}`).toContain(`\`${value}\``);
  });
});
