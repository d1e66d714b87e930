/**
 * Chromium (Debian's, as the browser tests use it) through playwright-core, with the back/forward
 * cache on as people have it (Playwright turns it off by default). One browser for the whole file; a
 * fresh context per scenario.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../browser/support/chromium';
import { type Driver, type KeyName, startAndMoveOn, waitForDocument, watchdog } from './driver';

const KEYS: Record<KeyName, string> = {
  Shift: 'ShiftLeft',
  ShiftRight: 'ShiftRight',
  Tab: 'Tab',
  Enter: 'Enter',
};

export async function startChromium(): Promise<Driver> {
  const browser = await watchdog('launching Chromium', launchChromium({ bfcache: true }), 60_000);
  let context: BrowserContext | null = null;
  let page: Page | null = null;
  const current = () => {
    if (!page) throw new Error('chromium: no page (call fresh() first)');
    return page;
  };

  const driver: Driver = {
    engine: 'chromium',
    async fresh() {
      if (context) await watchdog('closing the context', context.close()).catch(() => {});
      context = await watchdog('a new context', browser.newContext());
      page = await watchdog('a new page', context.newPage());
    },
    async goto(url) {
      await watchdog(`going to ${url}`, current().goto(url, { waitUntil: 'load' }));
      await waitForDocument(driver, url);
    },
    url: async () => current().url(),
    title: () => watchdog('reading the title', current().title()),
    evaluate: (expression) => watchdog('running a script', current().evaluate(expression)),
    async click(selector) {
      await watchdog(`clicking ${selector}`, current().locator(selector).click({ timeout: 10_000 }));
    },
    async press(key) {
      await watchdog(`pressing ${key}`, current().keyboard.press(KEYS[key]));
    },
    async typeCapital(letter) {
      await watchdog(`typing ${letter}`, current().keyboard.press(`Shift+${letter.toUpperCase()}`));
    },
    back: () => startAndMoveOn('Back', current().goBack({ waitUntil: 'commit', timeout: 10_000 })),
    forward: () => startAndMoveOn('Forward', current().goForward({ waitUntil: 'commit', timeout: 10_000 })),
    async cookies() {
      const all = await watchdog('reading cookies', current().context().cookies());
      return all.map((cookie) => cookie.name);
    },
    async close() {
      await watchdog('closing Chromium', browser.close(), 10_000).catch(() => {});
    },
  };
  return driver;
}
