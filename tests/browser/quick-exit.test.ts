/**
 * The quick exit in a real browser (Debian's Chromium), against the production server with its real
 * headers, the neutral exit page served by a stand-in on another localhost port.
 *
 * Proves: the button, Shift×3 and the skip link leave for the neutral page from the start page and
 * from a question; Back never shows an answer; a back/forward-cache restore shows a clean start page;
 * the exit works with the app's JavaScript blocked; the strict CSP is sent and nothing breaks it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../server/headers';
import { harnessForFile } from './support/harness';
import { NEUTRAL_TITLE } from './support/servers';

// The back/forward cache on, as in the browsers people use (Playwright turns it off by default).
const h = harnessForFile({ bfcache: true });

const START_HEADING = 'Find help with domestic abuse in Kent and Medway';
const FIRST_QUESTION = 'Is anyone in danger right now?';

async function openStart(page: Page) {
  const response = await page.goto(`${h.app.origin}/`);
  await page.getByRole('button', { name: 'Start now' }).waitFor();
  return response;
}

/** Start → before you start → first question answered → second question with a choice made. */
async function openQuestionWithAnswers(page: Page): Promise<string> {
  await openStart(page);
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect.poll(() => page.locator('h1').textContent()).toBe(FIRST_QUESTION);
  await page.getByLabel('No', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect.poll(() => page.locator('h1').textContent()).not.toBe(FIRST_QUESTION);
  const question = (await page.locator('h1').textContent()) ?? '';
  // A choice made on this page and not yet sent: it is only in the form.
  await page.locator('input[type="radio"], input[type="checkbox"]').first().check();
  expect(await page.locator('input:checked').count()).toBeGreaterThan(0);
  return question;
}

type Way = 'button' | 'shift' | 'skip link';

/**
 * Uses the quick exit. The skip link: from the top of a freshly loaded page the first Tab reaches it;
 * elsewhere focus is put on it, as a screen reader's move to the first link does.
 */
async function quickExit(page: Page, way: Way, options: { fromTop?: boolean } = {}) {
  const exitsBefore = h.neutral.requests.filter((path) => path === '/weather').length;
  if (way === 'button') {
    await page.locator('a.quick-exit').click();
  } else if (way === 'shift') {
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  } else {
    const skip = page.locator('a.shell-skip-exit');
    if (options.fromTop) await page.keyboard.press('Tab');
    else await skip.focus();
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
    expect(await skip.textContent()).toBe('Exit this page');
    // Out of sight until focused, then shown.
    expect(await skip.isVisible()).toBe(true);
    expect((await skip.boundingBox())?.width).toBeGreaterThan(44);
    await page.keyboard.press('Enter');
  }
  await page.waitForURL(h.neutral.exitUrl);
  expect(await page.title()).toBe(NEUTRAL_TITLE);
  expect(h.neutral.requests.filter((path) => path === '/weather')).toHaveLength(exitsBefore + 1);
}

/**
 * Goes Back through every entry the exit left behind: each one is a clean start page or not this
 * app at all, and none holds an answer.
 */
async function backShowsNoAnswer(page: Page, question?: string) {
  for (let step = 0; step < 4; step += 1) {
    const before = page.url();
    await page.goBack({ waitUntil: 'commit' });
    if (page.url() === before || page.url() === 'about:blank') return;
    if (!page.url().startsWith(h.app.origin)) continue;
    await page.getByRole('button', { name: 'Start now' }).waitFor();
    expect(await page.locator('h1').textContent()).toBe(START_HEADING);
    expect(await page.locator('input:checked').count()).toBe(0);
    // biome-ignore lint/performance/useDomNodeTextContent: what is on screen is the point
    if (question) expect(await page.locator('body').innerText()).not.toContain(question);
  }
}

describe('quick exit from the start page', () => {
  it.each<Way>(['button', 'shift', 'skip link'])(
    'by the %s: ends on the neutral page, Back leaves the service',
    async (way) => {
      const page = await h.newPage();
      await openStart(page);
      const historyBefore = await page.evaluate(() => history.length);
      await quickExit(page, way);
      // The app's entry was replaced, not added to.
      expect(await page.evaluate(() => history.length)).toBe(historyBefore);
      await page.goBack({ waitUntil: 'commit' });
      expect(page.url()).toBe('about:blank');
      expect(h.problems(page)).toEqual([]);
    },
  );
});

describe('quick exit from a question', () => {
  it.each<Way>(['button', 'shift', 'skip link'])('by the %s: Back never shows an answer', async (way) => {
    const page = await h.newPage();
    const question = await openQuestionWithAnswers(page);
    await quickExit(page, way);
    await backShowsNoAnswer(page, question);
    expect(h.problems(page)).toEqual([]);
  });

  it('leaves behind a blanked page with no answer in it', async () => {
    const page = await h.newPage();
    await openQuestionWithAnswers(page);
    // What the page shows as the browser starts to leave it: what a back/forward cache would keep.
    const leftBehind = new Promise<string>((resolve) => {
      page.on('console', (message) => {
        if (message.text().startsWith('left behind:')) resolve(message.text().slice('left behind:'.length));
      });
    });
    await page.evaluate(() => {
      window.addEventListener('beforeunload', () => {
        const visible = (selector: string) => {
          const element = document.querySelector<HTMLElement>(selector);
          return element
            ? element.offsetParent !== null || getComputedStyle(element).position === 'fixed'
            : false;
        };
        console.log(
          `left behind:${JSON.stringify({
            overlay: document.querySelector('[role="alert"]')?.textContent ?? null,
            overlayVisible: visible('.quick-exit-overlay'),
            headerVisible: visible('header.shell-header'),
            appVisible: visible('#app'),
            checked: document.querySelectorAll('input:checked').length,
            // biome-ignore lint/performance/useDomNodeTextContent: what is on screen is the point
            text: document.body.innerText.trim(),
          })}`,
        );
      });
    });
    await quickExit(page, 'shift');
    const report = await Promise.race([
      leftBehind,
      new Promise<string>((_, reject) =>
        setTimeout(() => reject(new Error('the page sent no report as it was left')), 10_000),
      ),
    ]);
    expect(JSON.parse(report)).toEqual({
      overlay: 'Loading.',
      overlayVisible: true,
      headerVisible: false,
      appVisible: false,
      checked: 0,
      text: 'Loading.',
    });
  });
});

describe('back/forward cache', () => {
  it('with the real no-store headers, Back after leaving another way reloads a clean start page', async () => {
    const page = await h.newPage();
    const question = await openQuestionWithAnswers(page);
    await page.goto(h.neutral.exitUrl);
    await backShowsNoAnswer(page, question);
  });

  it('a page restored from the cache (as browsers that keep no-store pages do) shows a clean start page', async () => {
    const page = await h.newPage();
    const shows: boolean[] = [];
    await page.exposeFunction('recordPageShow', (persisted: boolean) => shows.push(persisted));
    await page.addInitScript(() => {
      window.addEventListener('pageshow', (event) => {
        (window as unknown as { recordPageShow(persisted: boolean): void }).recordPageShow(event.persisted);
      });
    });
    // Chromium keeps no Cache-Control: no-store page in the back/forward cache; Chrome's rollout and
    // other browsers may. Serve the page cacheable here so that the restore really happens.
    await page.route(new RegExp(`^${h.app.origin}/(directory\\.json)?$`), async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'cache-control': 'no-cache' } });
    });
    const question = await openQuestionWithAnswers(page);
    await page.goto(h.neutral.exitUrl);
    await page.goBack({ waitUntil: 'commit' });
    await expect.poll(() => shows.includes(true), { timeout: 10_000 }).toBe(true);
    await page.getByRole('button', { name: 'Start now' }).waitFor();
    expect(await page.locator('h1').textContent()).toBe(START_HEADING);
    expect(await page.locator('input:checked').count()).toBe(0);
    // biome-ignore lint/performance/useDomNodeTextContent: what is on screen is the point
    expect(await page.locator('body').innerText()).not.toContain(question);
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});

describe('with the app’s JavaScript blocked', () => {
  it.each<Way>(['button', 'shift', 'skip link'])(
    'the start page still gives help and the %s still exits',
    async (way) => {
      const page = await h.newPage();
      await page.route('**/assets/*.js', (route) => route.abort());
      await page.goto(`${h.app.origin}/`);
      expect(await page.locator('h1').textContent()).toBe(START_HEADING);
      expect(await page.locator('a[href="tel:08082000247"]').isVisible()).toBe(true);
      await page.waitForFunction(() => 'pathwayQuickExit' in window);
      await quickExit(page, way);
    },
  );

  it('when only the app fails to load, its start buttons give way to a note that it needs JavaScript', async () => {
    const page = await h.newPage();
    await page.route('**/assets/boot-*.js', (route) => route.abort());
    await page.goto(`${h.app.origin}/`);
    const note = page.getByText('This tool needs JavaScript to ask its questions.');
    await note.waitFor();
    expect(await page.getByRole('button', { name: 'Start now' }).count()).toBe(0);
    expect(await page.locator('a[href="tel:08082000247"]').isVisible()).toBe(true);
  });
});

describe('with JavaScript off', () => {
  it('shows the start page with its phone numbers, and the note in place of the start buttons', async () => {
    const context = await h.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${h.app.origin}/`);
      expect(await page.locator('h1').textContent()).toBe(START_HEADING);
      expect(await page.getByText('This tool needs JavaScript to ask its questions.').isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Start now' }).count()).toBe(0);
      expect(await page.locator('a[href="tel:08082000247"]').isVisible()).toBe(true);
      expect(await page.locator('a[href="tel:08081689276"]').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('Content Security Policy', () => {
  it('is sent with the page, and a whole visit breaks none of it', async () => {
    const page = await h.newPage();
    const response = await openStart(page);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response?.headers()['x-frame-options']).toBe('DENY');
    await openQuestionWithAnswers(page);
    await quickExit(page, 'shift');
    expect(h.problems(page)).toEqual([]);
  });

  it('would be caught if broken: an inline script is refused and reported', async () => {
    const page = await h.newPage();
    await openStart(page);
    await page.addScriptTag({ content: 'window.inlineRan = true;' }).catch(() => {});
    expect(await page.evaluate(() => 'inlineRan' in window)).toBe(false);
    await expect.poll(() => h.problems(page).some((problem) => problem.includes('CSP violation'))).toBe(true);
  });
});
