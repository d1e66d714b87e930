/**
 * One small driver shape for the three engines the cross-engine tests run in (tests/engines):
 * Chromium (playwright-core), Firefox ESR (puppeteer-core over WebDriver BiDi) and WebKitGTK
 * (selenium-webdriver and WebKitWebDriver). The scenarios (scenarios.ts) use only this, so one list
 * runs everywhere.
 *
 * Every call has a watchdog: a driver that hangs (WebKitGTK's waits for a page load that never ends,
 * say) fails the test with the call's name instead of stalling the run. Waits for the page's state
 * are done here, by polling the page, never by the driver's own page-load wait.
 */

export type EngineName = 'chromium' | 'firefox' | 'webkit';

/** The keys the scenarios press. `ShiftRight` is the right Shift key; `Shift` the left one. */
export type KeyName = 'Shift' | 'ShiftRight' | 'Tab' | 'Enter';

export interface Driver {
  readonly engine: EngineName;
  /** A clean start for a scenario: a new browser context where the engine has them, else a blank page. */
  fresh(): Promise<void>;
  /** Goes to `url` (a new history entry) and waits until that document has loaded. */
  goto(url: string): Promise<void>;
  url(): Promise<string>;
  title(): Promise<string>;
  /** Runs a JavaScript expression in the page; a promise it gives is awaited. Returns JSON values. */
  evaluate<R>(expression: string): Promise<R>;
  /** Scrolls the element into view and clicks it as a person does (a real pointer click). */
  click(selector: string): Promise<void>;
  /** Presses and releases one key. */
  press(key: KeyName): Promise<void>;
  /** Types one capital letter: Shift held, the letter pressed, Shift released. */
  typeCapital(letter: string): Promise<void>;
  /** The browser's own Back and Forward (not `history.back()`); returns at once: wait for the result. */
  back(): Promise<void>;
  forward(): Promise<void>;
  /** The names of every cookie the browser holds for the current page. */
  cookies(): Promise<string[]>;
  close(): Promise<void>;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The longest any one driver call may take before the test fails naming it. */
export const CALL_TIMEOUT_MS = 20_000;

/** Fails with `what` if `promise` has not settled within `ms`. */
export async function watchdog<T>(what: string, promise: Promise<T>, ms = CALL_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer from the browser in ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Starts a driver call whose own wait may never end (a navigation the driver waits on): gives it up
 * to `ms`, then goes on; the scenario waits for the page's state itself. Errors are kept for later.
 */
export async function startAndMoveOn(what: string, promise: Promise<unknown>, ms = 1_000): Promise<void> {
  const settled = promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  const result = await Promise.race([settled, sleep(ms).then(() => 'still going' as const)]);
  if (
    result instanceof Error &&
    !/timeout|navigat|abort|detached|destroyed|closed|no such history entry/i.test(result.message)
  ) {
    throw new Error(`${what}: ${result.message}`, { cause: result });
  }
}

/** `(fn)(...args)` as an expression, for `Driver.evaluate`: `fn` must use nothing from outside itself. */
export function call(fn: (...args: never[]) => unknown, ...args: unknown[]): string {
  return `(${fn.toString()})(...${JSON.stringify(args)})`;
}

/**
 * Polls `expression` in the page until it gives a truthy value, and returns that value. A page in the
 * middle of a navigation (the call throws or hangs) is polled again. Fails after `timeout` with
 * `what` and the last value or error seen.
 */
export async function waitInPage<R>(
  driver: Driver,
  what: string,
  expression: string,
  timeout = 15_000,
): Promise<R> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await watchdog(`waiting for ${what}`, driver.evaluate<R>(expression), 5_000);
      if (value) return value;
      last = value;
    } catch (error) {
      last = error instanceof Error ? error.message : error;
    }
    if (Date.now() > deadline) {
      throw new Error(`${driver.engine}: timed out waiting for ${what} (last seen: ${JSON.stringify(last)})`);
    }
    await sleep(100);
  }
}

/** Waits until the page at `url` (exactly, or starting with it when `prefix`) has loaded. */
export function waitForDocument(driver: Driver, url: string, options: { prefix?: boolean } = {}) {
  return waitInPage<boolean>(
    driver,
    `the page ${url} to load`,
    call(
      (wanted: string, prefix: boolean) =>
        document.readyState === 'complete' &&
        (prefix ? location.href.startsWith(wanted) : location.href === wanted),
      url,
      Boolean(options.prefix),
    ),
  );
}
