/**
 * The result page as a person in crisis meets it on a phone (360 × 740), with the page's clock pinned
 * at a weekday 10am, a weekday 9pm and Sunday 3am (issue #12's proof). journeys.test.ts runs it at the
 * end of every fixtures/answers journey, so each answer set is driven through the UI once:
 *
 * - "Do this now" is inside `main`, within the first screen, and its number (or link) is one that is
 *   open at that time (the directory's hours for that contact);
 * - no `tel:` link and no web address appears twice inside `main`;
 * - the printout (page.pdf, A4) is one page, with no "open now", no "(opens in new tab)" and none of
 *   the person's answers;
 * - axe finds nothing, with every group folded and with every group open.
 *
 * The page's height in phone screens (groups as they are when the page opens) and the printout's page
 * count are written to RESULT_HEIGHTS_FILE when set, for the report.
 */
import { appendFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { ExpectStatic } from 'vitest';
import { CHECK_ANSWERS, RESULT } from '../../../src/content/results';
import { bundledDirectory } from '../../../src/directory/bundled';
import { isOpen } from '../../../src/engine/hours';
import { axeViolations } from './checks';
import { waitForHeading } from './drive';

/** A phone's first screen. */
export const PHONE = { width: 360, height: 740 } as const;

/** A Monday at 10am, the same Monday at 9pm, and a Sunday at 3am (London time, GMT in November). */
export const RESULT_TIMES = {
  'weekday 10am': '2026-11-23T10:00:00Z',
  'weekday 9pm': '2026-11-23T21:00:00Z',
  'Sunday 3am': '2026-11-29T03:00:00Z',
} as const;

/** The hours of the contact a do-this-now link calls or opens, from the directory. */
function hoursOf(serviceId: string, href: string) {
  const service = bundledDirectory.services.find((s) => s.id === serviceId);
  if (!service) return undefined;
  for (const contact of service.contacts) {
    const target =
      contact.type === 'phone' || contact.type === 'short-code'
        ? `tel:${contact.number.replace(/\s/g, '')}`
        : 'url' in contact
          ? contact.url
          : undefined;
    if (target && href.replace(/\/$/, '') === target.replace(/\/$/, ''))
      return ('hours' in contact && contact.hours) || service.hours;
  }
  return undefined;
}

/** Every `tel:` and web address linked inside `main`. */
async function links(page: Page) {
  return page
    .locator('main a[href]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''))
    .then((hrefs) => hrefs.filter((href) => href.startsWith('tel:') || href.startsWith('https:')));
}

const repeated = (hrefs: string[]) => hrefs.filter((href, i) => hrefs.indexOf(href) !== i);

/** Back to "Check your answers" and on again at `at`: the result is worked out afresh at the new time. */
async function reopenAt(page: Page, at: string) {
  const title = (await page.locator('h1').textContent()) ?? '';
  await page.clock.setFixedTime(new Date(at));
  await page.getByRole('button', { name: RESULT.changeAnswers }).click();
  await waitForHeading(page, CHECK_ANSWERS.title);
  await page.getByRole('button', { name: CHECK_ANSWERS.confirm, exact: true }).click();
  await waitForHeading(page, title);
}

/** "Do this now" within the first screen and open at `at`, and no address twice in `main`. */
async function expectFirstScreen(page: Page, at: string, label: string, expect: ExpectStatic) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const action = page.locator('main [data-do-this-now] a[data-action]').first();
  expect(await action.count(), label).toBe(1);
  const box = await action.boundingBox();
  expect(box, label).not.toBeNull();
  expect((box?.y ?? 1e9) + (box?.height ?? 0), `${label}: below the first screen`).toBeLessThanOrEqual(
    PHONE.height,
  );
  const serviceId = (await page.locator('main [data-do-this-now]').getAttribute('data-do-this-now')) ?? '';
  const href = (await action.getAttribute('href')) ?? '';
  // A line (a number, a chat) must be open now by its own hours; a web page can be read at any time.
  if ((await action.getAttribute('data-action')) !== 'web') {
    const hours = hoursOf(serviceId, href);
    expect(hours, `${label}: ${href} of ${serviceId} has no hours in the directory`).toBeDefined();
    if (hours) expect(isOpen(hours, new Date(at)), `${label}: ${href} is closed`).toBe(true);
  } else {
    expect(href, label).toMatch(/^https:/);
    const service = bundledDirectory.services.find((s) => s.id === serviceId);
    expect(
      service?.contacts.some((c) => c.type === 'web' && c.url.replace(/\/$/, '') === href.replace(/\/$/, '')),
      `${label}: ${href} is a web page of ${serviceId}`,
    ).toBe(true);
  }
  expect(repeated(await links(page)), label).toEqual([]);
}

/** Axe folded and unfolded, no address twice unfolded, and the printout: one A4 page, nothing stale or told. */
async function expectWholePage(page: Page, name: string, label: string, expect: ExpectStatic) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  if (process.env.RESULT_HEIGHTS_FILE)
    appendFileSync(process.env.RESULT_HEIGHTS_FILE, `${name}\t${height / PHONE.height}\n`);

  expect(await axeViolations(page), `${label}, folded`).toEqual([]);
  await page.locator('main details:not([open]) > summary').evaluateAll((els) => {
    for (const el of els) (el as HTMLElement).click();
  });
  expect(await page.locator('main details:not([open])').count()).toBe(0);
  expect(await axeViolations(page), `${label}, unfolded`).toEqual([]);
  expect(repeated(await links(page)), `${label}, unfolded`).toEqual([]);

  // The printout: one A4 page, no stale "open now", no "new tab", none of the answers. (page.pdf prints
  // with print media unless another medium is being emulated: emulate none.)
  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator('body').innerText();
  expect(printed).not.toMatch(/open now|opens in new tab|you told us/i);
  expect(printed).toMatch(/Printed on \d+ \w+ 20\d\d/);
  await page.emulateMedia({ media: null });
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  if (process.env.RESULT_HEIGHTS_FILE)
    appendFileSync(process.env.RESULT_HEIGHTS_FILE, `${name}\tprint\t${pages}\n`);
  expect(pages, `${label}: printed pages`).toBe(1);
}

/**
 * Checks the result page on `page` (a 360 × 740 page showing a triage result worked out at `shownAt`)
 * at each of the three times, reopening it through "Check your answers" where the time differs.
 */
export async function expectResultOnPhone(
  page: Page,
  name: string,
  shownAt: string,
  expect: ExpectStatic,
): Promise<void> {
  expect(page.viewportSize()).toEqual(PHONE);
  let current = shownAt;
  for (const [index, [when, at]] of Object.entries(RESULT_TIMES).entries()) {
    if (at !== current) await reopenAt(page, at);
    current = at;
    const label = `${name} at ${when}`;
    await expectFirstScreen(page, at, label, expect);
    if (index === 0) await expectWholePage(page, name, label, expect);
  }
}
