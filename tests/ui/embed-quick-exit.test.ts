/**
 * public/quick-exit.js inside a partner's frame, in jsdom: it tells the partner page at once (to the
 * confirmed partner origin only), replaces the top page itself (for a click too, so no entry is left
 * under the exit page), lets the real target="_top" link carry a click only where the frame may not
 * navigate the top page, and replaces the frame alone only as a last resort.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageWithShell } from '../support/shell';

const ROOT = resolve(import.meta.dirname, '../..');
const SCRIPT = readFileSync(resolve(ROOT, 'public/quick-exit.js'), 'utf8');
const SHELL = new DOMParser().parseFromString(pageWithShell('index.html'), 'text/html');
const PARTNER = 'https://www.medway.gov.uk';
const EXIT = 'https://www.example.org/weather';

interface Instance {
  exitUrl: string;
  exit(): void;
  destroy(): void;
}
type Create = (win: Window, deps: { navigate(url: string): void; reload(): void }) => Instance;

let create: Create;
let instance: Instance | undefined;
let navigate: ReturnType<typeof vi.fn<(url: string) => void>>;
let parentPost: ReturnType<typeof vi.fn>;
let topReplace: ReturnType<typeof vi.fn>;

/** This window as a partner's frame: `top` and `parent` are the partner page (stand-ins). */
function framed(topBlocked: boolean): Window {
  const top = {
    location: {
      replace: topReplace.mockImplementation(() => {
        if (topBlocked) throw new DOMException('Blocked', 'SecurityError');
      }),
    },
  };
  const parent = { postMessage: parentPost };
  return new Proxy(window, {
    get(target, property) {
      if (property === 'top') return top;
      if (property === 'parent') return parent;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' && /^[a-z]/.test(String(property)) ? value.bind(target) : value;
    },
  });
}

function loadShell(parentOrigin: string | null) {
  document.head.innerHTML = SHELL.head.innerHTML.replaceAll('https://www.bbc.co.uk/weather', EXIT);
  if (parentOrigin) {
    const meta = document.createElement('meta');
    meta.name = 'pathway:parent-origin';
    meta.content = parentOrigin;
    document.head.append(meta);
  }
  document.body.innerHTML = SHELL.body.innerHTML.replaceAll('https://www.bbc.co.uk/weather', EXIT);
}

function start(options: { parentOrigin?: string | null; topBlocked?: boolean } = {}) {
  loadShell(options.parentOrigin === undefined ? PARTNER : options.parentOrigin);
  instance = create(framed(options.topBlocked ?? false), { navigate, reload: vi.fn() });
}

function shiftThreeTimes() {
  for (let i = 0; i < 3; i += 1) {
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', shiftKey: true, bubbles: true }));
    window.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', shiftKey: false, bubbles: true }));
  }
}

beforeAll(() => {
  document.head.innerHTML = SHELL.head.innerHTML;
  document.body.innerHTML = SHELL.body.innerHTML;
  new Function(SCRIPT)();
  const published = (window as unknown as { pathwayQuickExit?: Instance & { create: Create } })
    .pathwayQuickExit;
  if (!published) throw new Error('quick-exit.js did not publish window.pathwayQuickExit');
  published.destroy();
  create = published.create;
});

beforeEach(() => {
  vi.useFakeTimers();
  navigate = vi.fn<(url: string) => void>();
  parentPost = vi.fn();
  topReplace = vi.fn();
});

afterEach(() => {
  instance?.destroy();
  instance = undefined;
  vi.useRealTimers();
});

describe('Shift three times in a partner’s frame', () => {
  it('tells the partner page at once, to its origin only, and tries to replace the top page', () => {
    start();
    shiftThreeTimes();
    expect(parentPost).toHaveBeenCalledExactlyOnceWith({ type: 'pathway:exit' }, PARTNER);
    expect(topReplace).toHaveBeenCalledExactlyOnceWith(EXIT);
    expect(navigate).not.toHaveBeenCalled();
    expect(document.querySelector('[role="alert"]')?.textContent).toBe('Loading.');
  });

  it('if the page is still here shortly after, asks again and then leaves in the frame alone', () => {
    start({ topBlocked: true });
    shiftThreeTimes();
    expect(parentPost).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(599);
    expect(navigate).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(parentPost).toHaveBeenCalledTimes(2);
    expect(navigate).toHaveBeenCalledExactlyOnceWith(EXIT);
  });

  it('without a confirmed partner origin, tells nobody (never "*") and still leaves', () => {
    start({ parentOrigin: null, topBlocked: true });
    shiftThreeTimes();
    vi.advanceTimersByTime(600);
    expect(parentPost).not.toHaveBeenCalled();
    expect(navigate).toHaveBeenCalledExactlyOnceWith(EXIT);
  });

  it('ignores a partner origin that is not an https origin', () => {
    start({ parentOrigin: 'javascript:alert(1)' });
    shiftThreeTimes();
    expect(parentPost).not.toHaveBeenCalled();
  });
});

describe('a click on the exit button in a partner’s frame', () => {
  /** Clicks the exit link; returns whether the link's own navigation was let through. */
  function clickExit(): boolean {
    const link = document.querySelector<HTMLAnchorElement>('a.quick-exit');
    expect(link?.getAttribute('target')).toBe('_top');
    expect(link?.getAttribute('href')).toBe(EXIT);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    let letThrough = false;
    // jsdom cannot follow the link: keep it from trying, after the quick exit has seen the click.
    document.addEventListener(
      'click',
      (event) => {
        letThrough = !event.defaultPrevented;
        event.preventDefault();
      },
      { once: true },
    );
    link?.dispatchEvent(click);
    return letThrough;
  }

  it('replaces the partner page from the frame (no entry left under the exit page), and tells it at once', () => {
    start();
    // The link's own target="_top" navigation would push the exit page on top of the partner's page
    // (the tool in it one Back away), racing the snippet's replace: it is stopped.
    expect(clickExit()).toBe(false);
    expect(topReplace).toHaveBeenCalledExactlyOnceWith(EXIT);
    expect(parentPost).toHaveBeenCalledExactlyOnceWith({ type: 'pathway:exit' }, PARTNER);
  });

  it('lets the real target="_top" link go where the frame may not navigate the top page', () => {
    start({ topBlocked: true });
    expect(clickExit()).toBe(true);
    expect(parentPost).toHaveBeenCalledExactlyOnceWith({ type: 'pathway:exit' }, PARTNER);
  });
});
