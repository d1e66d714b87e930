/**
 * Driving the real app in Chromium the way a person does, along a path of the machines (see
 * model.ts): tick the labels of each answer, press Continue, and after each step check that the page's
 * one `<h1>` is the page the machine is in. Shared by the journey, page and keyboard tests and the bench.
 */
import type { Page } from 'playwright-core';
import { MARAC_PAGE } from '../../../src/content/marac';
import { maracStep } from '../../../src/content/maracSteps';
import { COMMON, PROFESSIONAL_START, START } from '../../../src/content/pages';
import { CHECK_ANSWERS } from '../../../src/content/results';
import { saferStep, triageStep } from '../../../src/content/steps';
import {
  expectedHeading,
  type Flow,
  formChoices,
  INIT,
  type ModelPath,
  type ModelSnapshot,
  type ModelStep,
  pageKey,
  questionCopy,
} from './model';

/** The time the tests pin the page's clock to, unless an answer set names its own: a Monday, 10:00 UK time. */
export const DEFAULT_AT = '2026-11-23T10:00:00Z';

/** The first question of each flow. */
export const FIRST_HEADING: Record<Flow, string> = {
  triage: triageStep('immediateDanger', undefined).title,
  safer: saferStep('ageBand').title,
  marac: maracStep('area').title,
};

/** The address each flow starts from. */
export const startPath = (flow: Flow) => (flow === 'triage' ? '/' : '/?mode=professional');

/** The button on a flow's start page that leads into it. */
export const startButton = (flow: Flow): string =>
  flow === 'marac' ? PROFESSIONAL_START.maracStart : COMMON.startNow;

/** The button on a flow's "Check your answers" page that leads to its result. */
export const confirmButton = (flow: Flow): string =>
  flow === 'triage'
    ? CHECK_ANSWERS.confirm
    : flow === 'marac'
      ? MARAC_PAGE.confirm
      : CHECK_ANSWERS.saferConfirm;

/**
 * Waits until the page shows one `<h1>` and it reads `text`, and the page is whole (the result page
 * renders its folded groups' cards a render after its first screen, `data-pending` meanwhile); throws
 * naming what is there instead.
 */
export async function waitForHeading(page: Page, text: string, timeout = 15_000): Promise<void> {
  try {
    await page.waitForFunction(
      (wanted) => {
        // What is shown: a page made ahead is in the document too, hidden (display: none). (No named
        // function inside: tsx would wrap it in a helper the page does not have.)
        const headings = [...document.querySelectorAll('h1')].filter((e) => e.checkVisibility());
        const pending = [...document.querySelectorAll('[data-pending]')].filter((e) => e.checkVisibility());
        return headings.length === 1 && headings[0]?.textContent === wanted && pending.length === 0;
      },
      text,
      // Every 20 ms, not every frame (Playwright's default): polling by frame makes each page waited on
      // draw 60 frames a second, and with eight journeys side by side on two cores that work slowed them.
      { timeout, polling: 20 },
    );
  } catch (error) {
    const shown = await page.locator('h1:visible').allTextContents();
    throw new Error(`expected one <h1> "${text}", but the page shows ${JSON.stringify(shown)}`, {
      cause: error,
    });
  }
}

/**
 * Opens the service and goes to the first question of the flow, by clicking. Returns the length of the
 * history as the service was opened (before any step could add to it).
 */
export async function openFlow(page: Page, origin: string, flow: Flow): Promise<number> {
  await page.goto(`${origin}${startPath(flow)}`);
  const historyLength = await page.evaluate(() => window.history.length);
  await page.getByRole('button', { name: startButton(flow) }).click();
  if (flow === 'triage') {
    await waitForHeading(page, 'Before you start: leaving this site quickly');
    await page.getByRole('button', { name: COMMON.continue, exact: true }).click();
  }
  await waitForHeading(page, FIRST_HEADING[flow]);
  return historyLength;
}

/** The start page, as a person arriving sees it. */
export async function openStart(page: Page, origin: string, flow: Flow = 'triage'): Promise<void> {
  await page.goto(`${origin}${startPath(flow)}`);
  await page.getByRole('button', { name: COMMON.startNow }).waitFor();
  if (flow === 'triage') await waitForHeading(page, START.title);
}

/** What gives `value` on the question page of `before`: the labels to tick, or a number to type. */
export function answerInputs(
  flow: Flow,
  before: ModelSnapshot,
  value: unknown,
): { labels: string[] } | { label: string; number: number } {
  const question = String(before.value);
  const copy = questionCopy(flow, question, before.context.answers);
  const options = [
    ...copy.options,
    ...(copy.orOption ? [copy.orOption] : []),
    ...(copy.notKnown ? [copy.notKnown] : []),
  ];
  if (copy.kind === 'number' && typeof value === 'number')
    return { label: copy.inputLabel ?? '', number: value };
  return {
    labels: formChoices(copy, value).map((choice) => {
      const option = options.find((o) => o.value === choice);
      if (!option) throw new Error(`no option ${choice} on "${copy.title}"`);
      return option.label;
    }),
  };
}

/** Ticks the labels that give `value` on the question page of `before`. */
export async function chooseAnswer(page: Page, flow: Flow, before: ModelSnapshot, value: unknown) {
  const inputs = answerInputs(flow, before, value);
  if ('number' in inputs) {
    await page.getByLabel(inputs.label, { exact: true }).fill(String(inputs.number));
    return;
  }
  for (const label of inputs.labels) await page.getByLabel(label, { exact: true }).check();
}

/** Takes one step of a path in the UI (from the page of `before`), then waits for the step's page. */
export async function takeStep(page: Page, flow: Flow, before: ModelSnapshot, step: ModelStep) {
  const { event } = step;
  if (event.type === 'CONTINUE') {
    await page.getByRole('button', { name: COMMON.continue, exact: true }).click();
  } else if (event.type === 'CONFIRM') {
    await page.getByRole('button', { name: confirmButton(flow), exact: true }).click();
  } else if (event.type.startsWith('ANSWER.')) {
    await chooseAnswer(page, flow, before, (event as { value: unknown }).value);
    await page.getByRole('button', { name: COMMON.continue, exact: true }).click();
  } else {
    throw new Error(`no UI action for ${event.type}`);
  }
  await waitForHeading(page, expectedHeading(step.state));
}

/**
 * Drives a path from its flow's first question (where the page must be) to its end. `onPage` runs on
 * each page reached, the first question included, with the page's key and snapshot.
 */
export async function drivePath(
  page: Page,
  path: ModelPath,
  onPage?: (key: string, snapshot: ModelSnapshot) => Promise<void>,
): Promise<void> {
  const [first, ...rest] = path.steps;
  if (!first || (first.event.type as string) !== INIT)
    throw new Error('a path starts with the machine starting');
  await waitForHeading(page, expectedHeading(first.state));
  await onPage?.(pageKey(first.state), first.state);
  let before = first.state;
  for (const step of rest) {
    await takeStep(page, path.flow, before, step);
    await onPage?.(pageKey(step.state), step.state);
    before = step.state;
  }
}
