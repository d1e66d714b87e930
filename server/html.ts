/** The two HTML pages the server sends (the app and the 404 page), prepared once at start. */
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { BUILT_EXIT_URL } from './config';

export interface Page {
  body: Buffer;
  br: Buffer;
  gzip: Buffer;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Points every quick-exit address in the page (the meta and the links) at `exitUrl`. */
export function withExitUrl(html: string, exitUrl: string | null): string {
  if (!exitUrl) return html;
  return html.split(BUILT_EXIT_URL).join(escapeAttribute(exitUrl));
}

export function preparePage(html: string): Page {
  const body = Buffer.from(html, 'utf8');
  return { body, br: brotliCompressSync(body), gzip: gzipSync(body, { level: 9 }) };
}

/** The encoding to send, from Accept-Encoding (as sirv decides for the other files). */
export function pickEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  const value = acceptEncoding ?? '';
  if (/\b(br|brotli)\b/i.test(value)) return 'br';
  if (/\bgzip\b/i.test(value)) return 'gzip';
  return null;
}
