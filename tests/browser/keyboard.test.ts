/**
 * A whole journey by keyboard alone, in Chromium against the production server: from the start page
 * (Tab to "Start now", Enter) through "before you start", the emergency page, every question (radios:
 * Tab into the group, arrow keys to the answer, Space for the first; checkboxes: Tab to each, Space),
 * "Check your answers" (Space on the button) to the result page. No mouse event is sent; the test only
 * reads where focus is. The path is the machine's for the answer set, and each page's `<h1>` is checked.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { answerSet } from '../../fixtures/answers';
import { COMMON, INTERRUPTION, START } from '../../src/content/pages';
import { CHECK_ANSWERS } from '../../src/content/results';
import { runTriage } from '../../src/engine';
import { DEFAULT_AT, waitForHeading } from './support/drive';
import { harnessForFile } from './support/harness';
import { answerPath, expectedHeading, formChoices, INIT, questionCopy } from './support/model';

const h = harnessForFile();

interface Active {
  tag: string;
  type: string | null;
  name: string | null;
  value: string | null;
  text: string;
  checked: boolean;
  /** Its place among the inputs of its name, in page order. */
  index: number;
}

const active = (page: Page): Promise<Active | null> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el || el === document.body) return null;
    const name = el.getAttribute('name');
    const group = name ? [...document.querySelectorAll(`input[name="${name}"]`)] : [];
    return {
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute('type'),
      name,
      value: el.getAttribute('value'),
      text: (el.textContent ?? '').trim(),
      checked: Boolean(el.checked),
      index: group.indexOf(el),
    };
  });

/** Presses Tab until the focused element is the one wanted; fails if it never comes. */
async function tabTo(page: Page, what: string, wanted: (a: Active) => boolean): Promise<Active> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const now = await active(page);
    if (now && wanted(now)) return now;
  }
  throw new Error(`Tab never reached ${what}`);
}

const button = (text: string) => (a: Active) => a.tag === 'button' && a.text === text;

async function pressButton(page: Page, text: string, key: 'Enter' | 'Space' = 'Enter') {
  await tabTo(page, `the "${text}" button`, button(text));
  await page.keyboard.press(key);
}

/** Chooses one radio of the group `name`: Tab into the group, then arrows (or Space on the first). */
async function chooseRadio(page: Page, name: string, value: string) {
  const values = await page
    .locator(`input[name="${name}"]`)
    .evaluateAll((inputs) => inputs.map((i) => i.getAttribute('value')));
  const target = values.indexOf(value);
  if (target < 0) throw new Error(`no radio ${value} in ${name}`);
  let now = await tabTo(page, `the ${name} radios`, (a) => a.name === name);
  if (now.index === target) await page.keyboard.press('Space');
  while (now.index !== target) {
    await page.keyboard.press(now.index < target ? 'ArrowDown' : 'ArrowUp');
    now = (await active(page)) as Active;
  }
  now = (await active(page)) as Active;
  expect(now).toMatchObject({ name, value, checked: true });
}

/** Ticks the checkboxes of `name` with these values: Tab to each, Space. */
async function chooseCheckboxes(page: Page, name: string, chosen: string[]) {
  for (const value of chosen) {
    await tabTo(page, `the ${value} checkbox`, (a) => a.name === name && a.value === value);
    await page.keyboard.press('Space');
    expect(await active(page)).toMatchObject({ name, value, checked: true });
  }
}

describe('a whole journey by keyboard alone', () => {
  it('danger-kent-lives-with-abuser: start page to result page with Tab, arrows, Space and Enter', async () => {
    const set = answerSet('danger-kent-lives-with-abuser');
    const page = await h.newPage();
    await page.clock.setFixedTime(new Date(DEFAULT_AT));
    let mouse = 0;
    await page.exposeFunction('countMouse', () => {
      mouse += 1;
    });
    await page.addInitScript(() => {
      for (const type of ['mousedown', 'mouseup', 'click', 'pointerdown'])
        window.addEventListener(
          type,
          (event) => {
            // A click made by Enter or Space on a button has no pointer: detail 0.
            if (event instanceof MouseEvent && event.detail > 0)
              (window as unknown as { countMouse(): void }).countMouse();
          },
          true,
        );
    });

    await page.goto(h.app.origin);
    await waitForHeading(page, START.title);
    await pressButton(page, COMMON.startNow);
    await waitForHeading(page, INTERRUPTION.title);
    await pressButton(page, COMMON.continue);

    const path = answerPath('triage', set.answers);
    let before = path.steps[0]?.state;
    expect(path.steps[0]?.event.type).toBe(INIT);
    await waitForHeading(page, expectedHeading(before as NonNullable<typeof before>));
    for (const step of path.steps.slice(1)) {
      const snapshot = before as NonNullable<typeof before>;
      const state = String(snapshot.value);
      if (step.event.type === 'CONTINUE') {
        await pressButton(page, COMMON.continue);
      } else if (step.event.type === 'CONFIRM') {
        await pressButton(page, CHECK_ANSWERS.confirm, 'Space');
      } else {
        const copy = questionCopy('triage', state, snapshot.context.answers);
        const choices = formChoices(copy, (step.event as { value: unknown }).value);
        if (copy.kind === 'radios') await chooseRadio(page, state, choices[0] as string);
        else await chooseCheckboxes(page, state, choices);
        await pressButton(page, COMMON.continue);
      }
      await waitForHeading(page, expectedHeading(step.state));
      before = step.state;
    }

    const shown = await page
      .locator('[data-recommendation]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-recommendation')));
    const expected = runTriage(set.answers, { at: new Date(DEFAULT_AT) }).recommendations.map((r) => r.id);
    expect([...shown].sort()).toEqual([...expected].sort());
    // The engine's first recommendation leads, as "Do this now".
    expect(await page.locator('[data-do-this-now]').getAttribute('data-do-this-now')).toBe(set.first);
    expect(mouse).toBe(0);
    expect(h.problems(page)).toEqual([]);
    await page.context().close();
  });
});
