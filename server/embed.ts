/**
 * The embed page and the partner snippet, as the server sends them (README, "Embed it on your site").
 *
 * `/embed` is the app's own index.html with four changes, made per request from the options in its
 * URL (checked by schemas/embed.ts, the same rules the app applies):
 *   - `<meta name="pathway:embed">`: the app shows its embed layout;
 *   - `<meta name="pathway:parent-origin">`: the partner page's origin, only when it is on the
 *     allow-list; the frame posts its messages there, and nowhere else;
 *   - the partner's exit address in place of the default one (the meta and the exit links), so the
 *     quick exit goes where the partner chose even before, or without, any script;
 *   - `target="_top"` on the static phone links (the 999 line): followed in the frame, a partner's
 *     CSP `frame-src` would replace the tool with an error page (see src/embed/start.ts).
 * A bad option is left out here; the app names it in one console warning.
 *
 * `/embed.js` is public/embed.js with the configured exit address written in (as in the pages), sent
 * from memory with an ETag.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEmbedOptions } from '../schemas/embed';
import { BUILT_EXIT_URL } from './config';
import { type Page, preparePage, withExitUrl } from './html';

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface EmbedSettings {
  /** The server's exit address (EXIT_URL), used when the partner gives none. */
  exitUrl: string | null;
  /** The allow-list (config/partners.json). */
  partners: readonly string[];
}

/** How the page was asked for: a browser says whether it loads a frame or a whole page (Sec-Fetch-Dest). */
export interface EmbedRequest {
  /** True when the browser loads the page into a frame (`Sec-Fetch-Dest: iframe` or `frame`). */
  framed: boolean;
}

/** `Sec-Fetch-Dest` → framed. No header (an old browser, a script) counts as a top-level visit. */
export const isFramed = (secFetchDest: string | string[] | undefined): boolean =>
  secFetchDest === 'iframe' || secFetchDest === 'frame';

/**
 * What the embed page uses from a query string: only valid options, and a parent on the allow-list.
 * The exit address is a partner's choice for its own page: it is used only with an allow-listed
 * `parent` (config/partners.json) and only when the page is loaded into a frame (which the partners'
 * `frame-ancestors` then confines to that partner's site). A top-level visit of
 * `/embed?exit=…` gets the server's own exit address: never an open redirect.
 */
export function embedChoices(
  search: string,
  settings: EmbedSettings,
  request: EmbedRequest = { framed: true },
): { exit: string | null; parent: string | null } {
  const { options } = parseEmbedOptions(search);
  const parent = options.parent && settings.partners.includes(options.parent) ? options.parent : null;
  return { exit: parent && request.framed ? (options.exit ?? null) : null, parent };
}

/** index.html → the embed page for these choices. */
export function embedHtml(
  indexHtml: string,
  choices: { exit: string | null; parent: string | null },
  settings: EmbedSettings,
): string {
  const metas = ['<meta name="pathway:embed" content="1" />'];
  if (choices.parent)
    metas.push(`<meta name="pathway:parent-origin" content="${escapeAttribute(choices.parent)}" />`);
  const withExit = withExitUrl(indexHtml, choices.exit ?? settings.exitUrl);
  return (
    withExit
      .replace(/<head>/i, (head) => `${head}\n    ${metas.join('\n    ')}`)
      // Phone links go to the top page: a partner's CSP (frame-src) may refuse them in the frame.
      .replace(/<a href="(tel|sms|mailto):/g, '<a target="_top" href="$1:')
  );
}

/**
 * Pages already prepared, by their choices (after checking: unknown options, bad values and parents
 * off the allow-list never reach the key). Without an exit address there are at most one page per
 * partner and one without a partner, kept for good; pages with a partner's exit address are few in
 * practice and kept in a small cache, so that a run of made-up addresses cannot push out the others.
 */
const MAX_CACHED_EXITS = 64;

export function createEmbedPages(
  indexHtml: string,
  settings: EmbedSettings,
): (search: string, request?: EmbedRequest) => Page {
  const fixed = new Map<string, Page>();
  const withExit = new Map<string, Page>();
  return (search, request) => {
    const choices = embedChoices(search, settings, request);
    const key = `${choices.parent ?? ''}\n${choices.exit ?? ''}`;
    const cache = choices.exit ? withExit : fixed;
    let page = cache.get(key);
    if (!page) {
      if (cache === withExit && withExit.size >= MAX_CACHED_EXITS) {
        const oldest = withExit.keys().next().value;
        if (oldest !== undefined) withExit.delete(oldest);
      }
      // Made once per choice; with an exit address cheap to compress, whatever it is.
      page = preparePage(embedHtml(indexHtml, choices, settings), choices.exit ? 'fast' : 'best');
      cache.set(key, page);
    }
    return page;
  };
}

export interface Snippet extends Page {
  etag: string;
}

/** Replaces the built exit address, quoted '…', "…" or `…`, by `exitUrl` as a JSON string. */
export function withSnippetExitUrl(source: string, exitUrl: string): string {
  let text = source;
  for (const quote of ["'", '"', '`']) {
    text = text.split(`${quote}${BUILT_EXIT_URL}${quote}`).join(JSON.stringify(exitUrl));
  }
  return text;
}

/** public/embed.js as built into dist/, with the configured exit address; null if the build has none. */
export function readSnippet(root: string, exitUrl: string | null): Snippet | null {
  let source: string;
  try {
    source = readFileSync(join(root, 'embed.js'), 'utf8');
  } catch {
    return null;
  }
  // The address is a string literal in the script: written as JSON, whatever quotes the source (or
  // the minifier, which may write a template literal) uses.
  const text = exitUrl ? withSnippetExitUrl(source, exitUrl) : source;
  const page = preparePage(text);
  const etag = `"${createHash('sha256').update(page.body).digest('base64url').slice(0, 27)}"`;
  return { ...page, etag };
}
