/** Is this the embed page? The server marks it (`/embed`); kept apart so the main bundle stays small. */
export const EMBED_META = 'pathway:embed';
export const PARENT_META = 'pathway:parent-origin';

export function metaContent(doc: Document, name: string): string | null {
  return doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? null;
}

export const isEmbedPage = (doc: Document = document) => metaContent(doc, EMBED_META) !== null;
