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

/** What the embed page uses from a query string: only valid options, and a parent on the allow-list. */
export function embedChoices(
  search: string,
  settings: EmbedSettings,
): { exit: string | null; parent: string | null } {
  const { options } = parseEmbedOptions(search);
  return {
    exit: options.exit ?? null,
    parent: options.parent && settings.partners.includes(options.parent) ? options.parent : null,
  };
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

/** Pages already prepared, by their choices: few partners, few exit addresses. Bounded all the same. */
const MAX_CACHED = 64;

export function createEmbedPages(indexHtml: string, settings: EmbedSettings): (search: string) => Page {
  const cache = new Map<string, Page>();
  return (search) => {
    const choices = embedChoices(search, settings);
    const key = `${choices.parent ?? ''}\n${choices.exit ?? ''}`;
    let page = cache.get(key);
    if (!page) {
      if (cache.size >= MAX_CACHED) cache.clear();
      page = preparePage(embedHtml(indexHtml, choices, settings));
      cache.set(key, page);
    }
    return page;
  };
}

export interface Snippet extends Page {
  etag: string;
}

/** public/embed.js as built into dist/, with the configured exit address; null if the build has none. */
export function readSnippet(root: string, exitUrl: string | null): Snippet | null {
  let source: string;
  try {
    source = readFileSync(join(root, 'embed.js'), 'utf8');
  } catch {
    return null;
  }
  // The address is a string literal in the script: written as JSON, whatever quotes the source uses.
  const text = exitUrl
    ? source
        .split(`'${BUILT_EXIT_URL}'`)
        .join(JSON.stringify(exitUrl))
        .split(`"${BUILT_EXIT_URL}"`)
        .join(JSON.stringify(exitUrl))
    : source;
  const page = preparePage(text);
  const etag = `"${createHash('sha256').update(page.body).digest('base64url').slice(0, 27)}"`;
  return { ...page, etag };
}
