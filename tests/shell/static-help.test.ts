// @vitest-environment jsdom
/**
 * The page shell (index.html with the start page the build renders into it, and 404.html) shows help
 * before any JavaScript runs and with it off. Its
 * phone numbers and hours must be the directory's own (fixtures/directory.json), never retyped ones
 * that drift: every tel: link is a number of the directory entry its list item names, and the hours
 * written beside it are that contact's hours.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_OUTLET, fillOutlets, HELPLINES_OUTLET } from '../../scripts/vite-prerender';
import { bundledDirectory } from '../../src/directory/bundled';
import * as prerender from '../../src/ui/prerender';
import { pageWithShell } from '../support/shell';

const ROOT = resolve(import.meta.dirname, '../..');
const digits = (text: string) => text.replace(/\D/g, '');
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function service(id: string) {
  const found = bundledDirectory.services.find((entry) => entry.id === id);
  if (!found) throw new Error(`directory has no ${id}`);
  return found;
}

function phones(id: string) {
  return service(id).contacts.flatMap((contact) =>
    contact.type === 'phone' || contact.type === 'short-code' ? [contact] : [],
  );
}

/** The directory's voice phone lines of a service, each with its own hours. */
function lines(id: string) {
  return service(id).contacts.flatMap((contact) => (contact.type === 'phone' ? [contact] : []));
}

/**
 * A page as the build sends it (scripts/vite-prerender.ts): both get the shell (src/shell/), index.html
 * the start page in its outlet, 404.html the directory's helplines in theirs.
 */
const built = (file: string) => fillOutlets(readFileSync(resolve(ROOT, file), 'utf8'), prerender, ROOT);

describe.each(['index.html', '404.html'])('%s', (file) => {
  const doc = new DOMParser().parseFromString(built(file), 'text/html');

  it('starts with the exit skip link, then the sticky exit button with hidden "Emergency" text', () => {
    const focusable = [...doc.querySelectorAll('a[href], button, input, select, textarea')];
    const [skip, button] = focusable;
    expect(skip?.className).toBe('shell-skip-exit');
    expect(squash(skip?.textContent)).toBe('Exit this page');
    expect(button?.className).toBe('quick-exit');
    expect(squash(button?.textContent)).toBe('Emergency Exit this page');
    expect(button?.querySelector('.shell-visually-hidden')?.textContent).toBe('Emergency');
    for (const link of [skip, button]) {
      expect(link?.getAttribute('href')).toBe('https://www.bbc.co.uk/weather');
      expect(link?.getAttribute('target')).toBe('_top');
      expect(link?.getAttribute('rel')).toBe('noreferrer');
      expect(link?.hasAttribute('data-quick-exit')).toBe(true);
    }
    expect(doc.querySelector('meta[name="pathway:exit-url"]')?.getAttribute('content')).toBe(
      'https://www.bbc.co.uk/weather',
    );
  });

  it('has an empty live region for the Shift count, present from the start', () => {
    const region = doc.querySelector('[data-quick-exit-status]');
    expect(region?.getAttribute('role')).toBe('status');
    expect(region?.textContent).toBe('');
  });

  it('shows the emergency line: 999, and cough, tap or press 55 if you cannot speak', () => {
    const line = squash(doc.querySelector('.shell-emergency')?.textContent);
    expect(line).toContain('Call 999');
    expect(line).toMatch(/cannot speak, cough or tap the phone, or press 55/);
    const emergency = phones('emergency-999').map((contact) => contact.number);
    expect(emergency).toEqual(expect.arrayContaining(['999', '55']));
    expect(doc.querySelector('.shell-emergency a[href="tel:999"]')).not.toBeNull();
  });

  it('gives the 24-hour helpline and Victim Support with the directory’s numbers and hours', () => {
    const helpline = doc.querySelector('[data-directory-id="national-da-helpline"]');
    const [always] = lines('national-da-helpline');
    expect(always?.hours?.kind).toBe('always');
    expect(squash(helpline?.textContent)).toContain(always?.hours?.description);
    expect(squash(helpline?.textContent)).toContain(always?.number);

    const victimSupport = squash(doc.querySelector('[data-directory-id="victim-support"]')?.textContent);
    const [daytime, outOfHours] = lines('victim-support');
    expect(victimSupport).toContain(daytime?.number);
    expect(victimSupport).toContain(daytime?.hours?.description);
    expect(victimSupport).toContain(outOfHours?.number);
  });

  it('links every phone number to a number of the directory entry it sits in', () => {
    const links = [...doc.querySelectorAll('a[href^="tel:"]')];
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const link of links) {
      const owner = link.closest('[data-directory-id]')?.getAttribute('data-directory-id') ?? 'emergency-999';
      const numbers = phones(owner).map((contact) => digits(contact.number));
      const dialled = digits(link.getAttribute('href') ?? '');
      expect(numbers, `${dialled} in ${owner}`).toContain(dialled);
      expect(digits(link.textContent ?? '')).toBe(dialled);
    }
  });

  it('holds no inline script, no <style> and no style attribute (the CSP forbids them)', () => {
    for (const script of doc.querySelectorAll('script')) {
      expect(script.getAttribute('src')).toBeTruthy();
      expect(script.textContent?.trim()).toBe('');
    }
    expect(doc.querySelectorAll('style, [style]')).toHaveLength(0);
  });
});

describe.each([
  ['index.html', APP_OUTLET, '#app', 'the start page'],
  ['404.html', HELPLINES_OUTLET, '.shell-fallback__list', 'the directory’s helplines'],
] as const)('%s as written', (file, outlet, holder, what) => {
  it(`leaves one outlet, which the build fills with ${what}, and holds no helpline of its own`, () => {
    // As written, with the shell every page shares (src/shell/) written in.
    const source = pageWithShell(file);
    expect(source.split(outlet)).toHaveLength(2);
    const doc = new DOMParser().parseFromString(source, 'text/html');
    expect(doc.querySelector(holder)?.innerHTML.trim()).toBe(outlet);
    // Only the emergency line's 999, which the shell of every page carries.
    expect([...doc.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'))).toEqual([
      'tel:999',
    ]);
  });
});

describe('index.html', () => {
  it('says, with JavaScript off, that the questions need it, in place of the start buttons', () => {
    const doc = new DOMParser().parseFromString(built('index.html'), 'text/html');
    const note = doc.querySelector('#app .app-needs-js-note');
    expect(squash(note?.textContent)).toContain('needs JavaScript');
    expect(
      doc.querySelector('#app [data-directory-id="national-da-helpline"] a[href^="tel:"]'),
    ).not.toBeNull();
    const css = readFileSync(resolve(ROOT, 'src/styles/app.css'), 'utf8');
    const scriptingNone = css.slice(css.indexOf('@media (scripting: none)'));
    expect(scriptingNone).toMatch(/\.app-needs-js-note\s*{\s*display: block;/);
    expect(scriptingNone).toMatch(/\.govuk-button--start,\s*\.app-link-button\s*{\s*display: none;/);
  });
});
