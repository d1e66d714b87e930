/**
 * Firefox ESR (Debian's `firefox-esr`) through puppeteer-core over WebDriver BiDi, headless. Playwright
 * cannot drive Debian's Firefox, and Debian has no geckodriver: puppeteer-core speaks BiDi to Firefox
 * itself. One browser for the whole file; a fresh browser context (a BiDi user context) per scenario.
 * FIREFOX_PATH names another binary.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type BrowserContext, type KeyInput, type Page } from 'puppeteer-core';
import { type Driver, type KeyName, startAndMoveOn, waitForDocument, watchdog } from './driver';

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH || '/usr/lib/firefox-esr/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(
      `No Firefox at ${path}. Install Debian's Firefox ESR with: apt-get install -y firefox-esr ` +
        '(or set FIREFOX_PATH). .ci/run installs it when missing.',
    );
  }
  return path;
}

const KEYS: Record<KeyName, KeyInput> = {
  Shift: 'ShiftLeft',
  ShiftRight: 'ShiftRight',
  Tab: 'Tab',
  Enter: 'Enter',
};

export async function startFirefox(): Promise<Driver> {
  const browser: Browser = await watchdog(
    'launching Firefox',
    puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      extraPrefsFirefox: {
        // Nothing from the network but the test's own servers.
        'app.update.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'network.captive-portal-service.enabled': false,
      },
    }),
    60_000,
  );
  let context: BrowserContext | null = null;
  let page: Page | null = null;
  const current = () => {
    if (!page) throw new Error('firefox: no page (call fresh() first)');
    return page;
  };

  const driver: Driver = {
    engine: 'firefox',
    async fresh() {
      if (context) await watchdog('closing the context', context.close()).catch(() => {});
      context = await watchdog('a new context', browser.createBrowserContext());
      page = await watchdog('a new page', context.newPage());
    },
    async goto(url) {
      await watchdog(`going to ${url}`, current().goto(url, { waitUntil: 'load', timeout: 15_000 }));
      await waitForDocument(driver, url);
    },
    url: async () => current().url(),
    title: () => watchdog('reading the title', current().title()),
    evaluate: <R>(expression: string) =>
      watchdog('running a script', current().evaluate(expression) as Promise<R>),
    async click(selector) {
      const page = current();
      await watchdog(
        `scrolling to ${selector}`,
        page.$eval(selector, (el) => el.scrollIntoView({ block: 'center' })),
      );
      await watchdog(`clicking ${selector}`, page.click(selector));
    },
    async press(key) {
      await watchdog(`pressing ${key}`, current().keyboard.press(KEYS[key]));
    },
    async typeCapital(letter) {
      const keyboard = current().keyboard;
      await watchdog(
        `typing ${letter}`,
        (async () => {
          await keyboard.down('ShiftLeft');
          await keyboard.press(letter.toUpperCase() as KeyInput);
          await keyboard.up('ShiftLeft');
        })(),
      );
    },
    back: () => startAndMoveOn('Back', current().goBack({ waitUntil: 'load', timeout: 10_000 })),
    forward: () => startAndMoveOn('Forward', current().goForward({ waitUntil: 'load', timeout: 10_000 })),
    async cookies() {
      const all = await watchdog('reading cookies', current().cookies());
      return all.map((cookie) => cookie.name);
    },
    async close() {
      await watchdog('closing Firefox', browser.close(), 15_000).catch(() => {});
    },
  };
  return driver;
}
