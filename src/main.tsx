/**
 * The page's first script: tiny, with no static import. The start page is already on screen from the
 * HTML (scripts/vite-prerender.ts); once the page has loaded and been painted, this loads the app
 * (src/boot.tsx: React, the pages, the bundled directory), which hydrates it. So the app's download
 * and start-up never hold up the first paint on a slow phone. If the app cannot load, the start page
 * stays, with its phone numbers, and its start buttons give way to a note that the questions need
 * JavaScript. The quick exit never waits for any of this: it is its own classic script
 * (public/quick-exit.js).
 *
 * A press on a start button before the app is ready is not lost: it is held, the app loads at once,
 * and the press is made again on the same button once the app has taken over the page. When the first
 * page is not the HTML's (the SAFER check's start page, or an embed that names its area), the HTML's
 * buttons are hidden (`app-replacing`) until the app's own page is there, so nobody presses a button
 * that is about to be replaced. src/boot.tsx decides the same from the same options.
 */
const root = document.getElementById('app');
/** The start page's buttons (StartPage.tsx), which do nothing until the app has loaded. */
const START_BUTTONS = '.govuk-button--start, .app-link-button';

/**
 * Whether this is the page partners embed (/embed): src/embed/page.ts's EMBED_META, written out, as
 * this script imports nothing.
 */
const embedded = document.querySelector('meta[name="pathway:embed"]') !== null;

/** Whether the app's first page replaces the HTML's start page, as src/boot.tsx will decide. */
function replacesStartPage(): boolean {
  const options = new URLSearchParams(window.location.search);
  return options.get('mode') === 'professional' || (embedded && options.has('area'));
}

if (root) {
  let loading = false;
  let held: HTMLElement | null = null;
  const hold = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest(START_BUTTONS) : null;
    if (!(button instanceof HTMLElement) || !root.contains(button)) return;
    event.preventDefault();
    event.stopPropagation();
    held = button;
    load();
  };
  const stopHolding = () => {
    document.removeEventListener('click', hold, true);
    root.classList.remove('app-replacing');
  };
  /** Called by the app once its first page is on screen and answers presses. */
  const ready = () => {
    stopHolding();
    const button = held;
    held = null;
    // In a task of its own: called from the app's first commit, where React would still hold the press.
    if (button) setTimeout(() => button.isConnected && button.click());
  };
  /** Loads and starts the app, once. */
  function load() {
    if (loading || !root) return;
    loading = true;
    import('./boot').then(
      ({ boot }) => boot(root, ready),
      () => {
        stopHolding();
        root.classList.add('app-unavailable');
      },
    );
  }

  /**
   * Loads the app once the page has loaded and its first frame is on screen, so the app's download and
   * start-up never compete with the first paint: a fast machine can fire `load` before it has painted
   * anything. The browser reports first-contentful-paint once that frame has been shown (a hidden tab
   * paints when it is shown). A browser that reports no paints starts the app at once, and a timer
   * starts it in any case, should the paint never be reported.
   */
  function afterFirstPaint() {
    if (!globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
      load();
      return;
    }
    setTimeout(load, 3000);
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      setTimeout(load);
    }).observe({ type: 'paint', buffered: true });
  }

  /**
   * A page restored from the back/forward cache before the app has started (or after it failed to
   * load) shows only the HTML's start page, which holds no answer: tell the quick exit's shell it is
   * clean, so it uncovers the page in place rather than reloading it (which would need the network).
   * Once the app runs, it answers instead (src/ui/session.ts), after showing its own start page.
   */
  window.addEventListener('pathway:reset', (event) => {
    if (!loading || root.classList.contains('app-unavailable')) event.preventDefault();
  });

  // In a partner's frame, which may be off screen and unpainted, the app (and with it the frame's
  // height for the partner's page) starts at the load event: a frame's paint is not its host's LCP.
  const whenLoaded = embedded ? load : afterFirstPaint;
  document.addEventListener('click', hold, true);
  if (replacesStartPage()) {
    root.classList.add('app-replacing');
    load();
  } else if (document.readyState === 'complete') {
    whenLoaded();
  } else {
    window.addEventListener('load', whenLoaded, { once: true });
  }
}
