/**
 * The start page as HTML, for index.html at build time (scripts/vite-prerender.ts): the first thing a
 * person sees is plain markup that paints before any script runs, and still works when scripts cannot.
 * It is the app's own first render, so that the browser hydrates it (src/boot.tsx) instead of
 * replacing it: nothing moves, nothing is painted twice.
 */
import { renderToString } from 'react-dom/server';
import { App } from './App';
import { ShellHelplines } from './components/HelplineList';

export function renderStartPage(): string {
  return renderToString(<App />);
}

/** The start page's helplines as list items, for 404.html's "Talk to someone" at build time. */
export function renderHelplines(): string {
  return renderToString(<ShellHelplines />);
}
