/**
 * One form schema per step, built from the answers contract's field schemas (schemas/answers.ts) and
 * the step's copy: the form sends strings ("yes"/"no", "none", "not-known"), the schema turns them into
 * the answer the machine takes, and every error carries the step's own message. `zod/mini` only.
 */
import * as z from 'zod/mini';
import {
  type SaferAnswers,
  type SaferQuestion,
  saferFields,
  type TriageAnswers,
  type TriageQuestion,
  triageFields,
} from '../../schemas/answers';
import { type MaracAnswers, type MaracQuestion, maracFields } from '../../schemas/marac';
import { maracStep } from '../content/maracSteps';
import { type StepCopy, saferStep, triageStep, type Voice } from '../content/steps';

/** What a step's form holds: the chosen value (radios) or values (checkboxes) under the question's key. */
export type FormValue = string | string[] | null | undefined;
export type StepForm = Record<string, FormValue>;

export const NONE = 'none';
export const NOT_KNOWN = 'not-known';

/** The yes-or-no questions: those whose contract schema is a boolean (the form sends "yes"/"no"). */
const BOOLEAN_FIELDS = new Set<string>(
  [...Object.entries(triageFields), ...Object.entries(saferFields), ...Object.entries(maracFields)]
    .filter(([, schema]) => schema._zod.def.type === 'boolean')
    .map(([question]) => question),
);
export const isBooleanQuestion = (question: string) => BOOLEAN_FIELDS.has(question);

/** A radio choice: anything but a non-empty string is "nothing chosen". */
const chosen = (message: string) =>
  z.pipe(
    z.transform((value: unknown) => (typeof value === 'string' ? value : '')),
    z.string().check(z.minLength(1, { error: message })),
  );

/** Checkbox choices: at least one, and "none" (or "not known") only on its own. */
const ticked = (message: string, noneAlone: string) =>
  z.pipe(
    z.transform((value: unknown) =>
      Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [],
    ),
    z.array(z.string()).check(
      z.minLength(1, { error: message }),
      z.refine((list) => !list.includes(NONE) || list.length === 1, { error: noneAlone }),
      z.refine((list) => !list.includes(NOT_KNOWN) || list.length === 1, { error: noneAlone }),
    ),
  );

/** A whole number as typed ("14", " 3 "): digits only, else left as text for the contract to refuse. */
const typedNumber = (value: string): unknown =>
  /^\s*\d{1,6}\s*$/.test(value) ? Number(value.trim()) : value;

const yesNo = (value: string) => (value === 'yes' ? true : value === 'no' ? false : value);

function fieldSchema(question: string, copy: StepCopy, answer: z.ZodMiniType, allowNotKnown: boolean) {
  const target = allowNotKnown ? z.nullable(answer) : answer;
  /** The answer, once mapped, must pass the contract's own schema (a tampered value gets the step's message). */
  const valid = z.refine((value: unknown) => target.safeParse(value).success, { error: copy.error });
  if (copy.kind === 'checkboxes') {
    const alone = [copy.orOption?.label ?? 'None of these', ...(copy.notKnown ? [copy.notKnown.label] : [])];
    const noneAlone = `Select ${alone.map((label) => `‘${label}’`).join(' or ')} on its own, or the other options`;
    return z.pipe(
      ticked(copy.error, noneAlone),
      z
        .transform((list: string[]): unknown =>
          allowNotKnown && list.length === 1 && list[0] === NOT_KNOWN ? null : list.filter((v) => v !== NONE),
        )
        .check(valid),
    );
  }
  if (copy.kind === 'number') {
    return z.pipe(
      chosen(copy.error),
      z
        .transform((value: string): unknown =>
          allowNotKnown && value === NOT_KNOWN ? null : typedNumber(value),
        )
        .check(valid),
    );
  }
  return z.pipe(
    chosen(copy.error),
    z
      .transform((value: string): unknown => {
        if (allowNotKnown && value === NOT_KNOWN) return null;
        return isBooleanQuestion(question) ? yesNo(value) : value;
      })
      .check(valid),
  );
}

export function triageStepSchema<Q extends TriageQuestion>(question: Q, copy: StepCopy) {
  return z.object({
    [question]: fieldSchema(question, copy, triageFields[question], false),
  }) as unknown as z.ZodMiniType<{ [K in Q]: NonNullable<TriageAnswers[K]> }, StepForm>;
}

/** A professional check's step schemas: its contract's field schemas, each also taking "Not known yet" (`null`). */
const checkStepSchema =
  <A, Q extends keyof A & string>(fields: Record<Q, z.ZodMiniType>) =>
  <K extends Q>(question: K, copy: StepCopy) =>
    z.object({
      [question]: fieldSchema(question, copy, fields[question], true),
    }) as unknown as z.ZodMiniType<{ [P in K]: NonNullable<A[P]> | null }, StepForm>;

export const saferStepSchema = checkStepSchema<SaferAnswers, SaferQuestion>(saferFields);
export const maracStepSchema = checkStepSchema<MaracAnswers, MaracQuestion>(maracFields);

/**
 * A step's copy and form schema, built once per question (and voice) and kept: pages are mounted
 * afresh at every step, and building a schema on each mount was work on the way to the next page.
 */
export interface Step<S> {
  copy: StepCopy;
  schema: S;
}
const triageSteps = new Map<string, Step<ReturnType<typeof triageStepSchema>>>();

/** The step kept under `key`, built (`question`'s copy, then its schema) the first time it is asked for. */
function kept<Q extends string, S>(
  steps: Map<string, Step<S>>,
  key: string,
  question: Q,
  copyOf: (question: Q) => StepCopy,
  schemaOf: (question: Q, copy: StepCopy) => S,
) {
  let step = steps.get(key);
  if (!step) {
    const copy = copyOf(question);
    step = { copy, schema: schemaOf(question, copy) };
    steps.set(key, step);
  }
  return step;
}

export const triageStepOf = (question: TriageQuestion, voice: Voice) =>
  kept(triageSteps, `${question} ${voice ?? ''}`, question, (q) => triageStep(q, voice), triageStepSchema);

/** A professional check's steps, one kept per question (a check has no voice). */
function checkSteps<Q extends string, S>(
  copyOf: (question: Q) => StepCopy,
  schemaOf: (question: Q, copy: StepCopy) => S,
) {
  const steps = new Map<string, Step<S>>();
  return (question: Q) => kept(steps, question, question, copyOf, schemaOf);
}

export const saferStepOf = checkSteps(saferStep, saferStepSchema);
export const maracStepOf = checkSteps(maracStep, maracStepSchema);

/** The form's starting value for an answer already given (Back, or Change from check answers). */
export function formValueOf(copy: StepCopy, answer: unknown): FormValue {
  if (copy.kind === 'checkboxes') {
    if (answer === null && copy.notKnown) return [NOT_KNOWN];
    if (!Array.isArray(answer)) return [];
    return answer.length === 0 ? [NONE] : answer.map(String);
  }
  if (answer === null) return NOT_KNOWN;
  if (answer === true) return 'yes';
  if (answer === false) return 'no';
  if (typeof answer === 'number') return String(answer);
  return typeof answer === 'string' ? answer : null;
}

/** How an answer reads on the check answers page: the labels the person chose. */
export function answerLabels(copy: StepCopy, answer: unknown): string[] {
  const value = formValueOf(copy, answer);
  const values = Array.isArray(value) ? value : value == null ? [] : [value];
  const all = [
    ...copy.options,
    ...(copy.orOption ? [copy.orOption] : []),
    ...(copy.notKnown ? [copy.notKnown] : []),
  ];
  return values.map((v) => all.find((o) => o.value === v)?.label ?? v);
}
