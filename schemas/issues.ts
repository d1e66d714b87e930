/**
 * Turns zod issues into messages that name the field and what is allowed: bad input gets a clear
 * error, never a crash or a stack trace. zod/mini carries no locale, so the wording is ours.
 */
import type * as z from 'zod/mini';

export interface FieldProblem {
  field: string;
  message: string;
}

/** A given value in a message: short, and never a crash (a deeply nested value overflows JSON.stringify). */
function describe(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = Array.isArray(value) ? '[…]' : typeof value === 'object' ? '{…}' : undefined;
  }
  text ??= String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

export interface ProblemOptions {
  /** The fields the top-level object allows: named when an unknown one is given. */
  knownFields?: readonly string[];
}

/** What a field's schema allows, in words ("use one of …", "use true or false", "use a list of …"). */
export function allowedBy(schema: z.core.$ZodType): string {
  const def = schema._zod.def as {
    type: string;
    entries?: Record<string, unknown>;
    element?: z.core.$ZodType;
  };
  if (def.type === 'boolean') return 'use true or false';
  if (def.type === 'enum' && def.entries)
    return `use one of ${Object.values(def.entries).map(describe).join(', ')}`;
  if (def.type === 'array' && def.element) {
    return `use a list (it may be empty) in which each item must ${allowedBy(def.element).replace(/^use /, 'be ')}`;
  }
  return `use a ${def.type}`;
}

export function problemsOf(
  error: z.core.$ZodError,
  input?: unknown,
  options: ProblemOptions = {},
): FieldProblem[] {
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
          message:
            !path && options.knownFields
              ? `is not a known field; use only ${options.knownFields.join(', ')}`
              : 'is not a known field',
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
