/**
 * The app's side of embedding, loaded only on the embed page (`/embed`, marked by the server with
 * `<meta name="pathway:embed">`); see README, "Embed it on your site".
 *
 * - Reads the options in the page's URL with schemas/embed.ts. A bad option is ignored, with ONE
 *   console warning for the page, and the app starts all the same.
 * - Posts the content's height to the partner page whenever it changes (ResizeObserver), so the frame
 *   never scrolls on its own. Messages go only to the partner origin the server confirmed against the
 *   allow-list (`<meta name="pathway:parent-origin">`), never to "*"; without it nothing is posted.
 * - When the person moves to a new page of the tool, asks the partner page to bring the frame's top
 *   into view (a new page starts at its top, as it would on its own site).
 * - Keeps the quick exit bar in view: the partner page says how much of the frame is scrolled out of
 *   sight above (`pathway:viewport`), and the bar is moved down by that much, as a sticky bar would be.
 * - Sends phone, text and email links to the top page (see deviceLinksToTop).
 *
 * The quick exit itself is public/quick-exit.js (apart from this bundle, so it works without it).
 */
import * as z from 'zod/mini';
import {
  type EmbedMode,
  ignoredOptionsWarning,
  isWebOrigin,
  type PartnerArea,
  parseEmbedOptions,
  ViewportMessage,
} from '../../schemas/embed';

import { metaContent, PARENT_META } from './page';

type Win = Window & typeof globalThis;

export interface EmbedSettings {
  mode: EmbedMode;
  area: PartnerArea | undefined;
  /** The partner page's origin, when confirmed by the server; null: the frame talks to nobody. */
  parentOrigin: string | null;
  /** Stops every observer and listener (tests). */
  stop(): void;
}

/** The height the partner's frame needs to show the whole page without a scroll bar. */
export function contentHeight(doc: Document): number {
  return Math.ceil(doc.documentElement.getBoundingClientRect().height);
}

function reportHeight(win: Win, send: (message: unknown) => void): () => void {
  const doc = win.document;
  let last = -1;
  let pending = 0;
  const measure = () => {
    pending = 0;
    const height = contentHeight(doc);
    if (height === last) return;
    last = height;
    send({ type: 'pathway:height', height });
  };
  const schedule = () => {
    if (!pending) pending = win.requestAnimationFrame(measure);
  };
  const observer = typeof win.ResizeObserver === 'function' ? new win.ResizeObserver(schedule) : null;
  observer?.observe(doc.documentElement);
  // Fonts and late images change the height without a resize of <html> on some browsers: measure on load.
  win.addEventListener('load', schedule);
  schedule();
  return () => {
    observer?.disconnect();
    win.removeEventListener('load', schedule);
    if (pending) win.cancelAnimationFrame(pending);
  };
}

/**
 * Each page of the tool sets the document's title: a new title after the person has used the tool
 * means a new page. (Before any use, nothing moves the partner's page.)
 */
function reportNewPages(win: Win, send: (message: unknown) => void): () => void {
  const doc = win.document;
  let used = false;
  const onUse = () => {
    used = true;
  };
  win.addEventListener('pointerdown', onUse, true);
  win.addEventListener('keydown', onUse, true);
  const title = doc.querySelector('title');
  const observer = new win.MutationObserver(() => {
    if (used) send({ type: 'pathway:top' });
  });
  if (title) observer.observe(title, { childList: true, characterData: true, subtree: true });
  return () => {
    observer.disconnect();
    win.removeEventListener('pointerdown', onUse, true);
    win.removeEventListener('keydown', onUse, true);
  };
}

/** Moves the quick exit bar down by the part of the frame hidden above the partner's window. */
function followViewport(win: Win, parentOrigin: string): () => void {
  const doc = win.document;
  const onMessage = (event: MessageEvent) => {
    if (event.source !== win.parent || event.origin !== parentOrigin) return;
    const parsed = z.safeParse(ViewportMessage, event.data);
    if (!parsed.success) return;
    const bar = doc.querySelector<HTMLElement>('.shell-header');
    if (!bar) return;
    const room = Math.max(0, contentHeight(doc) - bar.offsetHeight);
    const offset = Math.min(parsed.data.hidden, room);
    bar.style.transform = offset > 0 ? `translateY(${offset}px)` : '';
  };
  win.addEventListener('message', onMessage);
  return () => win.removeEventListener('message', onMessage);
}

/** Phone, text and email links: handed to the device from the partner's page, never the frame. */
export const DEVICE_LINK = /^(tel|sms|mailto):/i;

/**
 * A `tel:` link followed inside the frame is a navigation of the frame, which the partner page's own
 * CSP (`frame-src`) may refuse: the tool would be replaced by an error page just as someone taps 999.
 * Sent to the top page instead (allowed by a click, `allow-top-navigation-by-user-activation`), it goes
 * to the phone app and both pages stay. The server writes the same `target="_top"` into the page's
 * static links, for when this code has not loaded.
 */
function deviceLinksToTop(win: Win): () => void {
  const onClick = (event: MouseEvent) => {
    const target = event.target as Element | null;
    const link = target?.closest?.('a[href]');
    if (link && DEVICE_LINK.test(link.getAttribute('href') ?? '')) link.setAttribute('target', '_top');
  };
  win.document.addEventListener('click', onClick, true);
  return () => win.document.removeEventListener('click', onClick, true);
}

/** Starts embed mode: call once, before the app renders. */
export function startEmbed(win: Win = window): EmbedSettings {
  const doc = win.document;
  const { options, ignored } = parseEmbedOptions(win.location.search);
  const confirmed = metaContent(doc, PARENT_META);
  const parentOrigin = confirmed && isWebOrigin(confirmed) ? confirmed : null;
  if (options.parent && options.parent !== parentOrigin) {
    ignored.push({ option: 'parent', reason: 'not a partner site on the allow-list (config/partners.json)' });
  }
  const warning = ignoredOptionsWarning(ignored);
  if (warning) win.console.warn(warning);

  const stops: Array<() => void> = [deviceLinksToTop(win)];
  if (parentOrigin && win.parent !== win) {
    const send = (message: unknown) => {
      try {
        win.parent.postMessage(message, parentOrigin);
      } catch {
        // The partner page cannot be told: the frame keeps its last height.
      }
    };
    stops.push(reportHeight(win, send), reportNewPages(win, send), followViewport(win, parentOrigin));
  }
  return {
    mode: options.mode ?? 'self-service',
    area: options.area,
    parentOrigin,
    stop: () => {
      for (const stop of stops) stop();
    },
  };
}
