/**
 * Embedding on a partner's site, in Chromium, with three local sites:
 *   - the app (the production server on 127.0.0.1, with the demo partner on its allow-list);
 *   - the demo partner (demo/partner.html on localhost, another site, with a strict CSP of its own);
 *   - a third site (localhost, another port) that is on no allow-list.
 *
 * Proves: the snippet writes the frame and the tool loads in it with the embed headers; the frame
 * resizes as pages change and brings its top into view; the quick exit bar stays on screen as the
 * partner page scrolls; the quick exit by click and by Shift×3 takes the partner's tab to the exit
 * page; messages from anyone but the tool's own frame are ignored; a strictly sandboxed frame still
 * exits through the snippet; a site not on the allow-list cannot frame the tool; axe finds nothing on
 * the partner page with the tool in it. Also pins down what Chromium allows a key press in the frame.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Frame, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoSite, startDemoSite } from '../../demo/site';
import { contentSecurityPolicy } from '../../server/headers';
import { PROFESSIONAL_START } from '../../src/content/pages';
import { AXE_TAGS } from './support/checks';
import { type Harness, startHarness } from './support/harness';
import { NEUTRAL_TITLE } from './support/servers';

let h: Harness;
let partner: DemoSite;
let third: DemoSite;

beforeAll(async () => {
  // The partner and the third site listen first: the app's allow-list names the partner's origin.
  partner = await startDemoSite({ host: 'localhost' });
  third = await startDemoSite({ host: 'localhost' });
  h = await startHarness({ partners: [partner.origin] });
  partner.configure({ appOrigin: h.app.origin, exitUrl: h.neutral.exitUrl, frameSrc: [third.origin] });
  third.configure({ appOrigin: h.app.origin, exitUrl: h.neutral.exitUrl });
});

afterAll(async () => {
  await h?.close();
  await partner?.close();
  await third?.close();
});

const START_HEADING = 'Find help with domestic abuse in Kent and Medway';
const FIRST_QUESTION = 'Is anyone in danger right now?';
const SNIPPET_SANDBOX =
  'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-modals allow-top-navigation-by-user-activation';

interface Embedded {
  iframe: Locator;
  frame: Frame;
}

async function frameOf(iframe: Locator): Promise<Frame> {
  const handle = await iframe.elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('the iframe has no frame');
  return frame;
}

/** The demo partner page, with the tool loaded in its frame. */
async function openDemo(page: Page, query = ''): Promise<Embedded> {
  await page.goto(partner.url(`/${query}`));
  const iframe = page.locator('iframe.pathway-embed');
  const frame = await frameOf(iframe);
  await frame.locator('h1').first().waitFor();
  await expect.poll(() => frame.locator('#main-content h1').count()).toBe(1);
  return { iframe, frame };
}

const frameHeight = (iframe: Locator) => iframe.evaluate((el) => el.getBoundingClientRect().height);
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
const exits = () => h.neutral.requests.filter((path) => path === '/weather').length;

/**
 * Records every height the tool's frame takes from now on (the tool may still resize itself as its page
 * settles, which is its right): `heights()` lists them.
 */
async function watchFrameHeights(page: Page) {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { frameHeights: number[] }).frameHeights = seen;
    const frame = document.querySelector('iframe.pathway-embed');
    if (frame) new ResizeObserver(() => seen.push(frame.getBoundingClientRect().height)).observe(frame);
  });
  return {
    heights: () => page.evaluate(() => (window as unknown as { frameHeights: number[] }).frameHeights),
  };
}

/** The tool's frame is as tall as its own page asks, and never took a height someone else sent. */
async function expectOwnHeight(
  iframe: Locator,
  frame: Frame,
  watch: { heights(): Promise<number[]> },
  sent: number,
) {
  await expect.poll(async () => (await frameHeight(iframe)) - (await contentHeight(frame))).toBe(0);
  expect(await watch.heights()).not.toContain(sent);
}

/** The partner's tab has been replaced by the neutral exit page. */
async function hostLeft(page: Page, exitsBefore: number) {
  await page.waitForURL(h.neutral.exitUrl);
  expect(await page.title()).toBe(NEUTRAL_TITLE);
  expect(exits()).toBeGreaterThan(exitsBefore);
}

/**
 * Moves focus into the tool with the keyboard (Tab from the partner page), then waits until any user
 * activation left by the test's own scripted calls has expired (Chromium keeps it 5 s), so that only
 * the keys pressed next can count as the person's gesture. Nothing may be evaluated after this.
 */
async function tabIntoFrame(page: Page, frame: Frame) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Tab');
  await expect.poll(() => frame.evaluate(() => document.activeElement?.className)).toBe('shell-skip-exit');
  await page.waitForTimeout(5500);
}

async function shiftThreeTimes(page: Page) {
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
}

describe('the snippet on a partner page', () => {
  it('writes a titled, sandboxed frame with no referrer, and the tool loads in it with the embed headers', async () => {
    const page = await h.newPage();
    const embedResponse = page.waitForResponse((r) => new URL(r.url()).pathname === '/embed');
    const snippetResponse = page.waitForResponse((r) => new URL(r.url()).pathname === '/embed.js');
    const { iframe, frame } = await openDemo(page);
    expect(await iframe.getAttribute('title')).toBe('Support Pathway: find help with domestic abuse');
    expect(await iframe.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(await iframe.getAttribute('sandbox')).toBe(SNIPPET_SANDBOX);
    expect(await iframe.getAttribute('loading')).toBeNull();
    // Right after the script tag, in the partner's own content.
    expect(await iframe.evaluate((el) => el.previousElementSibling?.tagName)).toBe('SCRIPT');
    const src = new URL((await iframe.getAttribute('src')) ?? '');
    expect(Object.fromEntries(src.searchParams)).toEqual({
      mode: 'self-service',
      area: 'maidstone',
      exit: h.neutral.exitUrl,
      parent: partner.origin,
    });

    const embed = await embedResponse;
    expect(embed.headers()['content-security-policy']).toBe(contentSecurityPolicy([partner.origin]));
    expect(embed.headers()['x-frame-options']).toBeUndefined();
    expect(embed.request().headers().referer).toBeUndefined();
    const snippet = await snippetResponse;
    expect(snippet.headers()['cross-origin-resource-policy']).toBe('cross-origin');

    expect(await frame.locator('#main-content h1').textContent()).toBe(START_HEADING);
    // The embed layout: the quick exit and the emergency line are kept; the partner's area words a line.
    expect(await frame.locator('a.quick-exit').isVisible()).toBe(true);
    expect(await frame.locator('.shell-emergency a[href="tel:999"]').isVisible()).toBe(true);
    expect(await frame.getByText('You do not need to live in Maidstone to use it.').count()).toBe(1);
    // The exit links go where the partner asked; the phone link goes to the top page (frame-src).
    expect(await frame.locator('a.quick-exit').getAttribute('href')).toBe(h.neutral.exitUrl);
    expect(await frame.locator('.shell-emergency a[href="tel:999"]').getAttribute('target')).toBe('_top');
    expect(h.problems(page)).toEqual([]);
  });

  it('starts in professional mode when the partner asks for it', async () => {
    const page = await h.newPage();
    const { frame } = await openDemo(page, '?mode=professional&area=');
    // The HTML is the start page's; the app replaces it with the professionals' page once it loads.
    await expect.poll(() => frame.locator('#main-content h1').textContent()).toBe(PROFESSIONAL_START.title);
    expect(h.problems(page)).toEqual([]);
  });

  it('ignores a bad setting with one warning, and the tool works all the same', async () => {
    const page = await h.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    const { iframe, frame } = await openDemo(page, '?mode=admin&exit=javascript%3Aalert(1)');
    expect(warnings.filter((w) => w.startsWith('Support Pathway embed'))).toEqual([
      'Support Pathway embed: ignored data-mode (use self-service or professional); data-exit-url (use an https:// address).',
    ]);
    const src = new URL((await iframe.getAttribute('src')) ?? '');
    expect([...src.searchParams.keys()].sort()).toEqual(['area', 'parent']);
    expect(await frame.locator('#main-content h1').textContent()).toBe(START_HEADING);
    expect(await frame.locator('a.quick-exit').getAttribute('href')).toBe(h.neutral.exitUrl);
  });
});

describe('resizing', () => {
  it('fits the frame to each page, with no scroll bar inside, and brings its top into view on a new page', async () => {
    const page = await h.newPage();
    const { iframe, frame } = await openDemo(page);
    await expect.poll(async () => (await frameHeight(iframe)) - (await contentHeight(frame))).toBe(0);
    const startHeight = await frameHeight(iframe);
    expect(startHeight).toBeGreaterThan(1000);

    await frame.getByRole('button', { name: 'Start now' }).click();
    await frame.locator('h1', { hasText: 'Before you start' }).waitFor();
    await expect.poll(async () => (await frameHeight(iframe)) - (await contentHeight(frame))).toBe(0);
    expect(await frameHeight(iframe)).not.toBe(startHeight);
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(
      true,
    );

    await frame.getByRole('button', { name: 'Continue' }).click();
    await frame.locator('h1', { hasText: FIRST_QUESTION }).waitFor();
    await frame.getByLabel('No', { exact: true }).check();

    // Scrolled a little past the frame's top (the Continue button still in sight), move on: the next
    // question's page starts with the frame's top at the top of the window.
    await page.evaluate(() => {
      const frameTop = document.querySelector('iframe')?.getBoundingClientRect().top ?? 0;
      window.scrollBy(0, frameTop + 100);
    });
    expect(Math.round(await iframe.evaluate((el) => el.getBoundingClientRect().top))).toBe(-100);
    await frame.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => frame.locator('#main-content h1').textContent()).not.toBe(FIRST_QUESTION);
    await expect
      .poll(() => iframe.evaluate((el) => Math.abs(Math.round(el.getBoundingClientRect().top))))
      .toBe(0);
    await expect.poll(async () => (await frameHeight(iframe)) - (await contentHeight(frame))).toBe(0);
    expect(h.problems(page)).toEqual([]);
  });

  it('keeps the quick exit button on screen as the partner page scrolls', async () => {
    const page = await h.newPage();
    const { iframe, frame } = await openDemo(page);
    await expect.poll(() => frameHeight(iframe)).toBeGreaterThan(1000);
    const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
    const button = frame.locator('a.quick-exit');
    for (const scrollTo of [600, 1200, 400]) {
      await page.evaluate((y) => window.scrollTo(0, y), scrollTo);
      await expect
        .poll(async () => {
          const box = await button.boundingBox();
          return box !== null && box.y >= 0 && box.y + box.height <= viewport.height;
        })
        .toBe(true);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => frame.locator('.shell-header').evaluate((el) => el.style.transform)).toBe('');
  });
});

describe('quick exit from the partner page’s frame', () => {
  it('by the button: the partner’s tab goes to the exit page', async () => {
    const page = await h.newPage();
    const { frame } = await openDemo(page);
    const before = exits();
    await frame.locator('a.quick-exit').click();
    await hostLeft(page, before);
  });

  it('by the button from a question: Back goes to what was open before the partner’s page, never the tool', async () => {
    const page = await h.newPage();
    const { frame } = await openDemo(page);
    await frame.getByRole('button', { name: 'Start now' }).click();
    await frame.getByRole('button', { name: 'Continue' }).click();
    await frame.locator('h1', { hasText: FIRST_QUESTION }).waitFor();
    await frame.getByLabel('No', { exact: true }).check();
    await frame.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => frame.locator('#main-content h1').textContent()).not.toBe(FIRST_QUESTION);
    const before = exits();
    await frame.locator('a.quick-exit').click();
    await hostLeft(page, before);
    await page.goBack({ waitUntil: 'commit' });
    expect(page.url()).toBe('about:blank');
  });

  it('by Shift three times (focus moved in with the keyboard): the partner’s tab goes to the exit page', async () => {
    const page = await h.newPage();
    const { frame } = await openDemo(page);
    await frame.getByRole('button', { name: 'Start now' }).click();
    await frame.locator('h1', { hasText: 'Before you start' }).waitFor();
    await tabIntoFrame(page, frame);
    const before = exits();
    await shiftThreeTimes(page);
    await hostLeft(page, before);
    // Back goes to what was open before the partner's page (here the new tab's blank page): the tool
    // pushed no history entry in the partner's tab, so none is left under the exit page (issue #13).
    await page.goBack({ waitUntil: 'commit' });
    expect(page.url()).toBe('about:blank');
  });

  describe('in a strictly sandboxed frame (no top navigation, no popups)', () => {
    async function openStrict(page: Page): Promise<Embedded> {
      const embedded = await openDemo(page);
      await embedded.iframe.evaluate((el: HTMLIFrameElement) => {
        el.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms');
        el.src = `${el.src}`;
      });
      const frame = await frameOf(embedded.iframe);
      await frame.getByRole('button', { name: 'Start now' }).waitFor();
      return { iframe: embedded.iframe, frame };
    }

    it('the button still takes the partner’s tab away, through the snippet', async () => {
      const page = await h.newPage();
      const { frame } = await openStrict(page);
      const before = exits();
      await frame.locator('a.quick-exit').click();
      await hostLeft(page, before);
    });

    it('Shift three times still takes the partner’s tab away, through the snippet', async () => {
      const page = await h.newPage();
      const { frame } = await openStrict(page);
      await tabIntoFrame(page, frame);
      const before = exits();
      await shiftThreeTimes(page);
      await hostLeft(page, before);
    });
  });
});

describe('what Chromium allows a key press in a sandboxed cross-origin frame', () => {
  /**
   * The tool in a frame with the snippet's sandbox but without the partner origin, so the frame
   * cannot ask the snippet: only its own `top.location.replace` can take the partner's tab away.
   */
  async function openAlone(page: Page): Promise<Frame> {
    const exit = encodeURIComponent(h.neutral.exitUrl);
    partner.setPage(
      '/alone',
      '<!doctype html><html lang="en-GB"><head><title>Alone</title></head><body><main><h1>Alone</h1>' +
        `<iframe title="Support Pathway" sandbox="${SNIPPET_SANDBOX}" src="__APP_ORIGIN__/embed?exit=${exit}"></iframe>` +
        '</main></body></html>',
    );
    await page.goto(partner.url('/alone'));
    const frame = await frameOf(page.locator('iframe'));
    await frame.getByRole('button', { name: 'Start now' }).waitFor();
    return frame;
  }

  it('Shift alone is not a user activation: top navigation is refused, and the frame leaves alone', async () => {
    const page = await h.newPage();
    const frame = await openAlone(page);
    await tabIntoFrame(page, frame);
    await shiftThreeTimes(page);
    await expect
      .poll(() => h.problems(page).some((p) => p.includes('has no user activation')), { timeout: 5000 })
      .toBe(true);
    // The last resort: the frame itself leaves the tool (the partner's frame-src refuses the exit
    // page there, so Chromium shows its error page: the tool is gone either way).
    await expect.poll(() => frame.url()).not.toContain('/embed');
    expect(page.url()).toBe(partner.url('/alone'));
  });

  it('after another key press in the frame (a user activation), Shift three times takes the top page', async () => {
    const page = await h.newPage();
    const frame = await openAlone(page);
    await tabIntoFrame(page, frame);
    const before = exits();
    await page.keyboard.press('x');
    await shiftThreeTimes(page);
    await hostLeft(page, before);
  });

  it('a click on the exit button (a user activation) takes the top page by the link itself', async () => {
    const page = await h.newPage();
    const frame = await openAlone(page);
    const before = exits();
    await frame.locator('a.quick-exit').click();
    await hostLeft(page, before);
  });
});

describe('messages from anyone else', () => {
  it('a third site’s frame and the partner page itself cannot resize the tool or take the page away', async () => {
    const page = await h.newPage();
    const { iframe, frame } = await openDemo(page);
    await expect.poll(async () => (await frameHeight(iframe)) > 1000).toBe(true);
    const watch = await watchFrameHeights(page);
    third.setPage(
      '/sender',
      '<!doctype html><html lang="en-GB"><head><title>Sender</title></head><body></body></html>',
    );
    await page.evaluate((src) => {
      const sender = document.createElement('iframe');
      sender.title = 'Third site';
      sender.src = src;
      document.body.append(sender);
      return new Promise((resolve) => sender.addEventListener('load', resolve));
    }, third.url('/sender'));
    const sender = page.frames().find((f) => f.url().startsWith(third.origin));
    if (!sender) throw new Error('the third site’s frame did not load');
    await sender.evaluate(() => {
      parent.postMessage({ type: 'pathway:height', height: 5000 }, '*');
      parent.postMessage({ type: 'pathway:exit' }, '*');
    });
    await page.evaluate(() => {
      window.postMessage({ type: 'pathway:height', height: 5000 }, '*');
      window.postMessage({ type: 'pathway:exit' }, '*');
    });
    await page.waitForTimeout(1000);
    await expectOwnHeight(iframe, frame, watch, 5000);
    expect(page.url()).toBe(partner.url('/'));
  });

  it('another frame of the app’s own origin cannot either: only the snippet’s own frame counts', async () => {
    const page = await h.newPage();
    const { iframe, frame } = await openDemo(page);
    await expect.poll(async () => (await frameHeight(iframe)) > 1000).toBe(true);
    const watch = await watchFrameHeights(page);
    const other = page.locator('iframe.other');
    await page.evaluate(
      (src) => {
        const frame = document.createElement('iframe');
        frame.className = 'other';
        frame.title = 'Another copy';
        frame.src = src;
        document.body.append(frame);
      },
      `${h.app.origin}/embed?parent=${encodeURIComponent(partner.origin)}`,
    );
    const copy = await frameOf(other);
    await copy.getByRole('button', { name: 'Start now' }).waitFor();
    await copy.evaluate((origin) => {
      parent.postMessage({ type: 'pathway:height', height: 4321 }, origin);
      parent.postMessage({ type: 'pathway:exit' }, origin);
    }, partner.origin);
    await page.waitForTimeout(1000);
    await expectOwnHeight(iframe, frame, watch, 4321);
    expect(page.url()).toBe(partner.url('/'));
  });
});

describe('sites not on the allow-list', () => {
  it('cannot frame the tool: the browser refuses the embed page, and no app content loads', async () => {
    const page = await h.newPage();
    third.setPage(
      '/copy',
      '<!doctype html><html lang="en-GB"><head><title>Copy</title></head><body><main><h1>Copy</h1>' +
        '<script src="__APP_ORIGIN__/embed.js" async></script></main></body></html>',
    );
    const embedResponse = page.waitForResponse((r) => new URL(r.url()).pathname === '/embed');
    await page.goto(third.url('/copy'));
    expect((await embedResponse).status()).toBe(200);
    await expect
      .poll(() => h.problems(page).some((p) => p.includes('frame-ancestors') && p.includes(partner.origin)))
      .toBe(true);
    const frame = await frameOf(page.locator('iframe.pathway-embed'));
    expect(frame.url()).not.toContain(h.app.origin);
    expect(await frame.locator('#app, .quick-exit').count()).toBe(0);
  });

  it('the allow-listed partner cannot frame the standalone page either', async () => {
    const page = await h.newPage();
    await page.goto(partner.url('/'));
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.className = 'standalone';
      frame.title = 'Standalone';
      frame.src = src;
      document.body.append(frame);
    }, `${h.app.origin}/`);
    await expect.poll(() => h.problems(page).some((p) => p.includes("frame-ancestors 'none'"))).toBe(true);
    const frame = await frameOf(page.locator('iframe.standalone'));
    expect(await frame.locator('#app').count()).toBe(0);
  });
});

/**
 * axe on the partner page AND inside the tool's frame: AxeBuilder runs axe in every frame and
 * combines the results (the shared `axeViolations` checks one document, for the app's frameless pages).
 * AxeBuilder silently leaves out a frame whose run failed (seen when the app re-rendered meanwhile),
 * so a run counts only if it looked into the frame: asked again, at most three times.
 */
async function axeWithFrames(page: Page): Promise<{ violations: string[]; nodesInFrame: number }> {
  await page.waitForLoadState('networkidle');
  let result = { violations: [] as string[], nodesInFrame: 0 };
  for (let attempt = 0; attempt < 3 && result.nodesInFrame === 0; attempt += 1) {
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    result = {
      violations: axe.violations.map(
        (v) => `axe ${v.id}: ${v.help} on ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
      ),
      // An element in a frame is named by the frame's selector, then its own.
      nodesInFrame: [...axe.passes, ...axe.violations]
        .flatMap((r) => r.nodes)
        .filter((n) => n.target.length > 1).length,
    };
  }
  return result;
}

describe('accessibility', () => {
  it('axe finds nothing on the partner page with the tool in it, at the start and on a question', async () => {
    const page = await h.newPage();
    const { frame } = await openDemo(page);
    const start = await axeWithFrames(page);
    expect(start.violations).toEqual([]);
    expect(start.nodesInFrame).toBeGreaterThan(20);
    await frame.getByRole('button', { name: 'Start now' }).click();
    await frame.getByRole('button', { name: 'Continue' }).click();
    await frame.locator('h1', { hasText: FIRST_QUESTION }).waitFor();
    const question = await axeWithFrames(page);
    expect(question.violations).toEqual([]);
    expect(question.nodesInFrame).toBeGreaterThan(20);
    expect(h.problems(page)).toEqual([]);
  });
});
