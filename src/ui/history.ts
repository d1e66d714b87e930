/**
 * The browser's Back button, without a history entry per step.
 *
 * The whole service has one URL, and steps never touch the address bar. While the page shown has a back
 * link, we keep ONE extra history entry with the same URL and no answers in it (the "sentinel"). When
 * Back is pressed the browser leaves the sentinel and fires `popstate`: we do what the page's back
 * link does, and the next page with a back link pushes the sentinel again. On a page with no back link
 * (the start page) we do not push one, so Back leaves the service as usual; if Back lands on us while
 * nothing here can go back, we pass it on (`history.back()`), so one press still leaves.
 *
 * The quick exit (public/quick-exit.js) must not leave the entry under the sentinel behind: when the
 * current entry is the sentinel, it steps back onto the service's own entry first (its `popstate` is
 * kept from us) and replaces that one with the exit page, so Back from there leaves the service.
 *
 * In a partner's frame (the embed) we push nothing: an entry pushed in a frame is an entry of the
 * partner's tab, which the quick exit (the partner page replaced by the exit page) could not take
 * away, and the partner's Back button is theirs. Back there leaves the partner page as usual.
 */

/** The only thing ever stored in history: no answer, no step. */
export const SENTINEL_STATE = { pathway: 'back' } as const;

export interface BackController {
  /** The current page's back action, or undefined when it has none. */
  setHandler(handler: (() => void) | undefined): void;
  /** Starts listening for Back; returns the function that stops (an effect's cleanup). */
  listen(): () => void;
}

/** Whether this window is a frame in another page (reaching `top` can throw across origins). */
function isFramed(win: Window): boolean {
  try {
    return win.top !== null && win.top !== win.self;
  } catch {
    return true;
  }
}

export function createBackController(win: Window = window): BackController {
  let handler: (() => void) | undefined;
  let pushed = false;
  const framed = isFramed(win);

  const onPopState = () => {
    pushed = false;
    if (handler) handler();
    else win.history.back();
  };

  return {
    setHandler(next) {
      handler = next;
      if (handler && !pushed && !framed) {
        win.history.pushState(SENTINEL_STATE, '', win.location.href);
        pushed = true;
      }
    },
    listen() {
      win.addEventListener('popstate', onPopState);
      return () => win.removeEventListener('popstate', onPopState);
    },
  };
}
