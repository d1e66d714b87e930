/**
 * Every named answer set, driven through the real app in Chromium against the production server, by
 * ticking labels and pressing buttons along the path its answers take through the machine (the page's
 * `<h1>` is checked against the machine's state after every step):
 *
 * - fixtures/answers: the result page shows exactly the engine's recommendations (runTriage with the
 *   same answers at the same pinned time), best next step first, then other help, then court orders
 *   and the law, each in the engine's order, each card named from the directory with the engine's
 *   opening status; and the set's own expectations (must, must not, first) hold.
 * - fixtures/safer, in professional mode: the verdict page shows checkSafer's verdict, each criterion's
 *   status in order, and its alternatives, as the set expects.
 * - fixtures/marac, in professional mode: the result page shows checkMarac's verdict, each threshold's
 *   and the area's status in order, the next steps in order, and the summary to copy only for a
 *   referral; a referral of someone who wants to stay at home leads on to the SAFER check.
 *
 * - fixtures/answers, on a phone (360 × 740): the result page at three pinned times, its first screen,
 *   its links, axe folded and unfolded, and its printout (support/resultPage.ts: issue #12's proof,
 *   run here so that each answer set is driven through the UI once).
 *
 * After each whole journey: nothing left on the device (storage, IndexedDB, Cache Storage, service
 * workers, cookies), no request to any other origin, the address bar never held anything but the
 * service's one address, no history entry per step, no console error and no CSP violation.
 */
import type { Page } from 'playwright-core';
import { describe, type ExpectStatic, expect, it } from 'vitest';
import { answerSets } from '../../fixtures/answers';
import { maracSets } from '../../fixtures/marac';
import { saferSets } from '../../fixtures/safer';
import type { Recommendation } from '../../schemas/output';
import { MARAC_PAGE, MARAC_VERDICT_TITLES } from '../../src/content/marac';
import { COMMON } from '../../src/content/pages';
import { saferStep, triageStep } from '../../src/content/steps';
import { bundledDirectory } from '../../src/directory/bundled';
import { checkMarac, checkSafer, runTriage } from '../../src/engine';
import { doThisNow } from '../../src/engine/doThisNow';
import { SENTINEL_STATE } from '../../src/ui/history';
import { GROUPS, groupOf, needsAccessibleRoutes } from '../../src/ui/resultLayout';
import { DEFAULT_AT, drivePath, FIRST_HEADING, openFlow, startPath, waitForHeading } from './support/drive';
import { harnessForFile } from './support/harness';
import { answerPath, type Flow, type ModelPath } from './support/model';
import { NO_TRACES, type PrivacyWatch, watchPrivacy } from './support/privacy';
import { expectResultOnPhone, PHONE } from './support/resultPage';

const h = harnessForFile();

/**
 * Journeys run side by side (they mostly wait on the page): each may take longer than alone. A
 * self-service journey also checks its result page at three times (axe, a printout).
 */
const JOURNEY_TIMEOUT = 120_000;
const JOURNEY_AND_RESULT_TIMEOUT = 300_000;

/** The cards' order the result page must show for the engine's list: by group, each in the engine's order. */
function expectedOrder(recommendations: Recommendation[]): string[] {
  const accessible = needsAccessibleRoutes(recommendations);
  return GROUPS.flatMap((group) =>
    recommendations.filter((r) => groupOf(r, accessible) === group).map((r) => r.id),
  );
}

interface Journey {
  page: Page;
  watch: PrivacyWatch;
  /** The history's length when the service was opened. */
  historyAtStart: number;
}

async function openJourney(flow: Flow, at: string, viewport?: typeof PHONE): Promise<Journey> {
  const page = await h.newPage();
  if (viewport) await page.setViewportSize(viewport);
  const watch = watchPrivacy(page);
  await page.clock.setFixedTime(new Date(at));
  const historyAtStart = await openFlow(page, h.app.origin, flow);
  return { page, watch, historyAtStart };
}

/**
 * One whole journey: opens the path's flow at `at`, drives the path to its end page, runs `check` on
 * it, then checks that the visit left no trace, and closes the page.
 */
async function journey(
  path: ModelPath,
  expect: ExpectStatic,
  check: (page: Page) => Promise<void>,
  options: { at?: string; viewport?: typeof PHONE } = {},
): Promise<void> {
  const opened = await openJourney(path.flow, options.at ?? DEFAULT_AT, options.viewport);
  await drivePath(opened.page, path);
  await check(opened.page);
  await expectNoTrace(opened, path.flow, expect);
  await opened.page.context().close();
}

/** Nothing kept, nothing sent elsewhere, one address, no history per step, no error. */
async function expectNoTrace({ page, watch, historyAtStart }: Journey, flow: Flow, expect: ExpectStatic) {
  expect(await watch.traces()).toEqual(NO_TRACES);
  const address = `${h.app.origin}${startPath(flow)}`;
  expect(watch.addresses.length).toBeGreaterThan(0);
  expect(new Set(watch.addresses)).toEqual(new Set([address]));
  expect(page.url()).toBe(address);
  const elsewhere = watch.requests.filter((url) => !url.startsWith(`${h.app.origin}/`));
  expect(elsewhere).toEqual([]);
  // At most one entry more than on arrival: the Back sentinel, which holds no answer.
  const history = await watch.history();
  expect(history.length).toBeLessThanOrEqual(historyAtStart + 1);
  expect([null, SENTINEL_STATE]).toContainEqual(history.state);
  expect(h.problems(page)).toEqual([]);
}

/**
 * A test that the answer sets are there (at least `atLeast`), then one journey test per set, side by
 * side, each named after its set.
 */
function eachSet<S extends { name: string }>(
  sets: readonly S[],
  atLeast: number,
  timeout: number,
  test: (set: S, expect: ExpectStatic) => Promise<void>,
) {
  it('has the answer sets', () => {
    expect(sets.length).toBeGreaterThanOrEqual(atLeast);
  });
  it.concurrent.for(sets.map((set) => [set.name, set] as const))('%s', { timeout }, ([, set], { expect }) =>
    test(set, expect),
  );
}

describe('the privacy watch', () => {
  it('sees what a page could leave behind: storage, databases, caches, cookies, an address', async () => {
    const page = await h.newPage();
    const watch = watchPrivacy(page);
    await page.goto(`${h.app.origin}/`);
    expect(await watch.traces()).toEqual(NO_TRACES);
    await page.evaluate(async () => {
      localStorage.setItem('area', 'medway');
      sessionStorage.setItem('role', 'self');
      // biome-ignore lint/suspicious/noDocumentCookie: a page script's cookie is what the watch must see
      document.cookie = 'step=3';
      await caches.open('answers');
      await new Promise((resolve) => {
        const request = indexedDB.open('answers');
        request.onsuccess = () => {
          request.result.close();
          resolve(null);
        };
      });
      history.pushState(null, '', '/?area=medway');
    });
    expect(await watch.traces()).toEqual({
      localStorage: ['area'],
      sessionStorage: ['role'],
      indexedDB: ['answers'],
      cacheStorage: ['answers'],
      serviceWorkers: [],
      cookies: ['127.0.0.1 step'],
      documentCookie: 'step=3',
    });
    expect(watch.addresses).toContain(`${h.app.origin}/?area=medway`);
    expect(watch.requests).toContain(`${h.app.origin}/`);
    await page.context().close();
  });
});

describe('self-service journeys (fixtures/answers), on a phone', () => {
  eachSet(answerSets, 11, JOURNEY_AND_RESULT_TIMEOUT, async (set, expect) => {
    const at = set.at ?? DEFAULT_AT;
    const check = async (page: Page) => {
      const result = runTriage(set.answers, { at: new Date(at) });
      const cards = await page.locator('[data-recommendation]').evaluateAll((els) =>
        els.map((el) => ({
          id: el.getAttribute('data-recommendation') ?? '',
          name: el.querySelector('h3')?.textContent ?? '',
        })),
      );
      const shown = cards.map((c) => c.id);
      expect(shown).toEqual(expectedOrder(result.recommendations));
      expect([...shown].sort()).toEqual(result.recommendations.map((r) => r.id).sort());
      for (const id of set.mustRecommend) expect(shown).toContain(id);
      for (const id of set.mustNotRecommend) expect(shown).not.toContain(id);
      if (set.first) expect(result.recommendations[0]?.id).toBe(set.first);
      for (const card of cards) {
        const service = bundledDirectory.services.find((s) => s.id === card.id);
        expect(card.name, card.id).toBe(service?.name ?? card.id);
      }
      // "Do this now": the engine's choice for these answers at this time, its link as the engine gives it.
      const action = doThisNow(result.recommendations, bundledDirectory, new Date(at));
      const now = page.locator('[data-do-this-now]');
      expect(await now.getAttribute('data-do-this-now')).toBe(action?.id);
      expect(await now.locator('a[data-action]').getAttribute('href')).toBe(action?.href);

      // The same page as a person in crisis meets it, at a weekday 10am, a weekday 9pm and Sunday 3am.
      await expectResultOnPhone(page, set.name, at, expect);
    };
    await journey(answerPath('triage', set.answers), expect, check, { at, viewport: PHONE });
  });
});

describe('SAFER checks in professional mode (fixtures/safer)', () => {
  eachSet(saferSets, 6, JOURNEY_TIMEOUT, async (set, expect) => {
    // The path ends on the verdict page: its heading is the engine's verdict, worded.
    await journey(answerPath('safer', set.answers), expect, async (page) => {
      const result = checkSafer(set.answers);
      expect(result.verdict).toBe(set.verdict);
      const criteria = await page
        .locator('[data-criterion]')
        .evaluateAll((els) =>
          els.map((el) => [el.getAttribute('data-criterion'), el.getAttribute('data-status')]),
        );
      expect(criteria).toEqual(result.criteria.map((c) => [c.id, c.status]));
      const notMet = criteria.filter(([, status]) => status === 'not-met').map(([id]) => id);
      const unknown = criteria.filter(([, status]) => status === 'unknown').map(([id]) => id);
      expect(notMet.sort()).toEqual([...set.notMet].sort());
      expect(unknown.sort()).toEqual([...set.unknown].sort());
      const alternatives = await page
        .locator('[data-alternative]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-alternative')));
      expect(alternatives).toEqual(result.alternatives.map((a) => a.id));
      if (set.alternatives) expect([...alternatives].sort()).toEqual([...set.alternatives].sort());
    });
  });
});

describe('MARAC checks in professional mode (fixtures/marac)', () => {
  eachSet(maracSets, 12, JOURNEY_TIMEOUT, async (set, expect) => {
    // The path ends on the result page: its heading is the engine's verdict, worded.
    await journey(answerPath('marac', set.answers), expect, async (page) => {
      const result = checkMarac(set.answers);
      expect(result.verdict).toBe(set.verdict);
      expect(await page.locator('h1').textContent()).toBe(MARAC_VERDICT_TITLES[set.verdict]);
      const rows = await page
        .locator('[data-threshold]')
        .evaluateAll((els) =>
          els.map((el) => [el.getAttribute('data-threshold'), el.getAttribute('data-status')]),
        );
      expect(rows).toEqual([...result.thresholds.map((t) => [t.id, t.status]), ['area', result.area.status]]);
      const met = rows.filter(([id, status]) => id !== 'area' && status === 'met').map(([id]) => id);
      expect(met.sort()).toEqual([...set.met].sort());
      const next = await page
        .locator('[data-next]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-next')));
      expect(next).toEqual(result.next.map((n) => n.id));
      const referral = set.verdict === 'refer' || set.verdict === 'refer-where-they-live';
      expect(await page.getByRole('button', { name: MARAC_PAGE.summary.copy }).count()).toBe(
        referral ? 1 : 0,
      );

      if (result.next.some((n) => n.id === 'safer-check')) {
        await page.getByRole('button', { name: MARAC_PAGE.saferButton }).click();
        await waitForHeading(page, saferStep('ageBand').title);
      }
    });
  });
});

describe('focus as the pages change', () => {
  /** The page's heading has focus (once the page is painted: src/ui/afterPaint.ts). */
  const headingFocused = (page: Page, text: string) =>
    expect
      .poll(() =>
        page.evaluate(() =>
          document.activeElement?.tagName === 'H1' ? document.activeElement.textContent : null,
        ),
      )
      .toBe(text);

  it('moves to each new page’s heading, by Back as by Continue, with the buttons clicked', async () => {
    const page = await h.newPage();
    await openFlow(page, h.app.origin, 'triage');
    const first = FIRST_HEADING.triage;
    const second = triageStep('role', undefined).title;
    await headingFocused(page, first);
    await page.getByLabel('No', { exact: true }).check();
    await page.getByRole('button', { name: COMMON.continue, exact: true }).click();
    await waitForHeading(page, second);
    await headingFocused(page, second);
    // Back: the page left is kept, hidden, as the page Continue leads to. The Back button clicked
    // (focused) goes with it: focus must not be left nowhere.
    await page.getByRole('button', { name: COMMON.back, exact: true }).click();
    await waitForHeading(page, first);
    await headingFocused(page, first);
    await page.getByRole('button', { name: COMMON.continue, exact: true }).click();
    await waitForHeading(page, second);
    await headingFocused(page, second);
    expect(h.problems(page)).toEqual([]);
    await page.context().close();
  });
});
