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
 * The quick exit uses `location.replace`, which replaces the sentinel: Back from the neutral site
 * returns to this URL, where the shell's `pageshow` handler resets to a clean start page.
 */

/** The only thing ever stored in history: no answer, no step. */
export const SENTINEL_STATE = { pathway: 'back' } as const;

export interface BackController {
  /** The current page's back action, or undefined when it has none. */
  setHandler(handler: (() => void) | undefined): void;
  /** Starts listening for Back; returns the function that stops (an effect's cleanup). */
  listen(): () => void;
}

export function createBackController(win: Window = window): BackController {
  let handler: (() => void) | undefined;
  let pushed = false;

  const onPopState = () => {
    pushed = false;
    if (handler) handler();
    else win.history.back();
  };

  return {
    setHandler(next) {
      handler = next;
      if (handler && !pushed) {
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
