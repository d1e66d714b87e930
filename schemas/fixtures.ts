/**
 * The named answer sets of fixtures/answers/, fixtures/safer/ and fixtures/marac/: unit, UI and browser tests reuse
 * them, so each file is parsed here and a bad one fails loudly, naming the file and the field.
 */
import * as z from 'zod/mini';
import { SaferAnswers, TriageAnswers, uniqueList } from './answers';
import { DESTINATION_IDS } from './directory';
import { formatProblems, problemsOf } from './issues';
import { MARAC_VERDICTS, MaracAnswers, NEXT_STEPS, THRESHOLDS } from './marac';
import { CRITERIA } from './safer';

const name = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case name, as the file is named'));
const ids = uniqueList(DESTINATION_IDS, 'id');
const criteria = uniqueList(CRITERIA, 'criterion');

/** An answer set of any kind: named as its file, described, then its answers and what is expected. */
const namedSet = <F extends z.core.$ZodLooseShape>(fields: F) =>
  z.strictObject({ name, description: z.string().check(z.minLength(10)), ...fields });

/** A self-service answer set: the whole path's answers and what the engine must (not) recommend. */
export const AnswerSet = namedSet({
  /** Every question the flow asks for this person, and no other. */
  answers: TriageAnswers,
  /** The time "open now" is worked out for (ISO 8601 with offset); default: any time. */
  at: z.optional(z.iso.datetime({ offset: true })),
  mustRecommend: ids.check(z.minLength(1)),
  mustNotRecommend: ids,
  /** The expected first recommendation. */
  first: z.optional(z.enum(DESTINATION_IDS)),
  /** Pairs [a, b]: both recommended, a listed before b. */
  before: z.optional(z.array(z.tuple([z.enum(DESTINATION_IDS), z.enum(DESTINATION_IDS)]))),
}).check(
  z.refine((set) => !set.mustRecommend.some((id) => set.mustNotRecommend.includes(id)), {
    message: 'an id cannot be in both mustRecommend and mustNotRecommend',
    path: ['mustNotRecommend'],
  }),
  z.refine((set) => set.first === undefined || set.mustRecommend.includes(set.first), {
    message: 'first must also be in mustRecommend',
    path: ['first'],
  }),
);
export type AnswerSet = z.infer<typeof AnswerSet>;

/** A professional SAFER check: the answers, the verdict and which criteria are not met or unknown. */
export const SaferSet = namedSet({
  answers: SaferAnswers,
  verdict: z.enum(['eligible', 'not-eligible', 'eligible-once']),
  notMet: criteria,
  unknown: criteria,
  /** Exactly the alternatives the check names (in any order); left out: not checked. */
  alternatives: z.optional(ids),
}).check(
  z.refine((set) => !set.notMet.some((id) => set.unknown.includes(id)), {
    message: 'a criterion cannot be both not met and unknown',
    path: ['unknown'],
  }),
);
export type SaferSet = z.infer<typeof SaferSet>;

/**
 * Parses the modules of `import.meta.glob('./*.json', { eager: true, import: 'default' })`: every
 * set valid, named as its file, names unique. Throws naming the file and each bad field.
 */
export function parseFixtures<T extends { name: string }>(
  schema: z.ZodMiniType<T>,
  modules: Record<string, unknown>,
): T[] {
  const sets = Object.entries(modules)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, raw]) => {
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        throw new Error(
          `${path} is not a valid answer set:\n${formatProblems(problemsOf(parsed.error, raw))}`,
        );
      }
      const file = path.replace(/^.*\//, '').replace(/\.json$/, '');
      if (parsed.data.name !== file) throw new Error(`${path}: name must be "${file}", as the file is named`);
      return parsed.data;
    });
  if (sets.length === 0) throw new Error('no answer sets found');
  return sets;
}

/**
 * A folder's answer sets (`modules`: its `import.meta.glob` of JSON files), parsed by parseFixtures,
 * and the one set of a name (`named`; a missing one throws, naming it as `what`).
 */
export function fixtureSets<T extends { name: string }>(
  schema: z.ZodMiniType<T>,
  modules: Record<string, unknown>,
  what: string,
) {
  const sets: readonly T[] = parseFixtures(schema, modules);
  const named = (name: string): T => {
    const set = sets.find((s) => s.name === name);
    if (!set) throw new Error(`no ${what} named ${name}`);
    return set;
  };
  return { sets, named };
}

const thresholds = uniqueList(THRESHOLDS, 'threshold');

/**
 * A professional MARAC threshold check: the answers, the verdict, which thresholds are met, not met
 * or not known (every threshold in exactly one list), and, when given, exactly the next steps.
 */
export const MaracSet = namedSet({
  answers: MaracAnswers,
  verdict: z.enum(MARAC_VERDICTS),
  met: thresholds,
  notMet: thresholds,
  unknown: thresholds,
  /** Exactly the next steps the check names, in order; left out: not checked. */
  next: z.optional(z.array(z.enum(NEXT_STEPS))),
}).check(
  z.refine(
    (set) => [...set.met, ...set.notMet, ...set.unknown].sort().join() === [...THRESHOLDS].sort().join(),
    {
      message: 'every threshold must be in exactly one of met, notMet and unknown',
      path: ['unknown'],
    },
  ),
);
export type MaracSet = z.infer<typeof MaracSet>;
