/**
 * Turns zod issues into messages that name the field and what is allowed: bad input gets a clear
 * error, never a crash or a stack trace. zod/mini carries no locale, so the wording is ours.
 */
import type * as z from 'zod/mini';

export interface FieldProblem {
  field: string;
  message: string;
}

const describe = (value: unknown) => JSON.stringify(value) ?? String(value);

export function problemsOf(error: z.core.$ZodError, input?: unknown): FieldProblem[] {
  return error.issues.flatMap((issue): FieldProblem[] => {
    const path = issue.path.map(String).join('.');
    const field = path || '(top level)';
    const given = valueAt(input, issue.path);
    switch (issue.code) {
      case 'invalid_value':
        return [
          {
            field,
            message: `${describe(given)} is not allowed; use one of ${issue.values.map(describe).join(', ')}`,
          },
        ];
      case 'invalid_type':
        return [
          {
            field,
            message:
              given === undefined
                ? `is required (${issue.expected})`
                : `must be ${article(issue.expected)}, not ${describe(given)}`,
          },
        ];
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({
          field: path ? `${path}.${key}` : key,
          message: 'is not a known field',
        }));
      default:
        return [{ field, message: issue.message }];
    }
  });
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = input;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

export const formatProblems = (problems: FieldProblem[]) =>
  problems.map((p) => `${p.field}: ${p.message}`).join('\n');
