/**
 * Driving the app the way a person does: by reading the page's `<h1>` and clicking labels. Shared by
 * the page tests and the journey tests.
 */
import { act, configure, render, screen, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { expect, vi } from 'vitest';
import {
  SAFER_QUESTIONS,
  type SaferAnswers,
  TRIAGE_QUESTIONS,
  type TriageAnswers,
  type TriageQuestion,
} from '../../schemas/answers';
import type { Directory } from '../../schemas/directory';
import { MARAC_QUESTIONS, type MaracAnswers } from '../../schemas/marac';
import type { Recommendation } from '../../schemas/output';
import { maracStep } from '../../src/content/maracSteps';
import { COMMON } from '../../src/content/pages';
import { CHECK_ANSWERS, EMERGENCY_PAGE } from '../../src/content/results';
import { type StepCopy, saferStep, triageStep } from '../../src/content/steps';
import { bundledDirectory } from '../../src/directory/bundled';
import { App } from '../../src/ui/App';
import { formValueOf } from '../../src/ui/forms';
import { GROUPS, groupOf, needsAccessibleRoutes } from '../../src/ui/resultLayout';

// The wizards' code is loaded on demand (React.lazy). Load it once up front, so that a busy machine
// transforming it for the first time does not make a test time out; and wait longer for pages.
await Promise.all([
  import('../../src/ui/wizard/TriageWizard'),
  import('../../src/ui/safer/SaferWizard'),
  import('../../src/ui/marac/MaracWizard'),
]);
configure({ asyncUtilTimeout: 5000 });
// A whole journey is dozens of clicks; with every test file running at once on two cores, allow time.
vi.setConfig({ testTimeout: 30_000 });

export type User = ReturnType<typeof userEvent.setup>;

export function renderApp(props: { professional?: boolean } = {}) {
  // No delays, no hover events and no pointer-events style checks: the same clicks, much faster.
  const user = userEvent.setup({
    delay: null,
    skipHover: true,
    pointerEventsCheck: PointerEventsCheckLevel.Never,
  });
  const view = render(<App {...props} />);
  return { user, ...view };
}

export const heading = () => screen.getByRole('heading', { level: 1 });

/** Waits until the page has been painted: the title and focus are set then (src/ui/afterPaint.ts). */
export const painted = () =>
  act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

/** From the start page to the first question. */
export async function startTriage(user: User) {
  await user.click(screen.getByRole('button', { name: COMMON.startNow }));
  await user.click(await screen.findByRole('button', { name: COMMON.continue }));
  await screen.findByRole('heading', { level: 1, name: triageStep('immediateDanger', undefined).title });
}

/**
 * Ticks the labels that give `answer` on a question page (checkboxes "none" for an empty list), or
 * types a number into a number question's box.
 */
export async function choose(user: User, copy: StepCopy, answer: unknown) {
  const value = formValueOf(copy, answer);
  const values = Array.isArray(value) ? value : [value];
  const options = [
    ...copy.options,
    ...(copy.orOption ? [copy.orOption] : []),
    ...(copy.notKnown ? [copy.notKnown] : []),
  ];
  if (copy.kind === 'number' && typeof answer === 'number') {
    const box = screen.getByLabelText(copy.inputLabel ?? '');
    await user.clear(box);
    await user.type(box, String(answer));
    return;
  }
  for (const v of values) {
    const option = options.find((o) => o.value === v);
    if (!option) throw new Error(`no option ${String(v)} on "${copy.title}"`);
    await user.click(screen.getByLabelText(option.label));
  }
}

/** The self-service question whose title is the page's heading now, for this role. */
export function currentTriageQuestion(role: TriageAnswers['role']): TriageQuestion | undefined {
  const text = heading().textContent;
  return TRIAGE_QUESTIONS.find((q) => triageStep(q, role).title === text);
}

export interface Journey {
  emergencyShown: boolean;
  asked: TriageQuestion[];
}

/**
 * Answers every question the app asks from `answers`, reading each page's heading; continues past the
 * emergency page. Ends on "Check your answers".
 */
export async function driveTriageToCheckAnswers(user: User, answers: TriageAnswers): Promise<Journey> {
  const journey: Journey = { emergencyShown: false, asked: [] };
  for (let step = 0; step < 40; step++) {
    const text = heading().textContent;
    if (text === EMERGENCY_PAGE.title) {
      journey.emergencyShown = true;
      await user.click(screen.getByRole('button', { name: COMMON.continue }));
    } else if (text === CHECK_ANSWERS.title) {
      return journey;
    } else {
      const question = currentTriageQuestion(answers.role);
      if (!question) throw new Error(`an unexpected page: "${text}"`);
      if (answers[question] === undefined)
        throw new Error(`the app asks ${question}, which the answers lack`);
      journey.asked.push(question);
      await choose(user, triageStep(question, answers.role), answers[question]);
      await user.click(screen.getByRole('button', { name: COMMON.continue }));
    }
    // The next page has taken focus: its heading.
    await screen.findByRole('heading', { level: 1 });
  }
  throw new Error('the journey did not reach check answers');
}

/** driveTriageToCheckAnswers, then confirms "Check your answers". Ends on the result page. */
export async function driveTriageUi(user: User, answers: TriageAnswers): Promise<Journey> {
  const journey = await driveTriageToCheckAnswers(user, answers);
  await user.click(screen.getByRole('button', { name: CHECK_ANSWERS.confirm }));
  return journey;
}

/** A professional check's question on screen now: the one whose page title is the heading. */
function currentQuestion<Q extends string>(questions: readonly Q[], stepOf: (question: Q) => StepCopy) {
  const text = heading().textContent;
  return questions.find((q) => stepOf(q).title === text);
}

/**
 * Answers a professional check, each question it asks with `answerOf` (missing → "Not known yet"), up
 * to "Check your answers".
 */
async function driveCheckUi<Q extends string>(
  user: User,
  check: { name: string; questions: readonly Q[]; step: (question: Q) => StepCopy },
  answerOf: (question: Q) => unknown,
) {
  for (let step = 0; step < 20; step++) {
    // The page (and, the first time, the check's code) has loaded: its heading is there.
    await screen.findByRole('heading', { level: 1 });
    if (heading().textContent === CHECK_ANSWERS.title) return;
    const question = currentQuestion(check.questions, check.step);
    if (!question) throw new Error(`an unexpected page: "${heading().textContent}"`);
    await choose(user, check.step(question), answerOf(question) ?? null);
    await user.click(screen.getByRole('button', { name: COMMON.continue }));
  }
  throw new Error(`the ${check.name} check did not reach check answers`);
}

const MARAC = { name: 'MARAC', questions: MARAC_QUESTIONS, step: maracStep };
const SAFER = { name: 'SAFER', questions: SAFER_QUESTIONS, step: saferStep };

/** The MARAC question on screen now. */
export const currentMaracQuestion = () => currentQuestion(MARAC.questions, MARAC.step);

/** Answers the MARAC check from `answers` (missing → "Not known yet"), up to "Check your answers". */
export const driveMaracUi = (user: User, answers: MaracAnswers) =>
  driveCheckUi(user, MARAC, (question) =>
    // "unknown" is the contract's word for an area not known: the page's "Not known yet".
    question === 'area' && answers.area === 'unknown' ? null : answers[question],
  );

/** The SAFER question on screen now. */
export const currentSaferQuestion = () => currentQuestion(SAFER.questions, SAFER.step);

/** Answers the SAFER check from `answers` (missing → "Not known yet"), up to "Check your answers". */
export const driveSaferUi = (user: User, answers: SaferAnswers) =>
  driveCheckUi(user, SAFER, (question) => answers[question]);

/** The bundled directory's phone line for service `id`. */
export function directoryPhone(id: string) {
  const phone = bundledDirectory.services.find((s) => s.id === id)?.contacts.find((c) => c.type === 'phone');
  if (phone?.type !== 'phone') throw new Error(`no ${id} phone in the directory`);
  return phone;
}

/** Within `scope`, the phone's number is a tap-to-call link with its digits only. */
export function expectCallLink(scope: Pick<typeof screen, 'getByRole'>, phone: { number: string }) {
  expect(scope.getByRole('link', { name: phone.number })).toHaveAttribute(
    'href',
    `tel:${phone.number.replace(/ /g, '')}`,
  );
}

/** The ids of the recommendation cards on the page, in page order. */
export const shownRecommendations = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLElement>('[data-recommendation]')].map(
    (el) => el.dataset.recommendation,
  );

/**
 * What the page must show for the engine's list: every recommendation once, under the groups in
 * their fixed order (src/ui/resultLayout.ts GROUPS), each group in the engine's order.
 */
export function expectedOrder(recommendations: Recommendation[]) {
  const accessible = needsAccessibleRoutes(recommendations);
  return GROUPS.flatMap((group) =>
    recommendations.filter((r) => groupOf(r, accessible) === group).map((r) => r.id),
  );
}

/** Every card's heading is the directory's name for that service. */
export function expectCardNames(container: HTMLElement, directory: Directory) {
  for (const card of container.querySelectorAll<HTMLElement>('[data-recommendation]')) {
    const service = directory.services.find((s) => s.id === card.dataset.recommendation);
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(service?.name ?? '');
  }
}
