/**
 * Where answers live: only in the machines' actors and the React state under the wizard. Nothing is
 * written to storage or the URL. `wipeAnswers()` stops every running actor and tells the app to drop
 * its state (the app then shows a clean start page), so that nothing answered stays in memory or on
 * screen. The quick exit (public/quick-exit.js, outside React) dispatches `pathway:exit` before it
 * blanks the page and leaves; on a restore from the back/forward cache it dispatches `pathway:reset`.
 */

interface Stoppable {
  stop(): void;
}

const actors = new Set<Stoppable>();
const listeners = new Set<() => void>();

/** Records a running actor so a wipe can stop it. Returns a function that forgets it. */
export function trackActor(actor: Stoppable): () => void {
  actors.add(actor);
  return () => {
    actors.delete(actor);
  };
}

/** Called on every wipe (the app resets its state here). Returns an unsubscribe function. */
export function onWipe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** How many actors hold answers now (for tests). */
export const liveActorCount = () => actors.size;

/** Stops every actor holding answers and resets the app. Safe to call at any time, any number of times. */
export function wipeAnswers(): void {
  for (const actor of actors) {
    try {
      actor.stop();
    } catch {
      // A failed stop must not keep the rest from being wiped.
    }
  }
  actors.clear();
  for (const listener of [...listeners]) {
    try {
      listener();
    } catch {
      // Keep going: every listener gets the chance to drop its state.
    }
  }
}

export const EXIT_EVENT = 'pathway:exit';
export const RESET_EVENT = 'pathway:reset';

/**
 * The shell's reset, on a page restored from the back/forward cache: wipe, and once the app has shown
 * its clean start page (its wipe listener renders it synchronously), say so with `preventDefault()`,
 * so the shell uncovers the page in place instead of reloading it (a reload needs the network: offline
 * it would show the browser's error page instead of the helplines). With no app listening yet, the
 * event is left alone and the shell reloads.
 */
function onReset(event: Event): void {
  const answeredBy = listeners.size;
  wipeAnswers();
  if (answeredBy > 0) event.preventDefault();
}

/** Wipes on the shell's exit and reset events. Returns a function that removes the listeners. */
export function listenForExit(target: Window = window): () => void {
  target.addEventListener(EXIT_EVENT, wipeAnswers);
  target.addEventListener(RESET_EVENT, onReset);
  return () => {
    target.removeEventListener(EXIT_EVENT, wipeAnswers);
    target.removeEventListener(RESET_EVENT, onReset);
  };
}
