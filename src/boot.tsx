/**
 * Starts the app in `<div id="app">` (loaded by src/main.tsx).
 *
 * The HTML already shows the start page exactly as `<App />` first renders it (scripts/vite-prerender.ts),
 * so on the ordinary start page React hydrates that markup: it attaches to what is painted, in short
 * slices of work, and changes nothing on screen. Any other first page (the SAFER check's start page with
 * `?mode=professional`, or the embed page with options) is rendered in its place. If this script cannot
 * run, the start page stays, with its phone numbers. The quick exit never waits for it: it is its own
 * classic script (public/quick-exit.js).
 */
import { createRoot, hydrateRoot } from 'react-dom/client';
import { isEmbedPage } from './embed/page';
import { App, type AppProps } from './ui/App';
import { listenForExit } from './ui/session';

/** Whether the HTML's start page is what `<App {...props} />` renders first. */
const rendersPrerenderedPage = (props: AppProps) => !props.professional && !props.partnerArea;

function render(root: HTMLElement, props: AppProps) {
  const app = <App {...props} />;
  if (rendersPrerenderedPage(props) && root.firstElementChild) hydrateRoot(root, app);
  else createRoot(root).render(app);
}

/**
 * `onReady` is called once the app's first page is on screen and answers presses (src/main.tsx holds
 * a press made before then, and makes it again).
 */
export function boot(root: HTMLElement, onReady?: () => void): void {
  // Before anything renders: the quick exit's `pathway:exit` (and `pathway:reset`) wipe every answer.
  listenForExit(window);
  if (isEmbedPage(document)) {
    // On a partner's site (/embed): options checked and the frame's height reported before the first
    // render. If that code cannot load, the app starts all the same.
    import('./embed/start').then(
      ({ startEmbed }) => {
        const embed = startEmbed(window);
        render(root, { professional: embed.mode === 'professional', partnerArea: embed.area, onReady });
      },
      () => render(root, { onReady }),
    );
  } else {
    // Read once: the mode is never written back to the URL.
    const professional = new URLSearchParams(window.location.search).get('mode') === 'professional';
    render(root, { professional, onReady });
  }
}
