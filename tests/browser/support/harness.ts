/**
 * One place to set up a browser test: the app server, the neutral exit page, Chromium, and a page
 * that records console errors and CSP violations.
 *
 *   const h = await startHarness({ bfcache: true });
 *   const page = await h.newPage();
 *   await page.goto(h.app.origin);
 *   …
 *   expect(h.problems(page)).toEqual([]);
 *   await h.close();
 *
 * or, for a test file that shares one harness between its tests, `const h = harnessForFile();` at the
 * top of the file (started before its first test, closed after its last).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium';
import { type AppServer, type NeutralServer, startAppServer, startNeutralServer } from './servers';

export interface Harness {
  app: AppServer;
  neutral: NeutralServer;
  browser: Browser;
  /** A fresh context (no shared state) and page, with problem recording on. */
  newPage(): Promise<Page>;
  /** Console errors, page errors and CSP violations seen on this page so far. */
  problems(page: Page): string[];
  close(): Promise<void>;
}

const problemsByPage = new WeakMap<Page, string[]>();

export async function startHarness(
  options: { bfcache?: boolean; partners?: readonly string[] } = {},
): Promise<Harness> {
  const neutral = await startNeutralServer();
  // `partners`: the sites allowed to frame /embed (config/partners.json in production).
  const app = await startAppServer({ exitUrl: neutral.exitUrl, partners: options.partners ?? [] });
  const browser = await launchChromium({ bfcache: options.bfcache ?? false });
  const contexts: BrowserContext[] = [];

  async function newPage(): Promise<Page> {
    const context = await browser.newContext();
    contexts.push(context);
    // Report CSP violations to the test (the report, not just the console line).
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
      });
    });
    const page = await context.newPage();
    const problems: string[] = [];
    problemsByPage.set(page, problems);
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    return page;
  }

  return {
    app,
    neutral,
    browser,
    newPage,
    problems: (page) => [...(problemsByPage.get(page) ?? [])],
    async close() {
      for (const context of contexts) await context.close().catch(() => {});
      await browser.close();
      await app.close();
      await neutral.close();
    },
  };
}

/**
 * One harness for the whole test file: started in `beforeAll`, closed in `afterAll`. The object returned
 * is filled in when it has started, so use it inside tests and hooks only.
 */
export function harnessForFile(options: Parameters<typeof startHarness>[0] = {}): Harness {
  const h = {} as Harness;
  beforeAll(async () => {
    Object.assign(h, await startHarness(options));
  });
  afterAll(async () => {
    await h.close?.();
  });
  return h;
}
