/**
 * Why each token of the snippet's `sandbox` (and its `allow="clipboard-write"`) is there, shown in
 * Chromium: for each, the tool in a partner's frame with the token, then without it. The README's
 * "Embed it on your site" lists the same reasons.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoSite, startDemoSite } from '../../demo/site';
import { type Harness, startHarness } from './support/harness';

let h: Harness;
let partner: DemoSite;

beforeAll(async () => {
  partner = await startDemoSite({ host: 'localhost' });
  h = await startHarness({ partners: [partner.origin] });
  partner.configure({ appOrigin: h.app.origin, exitUrl: h.neutral.exitUrl });
});

afterAll(async () => {
  await h?.close();
  await partner?.close();
});

const TOKENS = [
  'allow-scripts',
  'allow-same-origin',
  'allow-forms',
  'allow-popups',
  'allow-popups-to-escape-sandbox',
  'allow-modals',
  'allow-top-navigation-by-user-activation',
] as const;
type Token = (typeof TOKENS)[number];

let pages = 0;

/** The tool framed on the partner's page as the snippet frames it, less `without`. */
async function framed(
  options: { without?: Token; allow?: string } = {},
): Promise<{ page: Page; frame: Frame }> {
  const sandbox = TOKENS.filter((token) => token !== options.without).join(' ');
  const allow = options.allow ?? 'clipboard-write';
  pages += 1;
  const path = `/framed-${pages}`;
  const src = `__APP_ORIGIN__/embed?parent=${encodeURIComponent(partner.origin)}`;
  partner.setPage(
    path,
    '<!doctype html><html lang="en-GB"><head><title>Partner</title></head><body><main><h1>Partner</h1>' +
      `<iframe title="Support Pathway" sandbox="${sandbox}" allow="${allow}" src="${src}"></iframe>` +
      '</main></body></html>',
  );
  const page = await h.newPage();
  await page.goto(partner.url(path));
  const frame = await (await page.locator('iframe').elementHandle())?.contentFrame();
  if (!frame) throw new Error('no frame');
  return { page, frame };
}

/** The app started in the frame: React has taken over the start page that the HTML painted. */
const started = (frame: Frame) =>
  frame
    .waitForFunction(
      () => {
        const heading = document.querySelector('h1');
        return heading !== null && Object.keys(heading).some((key) => key.startsWith('__reactFiber'));
      },
      undefined,
      { timeout: 5000 },
    )
    .then(
      () => true,
      () => false,
    );

const said = (page: Page, text: string) => h.problems(page).some((problem) => problem.includes(text));

describe('the sandbox tokens', () => {
  it('allow-same-origin: without it the frame’s origin is "null", and the app’s own files are refused', async () => {
    const ok = await framed();
    expect(await started(ok.frame)).toBe(true);
    const without = await framed({ without: 'allow-same-origin' });
    expect(await started(without.frame)).toBe(false);
    await expect
      .poll(() => said(without.page, "from origin 'null' has been blocked by CORS policy"))
      .toBe(true);
  });

  it('allow-forms: without it no answer can be sent (every question is a form)', async () => {
    for (const without of [undefined, 'allow-forms'] as const) {
      const { page, frame } = await framed({ without });
      await frame.getByRole('button', { name: 'Start now' }).click();
      await frame.getByRole('button', { name: 'Continue' }).click();
      await frame.locator('h1', { hasText: 'Is anyone in danger right now?' }).waitFor();
      await frame.getByLabel('No', { exact: true }).check();
      await frame.getByRole('button', { name: 'Continue' }).click();
      if (without) {
        await expect.poll(() => said(page, 'Blocked form submission')).toBe(true);
        expect(await frame.locator('#main-content h1').textContent()).toBe('Is anyone in danger right now?');
      } else {
        await expect
          .poll(() => frame.locator('#main-content h1').textContent())
          .not.toBe('Is anyone in danger right now?');
      }
    }
  });

  /**
   * A service's web page opens in a new tab (SafeLink: `target="_blank" rel="noopener noreferrer"`).
   * Result pages are a whole journey away: a link of the same markup is put on the page, and the
   * service's site is a stand-in answered by the browser context.
   */
  async function openServicePage(without?: Token) {
    const { page, frame } = await framed({ without });
    await page.context().route('https://service.example/**', (route) =>
      route.request().url().endsWith('.pdf')
        ? route.fulfill({ contentType: 'application/pdf', body: '%PDF-1.4' })
        : route.fulfill({
            contentType: 'text/html',
            body: '<!doctype html><html lang="en"><title>A service</title><a id="plan" href="/plan.pdf" download>Safety plan</a></html>',
          }),
    );
    await started(frame);
    await frame.evaluate(() => {
      const link = document.createElement('a');
      link.id = 'service';
      link.href = 'https://service.example/';
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      link.textContent = 'A service (opens in a new tab)';
      document.querySelector('main')?.prepend(link);
    });
    const popup = page.waitForEvent('popup', { timeout: 3000 }).catch(() => null);
    await frame.locator('#service').click();
    return { page, popup: await popup };
  }

  it('allow-popups: without it a service’s website cannot open in a new tab', async () => {
    const ok = await openServicePage();
    expect(ok.popup).not.toBeNull();
    const without = await openServicePage('allow-popups');
    expect(without.popup).toBeNull();
    await expect.poll(() => said(without.page, "'allow-popups' permission is not set")).toBe(true);
  });

  it('allow-popups-to-escape-sandbox: without it the service’s own site stays sandboxed (no downloads)', async () => {
    for (const without of [undefined, 'allow-popups-to-escape-sandbox'] as const) {
      const { popup } = await openServicePage(without);
      if (!popup) throw new Error('no new tab');
      await popup.waitForLoadState();
      const download = popup.waitForEvent('download', { timeout: 3000 }).then(
        () => true,
        () => false,
      );
      await popup.locator('#plan').click();
      expect(await download).toBe(without === undefined);
    }
  });

  it('allow-modals: without it “Print your results” does nothing', async () => {
    for (const without of [undefined, 'allow-modals'] as const) {
      const { page, frame } = await framed({ without });
      await started(frame);
      await frame.evaluate(() => window.print());
      await page.waitForTimeout(300);
      expect(said(page, "Ignored call to 'print()'")).toBe(without !== undefined);
    }
  });

  it('allow-top-navigation-by-user-activation: without it a tap on 999 (sent to the top page) is refused', async () => {
    for (const without of [undefined, 'allow-top-navigation-by-user-activation'] as const) {
      const { page, frame } = await framed({ without });
      await started(frame);
      const phone = frame.locator('.shell-emergency a[href="tel:999"]');
      expect(await phone.getAttribute('target')).toBe('_top');
      await phone.click();
      await page.waitForTimeout(500);
      expect(said(page, 'Unsafe attempt to initiate navigation')).toBe(without !== undefined);
      // Either way the tool is still there: the phone link never replaces the frame.
      expect(frame.url()).toContain('/embed');
      expect(page.url()).toContain(partner.origin);
    }
  });

  it('allow="clipboard-write": without it “Copy the summary” is refused by the permissions policy', async () => {
    for (const allow of ['clipboard-write', ''] as const) {
      const { frame } = await framed({ allow });
      await started(frame);
      await frame.locator('h1').click();
      const result = await frame.evaluate(() =>
        navigator.clipboard.writeText('summary').then(
          () => 'copied',
          (error: Error) => error.message,
        ),
      );
      if (allow) expect(result).toBe('copied');
      else expect(result).toContain('permissions policy');
    }
  });
});
