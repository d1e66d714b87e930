/**
 * The ONE list of scenarios every engine runs (chromium/firefox/webkit.test.ts): what a person does,
 * through the small driver of support/driver.ts, against the production server (support/env.ts).
 *
 * Covered (issue #13): the start page and its emergency numbers; a journey to a result by clicking
 * labels; the app's Back link and the browser's Back; the quick exit by the button, the skip link and
 * Shift×3, each followed by Back (never a page of the service) and Forward (never an answer), from the
 * start page, a question, check answers and a result, with the back/forward cache allowed and not;
 * Shift×3 as GOV.UK counts it (slow presses, either Shift, capitals ignored, "expired" announced);
 * storage, cookies and IndexedDB empty after a journey; a page restored from the back/forward cache
 * reset in place with the network gone.
 */
import { isDeepStrictEqual } from 'node:util';
import type { TriageAnswers } from '../../schemas/answers';
import { COMMON, INTERRUPTION, pageTitle, START } from '../../src/content/pages';
import { CHECK_ANSWERS } from '../../src/content/results';
import { triageStep } from '../../src/content/steps';
import { bundledDirectory } from '../../src/directory/bundled';
import { safeHref } from '../../src/engine/links';
import { answerPath, expectedHeading, formChoices, INIT, questionCopy } from '../browser/support/model';
import { NEUTRAL_TITLE } from '../browser/support/servers';
import { call, type Driver, sleep, waitForDocument, waitInPage } from './support/driver';
import type { EngineEnv } from './support/env';

export interface Scenario {
  name: string;
  run(driver: Driver, env: EngineEnv): Promise<void>;
}

/** Words that would tell someone checking the device what the site is about. */
const TELLING_TITLE = /abuse|violen|harm|danger|refuge/i;

function fail(driver: Driver, message: string): never {
  throw new Error(`${driver.engine}: ${message}`);
}

function expectEqual<T>(driver: Driver, what: string, actual: T, expected: T) {
  if (!isDeepStrictEqual(actual, expected)) {
    fail(driver, `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

/** The phone links the start page must show, from the bundled directory (never typed in here). */
function startPageNumbers(): string[] {
  return ['emergency-999', 'national-da-helpline'].map((id) => {
    const service = bundledDirectory.services.find((s) => s.id === id);
    const href = service?.contacts.map((c) => safeHref(c)).find((h) => h?.startsWith('tel:'));
    if (!href) throw new Error(`the directory has no phone link for ${id}`);
    return href;
  });
}

/**
 * The page's one `<h1>` shown, once it reads `text` and the page is whole (no `data-pending` shown:
 * see drive.ts). A page made ahead is in the document too, hidden (display: none: no boxes).
 */
function waitForHeading(driver: Driver, text: string) {
  return waitInPage<boolean>(
    driver,
    `the heading "${text}"`,
    call((wanted: string) => {
      const headings = [...document.querySelectorAll('h1')].filter((e) => e.getClientRects().length > 0);
      const pending = [...document.querySelectorAll('[data-pending]')].filter(
        (e) => e.getClientRects().length > 0,
      );
      return headings.length === 1 && headings[0]?.textContent === wanted && pending.length === 0;
    }, text),
  );
}

/**
 * Marks the visible element of `kind` whose text is `text` (a label, a button), and returns a
 * selector for it, for the driver's real click.
 */
async function find(driver: Driver, kind: 'label' | 'button', text: string): Promise<string> {
  const mark = await waitInPage<string>(
    driver,
    `a ${kind} "${text}"`,
    call(
      (tag: string, wanted: string) => {
        const clean = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
        const element = [...document.querySelectorAll<HTMLElement>(tag)].find(
          (el) => clean(el.textContent) === wanted && el.offsetParent !== null,
        );
        if (!element) return '';
        const key = String(Math.random()).slice(2);
        element.setAttribute('data-engine-target', key);
        return `[data-engine-target="${key}"]`;
      },
      kind,
      text,
    ),
  );
  return mark;
}

async function clickText(driver: Driver, kind: 'label' | 'button', text: string) {
  await driver.click(await find(driver, kind, text));
}

/** The start page as a person arriving sees it, with its start button answering (see src/main.tsx). */
async function openStart(driver: Driver, origin: string) {
  await driver.goto(`${origin}/`);
  await waitForHeading(driver, START.title);
}

/** Start now → before you start → the first question. */
async function openFirstQuestion(driver: Driver, origin: string) {
  await openStart(driver, origin);
  await clickText(driver, 'button', COMMON.startNow);
  await waitForHeading(driver, INTERRUPTION.title);
  await clickText(driver, 'button', COMMON.continue);
  await waitForHeading(driver, triageStep('immediateDanger', undefined).title);
}

/** A short journey to a result: someone worried about their own behaviour (the answers contract's values). */
const ANSWERS = {
  immediateDanger: false,
  role: 'own-behaviour',
  area: 'unknown',
  children: false,
  communication: [],
} as unknown as TriageAnswers;

/**
 * From the first question, ticks the labels of each answer and presses Continue (and confirms on
 * check answers), checking each page's heading (and with `checkTitles`, that the tab's title does not
 * name the subject), until the page `stopAt` (a heading) or the end. Returns the headings passed.
 */
async function journey(
  driver: Driver,
  stopAt?: string,
  options: { checkTitles?: boolean } = {},
): Promise<string[]> {
  const path = answerPath('triage', ANSWERS);
  const seen: string[] = [];
  let before = path.steps[0]?.state;
  for (const step of path.steps) {
    if ((step.event.type as string) === INIT) {
      seen.push(expectedHeading(step.state));
      continue;
    }
    if (!before) break;
    if (stopAt && seen.at(-1) === stopAt) return seen;
    const event = step.event as { type: string; value?: unknown };
    if (event.type === 'CONFIRM') {
      await clickText(driver, 'button', CHECK_ANSWERS.confirm);
    } else if (event.type === 'CONTINUE') {
      await clickText(driver, 'button', COMMON.continue);
    } else {
      const copy = questionCopy('triage', String(before.value), before.context.answers);
      const options = copy.orOption ? [...copy.options, copy.orOption] : copy.options;
      for (const choice of formChoices(copy, event.value)) {
        const option = options.find((o) => o.value === choice);
        if (!option) fail(driver, `no option ${choice} on "${copy.title}"`);
        await clickText(driver, 'label', option.label);
      }
      await clickText(driver, 'button', COMMON.continue);
    }
    const heading = expectedHeading(step.state);
    await waitForHeading(driver, heading);
    seen.push(heading);
    before = step.state;
    if (options.checkTitles) {
      const title = await waitInPage<string>(driver, 'the title', 'document.title');
      if (TELLING_TITLE.test(title)) fail(driver, `the tab's title names the subject: "${title}"`);
      expectEqual(driver, `the title on "${heading}"`, title, pageTitle());
    }
  }
  if (stopAt && seen.at(-1) !== stopAt) fail(driver, `the journey never reached "${stopAt}"`);
  return seen;
}

/** What a question page is: the second question, with a choice ticked and not yet sent. */
async function openQuestionWithChoice(driver: Driver, origin: string): Promise<string> {
  await openFirstQuestion(driver, origin);
  const seen = await journey(driver, triageStep('role', undefined).title);
  const question = seen.at(-1) ?? '';
  const label = triageStep('role', undefined).options[0]?.label ?? '';
  await clickText(driver, 'label', label);
  const checked = await driver.evaluate<number>("document.querySelectorAll('input:checked').length");
  if (checked < 1) fail(driver, 'the choice was not ticked');
  return question;
}

type Way = 'button' | 'skip link' | 'Shift×3';

/** Uses the quick exit, then waits for the neutral page. */
async function quickExit(driver: Driver, env: EngineEnv, way: Way) {
  if (way === 'button') {
    await driver.click('a.quick-exit');
  } else if (way === 'skip link') {
    // Where a screen reader's "first link" or the first Tab puts focus (WebKitGTK's Tab reaches links,
    // Safari's does not by default: focus it directly, the same in every engine).
    await driver.evaluate("document.querySelector('a.shell-skip-exit').focus()");
    const focused = await driver.evaluate<boolean>(
      "document.activeElement === document.querySelector('a.shell-skip-exit')",
    );
    if (!focused) fail(driver, 'the skip link did not take focus');
    await driver.press('Enter');
  } else {
    for (const key of ['Shift', 'ShiftRight', 'Shift'] as const) await driver.press(key);
  }
  await waitForDocument(driver, env.neutral.exitUrl);
  expectEqual(driver, 'the exit page’s title', await driver.title(), NEUTRAL_TITLE);
}

/** What a page of the service shows: heading, checked inputs, whether `text` is on screen. */
function serviceState(driver: Driver, text: string) {
  return driver.evaluate<{ heading: string | null; checked: number; shows: boolean }>(
    call(
      (wanted: string) => ({
        heading: document.querySelector('h1')?.textContent ?? null,
        checked: document.querySelectorAll('input:checked').length,
        // biome-ignore lint/performance/useDomNodeTextContent: what is on screen is the point
        shows: wanted !== '' && document.body.innerText.includes(wanted),
      }),
      text,
    ),
  );
}

/**
 * After the exit: Back goes to the page before the service, never to a page of it; Forward (twice:
 * the exit page, then whatever is after it) never brings an answer back.
 */
async function backAndForward(driver: Driver, env: EngineEnv, origin: string, answered: string) {
  await driver.back();
  // Wherever Back lands, once it has left the exit page: it must be the page before the service.
  const landed = await waitInPage<string>(
    driver,
    'Back to leave the exit page',
    call(
      (exit: string) => (document.readyState === 'complete' && location.href !== exit ? location.href : ''),
      env.neutral.exitUrl,
    ),
  );
  if (landed.startsWith(origin)) fail(driver, `Back from the exit page returned to the service: ${landed}`);
  expectEqual(driver, 'where Back from the exit page lands', landed, env.beforeUrl);
  for (let i = 0; i < 2; i++) {
    const from = await driver.url();
    await driver.forward();
    // Where there is nothing to go forward to, nothing happens: give it 2 s at most.
    await waitInPage<boolean>(
      driver,
      'Forward to settle',
      call((left: string) => document.readyState === 'complete' && location.href !== left, from),
      2_000,
    ).catch(() => false);
    const at = await driver.url();
    if (at.startsWith(origin)) {
      // The service's address, loaded again: a clean start page, never an answer.
      await waitForHeading(driver, START.title);
      const state = await serviceState(driver, answered);
      expectEqual(driver, 'after Forward, the page', state, {
        heading: START.title,
        checked: 0,
        shows: false,
      });
    }
  }
}

/** A quick exit from one state of the service, then Back and Forward. */
function exitScenario(
  way: Way,
  from: 'the start page' | 'a question' | 'check answers' | 'a result',
  cache: 'no-store' | 'cacheable',
): Scenario {
  return {
    name: `quick exit by the ${way} from ${from} (${cache === 'no-store' ? 'pages sent no-store' : 'pages the back/forward cache may keep'}): Back never returns to the service, Forward brings no answer`,
    async run(driver, env) {
      const origin = cache === 'no-store' ? env.app.origin : env.cacheable.origin;
      await driver.goto(env.beforeUrl);
      let answered = '';
      if (from === 'the start page') {
        await openStart(driver, origin);
      } else if (from === 'a question') {
        answered = await openQuestionWithChoice(driver, origin);
      } else {
        await openFirstQuestion(driver, origin);
        const stop = from === 'check answers' ? CHECK_ANSWERS.title : undefined;
        const seen = await journey(driver, stop);
        answered = seen.at(-1) ?? '';
      }
      await quickExit(driver, env, way);
      await backAndForward(driver, env, origin, answered);
    },
  };
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'the start page: its heading, the emergency numbers and the helpline, under a title that does not name domestic abuse',
    async run(driver, env) {
      await openStart(driver, env.app.origin);
      const shown = await driver.evaluate<string[]>(
        call(
          (hrefs: string[]) =>
            hrefs.filter((href) => {
              const link = document.querySelector<HTMLElement>(`a[href="${href}"]`);
              return link !== null && link.offsetParent !== null;
            }),
          startPageNumbers(),
        ),
      );
      expectEqual(driver, 'the phone links shown', shown, startPageNumbers());
      const title = await waitInPage<string>(driver, 'the title', 'document.title');
      expectEqual(driver, 'the title', title, pageTitle());
      if (TELLING_TITLE.test(title)) fail(driver, `the title names the subject: "${title}"`);
    },
  },
  {
    name: 'a journey to a result by clicking labels, under titles that never name the subject, leaves nothing in storage, cookies or IndexedDB',
    async run(driver, env) {
      await openFirstQuestion(driver, env.app.origin);
      const seen = await journey(driver, undefined, { checkTitles: true });
      const path = answerPath('triage', ANSWERS);
      expectEqual(
        driver,
        'the pages passed',
        seen,
        path.steps.map((s) => expectedHeading(s.state)),
      );
      const kept = await driver.evaluate<Record<string, unknown>>(
        call(async () => ({
          localStorage: localStorage.length,
          sessionStorage: sessionStorage.length,
          cookie: document.cookie,
          indexedDB: indexedDB.databases ? (await indexedDB.databases()).length : 0,
          caches: 'caches' in window ? (await caches.keys()).length : 0,
          serviceWorkers: navigator.serviceWorker
            ? (await navigator.serviceWorker.getRegistrations()).length
            : 0,
        })),
      );
      expectEqual(driver, 'what the visit left on the device', kept, {
        localStorage: 0,
        sessionStorage: 0,
        cookie: '',
        indexedDB: 0,
        caches: 0,
        serviceWorkers: 0,
      });
      expectEqual(driver, 'cookies the browser holds', await driver.cookies(), []);
    },
  },
  {
    name: 'the app’s Back link and the browser’s Back each go back one question, on the same address',
    async run(driver, env) {
      await openFirstQuestion(driver, env.app.origin);
      const first = triageStep('immediateDanger', undefined).title;
      const second = triageStep('role', undefined).title;
      await journey(driver, second);
      const address = await driver.url();
      await driver.click('.govuk-back-link');
      await waitForHeading(driver, first);
      await clickText(driver, 'button', COMMON.continue);
      await waitForHeading(driver, second);
      await driver.back();
      await waitForHeading(driver, first);
      expectEqual(driver, 'the address after Back', await driver.url(), address);
      // The answer given is still chosen, as with the page's own Back link.
      const checked = await driver.evaluate<number>("document.querySelectorAll('input:checked').length");
      expectEqual(driver, 'answers still chosen on the first question', checked, 1);
    },
  },
  exitScenario('button', 'a question', 'no-store'),
  exitScenario('skip link', 'a result', 'no-store'),
  exitScenario('Shift×3', 'check answers', 'no-store'),
  exitScenario('Shift×3', 'the start page', 'no-store'),
  exitScenario('button', 'a question', 'cacheable'),
  exitScenario('skip link', 'check answers', 'cacheable'),
  {
    name: 'Shift×3 as GOV.UK counts it: the count lapses 5 s after the last press and says so, capitals do not count, slow presses with either Shift exit',
    async run(driver, env) {
      await driver.goto(env.beforeUrl);
      await openStart(driver, env.app.origin);
      const status = () =>
        driver.evaluate<string>("document.querySelector('[data-quick-exit-status]').textContent");
      await driver.press('Shift');
      expectEqual(driver, 'after one press', await status(), 'Shift, press 2 more times to exit.');
      await sleep(5_300);
      expectEqual(driver, '5 s after the press', await status(), 'Exit this page expired.');
      for (const letter of ['H', 'E', 'Y']) await driver.typeCapital(letter);
      if ((await status()).startsWith('Shift,')) fail(driver, `capitals were counted: "${await status()}"`);
      if ((await driver.url()) !== `${env.app.origin}/`) fail(driver, 'capitals left the page');
      // GOV.UK's own test presses at 0, 3.5 and 7 s; here every gap is 2.7 s, the last press 5.4 s
      // after the first: past a window that would run from the first press.
      await driver.press('Shift');
      await sleep(2_700);
      await driver.press('ShiftRight');
      expectEqual(driver, 'after two slow presses', await status(), 'Shift, press 1 more time to exit.');
      await sleep(2_700);
      await driver.press('Shift');
      await waitForDocument(driver, env.neutral.exitUrl);
      await backAndForward(driver, env, env.app.origin, '');
    },
  },
  {
    name: 'a page restored from the back/forward cache resets in place to a clean start page with its helplines, with no network',
    async run(driver, env) {
      const origin = env.cacheable.origin;
      const question = await openQuestionWithChoice(driver, origin);
      await driver.evaluate("(window.engineMark = 'kept', true)");
      // Leaves another way than the quick exit (a link, the address bar): the page may be kept.
      await driver.goto(env.neutral.exitUrl);
      env.cacheable.offline = true;
      env.cacheable.refused.length = 0;
      try {
        await driver.back();
        await waitInPage<boolean>(
          driver,
          'the restored start page (offline)',
          call(
            (wanted: string, heading: string) =>
              document.readyState === 'complete' &&
              location.href.startsWith(wanted) &&
              document.querySelector('h1')?.textContent === heading &&
              document.querySelector('.quick-exit-overlay') === null,
            origin,
            heading(),
          ),
        ).catch(async (error: unknown) => {
          const seen = await driver
            .evaluate<unknown>(
              call(() => ({
                href: location.href,
                readyState: document.readyState,
                heading: document.querySelector('h1')?.textContent ?? null,
                overlay: document.querySelector('.quick-exit-overlay') !== null,
                restored: (window as unknown as { engineMark?: string }).engineMark === 'kept',
              })),
            )
            .catch((e: unknown) => String(e));
          throw new Error(`${String(error)}; the page: ${JSON.stringify(seen)}`);
        });
        const state = await driver.evaluate<Record<string, unknown>>(
          call(
            (hrefs: string[], asked: string, startNow: string) => ({
              restored: (window as unknown as { engineMark?: string }).engineMark === 'kept',
              checked: document.querySelectorAll('input:checked').length,
              // biome-ignore lint/performance/useDomNodeTextContent: what is on screen is the point
              question: document.body.innerText.includes(asked),
              startButton: [...document.querySelectorAll('button')].some(
                (b) => b.textContent?.trim() === startNow && b.offsetParent !== null,
              ),
              numbers: hrefs.filter((href) => {
                const link = document.querySelector<HTMLElement>(`a[href="${href}"]`);
                return link !== null && link.offsetParent !== null;
              }),
            }),
            startPageNumbers(),
            question,
            COMMON.startNow,
          ),
        );
        expectEqual(driver, 'the restored page', state, {
          restored: true,
          checked: 0,
          question: false,
          startButton: true,
          numbers: startPageNumbers(),
        });
        // The browser's own request for a tab icon is not the page's: Firefox makes it on restore.
        const refused = env.cacheable.refused.filter((path) => path !== '/favicon.ico');
        expectEqual(driver, 'requests made while offline', refused, []);
      } finally {
        env.cacheable.offline = false;
      }
    },
  },
];

function heading() {
  return START.title;
}
