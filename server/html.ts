/**
 * Pages the server sends from memory (the app, the 404 page, the embed page, the snippet, the live
 * directory), each with its compressed copies made at most once, when first asked for.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
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

/**
 * How hard to compress: `best` for what is prepared once and sent many times (the app, the 404 page,
 * the snippet, the directory); `fast` for pages made per request (an embed page for a choice not seen
 * before), so that their cost stays a fraction of a millisecond whatever a request asks for.
 */
export type Effort = 'best' | 'fast';

const BROTLI_QUALITY: Record<Effort, number> = { best: 11, fast: 4 };
const GZIP_LEVEL: Record<Effort, number> = { best: 9, fast: 1 };

export function preparePage(content: string | Buffer, effort: Effort = 'best'): Page {
  const body = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  let br: Buffer | undefined;
  let gzip: Buffer | undefined;
  return {
    body,
    get br() {
      br ??= brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY[effort],
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      });
      return br;
    },
    get gzip() {
      gzip ??= gzipSync(body, { level: GZIP_LEVEL[effort] });
      return gzip;
    },
  };
}

/** The encoding to send, from Accept-Encoding (as sirv decides for the other files). */
export function pickEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  const value = acceptEncoding ?? '';
  if (/\b(br|brotli)\b/i.test(value)) return 'br';
  if (/\bgzip\b/i.test(value)) return 'gzip';
  return null;
}
