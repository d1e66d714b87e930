/**
 * The engine as a library: `runTriage(answers, { at })`, `checkSafer(answers)` and
 * `checkMarac(answers)`. Each drives the
 * same machines the wizard drives, then word the result with the copy in src/content. The command
 * line, the result pages and the tests all call these.
 */
import type * as z from 'zod/mini';
import { driveMarac, driveSafer, driveTriage } from '../../machines/drive';
import { assessMarac } from '../../machines/marac';
import { servesArea } from '../../machines/predicates';
import { recommend } from '../../machines/recommend';
import { assessSafer } from '../../machines/safer';
import {
  SAFER_QUESTIONS,
  SaferAnswers,
  saferContradictions,
  TRIAGE_QUESTIONS,
  TriageAnswers,
  triageFields,
} from '../../schemas/answers';
import type { Directory, Schedule, Service } from '../../schemas/directory';
import { allowedBy, type FieldProblem, problemsOf } from '../../schemas/issues';
import { MARAC_QUESTIONS, MaracAnswers, type MaracResult } from '../../schemas/marac';
import type { Recommendation, SaferResult, TriageResult } from '../../schemas/output';
import { areaReasonText, NEXT_STEP_COPY, thresholdReasonText } from '../content/marac';
import { reasonText } from '../content/reasons';
import { ALTERNATIVE_REASONS, criterionReasonText } from '../content/safer';
import { bundledDirectory } from '../directory/bundled';
import { isOpen, nextOpening } from './hours';

export class AnswersError extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join('\n'));
    this.name = 'AnswersError';
  }
}

export interface TriageOptions {
  /** The time "open now" is worked out for. Default: now. */
  at?: Date;
  directory?: Directory;
}

/** Every schedule of a service: its own, and each contact's. */
export function schedulesOf(service: Service): Schedule[] {
  const own = service.hours ? [service.hours] : [];
  return [...own, ...service.contacts.flatMap((c) => ('hours' in c && c.hours ? [c.hours] : []))];
}

function openingOf(
  service: Service | undefined,
  at: Date,
): Pick<Recommendation, 'openNow' | 'open24Hours' | 'opensNext'> {
  const schedules = service ? schedulesOf(service) : [];
  if (schedules.length === 0) return { openNow: null, open24Hours: false };
  const openNow = schedules.some((s) => isOpen(s, at));
  const open24Hours = schedules.some((s) => s.kind === 'always');
  if (openNow) return { openNow, open24Hours };
  const next = schedules
    .map((s) => nextOpening(s, at))
    .filter((n) => n !== undefined)
    .sort((x, y) => x.inDays - y.inDays || x.time.localeCompare(y.time))[0];
  return next ? { openNow, open24Hours, opensNext: next } : { openNow, open24Hours };
}

/** Answers as a contract's schema parses them; else an AnswersError naming each bad field. */
function parseContract<A>(
  schema: { safeParse: (input: unknown) => z.core.util.SafeParseResult<A> },
  knownFields: readonly string[],
  input: unknown,
): A {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AnswersError(problemsOf(parsed.error, input, { knownFields }));
  return parsed.data;
}

/** Parses answers (throws AnswersError naming each bad field) and checks every asked question is answered. */
export function parseTriageAnswers(input: unknown) {
  const drive = driveTriage(parseContract(TriageAnswers, TRIAGE_QUESTIONS, input));
  if (!drive.ok) {
    throw new AnswersError(
      drive.missing.map((field) => ({
        field,
        message: `is not answered, and the flow asks it here: ${allowedBy(triageFields[field])}`,
      })),
    );
  }
  return drive;
}

export function runTriage(input: unknown, options: TriageOptions = {}): TriageResult {
  const at = options.at ?? new Date();
  const directory = options.directory ?? bundledDirectory;
  const drive = parseTriageAnswers(input);
  const byId = new Map(directory.services.map((s) => [s.id, s]));
  const recommendations = recommend(drive.answers)
    .filter(({ id }) => {
      const service = byId.get(id);
      return !service || servesArea(service.serviceArea, drive.answers.area);
    })
    .map(({ id, reasons }) => {
      const service = byId.get(id);
      return {
        id,
        kind: service?.kind ?? 'service',
        reasons: reasons.map((code) => reasonText(code, drive.answers)),
        reasonCodes: [...reasons],
        ...openingOf(service, at),
      };
    });
  return {
    recommendations,
    path: drive.asked,
    answers: drive.answers,
    emergency: drive.emergencyShown,
    at: at.toISOString(),
  };
}

export const parseSaferAnswers = (input: unknown): SaferAnswers =>
  parseContract(SaferAnswers, SAFER_QUESTIONS, input);

export function checkSafer(input: unknown): SaferResult {
  const drive = driveSafer(parseSaferAnswers(input));
  // Answers that cannot both be true are refused, naming both fields (the command line: exit 2).
  const contradictions = saferContradictions(drive.answers);
  if (contradictions.length > 0) {
    throw new AnswersError(
      contradictions.flatMap(({ fields, message }) => fields.map((field) => ({ field, message }))),
    );
  }
  const assessment = assessSafer(drive.answers);
  return {
    verdict: assessment.verdict,
    criteria: assessment.criteria.map((c) => ({
      id: c.id,
      status: c.status,
      reason: criterionReasonText(c.reason),
    })),
    alternatives: assessment.alternatives.map((alt) => ({
      id: alt.id,
      reason: ALTERNATIVE_REASONS[alt.reason],
    })),
  };
}

export const parseMaracAnswers = (input: unknown): MaracAnswers =>
  parseContract(MaracAnswers, MARAC_QUESTIONS, input);

/**
 * The Kent & Medway MARAC threshold: every key optional (missing is "not known"); answers to
 * questions the check does not ask (made moot by another answer) are ignored, as for SAFER.
 */
export function checkMarac(input: unknown): MaracResult {
  const { answers } = driveMarac(parseMaracAnswers(input));
  const assessment = assessMarac(answers);
  return {
    verdict: assessment.verdict,
    thresholds: assessment.thresholds.map((t) => ({
      id: t.id,
      status: t.status,
      reason: thresholdReasonText(t.reason, answers),
    })),
    area: { status: assessment.area.status, reason: areaReasonText(assessment.area.reason, answers) },
    next: assessment.next.map((id) => ({ id, reason: NEXT_STEP_COPY[id].reason })),
  };
}
