/**
 * The app's side of embedding (src/embed/start.ts), in jsdom: options read once with one warning for
 * the bad ones; the height, new pages and nothing else posted to the confirmed partner origin only;
 * the quick exit bar kept in view from the partner's viewport messages.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startEmbed } from '../../src/embed/start';

type Win = Window & typeof globalThis;
const PARTNER = 'https://www.medway.gov.uk';

/** This window, seen from inside a frame whose parent is `parent`. */
function framed(parent: Window): Win {
  return new Proxy(window, {
    get(target, property) {
      if (property === 'parent') return parent;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' && /^[a-z]/.test(String(property)) ? value.bind(target) : value;
    },
  }) as Win;
}

let parentFrame: HTMLIFrameElement;
let parent: Window;
let posted: ReturnType<typeof vi.spyOn>;
let warn: ReturnType<typeof vi.spyOn>;
let resize: (() => void) | undefined;
let height: number;
const stops: Array<() => void> = [];

function page(options: { parentMeta?: string | null; search?: string } = {}) {
  const { parentMeta = PARTNER, search = '' } = options;
  document.head.innerHTML =
    '<title>Start</title><meta name="pathway:embed" content="1">' +
    (parentMeta ? `<meta name="pathway:parent-origin" content="${parentMeta}">` : '');
  document.body.innerHTML =
    '<header class="shell-header"><a class="quick-exit" href="#">Exit this page</a></header><div id="app"></div>';
  window.history.replaceState(null, '', `/embed${search}`);
}

function start() {
  const settings = startEmbed(framed(parent));
  stops.push(settings.stop);
  return settings;
}

const messages = () => posted.mock.calls.map(([message, origin]: unknown[]) => ({ message, origin }));

beforeEach(() => {
  parentFrame = document.createElement('iframe');
  document.documentElement.append(parentFrame);
  parent = parentFrame.contentWindow as Window;
  posted = vi.spyOn(parent, 'postMessage').mockImplementation(() => {});
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  height = 1234.2;
  vi.spyOn(document.documentElement, 'getBoundingClientRect').mockImplementation(
    () => new DOMRect(0, 0, 800, height),
  );
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    callback(0);
    return 0;
  });
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        resize = callback;
      }
      observe() {}
      disconnect() {
        resize = undefined;
      }
    },
  );
});

afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  parentFrame.remove();
  window.history.replaceState(null, '', '/');
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('options', () => {
  it('reads the mode and the partner’s area', () => {
    page({ search: '?mode=professional&area=medway&parent=https%3A%2F%2Fwww.medway.gov.uk' });
    const settings = start();
    expect(settings).toMatchObject({ mode: 'professional', area: 'medway', parentOrigin: PARTNER });
    expect(warn).not.toHaveBeenCalled();
  });

  it('ignores every bad option with ONE console warning, and starts in self-service mode', () => {
    page({
      search:
        '?mode=admin&area=outside&exit=javascript%3Aalert(1)&answers=%7B%7D&parent=https%3A%2F%2Fwww.medway.gov.uk',
    });
    const settings = start();
    expect(settings).toMatchObject({ mode: 'self-service', area: undefined });
    expect(warn).toHaveBeenCalledTimes(1);
    const text = String(warn.mock.calls[0]?.[0]);
    expect(text).toMatch(
      /^Support Pathway embed: ignored 4 options: mode .*; area .*; exit .*; answers \(not an embed option/,
    );
  });

  it('names a parent the server did not confirm (not on the allow-list), and posts nothing', () => {
    page({ parentMeta: null, search: '?parent=https%3A%2F%2Fevil.example' });
    const settings = start();
    expect(settings.parentOrigin).toBeNull();
    expect(String(warn.mock.calls[0]?.[0])).toContain('parent (not a partner site on the allow-list');
    resize?.();
    expect(posted).not.toHaveBeenCalled();
  });
});

describe('messages to the partner page', () => {
  it('posts the content height at once and on every change, to the partner origin only, never "*"', () => {
    page();
    start();
    height = 900;
    resize?.();
    resize?.();
    height = 2000.5;
    resize?.();
    expect(messages()).toEqual([
      { message: { type: 'pathway:height', height: 1235 }, origin: PARTNER },
      { message: { type: 'pathway:height', height: 900 }, origin: PARTNER },
      { message: { type: 'pathway:height', height: 2001 }, origin: PARTNER },
    ]);
  });

  it('asks for the frame’s top on each new page once the person has used the tool, not before', async () => {
    page();
    start();
    posted.mockClear();
    document.title = 'Before you start';
    await Promise.resolve();
    expect(messages()).toEqual([]);
    window.dispatchEvent(new PointerEvent('pointerdown'));
    document.title = 'Is anyone in danger right now?';
    await Promise.resolve();
    expect(messages()).toEqual([{ message: { type: 'pathway:top' }, origin: PARTNER }]);
  });

  it('posts nothing without a confirmed partner origin, or outside a frame', () => {
    page({ parentMeta: 'https://www.medway.gov.uk/path' });
    expect(start().parentOrigin).toBeNull();
    page();
    stops.push(startEmbed(window).stop);
    resize?.();
    expect(posted).not.toHaveBeenCalled();
  });
});

describe('the quick exit bar stays in view', () => {
  const bar = () => document.querySelector<HTMLElement>('.shell-header');

  function fromPartner(data: unknown, origin = PARTNER, source: Window | null = parent) {
    window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
  }

  it('moves down by the part of the frame hidden above the partner’s window, within the frame', () => {
    page();
    start();
    vi.spyOn(bar() as HTMLElement, 'offsetHeight', 'get').mockReturnValue(60);
    fromPartner({ type: 'pathway:viewport', hidden: 300 });
    expect(bar()?.style.transform).toBe('translateY(300px)');
    fromPartner({ type: 'pathway:viewport', hidden: 5000 });
    expect(bar()?.style.transform).toBe('translateY(1175px)');
    fromPartner({ type: 'pathway:viewport', hidden: 0 });
    expect(bar()?.style.transform).toBe('');
  });

  it('ignores anyone but the confirmed partner page, and any other shape', () => {
    page();
    start();
    const other = document.createElement('iframe');
    document.body.append(other);
    fromPartner({ type: 'pathway:viewport', hidden: 300 }, 'https://evil.example');
    fromPartner({ type: 'pathway:viewport', hidden: 300 }, PARTNER, other.contentWindow);
    fromPartner({ type: 'pathway:viewport', hidden: '300' });
    fromPartner({ type: 'pathway:viewport', hidden: 300, extra: 'exit' });
    expect(bar()?.style.transform).toBe('');
  });
});

describe('phone links', () => {
  it('go to the top page, where a partner’s frame-src cannot refuse them; web links stay as they are', () => {
    page();
    start();
    document.body.insertAdjacentHTML(
      'beforeend',
      '<a id="tel" href="tel:999">999</a><a id="sms" href="sms:999">text</a><a id="web" href="https://www.example.org/" target="_blank">web</a>',
    );
    for (const id of ['tel', 'sms', 'web']) {
      const link = document.getElementById(id) as HTMLAnchorElement;
      link.addEventListener('click', (event) => event.preventDefault(), { once: true });
      link.click();
    }
    expect(document.getElementById('tel')?.getAttribute('target')).toBe('_top');
    expect(document.getElementById('sms')?.getAttribute('target')).toBe('_top');
    expect(document.getElementById('web')?.getAttribute('target')).toBe('_blank');
  });
});
