/**
 * Debian's Chromium, driven by playwright-core (`npx playwright install` cannot work here: nothing
 * is downloaded). CHROMIUM_PATH names another binary.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium, type LaunchOptions } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install Debian's Chromium with: apt-get install -y chromium ` +
        '(or set CHROMIUM_PATH to a Chromium or Chrome binary). .ci/run installs it when missing.',
    );
  }
  return path;
}

export interface LaunchChromiumOptions {
  /**
   * Keep the back/forward cache on. Playwright turns it off by default (`--disable-back-forward-cache`);
   * the quick exit's restore handling needs it on to be tested as users meet it.
   */
  bfcache?: boolean;
}

export function launchChromium(options: LaunchChromiumOptions = {}): Promise<Browser> {
  const launch: LaunchOptions = {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  };
  if (options.bfcache) launch.ignoreDefaultArgs = ['--disable-back-forward-cache'];
  return chromium.launch(launch);
}
