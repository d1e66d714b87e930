/**
 * The page's first script: tiny, with no static import. The start page is already on screen from the
 * HTML (scripts/vite-prerender.ts); once that first frame is painted, this loads the app (src/boot.tsx:
 * React, the pages, the bundled directory), which hydrates it. So the app's download and start-up never
 * hold up the first paint on a slow phone. If the app cannot load, the start page stays, with its
 * phone numbers, and its start buttons give way to a note that the questions need JavaScript. The
 * quick exit never waits for any of this: it is its own classic script (public/quick-exit.js).
 */
const root = document.getElementById('app');
if (root) {
  requestAnimationFrame(() => {
    setTimeout(() => {
      import('./boot').then(
        ({ boot }) => boot(root),
        () => root.classList.add('app-unavailable'),
      );
    }, 0);
  });
}
