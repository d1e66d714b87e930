/** The browser Back button: one sentinel history entry, same URL, no answers; Back runs the page's back. */
import { describe, expect, it, vi } from 'vitest';
import { createBackController, SENTINEL_STATE } from '../../src/ui/history';

function fakeWindow() {
  const listeners = new Set<() => void>();
  const win = {
    location: { href: 'https://example.org/' },
    history: { pushState: vi.fn(), back: vi.fn() },
    addEventListener: (_type: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_type: string, fn: () => void) => listeners.delete(fn),
  };
  const popState = () => {
    for (const fn of [...listeners]) fn();
  };
  return { win: win as unknown as Window, history: win.history, popState, listeners };
}

describe('createBackController', () => {
  it('pushes one entry with the same URL and no answers while a page has a back action', () => {
    const { win, history } = fakeWindow();
    const back = createBackController(win);
    back.listen();
    back.setHandler(undefined);
    expect(history.pushState).not.toHaveBeenCalled();
    back.setHandler(() => {});
    back.setHandler(() => {});
    expect(history.pushState).toHaveBeenCalledTimes(1);
    expect(history.pushState).toHaveBeenCalledWith(SENTINEL_STATE, '', 'https://example.org/');
    expect(JSON.stringify(SENTINEL_STATE)).toBe('{"pathway":"back"}');
  });

  it('on Back runs the page’s back action, and pushes again for the next page', () => {
    const { win, history, popState } = fakeWindow();
    const back = createBackController(win);
    back.listen();
    const first = vi.fn(() => back.setHandler(second));
    const second = vi.fn();
    back.setHandler(first);
    popState();
    expect(first).toHaveBeenCalledTimes(1);
    expect(history.pushState).toHaveBeenCalledTimes(2);
    expect(history.back).not.toHaveBeenCalled();
  });

  it('passes Back on when the page has nothing to go back to, so one press leaves', () => {
    const { win, history, popState } = fakeWindow();
    const back = createBackController(win);
    back.listen();
    back.setHandler(() => {});
    back.setHandler(undefined);
    popState();
    expect(history.back).toHaveBeenCalledTimes(1);
  });

  it('pushes nothing in a partner’s frame, where the entry would be the partner’s tab’s to keep', () => {
    const { win, history } = fakeWindow();
    const top = {};
    Object.assign(win, { top, self: win });
    const back = createBackController(win);
    back.listen();
    back.setHandler(() => {});
    expect(history.pushState).not.toHaveBeenCalled();
  });

  it('treats a window whose top it cannot reach as framed', () => {
    const { win, history } = fakeWindow();
    Object.defineProperty(win, 'top', {
      get() {
        throw new Error('cross-origin');
      },
    });
    createBackController(win).setHandler(() => {});
    expect(history.pushState).not.toHaveBeenCalled();
  });

  it('stops listening when asked', () => {
    const { win, listeners } = fakeWindow();
    const stop = createBackController(win).listen();
    expect(listeners.size).toBe(1);
    stop();
    expect(listeners.size).toBe(0);
  });
});
