/**
 * Checks run on a page as it stands: accessibility (axe-core, WCAG 2.0/2.1/2.2 A and AA), reflow
 * (nothing wider than the viewport, nothing clipped) and focus (tabbing through, the sticky exit bar
 * never covers the focused element). Each returns a list of problems, empty when the page passes, so
 * that one failure names everything wrong on the page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's own build, injected into the page under test (the version @axe-core/playwright uses). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * axe-core's violations, one line each, with the elements they were found on. axe is injected once
 * per document (the app changes pages without loading a new one) and run in the page, rules chosen
 * by tag. (@axe-core/playwright's AxeBuilder does the same, but injects axe again on every run and,
 * by default, opens a blank page each time to combine frames' results: ten times slower, and the app
 * has no frames.)
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags): Promise<AxeViolation[]> => {
    type Axe = {
      run(
        context: Document,
        options: object,
      ): Promise<{
        violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
      }>;
    };
    const axe = (window as unknown as { axe: Axe }).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  }, AXE_TAGS);
  return violations.map(
    (v) => `axe ${v.id} (${v.impact ?? 'unknown impact'}): ${v.help} on ${v.targets.join(', ')}`,
  );
}

/** The widths checked: a 320 px phone (WCAG 1.4.10), and 1280 px at 200% zoom (640 CSS px). */
export const REFLOW_WIDTHS = [
  { name: '320 px', width: 320, height: 640 },
  { name: '200% zoom', width: 640, height: 360 },
] as const;

/** The size of Playwright's default viewport, restored after a check at another width. */
export const DESKTOP = { width: 1280, height: 720 };

/**
 * Horizontal scrolling, and anything cut off: an element reaching past either side of the viewport
 * (outside an element that scrolls on purpose), or content clipped by an element that hides its overflow.
 */
export async function reflowProblems(page: Page, label: string): Promise<string[]> {
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const doc = document.documentElement;
    const width = doc.clientWidth;
    const name = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(/\s+/)[0]}` : '';
      const text = (el.textContent ?? '').trim().slice(0, 40);
      return `<${el.tagName.toLowerCase()}${id}${cls}> "${text}"`;
    };
    if (doc.scrollWidth > width)
      found.push(`the page scrolls sideways: ${doc.scrollWidth} px in ${width} px`);
    const scrolls = (style: CSSStyleDeclaration) =>
      style.overflowX === 'auto' || style.overflowX === 'scroll';
    const walk = (el: Element) => {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') return;
      const rect = el.getBoundingClientRect();
      // Visually hidden (1 px, clipped) text is meant to be out of sight: skip it and what it holds.
      if (rect.width <= 1 && rect.height <= 1) return;
      if (rect.width > 0 && (rect.right > width + 0.5 || rect.left < -0.5)) {
        found.push(
          `${name(el)} is cut off: it spans ${Math.round(rect.left)} to ${Math.round(rect.right)} px of ${width}`,
        );
        return;
      }
      const hides = (v: string) => v === 'hidden' || v === 'clip';
      if (hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
        found.push(`${name(el)} clips its content: ${el.scrollWidth} px in ${el.clientWidth} px`);
      if (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1)
        found.push(`${name(el)} clips its content: ${el.scrollHeight} px high in ${el.clientHeight} px`);
      if (scrolls(style)) return;
      for (const child of el.children) walk(child);
    };
    walk(document.body);
    return found;
  });
  return problems.map((p) => `${label}: ${p}`);
}

interface Focused {
  key: string;
  name: string;
  inBar: boolean;
  covered: boolean;
  offScreen: boolean;
  bar: string;
  rect: string;
}

/** Where focus is now: the element, whether the exit bar covers it, whether it is on screen. */
function focused(page: Page, index: number): Promise<Focused | null> {
  return page.evaluate((i) => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    if (!el.hasAttribute('data-focus-walk')) el.setAttribute('data-focus-walk', String(i));
    const bar = document.querySelector('.shell-header');
    const r = el.getBoundingClientRect();
    const b = bar?.getBoundingClientRect();
    const text = (el.textContent ?? '').trim().slice(0, 40) || el.getAttribute('aria-label') || el.id;
    return {
      key: el.getAttribute('data-focus-walk') ?? String(i),
      name: `<${el.tagName.toLowerCase()}> "${text}"`,
      inBar: Boolean(bar?.contains(el)),
      covered: Boolean(b && r.top < b.bottom && r.bottom > b.top && r.left < b.right && r.right > b.left),
      offScreen: r.bottom <= 0 || r.top >= window.innerHeight || r.right <= 0 || r.left >= window.innerWidth,
      bar: b ? `${Math.round(b.top)} to ${Math.round(b.bottom)}` : '',
      rect: `${Math.round(r.top)} to ${Math.round(r.bottom)}`,
    };
  }, index);
}

/**
 * Tabs through the whole page, forwards from the top and then backwards from the bottom (Shift+Tab:
 * the browser scrolls each element into view at the top edge, where the sticky bar is). Every element
 * that takes focus, outside the exit bar itself, must be clear of the bar and on screen.
 */
export async function focusProblems(page: Page, label: string, maxTabs = 80): Promise<string[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur?.();
    window.scrollTo(0, 0);
  });
  const problems: string[] = [];
  let reached = 0;
  for (const key of ['Tab', 'Shift+Tab']) {
    const seen = new Set<string>();
    for (let i = 0; i < maxTabs; i++) {
      await page.keyboard.press(key);
      const focus = await focused(page, i);
      // Past the last element focus leaves the page; a key seen before means the order wrapped round.
      if (!focus || seen.has(focus.key)) break;
      seen.add(focus.key);
      if (focus.inBar) continue;
      const where = `${label}, ${key}`;
      if (focus.covered)
        problems.push(`${where}: the exit bar (${focus.bar} px) covers ${focus.name} (${focus.rect} px)`);
      else if (focus.offScreen)
        problems.push(`${where}: ${focus.name} took focus off screen (${focus.rect} px)`);
    }
    reached = Math.max(reached, seen.size);
  }
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('[data-focus-walk]')) el.removeAttribute('data-focus-walk');
  });
  if (reached === 0) problems.push(`${label}: nothing took focus`);
  return [...new Set(problems)];
}

/**
 * The page checked at each reflow width (sideways scroll, cut off, focus under the exit bar), then put
 * back at the desktop size, where focus is walked too (the bar is sticky at every width).
 */
export async function layoutProblems(page: Page, options: { focus?: boolean } = {}): Promise<string[]> {
  const problems: string[] = [];
  for (const size of REFLOW_WIDTHS) {
    await page.setViewportSize({ width: size.width, height: size.height });
    problems.push(...(await reflowProblems(page, size.name)));
    if (options.focus !== false) problems.push(...(await focusProblems(page, size.name)));
  }
  await page.setViewportSize(DESKTOP);
  if (options.focus !== false) problems.push(...(await focusProblems(page, '1280 px')));
  return problems;
}
