/**
 * The page's first script: tiny, with no static import. The start page is already on screen from the
 * HTML (scripts/vite-prerender.ts); once the page has loaded, this loads the app (src/boot.tsx:
 * React, the pages, the bundled directory), which hydrates it. So the app's download and start-up never
 * hold up the first paint on a slow phone. If the app cannot load, the start page stays, with its
 * phone numbers, and its start buttons give way to a note that the questions need JavaScript. The
 * quick exit never waits for any of this: it is its own classic script (public/quick-exit.js).
 */
const root = document.getElementById('app');
/** Loads and starts the app. */
function start(container: HTMLElement) {
  import('./boot').then(
    ({ boot }) => boot(container),
    () => container.classList.add('app-unavailable'),
  );
}

if (root) {
  // After the page's own load (its stylesheet painted), so the app never competes with the first paint.
  if (document.readyState === 'complete') start(root);
  else window.addEventListener('load', () => start(root), { once: true });
}
