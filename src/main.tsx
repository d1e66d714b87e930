import './styles/app.css';
import { createRoot } from 'react-dom/client';
import { isEmbedPage } from './embed/page';
import { App } from './ui/App';
import { listenForExit } from './ui/session';

// Before anything renders: the quick exit's `pathway:exit` (and `pathway:reset`) wipe every answer.
listenForExit(window);

const root = document.getElementById('app');
if (root && isEmbedPage(document)) {
  // On a partner's site (/embed): options checked and the frame's height reported before the first
  // render. If that code cannot load, the app starts all the same.
  import('./embed/start').then(
    ({ startEmbed }) => {
      const embed = startEmbed(window);
      createRoot(root).render(<App professional={embed.mode === 'professional'} partnerArea={embed.area} />);
    },
    () => createRoot(root).render(<App />),
  );
} else if (root) {
  // Read once: the mode is never written back to the URL.
  const professional = new URLSearchParams(window.location.search).get('mode') === 'professional';
  createRoot(root).render(<App professional={professional} />);
}

// The bundled directory shows at once; a newer copy from this site replaces it when it arrives.
// Loaded after first paint so that it never holds up the start page.
window.setTimeout(() => {
  import('./engine/liveDirectory').then((m) => m.startLiveDirectory()).catch(() => {});
}, 0);
