/**
 * What a visit leaves on the device and sends over the network, recorded from a page's first load:
 * every request of its browser context, every address its main frame had (navigations, history API
 * changes), and at the end, everything the browser could keep: storage, databases, caches, service
 * workers, cookies, history.
 */
import type { Page } from 'playwright-core';

export interface Traces {
  localStorage: string[];
  sessionStorage: string[];
  indexedDB: string[];
  cacheStorage: string[];
  serviceWorkers: string[];
  cookies: string[];
  documentCookie: string;
}

export const NO_TRACES: Traces = {
  localStorage: [],
  sessionStorage: [],
  indexedDB: [],
  cacheStorage: [],
  serviceWorkers: [],
  cookies: [],
  documentCookie: '',
};

export interface PrivacyWatch {
  /** Every URL the context asked for, in order. */
  requests: string[];
  /** Every address the main frame had, in order (the address bar). */
  addresses: string[];
  /** What the browser keeps for this origin now. */
  traces(): Promise<Traces>;
  /** The history as the page sees it: its length, and the state of the current entry. */
  history(): Promise<{ length: number; state: unknown }>;
}

/** Starts recording; call before the page's first navigation. */
export function watchPrivacy(page: Page): PrivacyWatch {
  const requests: string[] = [];
  const addresses: string[] = [];
  page.context().on('request', (request) => requests.push(request.url()));
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) addresses.push(frame.url());
  });
  return {
    requests,
    addresses,
    async traces() {
      const inPage = await page.evaluate(async () => ({
        localStorage: Object.keys(window.localStorage),
        sessionStorage: Object.keys(window.sessionStorage),
        indexedDB: (await window.indexedDB.databases()).map((db) => db.name ?? '(no name)'),
        cacheStorage: await window.caches.keys(),
        serviceWorkers: (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope),
        documentCookie: document.cookie,
      }));
      const cookies = (await page.context().cookies()).map((c) => `${c.domain} ${c.name}`);
      return { ...inPage, cookies };
    },
    history: () => page.evaluate(() => ({ length: window.history.length, state: window.history.state })),
  };
}
