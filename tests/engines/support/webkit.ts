/**
 * WebKitGTK (Debian's `webkit2gtk-driver`): WebKitWebDriver under `xvfb-run`, driving MiniBrowser,
 * through selenium-webdriver. What these machines taught (docs/quick-exit.md, "Testing in three
 * engines"):
 * - the driver allows one session (`--replace-on-new-session`): one session for the whole file, and
 *   a blank page between scenarios;
 * - Back into a page sent with `Cross-Origin-Opener-Policy` never finishes "loading" for the driver:
 *   `pageLoadStrategy: 'none'`, and every wait is the test's own (driver.ts), with a watchdog on
 *   each call;
 * - it does not scroll an element into view before clicking it: the test scrolls first;
 * - it cannot read the console: errors would have to be collected in the page.
 * WEBKIT_DRIVER and WEBKIT_BROWSER name other binaries.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { By, Key, WebDriver } from 'selenium-webdriver';
import { Executor, HttpClient } from 'selenium-webdriver/http';
import { type Driver, type KeyName, sleep, startAndMoveOn, waitForDocument, watchdog } from './driver';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
export const WEBKIT_BROWSER =
  process.env.WEBKIT_BROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB_RUN = '/usr/bin/xvfb-run';

export function checkWebKit(): void {
  const needed: [string, string][] = [
    [WEBKIT_DRIVER, 'webkit2gtk-driver'],
    [WEBKIT_BROWSER, 'webkit2gtk-driver'],
    [XVFB_RUN, 'xvfb'],
  ];
  for (const [path, pkg] of needed) {
    if (!existsSync(path)) {
      throw new Error(
        `No ${path}. Install it with: apt-get install -y ${pkg}. .ci/run installs it when missing.`,
      );
    }
  }
}

/** The WebDriver codes of the keys (W3C WebDriver, "Keyboard actions"): right Shift is U+E050. */
const KEYS: Record<KeyName, string> = {
  Shift: Key.SHIFT,
  ShiftRight: '\uE050',
  Tab: Key.TAB,
  Enter: Key.ENTER,
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  throw new Error('WebKitWebDriver did not start in 30 s');
}

export async function startWebKit(): Promise<Driver> {
  checkWebKit();
  const port = await freePort();
  // Its own process group, so that closing ends Xvfb, the driver and MiniBrowser together.
  const child = spawn(XVFB_RUN, ['-a', WEBKIT_DRIVER, `--port=${port}`, '--replace-on-new-session'], {
    detached: true,
    stdio: 'ignore',
  });
  const killAll = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  let session: WebDriver;
  try {
    await waitForDriver(port, child);
    const executor = new Executor(new HttpClient(`http://127.0.0.1:${port}`));
    session = await watchdog(
      'starting a WebKit session',
      Promise.resolve(
        WebDriver.createSession(executor, {
          browserName: 'MiniBrowser',
          pageLoadStrategy: 'none',
          'webkitgtk:browserOptions': { binary: WEBKIT_BROWSER, args: ['--automation'] },
        }),
      ),
      60_000,
    );
  } catch (error) {
    killAll();
    throw error;
  }

  const run = async <R>(expression: string): Promise<R> => {
    // An async script, so that a promise the expression gives is awaited in every driver.
    const reply = (await session.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       Promise.resolve().then(() => ${expression}).then(
         (value) => done({ ok: true, value: value === undefined ? null : value }),
         (error) => done({ ok: false, error: String(error && error.stack || error) }),
       );`,
    )) as { ok: boolean; value?: R; error?: string };
    if (!reply.ok) throw new Error(`in the page: ${reply.error}`);
    return reply.value as R;
  };

  const actions = (what: string, build: (a: ReturnType<WebDriver['actions']>) => unknown) =>
    watchdog(
      what,
      (async () => {
        const a = session.actions({ async: true });
        build(a);
        await a.perform();
      })(),
    );

  const driver: Driver = {
    engine: 'webkit',
    async fresh() {
      await watchdog('going to about:blank', session.get('about:blank'));
      await waitForDocument(driver, 'about:blank');
    },
    async goto(url) {
      await watchdog(`going to ${url}`, session.get(url));
      await waitForDocument(driver, url);
    },
    url: () => watchdog('reading the address', session.getCurrentUrl()),
    title: () => watchdog('reading the title', session.getTitle()),
    evaluate: (expression) => watchdog('running a script', run(expression)),
    async click(selector) {
      await watchdog(
        `scrolling to ${selector}`,
        run(`document.querySelector(${JSON.stringify(selector)}).scrollIntoView({ block: 'center' })`),
      );
      const element = await watchdog(`finding ${selector}`, session.findElement(By.css(selector)));
      await watchdog(`clicking ${selector}`, element.click());
    },
    press: (key) => actions(`pressing ${key}`, (a) => a.keyDown(KEYS[key]).keyUp(KEYS[key])),
    typeCapital: (letter) =>
      actions(`typing ${letter}`, (a) =>
        a.keyDown(Key.SHIFT).keyDown(letter.toLowerCase()).keyUp(letter.toLowerCase()).keyUp(Key.SHIFT),
      ),
    back: () => startAndMoveOn('Back', watchdog('Back', session.navigate().back())),
    forward: () => startAndMoveOn('Forward', watchdog('Forward', session.navigate().forward())),
    async cookies() {
      const all = await watchdog('reading cookies', session.manage().getCookies());
      return all.map((cookie) => cookie.name);
    },
    async close() {
      await watchdog('ending the WebKit session', session.quit(), 10_000).catch(() => {});
      killAll();
    },
  };
  return driver;
}
