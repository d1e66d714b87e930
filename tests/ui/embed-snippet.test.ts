/**
 * public/embed.js, the partner's snippet, in jsdom: the frame it writes, the options it passes, and
 * which messages it obeys. It is plain JavaScript with hand-written checks: they are held here to the
 * zod schemas of schemas/embed.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import {
  ChildMessage,
  clampHeight,
  EmbedTitle,
  embedOptionFields,
  PARTNER_AREAS,
  parseSafeUrl,
} from '../../schemas/embed';
import { PARTNER_AREAS_OUTLET, publicScript, SAFE_URL_OUTLET } from '../../scripts/vite-minify-public';
import { START } from '../../src/content/pages';

const ROOT = resolve(import.meta.dirname, '../..');
/** As the build and the dev server send it: the schema's partner areas written in. */
const SOURCE = publicScript('embed.js', readFileSync(resolve(ROOT, 'public/embed.js'), 'utf8'));
const APP = 'https://help.example.org';
const EXIT = 'https://www.example.org/weather';

interface Instance {
  iframe: HTMLIFrameElement;
  appOrigin: string;
  exitUrl: string;
  destroy(): void;
}
interface Api {
  create(script: HTMLScriptElement, deps?: { navigate?(url: string): void }): Instance | null;
  parseMessage(data: unknown): { type: string; height?: number } | null;
  readSettings(script: HTMLScriptElement): {
    mode: string | null;
    area: string | null;
    exit: string | null;
    title: string;
    problems: string[];
  };
  clampHeight(height: number): number;
  SANDBOX: string;
}

let api: Api;
let navigate: ReturnType<typeof vi.fn<(url: string) => void>>;
let warn: ReturnType<typeof vi.spyOn>;
const instances: Instance[] = [];

beforeAll(() => {
  new Function(SOURCE)();
  const published = (window as unknown as { pathwayEmbed?: Api }).pathwayEmbed;
  if (!published) throw new Error('embed.js did not publish window.pathwayEmbed');
  api = published;
});

beforeEach(() => {
  document.body.innerHTML = '<main><h2>Before</h2><p id="after">After</p></main>';
  navigate = vi.fn<(url: string) => void>();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    callback(0);
    return 1;
  });
});

afterEach(() => {
  for (const instance of instances.splice(0)) instance.destroy();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** A snippet tag placed where the partner pastes it, then run. */
function embed(attributes: Record<string, string> = {}, src = `${APP}/embed.js`) {
  const script = document.createElement('script');
  script.setAttribute('src', src);
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  document.querySelector('h2')?.after(script);
  const instance = api.create(script, { navigate });
  if (instance) instances.push(instance);
  return { script, instance };
}

function frameOf(instance: Instance | null): HTMLIFrameElement {
  if (!instance) throw new Error('no frame was written');
  return instance.iframe;
}

function post(data: unknown, origin: string, source: MessageEventSource | null) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
}

describe('the frame it writes', () => {
  it('right after the tag, named, sandboxed, without a referrer, with the partner’s settings only', () => {
    const { script, instance } = embed({
      'data-mode': 'professional',
      'data-area': 'medway',
      'data-exit-url': EXIT,
      'data-title': 'Get help with domestic abuse',
    });
    const iframe = frameOf(instance);
    expect(script.nextElementSibling).toBe(iframe);
    expect(iframe.title).toBe('Get help with domestic abuse');
    expect(iframe.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(iframe.getAttribute('sandbox')?.split(' ').sort()).toEqual(
      [
        'allow-forms',
        'allow-modals',
        'allow-popups',
        'allow-popups-to-escape-sandbox',
        'allow-same-origin',
        'allow-scripts',
        'allow-top-navigation-by-user-activation',
      ].sort(),
    );
    expect(iframe.getAttribute('sandbox')).not.toMatch(/allow-top-navigation(?!-by-user-activation)/);
    expect(iframe.getAttribute('allow')).toBe('clipboard-write');
    expect(iframe.hasAttribute('loading')).toBe(false);
    const url = new URL(iframe.src);
    expect(url.origin + url.pathname).toBe(`${APP}/embed`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      mode: 'professional',
      area: 'medway',
      exit: EXIT,
      parent: window.location.origin,
    });
    expect(iframe.style.height).toBe('640px');
    expect(iframe.style.width).toBe('100%');
    expect(warn).not.toHaveBeenCalled();
  });

  it('with no settings: the start page’s title, the default exit, only the parent in the address', () => {
    const iframe = frameOf(embed().instance);
    expect(iframe.title).toBe(START.title);
    expect(Object.fromEntries(new URL(iframe.src).searchParams)).toEqual({ parent: window.location.origin });
    expect(embed().instance?.exitUrl).toBe('https://www.bbc.co.uk/weather');
  });

  it('ignores every bad setting with one console warning, and still writes the frame', () => {
    const iframe = frameOf(
      embed({
        'data-mode': 'admin',
        'data-area': 'outside',
        'data-exit-url': 'javascript:alert(1)',
        'data-title': ' ',
      }).instance,
    );
    expect(warn).toHaveBeenCalledTimes(1);
    const message = String(warn.mock.calls[0]?.[0]);
    for (const name of ['data-mode', 'data-area', 'data-exit-url', 'data-title'])
      expect(message).toContain(name);
    expect(Object.fromEntries(new URL(iframe.src).searchParams)).toEqual({ parent: window.location.origin });
    expect(iframe.title).toBe(START.title);
  });

  it.each([
    'data:text/html,hi',
    'http://www.example.org/',
    'JavaScript:alert(1)',
    '/weather',
    'https://a@b.example/',
  ])('never passes or uses the exit address %j', (exit) => {
    const { instance } = embed({ 'data-exit-url': exit });
    expect(new URL(frameOf(instance).src).searchParams.has('exit')).toBe(false);
    expect(instance?.exitUrl).toBe('https://www.bbc.co.uk/weather');
  });

  it('writes nothing for a tag whose own address is not https (or this machine)', () => {
    expect(embed({}, 'http://help.example.org/embed.js').instance).toBeNull();
    expect(document.querySelector('iframe')).toBeNull();
  });
});

describe('messages', () => {
  it('sets the height from its own frame on the app’s origin, clamped to 200–20,000 px', () => {
    const iframe = frameOf(embed().instance);
    post({ type: 'pathway:height', height: 812.4 }, APP, iframe.contentWindow);
    expect(iframe.style.height).toBe('813px');
    post({ type: 'pathway:height', height: 3 }, APP, iframe.contentWindow);
    expect(iframe.style.height).toBe('200px');
    post({ type: 'pathway:height', height: 9_000_000 }, APP, iframe.contentWindow);
    expect(iframe.style.height).toBe('20000px');
  });

  it('ignores a message from any other origin, or from any other window of the app’s origin', () => {
    const iframe = frameOf(embed().instance);
    const other = document.createElement('iframe');
    document.body.append(other);
    post({ type: 'pathway:height', height: 900 }, 'https://evil.example', iframe.contentWindow);
    post({ type: 'pathway:height', height: 900 }, 'http://help.example.org', iframe.contentWindow);
    post({ type: 'pathway:height', height: 900 }, APP, other.contentWindow);
    post({ type: 'pathway:height', height: 900 }, APP, window);
    post({ type: 'pathway:height', height: 900 }, APP, null);
    post({ type: 'pathway:exit' }, 'https://evil.example', iframe.contentWindow);
    post({ type: 'pathway:exit' }, APP, other.contentWindow);
    expect(iframe.style.height).toBe('640px');
    expect(navigate).not.toHaveBeenCalled();
  });

  it.each([
    [null],
    ['pathway:exit'],
    [['pathway:exit']],
    [{ type: 'pathway:exit', url: 'https://evil.example' }],
    [{ type: 'pathway:height', height: '900' }],
    [{ type: 'pathway:height', height: Number.NaN }],
    [{ type: 'pathway:height', height: -20 }],
    [{ type: 'pathway:height', height: 900, extra: true }],
    [{ type: 'pathway:resize', height: 900 }],
  ])('ignores %j from its own frame', (data) => {
    const iframe = frameOf(embed().instance);
    post(data, APP, iframe.contentWindow);
    expect(iframe.style.height).toBe('640px');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('on the exit message, blanks this page and replaces it with the exit page, once', () => {
    const iframe = frameOf(embed({ 'data-exit-url': EXIT }).instance);
    post({ type: 'pathway:exit' }, APP, iframe.contentWindow);
    post({ type: 'pathway:exit' }, APP, iframe.contentWindow);
    expect(navigate).toHaveBeenCalledTimes(1);
    expect(navigate).toHaveBeenCalledWith(EXIT);
    const cover = document.querySelector<HTMLElement>('[role="alert"]');
    expect(cover?.textContent).toBe('Loading.');
    expect(cover?.style.position).toBe('fixed');
    expect(cover?.style.background).toBe('rgb(255, 255, 255)');
    // Back from the exit page, restored from the back/forward cache: the page shows again.
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(document.querySelector('[role="alert"]')).toBeNull();
  });

  it('brings the frame’s top into view on a new page, only if it is scrolled out of sight', () => {
    const iframe = frameOf(embed().instance);
    const scrollIntoView = vi.fn();
    iframe.scrollIntoView = scrollIntoView;
    const top = vi.spyOn(iframe, 'getBoundingClientRect');
    top.mockReturnValue(new DOMRect(0, 150, 800, 900));
    post({ type: 'pathway:top' }, APP, iframe.contentWindow);
    expect(scrollIntoView).not.toHaveBeenCalled();
    top.mockReturnValue(new DOMRect(0, -400, 800, 900));
    post({ type: 'pathway:top' }, APP, iframe.contentWindow);
    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'start' });
  });

  it('tells its frame, and only its frame’s origin, how much of it is scrolled out of sight', () => {
    const iframe = frameOf(embed().instance);
    const frameWindow = iframe.contentWindow as Window;
    const sent = vi.spyOn(frameWindow, 'postMessage').mockImplementation(() => {});
    const box = vi.spyOn(iframe, 'getBoundingClientRect');
    box.mockReturnValue(new DOMRect(0, -300, 800, 1200));
    // Nothing until the frame has spoken: before that it may not hold the app yet.
    window.dispatchEvent(new Event('scroll'));
    expect(sent).not.toHaveBeenCalled();
    // Its first height: told at once.
    post({ type: 'pathway:height', height: 1200 }, APP, frameWindow);
    window.dispatchEvent(new Event('scroll'));
    box.mockReturnValue(new DOMRect(0, -5000, 800, 1200));
    window.dispatchEvent(new Event('scroll'));
    box.mockReturnValue(new DOMRect(0, 40, 800, 1200));
    window.dispatchEvent(new Event('resize'));
    window.dispatchEvent(new Event('resize'));
    expect(sent.mock.calls).toEqual([
      [{ type: 'pathway:viewport', hidden: 300 }, APP],
      [{ type: 'pathway:viewport', hidden: 1200 }, APP],
      [{ type: 'pathway:viewport', hidden: 0 }, APP],
    ]);
  });

  it('two tools on one page: each frame obeys only its own messages', () => {
    const first = frameOf(embed().instance);
    const second = frameOf(embed().instance);
    post({ type: 'pathway:height', height: 1000 }, APP, second.contentWindow);
    expect(first.style.height).toBe('640px');
    expect(second.style.height).toBe('1000px');
  });
});

describe('held to schemas/embed.ts', () => {
  const samples: unknown[] = [
    { type: 'pathway:height', height: 0 },
    { type: 'pathway:height', height: 10_000_000 },
    { type: 'pathway:height', height: 10_000_001 },
    { type: 'pathway:height', height: 1.5 },
    { type: 'pathway:height', height: Number.POSITIVE_INFINITY },
    { type: 'pathway:exit' },
    { type: 'pathway:top' },
    { type: 'pathway:top', height: 1 },
    { type: 'pathway:viewport', hidden: 1 },
    {},
    [],
    'pathway:top',
    42,
    undefined,
    Object.create(null),
  ];

  it('accepts a message exactly when ChildMessage does', () => {
    const arbitrary = fc.oneof(
      fc.constantFrom(...samples),
      fc.record({
        type: fc.constantFrom('pathway:height', 'pathway:exit', 'pathway:top', 'other'),
        height: fc.oneof(fc.double(), fc.integer(), fc.string(), fc.constant(undefined)),
      }),
      fc.record({ type: fc.constantFrom('pathway:exit', 'pathway:top') }),
      fc.anything(),
    );
    fc.assert(
      fc.property(arbitrary, (data) => {
        const schema = z.safeParse(ChildMessage, data);
        const snippet = api.parseMessage(data);
        expect(snippet !== null).toBe(schema.success);
        if (schema.success) expect(snippet).toEqual(schema.data);
      }),
    );
  });

  it('clamps as clampHeight does', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), (height) => {
        expect(api.clampHeight(height)).toBe(clampHeight(height));
      }),
    );
  });

  it('takes its areas from the schema, written in by the build: none typed into public/embed.js', () => {
    const raw = readFileSync(resolve(ROOT, 'public/embed.js'), 'utf8');
    expect(raw).toContain(PARTNER_AREAS_OUTLET);
    for (const area of PARTNER_AREAS) {
      expect(raw).not.toContain(`'${area}'`);
      const script = document.createElement('script');
      script.setAttribute('data-area', area);
      expect(api.readSettings(script).area).toBe(area);
    }
  });

  it('takes its URL check from the schema, written in by the build: none typed into public/embed.js', () => {
    const raw = readFileSync(resolve(ROOT, 'public/embed.js'), 'utf8');
    expect(raw).toContain(SAFE_URL_OUTLET);
    expect(raw).not.toContain('new URL(');
    expect(SOURCE).toContain(parseSafeUrl.toString());
  });

  it('accepts a setting exactly when the embed options schema does', () => {
    const value = fc.oneof(
      fc.constantFrom('self-service', 'professional', 'medway', 'ashford', 'outside', 'unknown', ''),
      fc.constantFrom(
        EXIT,
        'http://localhost:9/x',
        'javascript:alert(1)',
        'https://a.example/ b',
        'http://a.example/',
      ),
      fc.string().map((rest) => `https://${rest}`),
      fc.string({ maxLength: 130 }),
    );
    fc.assert(
      fc.property(value, (text) => {
        const script = document.createElement('script');
        script.setAttribute('data-mode', text);
        script.setAttribute('data-area', text);
        script.setAttribute('data-exit-url', text);
        script.setAttribute('data-title', text);
        const settings = api.readSettings(script);
        expect(settings.mode !== null).toBe(z.safeParse(embedOptionFields.mode, text).success);
        expect(settings.area !== null).toBe(z.safeParse(embedOptionFields.area, text).success);
        expect(settings.exit !== null).toBe(z.safeParse(embedOptionFields.exit, text).success);
        expect(settings.title === text).toBe(z.safeParse(EmbedTitle, text).success);
      }),
      { numRuns: 300 },
    );
  });
});
