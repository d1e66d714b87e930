/**
 * Every distinct page of the service, in Chromium against the production server, checked for:
 *
 * - accessibility: 0 axe-core violations (WCAG 2.0, 2.1 and 2.2, A and AA), on the page, on each
 *   question's error state (Continue with nothing chosen), and on each result and verdict page as
 *   printed (print media);
 * - reflow: at 320 px wide, and at 1280 px zoomed to 200% (640 CSS px), no sideways scrolling and
 *   nothing cut off;
 * - focus: tabbing through the page at both sizes and at 1280 px, forwards and backwards, the sticky exit
 *   bar never covers the focused element.
 *
 * The pages are not listed by hand: they are generated from the machines (support/model.ts), every
 * state of triageMachine and saferMachine, each result wording and each SAFER verdict, reached along
 * the machines' shortest paths, grouped into a few tours that are each driven once through the UI.
 * The start, "before you start", "staying safe online" and professional start pages come first.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { COMMON, INTERRUPTION, ONLINE_SAFETY, PROFESSIONAL_START, START } from '../../src/content/pages';
import { saferStep } from '../../src/content/steps';
import { axeViolations, focusProblems, layoutProblems, reflowProblems } from './support/checks';
import { DEFAULT_AT, drivePath, FIRST_HEADING, openFlow, openStart, waitForHeading } from './support/drive';
import { harnessForFile } from './support/harness';
import { type ModelSnapshot, modelPages, modelTours } from './support/model';

const h = harnessForFile();

/** A tour checks up to 18 pages, each with axe at least twice: far longer than one journey. */
const TOUR_TIMEOUT = 300_000;
const PAGES_TIMEOUT = 120_000;

async function newPage(): Promise<Page> {
  const page = await h.newPage();
  await page.clock.setFixedTime(new Date(DEFAULT_AT));
  return page;
}

/** Everything checked on the page as it stands, each problem prefixed with the page's name. */
async function checkPage(page: Page, name: string, options: { focus?: boolean } = {}): Promise<string[]> {
  const problems = [...(await axeViolations(page)), ...(await layoutProblems(page, options))];
  return problems.map((p) => `${name}: ${p}`);
}

/** A question page with nothing chosen, sent: the error summary and message, then every check. */
async function checkErrorState(page: Page, name: string): Promise<string[]> {
  await page.getByRole('button', { name: COMMON.continue, exact: true }).click();
  await page.getByRole('heading', { name: COMMON.errorSummaryTitle }).waitFor();
  const problems: string[] = [];
  // The title is set once the page is painted (src/ui/afterPaint.ts): wait for it, a few seconds at most.
  const titled = await page
    .waitForFunction(() => document.title.startsWith('Error: '), null, { timeout: 5_000 })
    .then(
      () => true,
      () => false,
    );
  if (!titled) problems.push(`${name}: the title does not start "Error: "`);
  if ((await page.locator('.govuk-error-message').count()) !== 1)
    problems.push(`${name}: no error message by the field`);
  return [...problems, ...(await checkPage(page, name, { focus: false }))];
}

/** The page as printed: axe on the print styles. */
async function checkPrint(page: Page, name: string): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const problems = await axeViolations(page);
  await page.emulateMedia({ media: 'screen' });
  return problems.map((p) => `${name} (print): ${p}`);
}

describe('the checks catch what they look for', () => {
  it('an image with no text, a box wider than the screen, and focus under the exit bar', async () => {
    const page = await newPage();
    await openStart(page, h.app.origin);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await reflowProblems(page, '320 px')).toEqual([]);
    expect(await focusProblems(page, '320 px')).toEqual([]);

    // Made through the DOM and CSSOM, which the CSP allows (a style attribute would be refused).
    await page.evaluate(() => {
      const main = document.querySelector('main') as HTMLElement;
      const image = document.createElement('img');
      image.src = '/favicon.svg';
      main.prepend(image);
      const wide = document.createElement('p');
      wide.textContent = 'A box wider than the screen';
      wide.style.width = '600px';
      main.append(wide);
      // Without this the browser scrolls a focused element to just under the bar, not under it.
      document.documentElement.style.scrollPaddingTop = '0px';
    });
    expect((await axeViolations(page)).join('\n')).toMatch(/^axe image-alt/m);
    const reflow = (await reflowProblems(page, '320 px')).join('\n');
    expect(reflow).toContain('the page scrolls sideways');
    expect(reflow).toContain('"A box wider than the screen" is cut off');
    expect((await focusProblems(page, '320 px')).join('\n')).toMatch(/Shift\+Tab: the exit bar .* covers/);
    await page.context().close();
  });
});

describe('the pages before the questions', () => {
  it('start, before you start, staying safe online: no axe violation, reflow, focus clear of the exit bar', {
    timeout: PAGES_TIMEOUT,
  }, async () => {
    const page = await newPage();
    const problems: string[] = [];
    await openStart(page, h.app.origin);
    problems.push(...(await checkPage(page, 'start')));
    await page.getByRole('button', { name: COMMON.startNow }).click();
    await waitForHeading(page, INTERRUPTION.title);
    problems.push(...(await checkPage(page, 'before you start')));
    await page.getByRole('button', { name: INTERRUPTION.onlineSafetyLink }).click();
    await waitForHeading(page, ONLINE_SAFETY.title);
    problems.push(...(await checkPage(page, 'staying safe online')));
    expect(problems).toEqual([]);
    expect(h.problems(page)).toEqual([]);
    await page.context().close();
  });

  it('the professional start page (?mode=professional, and from the start page)', {
    timeout: PAGES_TIMEOUT,
  }, async () => {
    const page = await newPage();
    const problems: string[] = [];
    await openStart(page, h.app.origin, 'safer');
    await waitForHeading(page, PROFESSIONAL_START.title);
    problems.push(...(await checkPage(page, 'professional start')));
    await openStart(page, h.app.origin);
    await page.getByRole('button', { name: START.professionalLink }).click();
    await waitForHeading(page, PROFESSIONAL_START.title);
    problems.push(...(await checkPage(page, 'professional start, from the start page', { focus: false })));
    expect(problems).toEqual([]);
    expect(h.problems(page)).toEqual([]);
    await page.context().close();
  });
});

describe('the way into each flow', () => {
  /**
   * Waits until the flow's code, fetched while the person reads the page before, has been run (the
   * same module, imported again from the page, resolves once it has), then presses the button in the
   * page and reads the heading as the next frame begins: the next page must be there, with no
   * "Loading" page (React.lazy alone showed one, and React then held the question back for 300 ms).
   */
  async function pressOnceLoaded(page: Page, chunk: RegExp, button: string): Promise<string | undefined> {
    const url = await page
      .waitForFunction(
        (source) =>
          performance
            .getEntriesByType('resource')
            .map((entry) => entry.name)
            .find((name) => new RegExp(source).test(name)),
        chunk.source,
        { timeout: 10_000 },
      )
      .catch(() => {
        throw new Error(`the flow's code (${chunk}) was not fetched before the person asked for it`);
      });
    const module = (await url.jsonValue()) as string;
    // A string, so that vitest does not rewrite the page's import() into its own loader.
    return page.evaluate(`(async () => {
      await import(${JSON.stringify(module)});
      // The app's own import of it settles in the same idle moment (its preload waits on the chunk's
      // <link rel="modulepreload"> first), as it has long before a person presses.
      await new Promise((resolve) => requestIdleCallback(resolve));
      const target = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(button)});
      target.click();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return document.querySelector('h1')?.textContent ?? undefined;
    })()`);
  }

  it('shows the first question as Continue is pressed on “Before you start”', async () => {
    // No fixed clock: it hides the page's resource timings, which say where the flow's code is.
    const page = await h.newPage();
    await openStart(page, h.app.origin);
    await page.getByRole('button', { name: COMMON.startNow }).click();
    await waitForHeading(page, INTERRUPTION.title);
    expect(await pressOnceLoaded(page, /\/assets\/flows-[^/]+\.js$/, COMMON.continue)).toBe(
      FIRST_HEADING.triage,
    );
    expect(h.problems(page)).toEqual([]);
    await page.context().close();
  });

  it('runs zod and the schemas before it asks for the flows’ code (two tasks, not one long one)', async () => {
    const page = await h.newPage();
    await openStart(page, h.app.origin);
    await page.getByRole('button', { name: COMMON.startNow }).click();
    await waitForHeading(page, INTERRUPTION.title);
    const timing = (await page
      .waitForFunction(
        () => {
          const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
          const schemas = entries.find((e) => /\/assets\/schemas-[^/]+\.js$/.test(e.name));
          const flows = entries.find((e) => /\/assets\/flows-[^/]+\.js$/.test(e.name));
          return schemas && flows ? { schemasEnd: schemas.responseEnd, flowsStart: flows.startTime } : false;
        },
        undefined,
        { timeout: 10_000 },
      )
      .then((handle) => handle.jsonValue())) as { schemasEnd: number; flowsStart: number };
    expect(timing.flowsStart).toBeGreaterThanOrEqual(timing.schemasEnd);
    expect(h.problems(page)).toEqual([]);
    await page.context().close();
  });

  it('shows the first SAFER question as Start now is pressed on the SAFER check’s start page', async () => {
    // No fixed clock: it hides the page's resource timings, which say where the flow's code is.
    const page = await h.newPage();
    await openStart(page, h.app.origin, 'safer');
    await waitForHeading(page, PROFESSIONAL_START.title);
    expect(await pressOnceLoaded(page, /\/assets\/flows-[^/]+\.js$/, COMMON.startNow)).toBe(
      FIRST_HEADING.safer,
    );
    expect(h.problems(page)).toEqual([]);
    await page.context().close();
  });
});

describe('every page of the machines', () => {
  const pages = modelPages();
  const tours = modelTours();

  it('covers every page of the three machines, each on one tour', () => {
    const keys = pages.map((p) => p.key);
    expect(tours.flatMap((t) => t.pages).sort()).toEqual([...keys].sort());
    // The pages the issue names are among them.
    for (const key of [
      'triage emergency',
      'triage checkAnswers',
      'triage result: self',
      'triage result: someone-else',
      'triage result: own-behaviour',
      'triage result: under-16 (self)',
      'safer checkAnswers',
      'safer verdict: eligible',
      'safer verdict: not-eligible',
      'safer verdict: eligible-once',
      'marac area',
      'marac dashYesCount',
      'marac eventsInLast6Months',
      'marac checkAnswers',
      'marac verdict: refer',
      'marac verdict: refer (SAFER)',
      'marac verdict: refer-where-they-live',
      'marac verdict: not-known-yet',
      'marac verdict: not-high-risk',
    ])
      expect(keys).toContain(key);
    expect(pages.filter((p) => p.question).length).toBeGreaterThanOrEqual(20);
  });

  // Side by side (up to eight, as the journeys): one at a time left the cores idle about a third of
  // the time (each Tab of the focus walk waits on a round trip to the page); side by side they are
  // busy, and the file took 79 s against 86 (docs/performance.md, "The test suite's time").
  it.concurrent.for(tours.map((tour) => [tour.name, tour] as const))(
    '%s',
    { timeout: TOUR_TIMEOUT },
    async ([, tour], { expect }) => {
      const page = await newPage();
      await openFlow(page, h.app.origin, tour.path.flow);
      const toCheck = new Set(tour.pages);
      const problems: string[] = [];
      const checked: string[] = [];
      await drivePath(page, tour.path, async (key: string, snapshot: ModelSnapshot) => {
        if (!toCheck.has(key)) return;
        toCheck.delete(key);
        checked.push(key);
        problems.push(...(await checkPage(page, key)));
        const state = String(snapshot.value);
        if (state === 'result' || state === 'verdict') problems.push(...(await checkPrint(page, key)));
        if (pages.find((p) => p.key === key)?.question)
          problems.push(...(await checkErrorState(page, `${key} (error)`)));
      });
      expect(checked).toEqual(tour.pages);
      expect(problems).toEqual([]);
      expect(h.problems(page)).toEqual([]);
      await page.context().close();
    },
  );
});

/** Holds the app's chunk (src/boot.tsx) back until the returned function is called. */
async function holdApp(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/assets/boot-*.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Whether the app has taken over the page (React's own property on the heading). */
const appHasStarted = () => {
  const heading = document.querySelector('h1');
  return heading !== null && Object.keys(heading).some((key) => key.startsWith('__reactFiber'));
};

describe('the start page in the HTML', () => {
  it('is hydrated by the app, not replaced: the same heading element, no error, and it works', async () => {
    const page = await h.newPage();
    // Hold the app back until the static page's heading is marked.
    const release = await holdApp(page);
    await page.goto(`${h.app.origin}/`);
    expect(await page.locator('h1').textContent()).toBe(START.title);
    await page.evaluate(() => {
      (window as unknown as { staticHeading: Element | null }).staticHeading = document.querySelector('h1');
    });
    release();
    await page.waitForFunction(appHasStarted);
    expect(
      await page.evaluate(
        () =>
          (window as unknown as { staticHeading: Element | null }).staticHeading ===
          document.querySelector('h1'),
      ),
    ).toBe(true);
    await page.getByRole('button', { name: COMMON.startNow }).click();
    await waitForHeading(page, INTERRUPTION.title);
    expect(h.problems(page)).toEqual([]);
  });

  it('is on screen before the app is even requested: the app never competes with the first paint', async () => {
    for (let run = 0; run < 3; run++) {
      const page = await h.newPage();
      await page.goto(`${h.app.origin}/`);
      await page.waitForFunction(appHasStarted);
      const { paint, app } = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        app: performance
          .getEntriesByType('resource')
          .find((entry) => /\/assets\/boot-[^/]+\.js$/.test(entry.name))?.startTime,
      }));
      expect(paint).toBeTypeOf('number');
      expect(app).toBeTypeOf('number');
      expect(app).toBeGreaterThanOrEqual(paint as number);
      expect(h.problems(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('is replaced, not hydrated, where the first page differs (?mode=professional)', async () => {
    const page = await h.newPage();
    await page.goto(`${h.app.origin}/?mode=professional`);
    await waitForHeading(page, PROFESSIONAL_START.title);
    expect(await page.getByRole('heading', { name: START.title }).count()).toBe(0);
    expect(h.problems(page)).toEqual([]);
  });

  it.each([
    ['Start now', COMMON.startNow, INTERRUPTION.title],
    ['the professionals’ link', START.professionalLink, PROFESSIONAL_START.title],
  ])(
    'keeps a press on %s made before the app has loaded, and acts on it once it has',
    async (_, name, next) => {
      const page = await h.newPage();
      const release = await holdApp(page);
      await page.goto(`${h.app.origin}/`);
      await page.getByRole('button', { name }).click();
      expect(await page.locator('h1').textContent()).toBe(START.title);
      release();
      await waitForHeading(page, next);
      expect(h.problems(page)).toEqual([]);
    },
  );

  it('hides the HTML’s start buttons while the app replaces the page, so none is pressed in vain', async () => {
    const page = await h.newPage();
    const release = await holdApp(page);
    await page.goto(`${h.app.origin}/?mode=professional`);
    expect(await page.locator('h1').textContent()).toBe(START.title);
    for (const name of [COMMON.startNow, START.professionalLink])
      expect(await page.getByRole('button', { name }).isVisible()).toBe(false);
    // The help on the page stays in view meanwhile.
    expect(await page.locator('a[href="tel:08082000247"]').isVisible()).toBe(true);
    release();
    await waitForHeading(page, PROFESSIONAL_START.title);
    await page.getByRole('button', { name: COMMON.startNow }).click();
    await waitForHeading(page, saferStep('ageBand').title);
    expect(h.problems(page)).toEqual([]);
  });
});
